import Link from "next/link";
import type { AuthorRef } from "@/db/queries/view-types";

// "By A, B and C", each name linking to the journalist's page: the full site's or, in the lite
// edition, its twin (`authorPath`).
export function Byline({
  authors,
  authorPath = (slug) => `/author/${slug}`,
  className,
  linkClassName,
}: {
  authors: AuthorRef[];
  authorPath?: (slug: string) => string;
  className?: string;
  linkClassName?: string;
}) {
  if (authors.length === 0) return null;
  return (
    <p className={className}>
      By{" "}
      {authors.map((author, index) => (
        <span key={author.slug}>
          {index > 0 ? (index === authors.length - 1 ? " and " : ", ") : null}
          <Link href={authorPath(author.slug)} rel="author" className={linkClassName}>
            {author.name}
          </Link>
        </span>
      ))}
    </p>
  );
}
