import Link from "next/link";
import { pagePath, pageWindow } from "@/lib/pagination";

export function PaginationNav({
  basePath,
  page,
  totalPages,
}: {
  basePath: string;
  page: number;
  totalPages: number;
}) {
  if (totalPages <= 1) return null;
  const item = "inline-flex min-w-10 items-center justify-center rounded border px-3 py-2";
  return (
    <nav aria-label="Pages" className="mt-10">
      <ul className="flex flex-wrap items-center gap-2 text-sm">
        {page > 1 ? (
          <li>
            <Link href={pagePath(basePath, page - 1)} rel="prev" className={`${item} border-rule`}>
              Newer
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
                  href={pagePath(basePath, n)}
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
            <Link href={pagePath(basePath, page + 1)} rel="next" className={`${item} border-rule`}>
              Older
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
