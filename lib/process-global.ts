// The one object of this name in the process, made on first use. Next bundles the proxy, each
// route module, instrumentation.ts and the server (scripts/serve.ts) separately, each with its own
// copy of every module, so module-level state is not shared between them: the database connection,
// the page cache, the scheduler's secret and the like are found through a global symbol instead.
// Plain JavaScript, not a private Next API, so it sits in lib/ where db/ may use it too
// (docs/decisions/0011-next-internals.md).
export function processGlobal<T extends object>(name: string, create: () => T): T {
  const store = globalThis as unknown as Record<symbol, T | undefined>;
  return (store[Symbol.for(`gazeti.${name}`)] ??= create());
}
