import { setTimeout as delay } from "node:timers/promises";

// How long a request waits for the same page being fetched by another before asking Next itself.
const COALESCE_TIMEOUT_MS = 10_000;

// Pages being fetched from Next: readers asking for one meanwhile (a purged front page during
// breaking news) wait for that answer instead of each rendering and compressing it again.
export class FetchCoalescer<Page> {
  private readonly fetching = new Map<string, Promise<Page | undefined>>();

  constructor(private readonly timeoutMs = COALESCE_TIMEOUT_MS) {}

  // The page another request is fetching under this key, once stored; undefined when it was not
  // stored or took too long (the waiting request then asks Next itself). Null when nobody is
  // fetching it: the caller should, after start().
  waitFor(key: string): Promise<Page | undefined> | null {
    const pending = this.fetching.get(key);
    if (!pending) return null;
    const timeout = delay(this.timeoutMs, undefined, { ref: false });
    return Promise.race([pending, timeout]);
  }

  // Marks the key as being fetched; the returned function is called once, with the stored page
  // or nothing, and releases the requests waiting for it.
  start(key: string): (page: Page | undefined) => void {
    let settle: (page: Page | undefined) => void = () => {};
    this.fetching.set(key, new Promise((resolve) => (settle = resolve)));
    return (page) => {
      this.fetching.delete(key);
      settle(page);
    };
  }
}
