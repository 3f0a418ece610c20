import "server-only";
import { asc, eq } from "drizzle-orm";
import { getDb } from "../client";
import type { DbExecutor } from "../open-database";
import { pages, settings } from "../schema";

import { DEMO_CONTENT_SETTING } from "./demo-content-setting";

export type FooterInfo = { pages: { slug: string; title: string }[]; demoContent: boolean };

export function getFooterInfo(db: DbExecutor = getDb()): FooterInfo {
  const demo = db
    .select({ value: settings.value })
    .from(settings)
    .where(eq(settings.key, DEMO_CONTENT_SETTING))
    .get();
  return {
    pages: db
      .select({ slug: pages.slug, title: pages.title })
      .from(pages)
      .orderBy(asc(pages.footerOrder), asc(pages.id))
      .all(),
    demoContent: demo?.value === "1",
  };
}
