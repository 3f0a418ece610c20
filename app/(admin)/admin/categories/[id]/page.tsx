import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getAdminCategory } from "@/db/queries/admin/get-admin-categories";
import { requireStaff } from "@/server/auth/require-staff";
import { CategoryFormClient } from "../category-form-client";

export const metadata: Metadata = { title: "Edit category" };

export default async function CategoryPage({ params }: { params: Promise<{ id: string }> }) {
  const { actor } = await requireStaff("taxonomy:manage");
  const id = Number((await params).id);
  const category = Number.isSafeInteger(id) && id > 0 ? getAdminCategory(actor, id) : null;
  if (!category) notFound();
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/admin/categories" className="text-muted underline">
          All categories
        </Link>
      </p>
      <h1 className="mb-4 text-2xl font-bold">{category.name}</h1>
      <section className="max-w-xl rounded border border-rule bg-paper p-4" aria-label="Category">
        <CategoryFormClient category={category} />
      </section>
    </>
  );
}
