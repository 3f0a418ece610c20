import Link from "next/link";
import { PaginationNav } from "@/components/listing/pagination-nav";
import { NairobiTime } from "@/components/ui/nairobi-time";
import { getNavCategories } from "@/db/queries/get-nav-categories";
import {
  searchArticles,
  type SearchFilters,
  type SearchResults,
} from "@/db/queries/search-articles";
import { pagePath } from "@/lib/pagination";
import { parseSearchFilters } from "@/lib/search/parse-search-filters";
import {
  MAX_QUERY_CHARS,
  MAX_QUERY_TERMS,
  parseSearchQuery,
  widenLastTerm,
} from "@/lib/search/parse-search-query";
import { HighlightedText } from "./highlighted-text";

export type SearchParams = Record<string, string | string[] | undefined>;

type Outcome =
  | { kind: "idle" }
  | { kind: "nothing-searchable" }
  | { kind: "results"; results: SearchResults; widened: boolean }
  | { kind: "failed" };

const count = (n: number) => n.toLocaleString("en");

function runSearch(
  match: string | null,
  widened: string | null,
  filters: SearchFilters,
  page: number,
): Outcome {
  if (!match) return { kind: "nothing-searchable" };
  try {
    const results = searchArticles(match, { filters, page });
    if (results.total === 0 && widened) {
      return {
        kind: "results",
        results: searchArticles(widened, { filters, page }),
        widened: true,
      };
    }
    return { kind: "results", results, widened: false };
  } catch (error) {
    // The query text is built from quoted letters and digits only, so this is a bug or a broken
    // database, not a reader's input: log it, and still answer with a page.
    console.error("[gazeti] search failed", error);
    return { kind: "failed" };
  }
}

