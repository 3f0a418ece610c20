// The server's own cache of finished public pages, in front of Next (docs/decisions/0010): the
// response as a reader receives it, compressed once when stored, found by the page's address and
// dropped by the same cache tags that refresh Next's cache and purge Varnish.

export type CachedPage = {
  status: number;
  // Response headers as Next sent them, without the ones that describe one transfer (length,
  // encoding, date, connection).
  headers: Record<string, string | string[]>;
  tags: readonly string[];
  gzip: Buffer;
  brotli: Buffer;
  storedAt: number;
  expiresAt: number;
};

type Slot = { page: CachedPage; bytes: number };

// Bookkeeping per entry beyond its bodies (key, headers, tag index), so that many small answers
// cannot slip past the byte budget.
const ENTRY_OVERHEAD_BYTES = 2048;

export class PageCache {
  readonly maxBytes: number;
  private readonly slots = new Map<string, Slot>();
  private readonly keysByTag = new Map<string, Set<string>>();
  private bytes = 0;
  // Bumped by every purge. A page fetched while a purge happened may be the old version: it is
  // sent, but not stored.
  private purges = 0;

  constructor(maxBytes: number) {
    this.maxBytes = maxBytes;
  }

  get epoch(): number {
    return this.purges;
  }

  get size(): number {
    return this.slots.size;
  }

  get usedBytes(): number {
    return this.bytes;
  }

  // The fresh page stored under this key, if any; an expired one is dropped.
  get(key: string, now = Date.now()): CachedPage | undefined {
    const slot = this.slots.get(key);
    if (!slot) return undefined;
    if (slot.page.expiresAt <= now) {
      this.remove(key);
      return undefined;
    }
    // Least recently used first: a read moves the entry to the back.
    this.slots.delete(key);
    this.slots.set(key, slot);
    return slot.page;
  }

  // Stores the page unless a purge happened since `epochAtFetch`; returns whether it was stored.
  set(key: string, page: CachedPage, epochAtFetch: number): boolean {
    if (epochAtFetch !== this.purges) return false;
    const bytes = pageBytes(key, page);
    if (bytes > this.maxBytes / 8) return false;
    this.remove(key);
    this.slots.set(key, { page, bytes });
    this.bytes += bytes;
    for (const tag of page.tags) {
      let keys = this.keysByTag.get(tag);
      if (!keys) this.keysByTag.set(tag, (keys = new Set()));
      keys.add(key);
    }
    for (const oldest of this.slots.keys()) {
      if (this.bytes <= this.maxBytes) break;
      this.remove(oldest);
    }
    return true;
  }

  // Drops every page carrying any of these tags; returns how many were dropped.
  purge(tags: Iterable<string>): number {
    const list = [...tags];
    // The scheduler refreshes with no tags on most ticks: nothing changed, nothing to refuse.
    if (list.length === 0) return 0;
    this.purges += 1;
    let dropped = 0;
    for (const tag of list) {
      for (const key of this.keysByTag.get(tag) ?? []) {
        if (this.remove(key)) dropped += 1;
      }
    }
    return dropped;
  }

  clear(): void {
    this.purges += 1;
    this.slots.clear();
    this.keysByTag.clear();
    this.bytes = 0;
  }

  private remove(key: string): boolean {
    const slot = this.slots.get(key);
    if (!slot) return false;
    this.slots.delete(key);
    this.bytes -= slot.bytes;
    for (const tag of slot.page.tags) {
      const keys = this.keysByTag.get(tag);
      keys?.delete(key);
      if (keys?.size === 0) this.keysByTag.delete(tag);
    }
    return true;
  }
}

function pageBytes(key: string, page: CachedPage): number {
  return page.gzip.length + page.brotli.length + key.length * 2 + ENTRY_OVERHEAD_BYTES;
}
