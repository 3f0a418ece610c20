import { processGlobal } from "@/lib/process-global";

// Counts the SQL statements the server runs, for the test that proves a cached public page
// runs none (e2e/perf-query-counter.spec.ts). Off unless GAZETI_QUERY_COUNTER=1: it is test
// instrumentation, read through an internal route that answers 404 otherwise. One count per
// process: Next bundles route modules and the proxy separately, and they must all add to it.
const counter = processGlobal("statement-count", () => ({ statements: 0 }));

export function queryCounterEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.GAZETI_QUERY_COUNTER === "1";
}

// The trash check's freshness probe (server/seo/gone-articles.ts): it reads no table and runs at
// most once a second whatever the traffic, so whether it falls between two readings depends on
// the clock, not on the page. It is not counted; the slugs it re-reads when the trash changed are.
const NOT_PAGE_WORK = /^\s*PRAGMA data_version\s*$/i;

// better-sqlite3 calls this with every statement any connection executes (its `verbose` option,
// set by openDatabase when the counter is on).
export function countStatement(sql?: unknown): void {
  if (typeof sql === "string" && NOT_PAGE_WORK.test(sql)) return;
  counter.statements += 1;
}

export function getStatementCount(): number {
  return counter.statements;
}