// The whole /search page below the header: the form with its filters, what was searched for,
// the results with highlighted hits, and pagination. Every problem with the input becomes a
// sentence on the page.
export function SearchPage({ searchParams, page }: { searchParams: SearchParams; page: number }) {
  const categories = getNavCategories();
  const typed = typeof searchParams.q === "string" || Array.isArray(searchParams.q);
  const query = parseSearchQuery(searchParams.q);
  const filters = parseSearchFilters(
    searchParams,
    categories.map((category) => category.slug),
  );
  const outcome: Outcome =
    query.text === "" && !typed
      ? { kind: "idle" }
      : query.text === ""
        ? { kind: "nothing-searchable" }
        : runSearch(
            query.match,
            widenLastTerm(query),
            { categorySlug: filters.categorySlug, from: filters.from, until: filters.until },
            page,
          );
  const notes = [...filters.problems];
  if (query.shortened) {
    notes.push(
      `Your search was long, so only its first ${MAX_QUERY_CHARS} characters (at most ${MAX_QUERY_TERMS} words) were used.`,
    );
  }
  const carried = new URLSearchParams({ q: query.text });
  if (filters.input.category) carried.set("category", filters.input.category);
  if (filters.input.from) carried.set("from", filters.input.from);
  if (filters.input.to) carried.set("to", filters.input.to);
  const field = "h-11 rounded border border-rule bg-paper px-3 text-base text-ink";

  return (
    <div className="mx-auto max-w-3xl px-4 py-6">
      <h1 className="font-serif text-3xl font-bold">
        {outcome.kind === "results" ? (
          <>
            Search results<span className="sr-only"> for {query.text}</span>
          </>
        ) : (
          "Search"
        )}
      </h1>
      <form role="search" action="/search" method="get" className="mt-4 space-y-3">
        <div className="flex gap-2">
          <label htmlFor="search-query" className="sr-only">
            Search for
          </label>
          <input
            id="search-query"
            type="search"
            name="q"
            defaultValue={query.text}
            maxLength={MAX_QUERY_CHARS}
            enterKeyHint="search"
            className={`${field} min-w-0 flex-1`}
          />
          <button
            type="submit"
            className="h-11 shrink-0 rounded bg-ink px-4 font-semibold text-paper hover:bg-brand"
          >
            Search
          </button>
        </div>
        <fieldset className="flex flex-wrap gap-x-4 gap-y-2 text-sm">
          <legend className="sr-only">Narrow the search</legend>
          <div className="flex flex-col gap-1">
            <label htmlFor="search-category" className="font-semibold">
              Section
            </label>
            <select
              id="search-category"
              name="category"
              defaultValue={filters.input.category}
              className={field}
            >
              <option value="">All sections</option>
              {categories.map((category) => (
                <option key={category.slug} value={category.slug}>
                  {category.name}
                </option>
              ))}
            </select>
          </div>
          <div className="flex flex-col gap-1">
            <label htmlFor="search-from" className="font-semibold">
              From
            </label>
            <input
              id="search-from"
              type="date"
              name="from"
              defaultValue={filters.input.from}
              className={field}
            />
          </div>
          <div className="flex flex-col gap-1">
            <label htmlFor="search-to" className="font-semibold">
              To
            </label>
            <input
              id="search-to"
              type="date"
              name="to"
              defaultValue={filters.input.to}
              className={field}
            />
          </div>
        </fieldset>
        <p className="text-sm text-muted">
          Put words in &quot;double quotes&quot; to find them side by side; end a word with * to
          match its beginning (<span className="font-mono">kisum*</span>).
        </p>
      </form>

      {notes.length > 0 ? (
        <ul className="mt-4 space-y-1 rounded border border-rule bg-wash p-3 text-sm">
          {notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      ) : null}

      <div className="mt-6" aria-live="polite">
        {outcome.kind === "idle" ? (
          <p className="text-muted">Type a word or two and press Search.</p>
        ) : outcome.kind === "nothing-searchable" ? (
          <p role="status">
            There was nothing to search for: type at least one word made of letters or numbers.
          </p>
        ) : outcome.kind === "failed" ? (
          <p role="status">Search is not working right now. Please try again in a minute.</p>
        ) : (
          <SearchResultsList
            outcome={outcome}
            text={query.text}
            page={page}
            carried={carried.toString()}
          />
        )}
      </div>
    </div>
  );
}

function SearchResultsList({
  outcome,
  text,
  page,
  carried,
}: {
  outcome: Extract<Outcome, { kind: "results" }>;
  text: string;
  page: number;
  carried: string;
}) {
  const { results, widened } = outcome;
  if (results.total === 0) {
    return (
      <p role="status">
        No stories matched “{text}”. Check the spelling, use fewer words, or widen the section and
        dates.
      </p>
    );
  }
  if (results.hits.length === 0) {
    return (
      <p role="status">
        There are only {count(results.totalPages)} pages of results for “{text}”.{" "}
        <Link href={`/search?${carried}`} prefetch={false} className="text-brand underline">
          Back to the first page
        </Link>
      </p>
    );
  }
  return (
    <>
      <p role="status" className="text-sm text-muted">
        {widened ? <>No stories had exactly “{text}”; showing words that begin with it. </> : null}
        {[
          `${count(results.total)} ${results.total === 1 ? "result" : "results"}`,
          results.ranked < results.total
            ? `, best matches among the ${count(results.ranked)} most recent`
            : "",
          results.totalPages > 1 ? ` · page ${count(page)} of ${count(results.totalPages)}` : "",
        ].join("")}
      </p>
      <ol className="mt-4 divide-y divide-rule">
        {results.hits.map((hit) => (
          <li key={hit.article.id} className="py-4">
            <article>
              <h2 className="font-serif text-xl leading-snug font-bold">
                <Link href={hit.article.path} className="hover:underline">
                  <HighlightedText segments={hit.title} />
                </Link>
              </h2>
              <p className="mt-1 text-xs text-muted">
                <span className="font-bold tracking-wide text-brand uppercase">
                  {hit.article.category.name}
                </span>{" "}
                · <NairobiTime date={hit.article.publishedAt} dateOnly />
              </p>
              <p className="mt-2 text-sm">
                <HighlightedText segments={hit.excerpt} />
              </p>
            </article>
          </li>
        ))}
      </ol>
      <PaginationNav
        basePath="/search"
        page={page}
        totalPages={results.totalPages}
        href={(n) => `${pagePath("/search", n)}?${carried}`}
        label="Result pages"
        previousText="Previous"
        nextText="Next"
        prefetch={false}
      />
    </>
  );
}
