import Link from "next/link";
import { pagePath, pageWindow } from "@/lib/pagination";

// Numbered page links for listings (newer/older) and search results (previous/next, with the
// query carried along, not prefetched since each result page is rendered on demand).
export function PaginationNav({
  basePath,
  page,
  totalPages,
  href = (n) => pagePath(basePath, n),
  label = "Pages",
  previousText = "Newer",
  nextText = "Older",
  prefetch,
}: {
  basePath: string;
  page: number;
  totalPages: number;
  href?: (page: number) => string;
  label?: string;
  previousText?: string;
  nextText?: string;
  prefetch?: false;
}) {
  if (totalPages <= 1) return null;
  const item = "inline-flex min-w-10 items-center justify-center rounded border px-3 py-2";
  return (
    <nav aria-label={label} className="mt-10">
      <ul className="flex flex-wrap items-center gap-2 text-sm">
        {page > 1 ? (
          <li>
            <Link
              href={href(page - 1)}
              prefetch={prefetch}
              rel="prev"
              className={`${item} border-rule`}
            >
              {previousText}
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
                  prefetch={prefetch}
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
              prefetch={prefetch}
              rel="next"
              className={`${item} border-rule`}
            >
              {nextText}
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
