// npx tsx scripts/bench/compare-results.ts SMALL.json LARGE.json — how costs grow with the corpus
// between two `npm run bench` results (e.g. --articles 1000 and --articles 100000): uncached
// renders and the cost per cached request, larger run over smaller run.
import fs from "node:fs";
import { fixed, formatTable } from "./lib/format-table";

type Figures = { medianMs: number; medianCpuMs: number };
type Result = {
  corpus: { articles: number };
  cold: { deepPage: number; article: Figures; categoryPage1: Figures; categoryDeep: Figures };
  rows: { server: string; page: string; cpuMsPerRequest: number | null }[];
};

const [smallFile, largeFile] = process.argv.slice(2);
if (!smallFile || !largeFile) {
  console.error("usage: tsx scripts/bench/compare-results.ts SMALL.json LARGE.json");
  process.exit(2);
}
const read = (file: string) => JSON.parse(fs.readFileSync(file, "utf8")) as Result;
const small = read(smallFile);
const large = read(largeFile);
const ratio = (a: number, b: number) => `${fixed(b / a, 2)}×`;

console.log(
  `\n${large.corpus.articles.toLocaleString("en")} articles over ${small.corpus.articles.toLocaleString("en")}:\n`,
);
console.log(
  formatTable(
    ["uncached render", "small ms", "large ms", "wall", "CPU"],
    (
      [
        ["article", "article"],
        ["category p1", "categoryPage1"],
        [`category deep page`, "categoryDeep"],
      ] as const
    ).map(([name, key]) => [
      name,
      fixed(small.cold[key].medianMs),
      fixed(large.cold[key].medianMs),
      ratio(small.cold[key].medianMs, large.cold[key].medianMs),
      ratio(small.cold[key].medianCpuMs, large.cold[key].medianCpuMs),
    ]),
  ),
);
console.log("\nTarget: the article within 1.2× (wall or CPU, on a quiet machine).\n");
console.log(
  formatTable(
    ["server", "page", "small CPU ms/req", "large CPU ms/req", "ratio"],
    large.rows.flatMap((row) => {
      const before = small.rows.find(
        (other) => other.server === row.server && other.page === row.page,
      );
      if (!before?.cpuMsPerRequest || !row.cpuMsPerRequest) return [];
      return [
        [
          row.server,
          row.page,
          fixed(before.cpuMsPerRequest, 3),
          fixed(row.cpuMsPerRequest, 3),
          ratio(before.cpuMsPerRequest, row.cpuMsPerRequest),
        ],
      ];
    }),
  ),
);
