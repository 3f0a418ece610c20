import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { GoneMessage } from "@/components/seo/gone-message";
import { NOINDEX_ROBOTS } from "@/lib/seo/build-page-metadata";

// Rendered for a trashed story's address, which proxy.ts rewrites here with status 410; the page
// is the same for every such address, so it is generated once and cached like any other.
export const revalidate = 3600;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export const metadata: Metadata = { title: "Story removed", robots: NOINDEX_ROBOTS };

export default async function GonePage({ params }: { params: Promise<{ kind: string }> }) {
  const { kind } = await params;
  if (kind !== "article") notFound();
  return <GoneMessage />;
}
