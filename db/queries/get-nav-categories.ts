import "server-only";
import { asc } from "drizzle-orm";
import { getDb } from "../client";
import type { DbExecutor } from "../open-database";
import { categories } from "../schema";
import type { CategoryRef } from "./view-types";

export function getNavCategories(db: DbExecutor = getDb()): CategoryRef[] {
  return db
    .select({ slug: categories.slug, name: categories.name })
    .from(categories)
    .orderBy(asc(categories.navOrder), asc(categories.id))
    .all();
}
