import "server-only";
import { getDb } from "@/db/client";
import { recordViews } from "@/db/mutations/record-views";
import { ViewCounter } from "@/lib/views/view-counter";

// Views waiting longer than this are written even on a quiet site.
const FLUSH_EVERY_MS = 30_000;

const globalForViews = globalThis as unknown as { gazetiViewCounter?: ViewCounter };

// One counter per server process. A crash loses at most the views of the last half minute; a
// normal exit writes them (better-sqlite3 is synchronous, so it works in an exit handler).
export function getViewCounter(): ViewCounter {
  if (!globalForViews.gazetiViewCounter) {
    const counter = new ViewCounter({ write: (rows) => recordViews(getDb(), rows) });
    setInterval(() => counter.flushQuietly(), FLUSH_EVERY_MS).unref();
    process.once("exit", () => counter.flushQuietly());
    globalForViews.gazetiViewCounter = counter;
  }
  return globalForViews.gazetiViewCounter;
}
