import { parseFeed } from "@rowanmanning/feed-parser";
import { XMLParser } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { buildRssXml, type RssItem } from "./build-rss-xml";
import { xmlLint } from "./xml-lint";

const channel = {
  title: "Gazeti & friends <news>",
  link: "https://gazeti.example/",
  selfUrl: "https://gazeti.example/feed.xml",
  description: "Independent news",
  language: "en-KE",
  lastBuildDate: new Date("2026-11-20T09:00:00Z"),
  image: {
    url: "https://gazeti.example/publisher-logo.png",
    title: "Gazeti",
    link: "https://gazeti.example/",
  },
};

const item = (title: string, contentHtml: string): RssItem => ({
  title,
  link: "https://gazeti.example/news/a?x=1&y=2",
  pubDate: new Date("2026-11-20T06:30:00Z"),
  authors: ["Amina Otieno", "Brian & Co"],
  categories: ["News", "Floods"],
  description: "The river <rose> & fell",
  contentHtml,
  image: {
    url: "https://gazeti.example/media/abc-1280.jpg",
    width: 1280,
    height: 720,
    alt: "Water & mud",
    credit: "Gazeti",
  },
});

const NASTY_TITLES = [
  "Tom & Jerry",
  "Why <script>alert(1)</script> matters",
  "CDATA ends with ]]> here",
  "Entity &nbsp; and &amp; stay text",
  "Habari 🇰🇪🎉 emoji",
  "Control\u0001\u0008\u000b\u001f\u007f\u009f\ud800\uffff characters",
];

describe("buildRssXml", () => {
  it.each(NASTY_TITLES)("stays well-formed with the title %j", (title) => {
    const xml = buildRssXml(channel, [item(title, `<p>${title.replace(/&/g, "&amp;")}</p>`)]);
    const lint = xmlLint(xml);
    expect(lint.ok, lint.errors).toBe(true);
  });

  it("reads back through an XML parser as exactly the same text", () => {
    const titles = NASTY_TITLES.slice(0, 5);
    const xml = buildRssXml(
      channel,
      titles.map((t) => item(t, `<p>${t}</p>`)),
    );
    const parsed = new XMLParser({ processEntities: true, htmlEntities: false }).parse(xml);
    const items = parsed.rss.channel.item as { title: string; "content:encoded": string }[];
    expect(items.map((entry) => entry.title)).toEqual(titles);
    expect(items.map((entry) => entry["content:encoded"])).toEqual(
      titles.map((t) => `<p>${t}</p>`),
    );
  });

  it("reads back through a feed parser", () => {
    // Feed readers decode HTML entities in RSS titles a second time, so the entity title is left
    // to the XML parser above.
    const titles = NASTY_TITLES.filter((title) => !title.startsWith("Entity")).slice(0, 4);
    const feed = parseFeed(
      buildRssXml(
        channel,
        titles.map((t) => item(t, "<p>Body</p>")),
      ),
    );
    expect(feed.items.map((entry) => entry.title)).toEqual(titles);
    expect(feed.title).toBe("Gazeti & friends <news>");
  });

  it("carries the link as a permalink guid, the date, bylines and categories", () => {
    const xml = buildRssXml(channel, [item("Floods", "<p>Body</p>")]);
    expect(xml).toContain(
      '<guid isPermaLink="true">https://gazeti.example/news/a?x=1&amp;y=2</guid>',
    );
    const [entry] = parseFeed(xml).items;
    expect(entry?.url).toBe("https://gazeti.example/news/a?x=1&y=2");
    expect(entry?.id).toBe("https://gazeti.example/news/a?x=1&y=2");
    expect(entry?.published?.toISOString()).toBe("2026-11-20T06:30:00.000Z");
    expect(entry?.authors.map((author) => author.name)).toEqual(["Amina Otieno", "Brian & Co"]);
    expect(entry?.categories.map((category) => category.term)).toEqual(["News", "Floods"]);
    expect(entry?.description).toBe("The river <rose> & fell");
  });

  it("carries the full body in content:encoded and the hero as media:content", () => {
    const html = '<p>First &amp; <a href="https://gazeti.example/x">second</a></p>';
    const xml = buildRssXml(channel, [item("Floods", html)]);
    expect(xml).toContain("<content:encoded>&lt;p&gt;First &amp;amp; &lt;a href=");
    const [entry] = parseFeed(xml).items;
    expect(entry?.content).toContain('<a href="https://gazeti.example/x">second</a>');
    expect(entry?.media[0]).toMatchObject({
      url: "https://gazeti.example/media/abc-1280.jpg",
      mimeType: "image/jpeg",
    });
  });

  it("links to itself with atom:link rel=self", () => {
    const xml = buildRssXml(channel, []);
    expect(xml).toContain(
      '<atom:link href="https://gazeti.example/feed.xml" rel="self" type="application/rss+xml"/>',
    );
    expect(xml).toContain('xmlns:atom="http://www.w3.org/2005/Atom"');
  });
});
