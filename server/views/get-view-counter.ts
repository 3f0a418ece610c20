import "server-only";
import { getDb } from "@/db/client";
import { recordViews } from "@/db/mutations/record-views";
import { processGlobal } from "@/lib/process-global";
import { ViewCounter } from "@/lib/views/view-counter";

// Views waiting longer than this are written even on a quiet site.
const FLUSH_EVERY_MS = 30_000;

const shared = processGlobal<{ counter?: ViewCounter }>("view-counter", () => ({}));

// One counter per server process. A crash loses at most the views of the last half minute; a
// normal exit writes them (better-sqlite3 is synchronous, so it works in an exit handler).
export function getViewCounter(): ViewCounter {
  if (!shared.counter) {
    const counter = new ViewCounter({ write: (rows) => recordViews(getDb(), rows) });
    setInterval(() => counter.flushQuietly(), FLUSH_EVERY_MS).unref();
    process.once("exit", () => counter.flushQuietly());
    shared.counter = counter;
  }
  return shared.counter;
}
