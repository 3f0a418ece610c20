import { describe, expect, it } from "vitest";
import type { BodyDoc, BodyNode } from "./body-types";
import { renderBodyHtml } from "./render-body-html";

type Mark = NonNullable<BodyNode["marks"]>[number];

const doc = (...content: BodyNode[]): BodyDoc => ({ type: "doc", content });
const p = (...content: BodyNode[]): BodyNode => ({ type: "paragraph", content });
const t = (text: string, ...marks: Mark[]): BodyNode => ({ type: "text", text, marks });
const link = (href: unknown, extra: Record<string, unknown> = {}): Mark => ({
  type: "link",
  attrs: { href, ...extra },
});
const item = (...content: BodyNode[]): BodyNode => ({ type: "listItem", content });
const image = (attrs: Record<string, unknown>): BodyNode => ({ type: "image", attrs });
const embed = (provider: unknown, url: unknown): BodyNode => ({
  type: "embed",
  attrs: { provider, url },
});

const SAFE_ATTRIBUTES = new Set([
  "href",
  "rel",
  "src",
  "alt",
  "title",
  "width",
  "height",
  "loading",
  "decoding",
  "class",
  "start",
]);

// Attribute names as a browser would read them; values never hold a raw quote, so a quoted value
// ends at the next one.
function attributeNames(html: string): string[] {
  const names: string[] = [];
  for (const tag of html.matchAll(/<[a-z0-9]+((?:\s+[^\s=>]+(?:="[^"]*")?)*)\s*>/gi)) {
    for (const attribute of (tag[1] ?? "").matchAll(/\s+([^\s=>]+)(?:="[^"]*")?/g)) {
      names.push(attribute[1] ?? "");
    }
  }
  return names;
}

describe("renderBodyHtml: allowed nodes", () => {
  it("renders a paragraph", () => {
    expect(renderBodyHtml(doc(p(t("Habari za leo"))))).toBe("<p>Habari za leo</p>");
  });

  it("renders headings at levels 2, 3 and 4", () => {
    const html = renderBodyHtml(
      doc(
        { type: "heading", attrs: { level: 2 }, content: [t("Two")] },
        { type: "heading", attrs: { level: 3 }, content: [t("Three")] },
        { type: "heading", attrs: { level: 4 }, content: [t("Four")] },
      ),
    );
    expect(html).toBe("<h2>Two</h2><h3>Three</h3><h4>Four</h4>");
  });

  it.each([1, 5, 6, 0, -3, 2.5, "x", null, undefined])(
    "turns a heading of level %s into an h2",
    (level) => {
      expect(renderBodyHtml(doc({ type: "heading", attrs: { level }, content: [t("H")] }))).toBe(
        "<h2>H</h2>",
      );
    },
  );

  it("accepts a heading level written as a digit string", () => {
    expect(renderBodyHtml(doc({ type: "heading", attrs: { level: "3" }, content: [t("H")] }))).toBe(
      "<h3>H</h3>",
    );
  });

  it("renders a hard break as <br>", () => {
    expect(renderBodyHtml(doc(p(t("one"), { type: "hardBreak" }, t("two"))))).toBe(
      "<p>one<br>two</p>",
    );
  });

  it("renders a bullet list with a nested list inside an item", () => {
    const nested = { type: "bulletList", content: [item(p(t("inner")))] };
    const html = renderBodyHtml(
      doc({ type: "bulletList", content: [item(p(t("outer")), nested), item(p(t("second")))] }),
    );
    expect(html).toBe(
      "<ul><li><p>outer</p><ul><li><p>inner</p></li></ul></li><li><p>second</p></li></ul>",
    );
  });

  it("renders an ordered list and keeps a positive integer start", () => {
    const html = renderBodyHtml(
      doc({ type: "orderedList", attrs: { start: 3 }, content: [item(p(t("three")))] }),
    );
    expect(html).toBe('<ol start="3"><li><p>three</p></li></ol>');
  });

  it.each([1, 0, -2, 1.5, "x", "3 onclick=x", null, Number.NaN])(
    "leaves out an ordered list start of %s",
    (start) => {
      const html = renderBodyHtml(
        doc({ type: "orderedList", attrs: { start }, content: [item(p(t("a")))] }),
      );
      expect(html).toBe("<ol><li><p>a</p></li></ol>");
    },
  );

  it("drops list children that are not list items", () => {
    const html = renderBodyHtml(
      doc({ type: "bulletList", content: [p(t("stray")), item(p(t("kept")))] }),
    );
    expect(html).toBe("<ul><li><p>kept</p></li></ul>");
  });

  it("renders a blockquote", () => {
    expect(renderBodyHtml(doc({ type: "blockquote", content: [p(t("quoted"))] }))).toBe(
      "<blockquote><p>quoted</p></blockquote>",
    );
  });

  it("renders a pull quote with its citation as a figure", () => {
    const html = renderBodyHtml(
      doc({ type: "pullQuote", attrs: { citation: "Wanjiru Kamau" }, content: [p(t("Said"))] }),
    );
    expect(html).toBe(
      '<figure class="pull-quote"><blockquote><p>Said</p></blockquote><figcaption>Wanjiru Kamau</figcaption></figure>',
    );
  });

  it("renders a pull quote without a citation and without an empty figcaption", () => {
    const html = renderBodyHtml(
      doc({ type: "pullQuote", attrs: { citation: "  " }, content: [p(t("Said"))] }),
    );
    expect(html).toBe('<figure class="pull-quote"><blockquote><p>Said</p></blockquote></figure>');
  });

  it("wraps text placed directly inside a pull quote in a paragraph", () => {
    const html = renderBodyHtml(doc({ type: "pullQuote", content: [t("Inline "), t("quote")] }));
    expect(html).toBe(
      '<figure class="pull-quote"><blockquote><p>Inline quote</p></blockquote></figure>',
    );
  });

  it("renders a horizontal rule", () => {
    expect(renderBodyHtml(doc(p(t("a")), { type: "horizontalRule" }, p(t("b"))))).toBe(
      "<p>a</p><hr><p>b</p>",
    );
  });

  it("renders nothing for empty paragraphs, headings, lists and quotes", () => {
    const html = renderBodyHtml(
      doc(
        p(),
        p(t("   ")),
        p({ type: "hardBreak" }),
        { type: "paragraph" },
        { type: "heading", attrs: { level: 3 }, content: [] },
        { type: "bulletList", content: [item(p())] },
        { type: "orderedList", content: [] },
        { type: "blockquote", content: [p()] },
        { type: "pullQuote", attrs: { citation: "Nobody" }, content: [] },
        p(t("kept")),
      ),
    );
    expect(html).toBe("<p>kept</p>");
  });
});

describe("renderBodyHtml: images", () => {
  it("renders an image with every allowed attribute as a figure", () => {
    const html = renderBodyHtml(
      doc(
        image({
          src: "/media/abc123-960.jpg",
          alt: "Traders at the market",
          title: "Market day",
          width: 960,
          height: 640,
          caption: "Morning at Gikomba",
          credit: "Photo: A. Otieno",
        }),
      ),
    );
    expect(html).toBe(
      '<figure><img src="/media/abc123-960.jpg" alt="Traders at the market" title="Market day" width="960" height="640" loading="lazy" decoding="async"><figcaption>Morning at Gikomba <span class="credit">Photo: A. Otieno</span></figcaption></figure>',
    );
  });

  it("gives an image without alt text an empty alt and no figcaption", () => {
    expect(renderBodyHtml(doc(image({ src: "https://cdn.example/a.jpg" })))).toBe(
      '<figure><img src="https://cdn.example/a.jpg" alt="" loading="lazy" decoding="async"></figure>',
    );
  });

  it("renders a credit alone when there is no caption", () => {
    expect(renderBodyHtml(doc(image({ src: "/media/a.jpg", credit: "AFP" })))).toBe(
      '<figure><img src="/media/a.jpg" alt="" loading="lazy" decoding="async"><figcaption><span class="credit">AFP</span></figcaption></figure>',
    );
  });

  it("keeps width and height only when they are positive integers", () => {
    const html = renderBodyHtml(
      doc(
        image({ src: "/media/a.jpg", width: "640", height: 480 }),
        image({ src: "/media/b.jpg", width: 0, height: -1 }),
        image({ src: "/media/c.jpg", width: 1.5, height: "100%" }),
        image({ src: "/media/d.jpg", width: "1e3", height: Infinity }),
      ),
    );
    expect(html).toContain('src="/media/a.jpg" alt="" width="640" height="480" loading');
    expect(html).toContain('src="/media/b.jpg" alt="" loading');
    expect(html).toContain('src="/media/c.jpg" alt="" loading');
    expect(html).toContain('src="/media/d.jpg" alt="" loading');
  });

  it.each([
    "http://cdn.example/a.jpg",
    "data:image/svg+xml,<svg onload=alert(1)>",
    "javascript:alert(1)",
    "//evil.example/media/a.jpg",
    "/\\evil.example/media/a.jpg",
    "/uploads/a.jpg",
    "media/a.jpg",
    "/media/../admin",
    "blob:https://gazeti.example/1",
    "https://cdn.example/\na.jpg",
    "",
    42,
    null,
  ])("drops an image whose src is %s", (src) => {
    expect(renderBodyHtml(doc(image({ src, alt: "x", caption: "gone" }), p(t("after"))))).toBe(
      "<p>after</p>",
    );
  });

  it("drops an image that sits inside a paragraph", () => {
    expect(renderBodyHtml(doc(p(t("text"), image({ src: "/media/a.jpg" }))))).toBe("<p>text</p>");
  });
});

describe("renderBodyHtml: embeds", () => {
  it("renders a YouTube embed as a link card with no iframe or script", () => {
    const html = renderBodyHtml(doc(embed("youtube", "https://www.youtube.com/watch?v=abc")));
    expect(html).toBe(
      '<figure class="embed embed-youtube"><a href="https://www.youtube.com/watch?v=abc" rel="noopener noreferrer">Watch on YouTube</a></figure>',
    );
  });

  it("renders an X post as a link card", () => {
    expect(renderBodyHtml(doc(embed("x", "https://x.com/gazeti/status/1")))).toBe(
      '<figure class="embed embed-x"><a href="https://x.com/gazeti/status/1" rel="noopener noreferrer">View on X</a></figure>',
    );
  });

  it.each([
    ["youtube", "https://youtube.com/watch?v=a"],
    ["youtube", "https://youtu.be/a"],
    ["x", "https://twitter.com/gazeti/status/1"],
  ])("accepts a %s embed from %s", (provider, url) => {
    expect(renderBodyHtml(doc(embed(provider, url)))).toContain(`<a href="${url}"`);
  });

  it.each([
    ["youtube", "http://www.youtube.com/watch?v=a"],
    ["youtube", "https://youtube.com.evil.example/watch"],
    ["youtube", "https://evil.example/?u=youtube.com"],
    ["youtube", "https://youtube.com@evil.example/"],
    ["youtube", "https://youtube.com:8443/watch"],
    ["youtube", "https://m.youtube.com/watch?v=a"],
    ["youtube", "https://x.com/gazeti/status/1"],
    ["x", "https://www.youtube.com/watch?v=a"],
    ["x", "javascript:alert(1)//x.com"],
    ["vimeo", "https://vimeo.com/1"],
    ["youtube", "//www.youtube.com/watch?v=a"],
    ["youtube", "/watch?v=a"],
    ["youtube", 7],
    [undefined, "https://www.youtube.com/watch?v=a"],
  ])("drops a %s embed pointing at %s", (provider, url) => {
    expect(renderBodyHtml(doc(embed(provider, url)))).toBe("");
  });
});

describe("renderBodyHtml: marks", () => {
  it.each([
    ["bold", "<strong>w</strong>"],
    ["italic", "<em>w</em>"],
    ["strike", "<s>w</s>"],
    ["code", "<code>w</code>"],
    ["subscript", "<sub>w</sub>"],
    ["superscript", "<sup>w</sup>"],
  ])("renders the %s mark as %s", (type, expected) => {
    expect(renderBodyHtml(doc(p(t("w", { type }))))).toBe(`<p>${expected}</p>`);
  });

  it("nests several marks in one fixed order whatever order they are listed in", () => {
    const html = renderBodyHtml(
      doc(p(t("w", { type: "code" }, { type: "italic" }, link("/a"), { type: "bold" }))),
    );
    expect(html).toBe('<p><a href="/a"><strong><em><code>w</code></em></strong></a></p>');
  });

  it("keeps one link open across neighbouring text nodes that share it", () => {
    const html = renderBodyHtml(
      doc(p(t("Read ", link("/news")), t("this", link("/news"), { type: "bold" }), t(" now"))),
    );
    expect(html).toBe('<p><a href="/news">Read <strong>this</strong></a> now</p>');
  });

  it("starts a new link when the href changes", () => {
    expect(renderBodyHtml(doc(p(t("a", link("/a")), t("b", link("/b")))))).toBe(
      '<p><a href="/a">a</a><a href="/b">b</a></p>',
    );
  });

  it("ignores unknown and repeated marks but keeps their text", () => {
    const html = renderBodyHtml(
      doc(p(t("w", { type: "blink" }, { type: "bold" }, { type: "bold" }, { type: "underline" }))),
    );
    expect(html).toBe("<p><strong>w</strong></p>");
  });

  it("ignores marks that are not objects and a marks value that is not an array", () => {
    const html = renderBodyHtml(
      doc(
        p({ type: "text", text: "a", marks: [null, "bold", 3] as unknown as Mark[] }),
        p({ type: "text", text: "b", marks: "bold" as unknown as Mark[] }),
      ),
    );
    expect(html).toBe("<p>a</p><p>b</p>");
  });

  it("gives external web links rel=noopener noreferrer and no target", () => {
    expect(
      renderBodyHtml(doc(p(t("w", link("https://example.org/x", { target: "_blank" }))))),
    ).toBe('<p><a href="https://example.org/x" rel="noopener noreferrer">w</a></p>');
    expect(renderBodyHtml(doc(p(t("w", link("http://example.org")))))).toBe(
      '<p><a href="http://example.org" rel="noopener noreferrer">w</a></p>',
    );
  });

  it.each(["mailto:desk@gazeti.example", "tel:+254700000000", "/habari/siasa", "/"])(
    "links %s without rel",
    (href) => {
      expect(renderBodyHtml(doc(p(t("w", link(href)))))).toBe(`<p><a href="${href}">w</a></p>`);
    },
  );

  it("trims surrounding spaces from an otherwise valid href", () => {
    expect(renderBodyHtml(doc(p(t("w", link("  /news  ")))))).toBe('<p><a href="/news">w</a></p>');
  });
});

describe("renderBodyHtml: linkBase", () => {
  it("makes root-relative links and media images absolute", () => {
    const html = renderBodyHtml(
      doc(p(t("w", link("/habari?p=1#x"))), image({ src: "/media/a.jpg" })),
      { linkBase: "https://gazeti.example" },
    );
    expect(html).toBe(
      '<p><a href="https://gazeti.example/habari?p=1#x">w</a></p><figure><img src="https://gazeti.example/media/a.jpg" alt="" loading="lazy" decoding="async"></figure>',
    );
  });

  it("leaves absolute links and images untouched", () => {
    const html = renderBodyHtml(
      doc(p(t("w", link("https://example.org/a"))), image({ src: "https://cdn.example/a.jpg" })),
      { linkBase: "https://gazeti.example" },
    );
    expect(html).toContain('href="https://example.org/a"');
    expect(html).toContain('src="https://cdn.example/a.jpg"');
  });

  it.each(["gazeti.example", "javascript:alert(1)", "ftp://gazeti.example", ""])(
    "refuses a linkBase of %j",
    (linkBase) => {
      expect(() => renderBodyHtml(doc(p(t("w"))), { linkBase })).toThrow(TypeError);
    },
  );
});

describe("renderBodyHtml: hostile input", () => {
  it("drops a script node together with its text", () => {
    const html = renderBodyHtml(
      doc(p(t("before")), { type: "script", content: [t("alert(1)")] }, p(t("after"))),
    );
    expect(html).toBe("<p>before</p><p>after</p>");
  });

  it.each(["iframe", "style", "html", "rawHtml", "object", "svg", "codeBlock", "listItem", "doc"])(
    "drops a %s node together with its content",
    (type) => {
      const html = renderBodyHtml(
        doc({ type, attrs: { src: "https://evil.example" }, content: [p(t("hidden"))] }),
      );
      expect(html).toBe("");
    },
  );

  it("drops unknown inline nodes inside a paragraph but keeps their siblings", () => {
    const html = renderBodyHtml(
      doc(p(t("a"), { type: "mention", attrs: { id: "1" }, content: [t("@x")] }, t("b"))),
    );
    expect(html).toBe("<p>ab</p>");
  });

  it("ignores on* handlers, style and class attributes on nodes and marks", () => {
    const html = renderBodyHtml(
      doc(
        {
          type: "paragraph",
          attrs: { onclick: "alert(1)", style: "color:red", class: "x" },
          content: [t("p")],
        },
        {
          type: "heading",
          attrs: { level: 3, onmouseover: "alert(1)", id: "x" },
          content: [t("h")],
        },
        image({ src: "/media/a.jpg", onerror: "alert(1)", style: "x", class: "y", srcset: "z" }),
        p(
          t("w", link("/a", { onclick: "alert(1)", style: "x", class: "y", target: "_blank" }), {
            type: "bold",
            attrs: { onmouseover: "alert(1)", style: "x" },
          }),
        ),
      ),
    );
    expect(html).toBe(
      '<p>p</p><h3>h</h3><figure><img src="/media/a.jpg" alt="" loading="lazy" decoding="async"></figure><p><a href="/a"><strong>w</strong></a></p>',
    );
  });

  it.each([
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "  javascript:alert(1)",
    "\tjavascript:alert(1)",
    "java\tscript:alert(1)",
    "java\nscript:alert(1)",
    "java\rscript:alert(1)",
    "\u0001javascript:alert(1)",
    "javascript\u0000:alert(1)",
    "javascript&colon;alert(1)",
    "&#106;avascript:alert(1)",
    "&#x6A;avascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "DATA:text/html;base64,PHNjcmlwdD4=",
    "vbscript:msgbox(1)",
    "file:///etc/passwd",
    "ftp://example.org",
    "//evil.example",
    "/\\evil.example",
    "\\\\evil.example",
    "https:\t//evil.example",
    "relative/path",
    "#fragment",
    "",
    "   ",
    42,
    null,
    { toString: "javascript:alert(1)" },
  ])("renders the text of a link to %j without a link", (href) => {
    expect(renderBodyHtml(doc(p(t("click", link(href)))))).toBe("<p>click</p>");
  });

  it("leaves nothing executable in a crafted body", () => {
    const hostile = doc(
      { type: "script", content: [t("alert(1)")] },
      {
        type: "paragraph",
        attrs: { onclick: "alert(1)" },
        content: [t("<script>alert(1)</script>")],
      },
      p(t("a", link("javascript:alert(1)")), t("b", link(" JAVASCRIPT:alert(1)"))),
      p(t("c", link("java\tscript:alert(1)")), t("d", link("data:text/html,x"))),
      p(t("e", link("vbscript:x")), t("f", link("//evil.example"))),
      p(t('" onmouseover="alert(1)', link('/a" onmouseover="alert(1)'))),
      image({ src: "javascript:alert(1)", onerror: "alert(1)" }),
      image({ src: "/media/a.jpg", alt: '"><script>alert(1)</script>' }),
      embed("youtube", "javascript:alert(1)"),
      { type: "iframe", attrs: { src: "https://evil.example" } },
      { type: "style", content: [t("body{display:none}")] },
    );
    const html = renderBodyHtml(hostile);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<iframe|<style|<object|<embed/i);
    const names = attributeNames(html);
    expect(names.filter((name) => /^on/i.test(name))).toEqual([]);
    expect(names).toEqual(expect.arrayContaining(["href", "src", "alt"]));
    expect(names.filter((name) => !SAFE_ATTRIBUTES.has(name))).toEqual([]);
    expect(html).not.toMatch(/javascript:|vbscript:|data:/i);
    expect(html).not.toContain("style=");
    expect(html).not.toContain("alert(1)</script>");
    expect(html).toBe(
      "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p><p>ab</p><p>cd</p><p>ef</p>" +
        '<p><a href="/a&quot; onmouseover=&quot;alert(1)">&quot; onmouseover=&quot;alert(1)</a></p>' +
        '<figure><img src="/media/a.jpg" alt="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;" loading="lazy" decoding="async"></figure>',
    );
  });

  it("does not trust properties inherited from a prototype", () => {
    const inherited = Object.create({ type: "doc", content: [p(t("x"))] }) as unknown;
    expect(renderBodyHtml(inherited)).toBe("");
    const inheritedHref = doc(p(t("w", { type: "link", attrs: Object.create({ href: "/a" }) })));
    expect(renderBodyHtml(inheritedHref)).toBe("<p>w</p>");
  });
});

describe("renderBodyHtml: escaping", () => {
  it("escapes <, >, &, double and single quotes in text", () => {
    expect(renderBodyHtml(doc(p(t(`Tom & Jerry <b>"hi"</b> it's`))))).toBe(
      "<p>Tom &amp; Jerry &lt;b&gt;&quot;hi&quot;&lt;/b&gt; it&#39;s</p>",
    );
  });

  it("escapes text that already looks like an entity", () => {
    expect(renderBodyHtml(doc(p(t("&lt;script&gt;"))))).toBe("<p>&amp;lt;script&amp;gt;</p>");
  });

  it("escapes attribute values", () => {
    const html = renderBodyHtml(
      doc(
        p(t("w", link("/search?q=a&b='c'\"<d>"))),
        image({
          src: "/media/a.jpg?x=1&y='2'",
          alt: `a "b" & <c>`,
          title: "it's",
          caption: "<em>cap</em>",
          credit: "A & B",
        }),
        { type: "pullQuote", attrs: { citation: `"Boss" <x>` }, content: [p(t("q"))] },
      ),
    );
    expect(html).toContain('<a href="/search?q=a&amp;b=&#39;c&#39;&quot;&lt;d&gt;">w</a>');
    expect(html).toContain(
      '<img src="/media/a.jpg?x=1&amp;y=&#39;2&#39;" alt="a &quot;b&quot; &amp; &lt;c&gt;" title="it&#39;s"',
    );
    expect(html).toContain(
      '<figcaption>&lt;em&gt;cap&lt;/em&gt; <span class="credit">A &amp; B</span></figcaption>',
    );
    expect(html).toContain("<figcaption>&quot;Boss&quot; &lt;x&gt;</figcaption>");
  });
});

describe("renderBodyHtml: malformed input", () => {
  it.each([
    ["null", null],
    ["undefined", undefined],
    ["a string", "<p>hi</p>"],
    ["a number", 42],
    ["an array", [p(t("x"))]],
    ["an empty object", {}],
    ["a paragraph instead of a doc", p(t("x"))],
    ["a doc without content", { type: "doc" }],
    ["a doc whose content is a string", { type: "doc", content: "x" }],
    ["a doc whose content is an object", { type: "doc", content: { 0: p(t("x")) } }],
    ["a doc of junk children", { type: "doc", content: [null, 1, "x", [], true] }],
  ])("returns an empty string for %s", (_label, input) => {
    expect(renderBodyHtml(input)).toBe("");
  });

  it("keeps the valid parts around nodes without a type", () => {
    const html = renderBodyHtml({
      type: "doc",
      content: [{ content: [t("untyped")] }, { type: 7 }, p(t("kept"))],
    });
    expect(html).toBe("<p>kept</p>");
  });

  it("drops text nodes whose text is not a string", () => {
    const html = renderBodyHtml({
      type: "doc",
      content: [
        {
          type: "paragraph",
          content: [
            { type: "text" },
            { type: "text", text: 5 },
            { type: "text", text: { toString: "x" } },
            { type: "text", text: ["a"] },
            t("ok"),
          ],
        },
      ],
    });
    expect(html).toBe("<p>ok</p>");
  });

  it("treats attrs that are not an object as absent", () => {
    const html = renderBodyHtml({
      type: "doc",
      content: [
        { type: "heading", attrs: "level=3", content: [t("h")] },
        { type: "image", attrs: ["/media/a.jpg"] },
        {
          type: "paragraph",
          content: [{ type: "text", text: "w", marks: [{ type: "link", attrs: null }] }],
        },
      ],
    });
    expect(html).toBe("<h2>h</h2><p>w</p>");
  });
});

describe("renderBodyHtml: nesting depth", () => {
  function nestedQuotes(levels: number): BodyDoc {
    let node: BodyNode = p(t(`level ${levels}`));
    for (let level = levels; level >= 1; level--) {
      node = { type: "blockquote", content: [p(t(`level ${level}`)), node] };
    }
    return doc(node);
  }

  it("stops rendering below 50 levels of nesting", () => {
    const html = renderBodyHtml(nestedQuotes(80));
    const depth = html.split("<blockquote>").length - 1;
    expect(depth).toBeGreaterThan(40);
    expect(depth).toBeLessThanOrEqual(50);
    expect(html).toContain("<p>level 1</p>");
    expect(html).not.toContain("level 51");
    expect(html).not.toContain("level 80");
  });

  it("renders a body nested thousands of levels deep without overflowing the stack", () => {
    expect(() => renderBodyHtml(nestedQuotes(20_000))).not.toThrow();
  });

  it("terminates on a node that contains itself", () => {
    const quote: BodyNode = { type: "blockquote", content: [p(t("again"))] };
    quote.content?.push(quote);
    const html = renderBodyHtml(doc(quote));
    expect(html.startsWith("<blockquote><p>again</p><blockquote>")).toBe(true);
  });
});

describe("renderBodyHtml: the lite edition", () => {
  it("turns an image into a link to it, keeping its description and caption as text", () => {
    const html = renderBodyHtml(
      doc(image({ src: "/media/abc-960.jpg", alt: "Traders", caption: "Gikomba" })),
      { lite: true },
    );
    expect(html).toBe(
      '<p class="image-link"><a href="/media/abc-960.jpg">Show image: Traders</a> Gikomba</p>',
    );
    expect(html).not.toContain("<img");
  });

  it("sends links to the site's pages to their lite twins and leaves other links alone", () => {
    const html = renderBodyHtml(
      doc(
        p(t("a", link("/news/a-story")), t("b", link("/feed.xml")), t("c", link("https://x.org/"))),
      ),
      { lite: true },
    );
    expect(html).toBe(
      '<p><a href="/lite/news/a-story">a</a><a href="/feed.xml">b</a><a href="https://x.org/" rel="noopener noreferrer">c</a></p>',
    );
  });
});
