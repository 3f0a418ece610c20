import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { parsePageNumber } from "@/lib/pagination";
import { isValidSlug } from "@/lib/slugs/is-valid-slug";
import {
  SubjectListingPage,
  subjectListingMetadata,
  type ListingKind,
} from "./subject-listing-page";

type FirstPageProps = { params: Promise<{ slug: string }> };
type NumberedPageProps = { params: Promise<{ slug: string; n: string }> };

// The two routes of a tag or author listing: /{base}/{slug} and /{base}/{slug}/page/{n}, whose
// page 1 is the first route's address. Route files keep their own segment config (Next reads it
// statically) and take the metadata and page from here.
export function listingRoutes<S extends { name: string }>(kind: ListingKind<S>) {
  return {
    firstPage: {
      async generateMetadata({ params }: FirstPageProps): Promise<Metadata> {
        const { slug } = await params;
        return isValidSlug(slug) ? subjectListingMetadata(kind, slug, 1) : {};
      },
      async Page({ params }: FirstPageProps) {
        const { slug } = await params;
        if (!isValidSlug(slug)) notFound();
        return <SubjectListingPage kind={kind} slug={slug} page={1} />;
      },
    },
    numberedPage: {
      async generateMetadata({ params }: NumberedPageProps): Promise<Metadata> {
        const { slug, n } = await params;
        const page = parsePageNumber(n);
        return page && isValidSlug(slug) ? subjectListingMetadata(kind, slug, page) : {};
      },
      async Page({ params }: NumberedPageProps) {
        const { slug, n } = await params;
        const page = parsePageNumber(n);
        if (!page || !isValidSlug(slug)) notFound();
        if (page === 1) permanentRedirect(kind.basePath(slug));
        return <SubjectListingPage kind={kind} slug={slug} page={page} />;
      },
    },
  };
}
