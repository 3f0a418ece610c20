// The literal copies of the first-segment table that Next and Varnish need, held to it: Next
// reads the proxy matcher statically and Varnish reads its own language, so neither can import it.
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { FIRST_SEGMENTS, firstSegmentsWhere, type FirstSegmentName } from "./first-segments";

const read = (file: string) => fs.readFileSync(file, "utf8");

// The names in a negative lookahead `(?!a/|b/|(?:c|d)(?:/|$))`, as a sorted list.
function lookaheadNames(pattern: string): string[] {
  const start = pattern.indexOf("(?!");
  expect(start, pattern).toBeGreaterThanOrEqual(0);
  let depth = 0;
  let end = start;
  for (; end < pattern.length; end += 1) {
    if (pattern[end] === "(") depth += 1;
    if (pattern[end] === ")" && --depth === 0) break;
  }
  return [...pattern.slice(start + 3, end).matchAll(/[a-z_][a-z0-9_.-]*/g)]
    .map((match) => match[0])
    .sort();
}

const sorted = (names: readonly string[]) => [...names].sort();
const slugShaped = (Object.keys(FIRST_SEGMENTS) as FirstSegmentName[]).filter((name) =>
  /^[a-z0-9-]+$/.test(name),
);

// The proxy's matcher entries, as written in proxy.ts.
function proxyMatchers(): string[] {
  const source = read("proxy.ts");
  const matcher = /matcher:\s*\[([\s\S]*?)\n\s*\],/.exec(source)?.[1] ?? "";
  return [...matcher.matchAll(/^\s*"([^"]+)",/gm)].map((match) => match[1]!);
}

describe("the proxy.ts matcher", () => {
  const articles = proxyMatchers().find((source) => source.includes("[a-z0-9-]+/[a-z0-9-]+"));
  const letterCase = proxyMatchers().find((source) => source.includes("[A-Z]"));

  it("sends every story address to the trash check, and none under the app's own segments", () => {
    expect(articles).toBeDefined();
    const notStories = firstSegmentsWhere(({ notStories }) => notStories === true);
    expect(lookaheadNames(articles!)).toEqual(sorted(notStories));
    // As Next reads it: a path-to-regexp pattern made of one regular expression group.
    const matches = new RegExp(`^${articles}$`);
    for (const name of slugShaped) {
      const path = `/${name}/some-story`;
      expect(matches.test(path), path).toBe(!FIRST_SEGMENTS[name].notStories);
    }
    expect(matches.test("/news/some-story")).toBe(true);
  });

  it("lowercases any address but files named by their content", () => {
    expect(letterCase).toBeDefined();
    const files = firstSegmentsWhere(({ caching }) => caching === "files" || caching === "next");
    expect(lookaheadNames(letterCase!)).toEqual(sorted(files));
  });
});

describe("PUBLIC_PAGES in next.config.ts", () => {
  const pattern = /const PUBLIC_PAGES = "([^"]+)";/.exec(read("next.config.ts"))?.[1];

  it("gives the bounded public Cache-Control to every segment cached like a page, and no other", () => {
    expect(pattern).toBeDefined();
    const withOwnCaching = firstSegmentsWhere(({ caching }) => caching !== undefined);
    expect(lookaheadNames(pattern!)).toEqual(sorted(withOwnCaching));
    const matches = new RegExp(`^${pattern}$`);
    for (const name of [...slugShaped, "_next"] as FirstSegmentName[]) {
      const path = `/${name}/x`;
      expect(matches.test(path), path).toBe(FIRST_SEGMENTS[name].caching === undefined);
    }
  });
});

describe("the Varnish configuration", () => {
  it("passes exactly the private segments through uncached", () => {
    const vcl = read("deploy/varnish/gazeti.vcl");
    const pass = /req\.url ~ "\^\/\(([a-z_|]+)\)\(\/\|\\\?\|\$\)"/.exec(vcl)?.[1];
    expect(pass, "the VCL's pass rule").toBeDefined();
    const privateSegments = firstSegmentsWhere(({ caching }) => caching === "private");
    expect(sorted(pass!.split("|"))).toEqual(sorted(privateSegments));
  });
});
