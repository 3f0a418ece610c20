import { describe, expect, it } from "vitest";
import { isBotUserAgent } from "./is-bot-user-agent";
import {
  FLOOD_LIMIT,
  FLUSH_AT_VIEWS,
  VIEW_WINDOW_MS,
  ViewCounter,
  type ViewRow,
} from "./view-counter";

const BROWSER =
  "Mozilla/5.0 (Linux; Android 14; SM-A155F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36";
const BOTS = [
  "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
  "Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm) Chrome/116.0.1938.76 Safari/537.36",
  "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
  "WhatsApp/2.23.20.0",
  "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.0.0 Safari/537.36",
  "Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; GPTBot/1.2; +https://openai.com/gptbot)",
  "curl/8.5.0",
  "python-requests/2.32.3",
  "",
];

function counterAt(start = Date.UTC(2026, 10, 20, 12)) {
  const writes: ViewRow[][] = [];
  let now = start;
  const counter = new ViewCounter({ write: (rows) => writes.push(rows), now: () => now });
  return { counter, writes, advance: (ms: number) => (now += ms) };
}

describe("isBotUserAgent", () => {
  it("recognises crawlers, link previews, headless browsers and scripts", () => {
    for (const agent of BOTS) expect(isBotUserAgent(agent), agent).toBe(true);
    expect(isBotUserAgent(null)).toBe(true);
  });

  it("lets ordinary phone and desktop browsers through", () => {
    expect(isBotUserAgent(BROWSER)).toBe(false);
    expect(
      isBotUserAgent(
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
      ),
    ).toBe(false);
    expect(
      isBotUserAgent(
        "Opera/9.80 (J2ME/MIDP; Opera Mini/9.80 (S60; SymbOS; Opera Mobi/23.348; U; en) Presto/2.5.25 Version/10.54",
      ),
    ).toBe(false);
  });
});

describe("ViewCounter", () => {
  it("counts a browser's view and ignores bots", () => {
    const { counter } = counterAt();
    expect(counter.record(7, { userAgent: BROWSER, clientKey: "a" })).toBe("counted");
    for (const agent of BOTS) {
      expect(counter.record(7, { userAgent: agent, clientKey: "b" })).toBe("bot");
    }
    expect(counter.pending()).toBe(1);
  });

  it("counts one view per reader and article in a window, and again in the next", () => {
    const { counter, advance } = counterAt();
    expect(counter.record(7, { userAgent: BROWSER, clientKey: "a" })).toBe("counted");
    expect(counter.record(7, { userAgent: BROWSER, clientKey: "a" })).toBe("repeat");
    expect(counter.record(7, { userAgent: BROWSER, clientKey: "b" })).toBe("counted");
    advance(VIEW_WINDOW_MS);
    expect(counter.record(7, { userAgent: BROWSER, clientKey: "a" })).toBe("counted");
  });

  it("stops counting a client that requests a flood of articles", () => {
    const { counter } = counterAt();
    const outcomes = Array.from({ length: FLOOD_LIMIT + 5 }, (_, i) =>
      counter.record(i + 1, { userAgent: BROWSER, clientKey: "flooder" }),
    );
    expect(outcomes.filter((o) => o === "counted")).toHaveLength(FLOOD_LIMIT);
    expect(outcomes.slice(FLOOD_LIMIT)).toEqual(Array(5).fill("flood"));
    expect(counter.record(1, { userAgent: BROWSER, clientKey: "someone-else" })).toBe("counted");
  });

  it("refuses ids that are not positive whole numbers", () => {
    const { counter } = counterAt();
    for (const id of [0, -1, 1.5, Number.NaN, 2 ** 60]) {
      expect(counter.record(id, { userAgent: BROWSER, clientKey: "a" })).toBe("invalid");
    }
  });

  it("writes nothing per view, then one batch summed per article and day", () => {
    const { counter, writes } = counterAt();
    for (let reader = 0; reader < FLUSH_AT_VIEWS - 1; reader++) {
      counter.record(reader % 3 === 0 ? 1 : 2, { userAgent: BROWSER, clientKey: `r${reader}` });
    }
    expect(writes).toHaveLength(0);
    counter.record(3, { userAgent: BROWSER, clientKey: "last" });
    expect(writes).toHaveLength(1);
    expect(writes[0]!.reduce((sum, row) => sum + row.views, 0)).toBe(FLUSH_AT_VIEWS);
    expect(writes[0]!.map((row) => row.articleId).sort()).toEqual([1, 2, 3]);
    expect(new Set(writes[0]!.map((row) => row.day))).toEqual(new Set(["2026-11-20"]));
    expect(counter.pending()).toBe(0);
  });

  it("keeps views by UTC day across midnight", () => {
    const { counter, writes, advance } = counterAt(Date.UTC(2026, 10, 20, 23, 59, 30));
    counter.record(1, { userAgent: BROWSER, clientKey: "a" });
    advance(60_000);
    counter.record(1, { userAgent: BROWSER, clientKey: "b" });
    counter.flush();
    expect(writes[0]!.map((row) => row.day).sort()).toEqual(["2026-11-20", "2026-11-21"]);
  });

  it("keeps the views when a write fails, for the next flush", () => {
    let fail = true;
    const written: ViewRow[] = [];
    const counter = new ViewCounter({
      write: (rows) => {
        if (fail) throw new Error("database is locked");
        written.push(...rows);
      },
    });
    counter.record(1, { userAgent: BROWSER, clientKey: "a" });
    expect(() => counter.flush()).toThrow("locked");
    expect(counter.pending()).toBe(1);
    fail = false;
    expect(counter.flush()).toBe(1);
    expect(written).toEqual([expect.objectContaining({ articleId: 1, views: 1 })]);
  });
});
