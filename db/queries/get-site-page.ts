import { eq } from "drizzle-orm";
import { getDb } from "../client";
import type { DbExecutor } from "../open-database";
import { pages } from "../schema";

export type SitePage = {
  slug: string;
  title: string;
  summary: string;
  body: unknown;
  updatedAt: Date;
};

export function getSitePage(slug: string, db: DbExecutor = getDb()): SitePage | null {
  return (
    db
      .select({
        slug: pages.slug,
        title: pages.title,
        summary: pages.summary,
        body: pages.body,
        updatedAt: pages.updatedAt,
      })
      .from(pages)
      .where(eq(pages.slug, slug))
      .get() ?? null
  );
}
