import { isBotUserAgent } from "./is-bot-user-agent";

// Counting a view: at most FLOOD_LIMIT views per client per window, and one view per client and
// article per window. Clients are told apart by an opaque key the caller derives (a salted hash,
// see client-key.ts): no address, cookie or identifier is ever stored.
export const VIEW_WINDOW_MS = 60_000;
export const FLOOD_LIMIT = 20;
// Bounds on memory whatever the traffic: past these, new clients or articles are not counted
// until the next window or flush.
export const MAX_CLIENTS_PER_WINDOW = 100_000;
export const MAX_BUFFERED_ROWS = 50_000;
// A batch is written when this many views are waiting, or by the periodic flush.
export const FLUSH_AT_VIEWS = 500;

export type ViewRow = { articleId: number; day: string; views: number };

export type ViewOutcome = "counted" | "bot" | "repeat" | "flood" | "invalid" | "full";

export type ViewCounterOptions = {
  write: (rows: ViewRow[]) => void;
  now?: () => number;
};

// Views wait in memory and are written in batches, per article and UTC day, by `write` (one
// transaction each): a busy article costs one upsert per batch, not one write per reader.
export class ViewCounter {
  private readonly write: (rows: ViewRow[]) => void;
  private readonly now: () => number;
  private buffer = new Map<string, ViewRow>();
  private buffered = 0;
  private windowStart = 0;
  private clients = new Map<string, Set<number>>();

  constructor(options: ViewCounterOptions) {
    this.write = options.write;
    this.now = options.now ?? Date.now;
  }

  record(articleId: number, request: { userAgent: string | null; clientKey: string }): ViewOutcome {
    if (!Number.isSafeInteger(articleId) || articleId < 1) return "invalid";
    if (isBotUserAgent(request.userAgent)) return "bot";
    const now = this.now();
    if (now - this.windowStart >= VIEW_WINDOW_MS) {
      this.windowStart = now;
      this.clients.clear();
    }
    let seen = this.clients.get(request.clientKey);
    if (!seen) {
      if (this.clients.size >= MAX_CLIENTS_PER_WINDOW) return "full";
      seen = new Set();
      this.clients.set(request.clientKey, seen);
    }
    if (seen.has(articleId)) return "repeat";
    if (seen.size >= FLOOD_LIMIT) return "flood";
    seen.add(articleId);
    const day = new Date(now).toISOString().slice(0, 10);
    const key = `${day}|${articleId}`;
    const row = this.buffer.get(key);
    if (row) row.views++;
    else {
      if (this.buffer.size >= MAX_BUFFERED_ROWS) return "full";
      this.buffer.set(key, { articleId, day, views: 1 });
    }
    this.buffered++;
    if (this.buffered >= FLUSH_AT_VIEWS) this.flushQuietly();
    return "counted";
  }

  // Writes what is waiting. If the write fails the views are kept for the next attempt.
  flush(): number {
    if (this.buffered === 0) return 0;
    const rows = [...this.buffer.values()];
    this.write(rows);
    this.buffer = new Map();
    const written = this.buffered;
    this.buffered = 0;
    return written;
  }

  // For callers that must not fail because the database did (a beacon request, a timer).
  flushQuietly(): void {
    try {
      this.flush();
    } catch (error) {
      console.error(
        "[gazeti] could not write article views; keeping them for the next flush",
        error,
      );
    }
  }

  pending(): number {
    return this.buffered;
  }
}
