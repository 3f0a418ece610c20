import type { Metadata } from "next";
import Link from "next/link";
import { getAdminCategories } from "@/db/queries/admin/get-admin-categories";
import { requireStaff } from "@/server/auth/require-staff";
import { CategoryFormClient } from "./category-form-client";

export const metadata: Metadata = { title: "Categories" };

export default async function CategoriesPage({
  searchParams,
}: {
  searchParams: Promise<{ saved?: string }>;
}) {
  const { actor } = await requireStaff("taxonomy:manage");
  const categories = getAdminCategories(actor);
  const savedId = (await searchParams).saved;
  const saved = categories.find((category) => String(category.id) === savedId);
  const nextOrder = Math.max(0, ...categories.map((category) => category.navOrder)) + 1;
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">Categories</h1>
      {saved ? (
        <p
          role="status"
          className="mb-4 rounded border border-rule bg-paper px-3 py-2 font-semibold"
        >
          Saved {saved.name}.
        </p>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <section aria-labelledby="sections-heading" className="rounded border border-rule bg-paper">
          <h2 id="sections-heading" className="border-b border-rule px-4 py-2 text-lg font-bold">
            Sections, in navigation order
          </h2>
          <ol className="divide-y divide-rule">
            {categories.map((category) => (
              <li key={category.id} className="px-4 py-3">
                <Link
                  href={`/admin/categories/${category.id}`}
                  className="font-semibold hover:text-brand hover:underline"
                >
                  {category.name}
                </Link>
                <div className="mt-1 flex flex-wrap gap-x-3 text-sm text-muted">
                  <span>/{category.slug}</span>
                  <span>Order {category.navOrder}</span>
                  <span>
                    {category.articleCount} article{category.articleCount === 1 ? "" : "s"}
                  </span>
                </div>
              </li>
            ))}
          </ol>
        </section>
        <section
          aria-labelledby="add-category-heading"
          className="rounded border border-rule bg-paper p-4"
        >
          <h2 id="add-category-heading" className="mb-3 text-lg font-bold">
            Add a category
          </h2>
          <CategoryFormClient nextOrder={nextOrder} />
        </section>
      </div>
    </>
  );
}
