import { afterEach, expect, it } from "vitest";
import { createTestDatabase } from "./test/create-test-database";
import { openDatabase } from "./open-database";
import { getStatementCount } from "./query-counter";

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
  delete process.env.GAZETI_QUERY_COUNTER;
});

it("counts every statement but the trash check's once-a-second data_version probe", () => {
  const test = createTestDatabase();
  cleanups.push(test.cleanup);
  process.env.GAZETI_QUERY_COUNTER = "1";
  const db = openDatabase(test.file, { readonly: true });
  cleanups.unshift(() => db.$client.close());
  const probe = db.$client.prepare("PRAGMA data_version").pluck();
  const start = getStatementCount();
  probe.get();
  expect(getStatementCount()).toBe(start);
  db.$client.prepare("select slug from articles").all();
  db.$client.prepare("PRAGMA user_version").get();
  expect(getStatementCount()).toBe(start + 2);
});
