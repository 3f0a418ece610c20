import { describe, expect, it } from "vitest";
import { renderBodyHtml } from "@/lib/body/render-body-html";
import { editorDocFromBody } from "./editor-doc";
import { isAllowedLinkHref, normalizeLinkHref } from "./link-href";
import { parseEmbedUrl } from "./parse-embed-url";

describe("embeds by address", () => {
  it.each([
    [
      "https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42s",
      "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
    ],
    ["youtu.be/dQw4w9WgXcQ?si=tracking", "https://www.youtube.com/watch?v=dQw4w9WgXcQ"],
    ["https://m.youtube.com/shorts/dQw4w9WgXcQ", "https://www.youtube.com/watch?v=dQw4w9WgXcQ"],
  ])("reads %s as a YouTube video", (input, url) => {
    expect(parseEmbedUrl(input)).toEqual({ provider: "youtube", url });
  });

  it("reads X and Twitter post addresses as X posts", () => {
    expect(parseEmbedUrl("https://twitter.com/StateHouseKenya/status/1234567890?s=20")).toEqual({
      provider: "x",
      url: "https://x.com/StateHouseKenya/status/1234567890",
    });
  });

  it.each([
    "https://youtube.com.evil.example/watch?v=dQw4w9WgXcQ",
    "https://www.youtube.com:8443/watch?v=dQw4w9WgXcQ",
    "javascript:alert(1)//youtube.com/watch?v=dQw4w9WgXcQ",
    "https://x.com/someone",
    "https://vimeo.com/123456",
    "not a url",
  ])("refuses %s", (input) => expect(parseEmbedUrl(input)).toBeNull());

  it("gives addresses the public renderer keeps as link cards", () => {
    const embed = parseEmbedUrl("youtu.be/dQw4w9WgXcQ")!;
    const html = renderBodyHtml({ type: "doc", content: [{ type: "embed", attrs: embed }] });
    expect(html).toContain('href="https://www.youtube.com/watch?v=dQw4w9WgXcQ"');
  });
});

describe("links typed into the editor", () => {
  it("takes a bare host as https and an email address as mailto", () => {
    expect(normalizeLinkHref("nation.africa/news")).toBe("https://nation.africa/news");
    expect(normalizeLinkHref("desk@gazeti.example")).toBe("mailto:desk@gazeti.example");
    expect(normalizeLinkHref("/politics/budget")).toBe("/politics/budget");
  });

  it("refuses scripts, data and addresses that leave the site from a path", () => {
    for (const href of [
      "javascript:alert(1)",
      "JAVASCRIPT:alert(1)",
      "data:text/html,x",
      "//evil.example",
      "/\\evil.example",
      "java\tscript:alert(1)",
    ]) {
      expect(isAllowedLinkHref(href), href).toBe(false);
    }
    expect(normalizeLinkHref("javascript:alert(1)")).toBeNull();
  });
});

describe("the document the editor opens", () => {
  it("keeps what readers would see and drops what they would not", () => {
    const doc = editorDocFromBody({
      type: "doc",
      content: [
        {
          type: "paragraph",
          content: [
            {
              type: "text",
              text: "Hello",
              marks: [{ type: "bold" }, { type: "link", attrs: { href: "javascript:alert(1)" } }],
            },
          ],
        },
        { type: "script", content: [{ type: "text", text: "alert(1)" }] },
        {
          type: "pullQuote",
          attrs: { citation: "A minister", onclick: "x" },
          content: [{ type: "paragraph", content: [{ type: "text", text: "We will" }] }],
        },
        { type: "image", attrs: { src: "/media/abc-640.jpg", alt: "Crowd", onerror: "alert(1)" } },
        {
          type: "bulletList",
          content: [
            {
              type: "listItem",
              content: [{ type: "paragraph", content: [{ type: "text", text: "one" }] }],
            },
          ],
        },
      ],
    });
    expect(doc).toEqual({
      type: "doc",
      content: [
        {
          type: "paragraph",
          content: [{ type: "text", text: "Hello", marks: [{ type: "bold" }] }],
        },
        {
          type: "pullQuote",
          attrs: { citation: "A minister" },
          content: [{ type: "paragraph", content: [{ type: "text", text: "We will" }] }],
        },
        {
          type: "image",
          attrs: {
            src: "/media/abc-640.jpg",
            alt: "Crowd",
            title: null,
            width: null,
            height: null,
            caption: null,
            credit: null,
          },
        },
        {
          type: "bulletList",
          content: [
            {
              type: "listItem",
              content: [{ type: "paragraph", content: [{ type: "text", text: "one" }] }],
            },
          ],
        },
      ],
    });
  });

  it("opens an empty body as one empty paragraph", () => {
    expect(editorDocFromBody({ type: "doc", content: [] })).toEqual({
      type: "doc",
      content: [{ type: "paragraph" }],
    });
    expect(editorDocFromBody("<p>not json</p>").content).toEqual([{ type: "paragraph" }]);
  });
});
