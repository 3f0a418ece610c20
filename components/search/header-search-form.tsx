// The header's search box: a plain GET form, so it works with JavaScript off and the results
// page has a shareable address. The button keeps a visible icon and a spoken name.
export function HeaderSearchForm() {
  return (
    <form role="search" action="/search" method="get" className="flex min-w-0 flex-1 justify-end">
      <label htmlFor="header-search" className="sr-only">
        Search Gazeti
      </label>
      <input
        id="header-search"
        type="search"
        name="q"
        placeholder="Search"
        maxLength={200}
        enterKeyHint="search"
        autoComplete="off"
        className="h-10 w-full min-w-0 max-w-64 rounded-l border border-r-0 border-rule bg-paper px-3 text-base text-ink placeholder:text-muted"
      />
      <button
        type="submit"
        className="inline-flex h-10 w-11 shrink-0 items-center justify-center rounded-r border border-ink bg-ink text-paper hover:bg-brand hover:border-brand"
      >
        <svg viewBox="0 0 20 20" aria-hidden="true" focusable="false" className="h-5 w-5">
          <circle cx="8.5" cy="8.5" r="5.5" fill="none" stroke="currentColor" strokeWidth="2" />
          <path d="M12.6 12.6 17 17" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
        <span className="sr-only">Search</span>
      </button>
    </form>
  );
}
