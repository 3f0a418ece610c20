import Link from "next/link";
import { pagePath, pageWindow } from "@/lib/pagination";

// Like the listings' pagination, with the search and its filters carried in the query string.
export function SearchPagination({
  page,
  totalPages,
  query,
}: {
  page: number;
  totalPages: number;
  query: string;
}) {
  if (totalPages <= 1) return null;
  const href = (n: number) => `${pagePath("/search", n)}?${query}`;
  const item = "inline-flex min-w-10 items-center justify-center rounded border px-3 py-2";
  return (
    <nav aria-label="Result pages" className="mt-10">
      <ul className="flex flex-wrap items-center gap-2 text-sm">
        {page > 1 ? (
          <li>
            <Link
              href={href(page - 1)}
              prefetch={false}
              rel="prev"
              className={`${item} border-rule`}
            >
              Previous
            </Link>
          </li>
        ) : null}
        {pageWindow(page, totalPages).map((n, index) =>
          n === null ? (
            <li key={`gap-${index}`} aria-hidden="true" className="px-1 text-muted">
              …
            </li>
          ) : (
            <li key={n}>
              {n === page ? (
                <span
                  aria-current="page"
                  className={`${item} border-ink bg-ink font-bold text-paper`}
                >
                  <span className="sr-only">Page </span>
                  {n}
                </span>
              ) : (
                <Link
                  href={href(n)}
                  prefetch={false}
                  className={`${item} border-rule hover:border-ink`}
                >
                  <span className="sr-only">Page </span>
                  {n}
                </Link>
              )}
            </li>
          ),
        )}
        {page < totalPages ? (
          <li>
            <Link
              href={href(page + 1)}
              prefetch={false}
              rel="next"
              className={`${item} border-rule`}
            >
              Next
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
