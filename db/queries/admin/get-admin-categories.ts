import "server-only";
import { asc, count, eq } from "drizzle-orm";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/permissions";
import { getDb } from "../../client";
import type { DbExecutor } from "../../open-database";
import { articles, categories } from "../../schema";
import type { AdminCategoryRow } from "./admin-view-types";

export function getAdminCategories(actor: Actor, db: DbExecutor = getDb()): AdminCategoryRow[] {
  assertCan(actor, "taxonomy:manage");
  const counts = new Map(
    db
      .select({ id: articles.categoryId, n: count() })
      .from(articles)
      .groupBy(articles.categoryId)
      .all()
      .map((row) => [row.id, row.n]),
  );
  return db
    .select({
      id: categories.id,
      slug: categories.slug,
      name: categories.name,
      description: categories.description,
      navOrder: categories.navOrder,
    })
    .from(categories)
    .orderBy(asc(categories.navOrder), asc(categories.id))
    .all()
    .map((row) => ({ ...row, articleCount: counts.get(row.id) ?? 0 }));
}

export function getAdminCategory(actor: Actor, id: number, db: DbExecutor = getDb()) {
  assertCan(actor, "taxonomy:manage");
  return db.select().from(categories).where(eq(categories.id, id)).get() ?? null;
}
