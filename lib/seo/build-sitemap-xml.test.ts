import { describe, expect, it } from "vitest";
import { buildNewsSitemapXml, buildSitemapIndexXml, buildUrlSetXml } from "./build-sitemap-xml";
import { SITEMAP_INDEX_SCHEMA, URLSET_SCHEMA, xmlLint } from "./xml-lint";

// Every way a title can try to break a document: markup, a CDATA terminator, an entity, emoji,
// C0/C1 controls, a lone surrogate and the noncharacter U+FFFF.
const NASTY =
  'Tom & Jerry <b>"quoted"</b> ]]> &amp; 🇰🇪🎉 \u0001\u0008\u000b\u001f\u0085\u009f\ud800 \uffff end';

const when = new Date("2026-11-20T06:30:00Z");

function expectValid(xml: string, schema: string) {
  const result = xmlLint(xml, schema);
  expect(result.ok, result.errors).toBe(true);
}

describe("buildSitemapIndexXml", () => {
  it("is valid against the sitemaps.org siteindex schema", () => {
    const xml = buildSitemapIndexXml([
      { loc: "https://gazeti.example/sitemaps/articles-0.xml", lastModified: when },
      { loc: "https://gazeti.example/sitemaps/sections.xml", lastModified: null },
    ]);
    expectValid(xml, SITEMAP_INDEX_SCHEMA);
    expect(xml).toContain("<lastmod>2026-11-20T09:30:00+03:00</lastmod>");
  });
});

describe("buildUrlSetXml", () => {
  const xml = buildUrlSetXml([
    {
      loc: "https://gazeti.example/news/a?x=1&y=<2>",
      lastModified: when,
      images: ["https://gazeti.example/media/abc-1280.jpg"],
    },
    { loc: "https://gazeti.example/tag/floods", lastModified: null, images: [] },
  ]);

  it("is valid against the sitemap schema with the image extension", () => {
    expectValid(xml, URLSET_SCHEMA);
  });

  it("escapes the characters XML reserves in URLs", () => {
    expect(xml).toContain("<loc>https://gazeti.example/news/a?x=1&amp;y=&lt;2&gt;</loc>");
    expect(xml).toContain("<image:loc>https://gazeti.example/media/abc-1280.jpg</image:loc>");
  });
});

describe("buildNewsSitemapXml", () => {
  const xml = buildNewsSitemapXml({ name: "Gazeti & Co <Ltd>", language: "en" }, [
    { loc: "https://gazeti.example/news/a", title: NASTY, publishedAt: when },
  ]);

  it("is valid against the sitemap schema with the news extension, whatever the title", () => {
    expectValid(xml, URLSET_SCHEMA);
  });

  it("keeps the title's text, emoji included, and drops only what XML cannot hold", () => {
    expect(xml).toContain(
      "<news:title>Tom &amp; Jerry &lt;b&gt;&quot;quoted&quot;&lt;/b&gt; ]]&gt; &amp;amp; 🇰🇪🎉   end</news:title>",
    );
    expect(xml).toContain(
      "<news:publication_date>2026-11-20T09:30:00+03:00</news:publication_date>",
    );
    expect(xml).toContain("<news:language>en</news:language>");
  });
});
