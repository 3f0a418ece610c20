import { describe, expect, it } from "vitest";
import { FetchCoalescer } from "./fetch-coalescer";

describe("coalescing fetches of one page", () => {
  it("has nothing to wait for when nobody is fetching the page", () => {
    expect(new FetchCoalescer<string>().waitFor("/news")).toBeNull();
  });

  it("hands the page the first request stored to every request that waited for it", async () => {
    const fetches = new FetchCoalescer<string>();
    const done = fetches.start("/news");
    const waiting = [fetches.waitFor("/news"), fetches.waitFor("/news")];
    expect(fetches.waitFor("/other")).toBeNull();
    done("the page");
    expect(await Promise.all(waiting)).toEqual(["the page", "the page"]);
    expect(fetches.waitFor("/news")).toBeNull();
  });

  it("lets waiting requests fetch for themselves when the page was not stored", async () => {
    const fetches = new FetchCoalescer<string>();
    const done = fetches.start("/news");
    const waiting = fetches.waitFor("/news");
    done(undefined);
    expect(await waiting).toBeUndefined();
  });

  it("stops waiting after the timeout", async () => {
    const fetches = new FetchCoalescer<string>(20);
    fetches.start("/news");
    expect(await fetches.waitFor("/news")).toBeUndefined();
  });
});
