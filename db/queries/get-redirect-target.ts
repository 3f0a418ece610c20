import { eq } from "drizzle-orm";
import { getDb } from "../client";
import type { DbExecutor } from "../open-database";
import { redirects } from "../schema";

const MAX_HOPS = 5;

function lookUp(path: string, db: DbExecutor): string | null {
  return (
    db.select({ to: redirects.toPath }).from(redirects).where(eq(redirects.fromPath, path)).get()
      ?.to ?? null
  );
}

// Where an old address lives now, or null. Asked only after a page, listing or feed found nothing
// at the address, so a cache hit never pays for it. A row for the address itself wins; otherwise
// the longest leading part that moved carries the rest along (a renamed section `/old` → `/new`
// sends `/old/page/2` to `/new/page/2` and `/old/feed.xml` to `/new/feed.xml`). Chains left by
// successive renames are followed to their end in one redirect; a loop answers null.
export function getRedirectTarget(path: string, db: DbExecutor = getDb()): string | null {
  let target = lookUp(path, db);
  if (target === null) {
    const segments = path.split("/").filter(Boolean);
    for (let keep = segments.length - 1; keep >= 1 && target === null; keep--) {
      const moved = lookUp(`/${segments.slice(0, keep).join("/")}`, db);
      if (moved !== null) {
        target = `${moved.replace(/\/+$/, "")}/${segments.slice(keep).join("/")}`;
      }
    }
  }
  if (target === null) return null;
  const seen = new Set([path]);
  for (let hop = 0; hop < MAX_HOPS; hop++) {
    if (seen.has(target)) return null;
    seen.add(target);
    const next = lookUp(target, db);
    if (next === null) return target;
    target = next;
  }
  return target;
}
