export const PAGE_SIZE = 20;

// Only canonical page numbers are pages: "01", "1e9", "-1", "abc" and absurd numbers are not.
export function parsePageNumber(raw: string): number | null {
  if (!/^[1-9]\d{0,5}$/.test(raw)) return null;
  return Number(raw);
}

export function pageCount(total: number, pageSize = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

export function pagePath(basePath: string, page: number): string {
  return page <= 1 ? basePath : `${basePath}/page/${page}`;
}

// Numbered links around the current page, with the first and last always present; null marks a
// gap shown as an ellipsis.
export function pageWindow(current: number, total: number, radius = 2): (number | null)[] {
  const pages: (number | null)[] = [];
  for (let page = 1; page <= total; page++) {
    const nearCurrent = Math.abs(page - current) <= radius;
    if (page === 1 || page === total || nearCurrent) pages.push(page);
    else if (pages[pages.length - 1] !== null) pages.push(null);
  }
  return pages;
}
