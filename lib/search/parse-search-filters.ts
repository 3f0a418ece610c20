import { isValidSlug } from "@/lib/slugs/is-valid-slug";

// Nairobi keeps East Africa Time (UTC+3) all year: a date typed by a reader starts at
// 00:00 EAT.
const NAIROBI_OFFSET = "+03:00";
const DAY_MS = 86_400_000;

export type SearchFilterInput = {
  category: string;
  from: string;
  to: string;
};

export type ParsedSearchFilters = {
  // As the form should show them again ("" when unset or not understood).
  input: SearchFilterInput;
  categorySlug: string | null;
  from: Date | null;
  // Exclusive: the start of the day after the "to" date.
  until: Date | null;
  problems: string[];
};

function firstString(raw: unknown): string {
  if (typeof raw === "string") return raw;
  if (Array.isArray(raw) && typeof raw[0] === "string") return raw[0];
  return "";
}

function parseDay(text: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return null;
  const date = new Date(`${text}T00:00:00${NAIROBI_OFFSET}`);
  if (Number.isNaN(date.getTime())) return null;
  // new Date() rolls 2026-02-31 over into March; such a day does not exist.
  const roundTrip = new Date(date.getTime() + 3 * 3_600_000).toISOString().slice(0, 10);
  return roundTrip === text ? date : null;
}

// Reads the search form's section and date fields. Whatever cannot be understood is dropped with
// a message, never an error; a range given backwards is turned round.
export function parseSearchFilters(
  params: { category?: unknown; from?: unknown; to?: unknown },
  knownCategories: readonly string[],
): ParsedSearchFilters {
  const problems: string[] = [];
  const category = firstString(params.category).trim().toLowerCase().slice(0, 80);
  let categorySlug: string | null = null;
  if (category !== "") {
    if (isValidSlug(category) && knownCategories.includes(category)) categorySlug = category;
    else problems.push("That section does not exist, so all sections were searched.");
  }
  const fromText = firstString(params.from).trim().slice(0, 20);
  const toText = firstString(params.to).trim().slice(0, 20);
  let from = fromText ? parseDay(fromText) : null;
  let to = toText ? parseDay(toText) : null;
  if (fromText && !from) problems.push("The “from” date was not understood and was left out.");
  if (toText && !to) problems.push("The “to” date was not understood and was left out.");
  if (from && to && from > to) [from, to] = [to, from];
  const isoDay = (date: Date | null) =>
    date ? new Date(date.getTime() + 3 * 3_600_000).toISOString().slice(0, 10) : "";
  return {
    input: { category: categorySlug ?? "", from: isoDay(from), to: isoDay(to) },
    categorySlug,
    from,
    until: to ? new Date(to.getTime() + DAY_MS) : null,
    problems,
  };
}
