import { describe, expect, it } from "vitest";
import type { BodyDoc, BodyNode } from "./body-types";
import { bodyToPlainText } from "./body-to-plain-text";

type Mark = NonNullable<BodyNode["marks"]>[number];

const doc = (...content: BodyNode[]): BodyDoc => ({ type: "doc", content });
const p = (...content: BodyNode[]): BodyNode => ({ type: "paragraph", content });
const t = (text: string, ...marks: Mark[]): BodyNode => ({ type: "text", text, marks });
const item = (...content: BodyNode[]): BodyNode => ({ type: "listItem", content });

describe("bodyToPlainText", () => {
  it("separates paragraphs and headings with a blank line", () => {
    const body = doc(
      { type: "heading", attrs: { level: 2 }, content: [t("Title")] },
      p(t("First.")),
      p(t("Second.")),
    );
    expect(bodyToPlainText(body)).toBe("Title\n\nFirst.\n\nSecond.");
  });

  it("joins the text of neighbouring text nodes and ignores their marks", () => {
    const body = doc(
      p(
        t("Read "),
        t("this", { type: "bold" }),
        t(" story", { type: "link", attrs: { href: "/a" } }),
      ),
    );
    expect(bodyToPlainText(body)).toBe("Read this story");
  });

  it("keeps the text of a link whose href is refused", () => {
    const body = doc(p(t("click", { type: "link", attrs: { href: "javascript:alert(1)" } })));
    expect(bodyToPlainText(body)).toBe("click");
  });

  it("turns a hard break into a newline", () => {
    expect(bodyToPlainText(doc(p(t("one"), { type: "hardBreak" }, t("two"))))).toBe("one\ntwo");
  });

  it("puts each list item, nested ones included, on its own line", () => {
    const nested = { type: "orderedList", content: [item(p(t("b1"))), item(p(t("b2")))] };
    const body = doc(
      p(t("Intro")),
      { type: "bulletList", content: [item(p(t("a")), nested), item(p(t("c")))] },
      p(t("Outro")),
    );
    expect(bodyToPlainText(body)).toBe("Intro\n\na\nb1\nb2\nc\n\nOutro");
  });

  it("includes the text of blockquotes and pull quotes but not the citation", () => {
    const body = doc(
      { type: "blockquote", content: [p(t("Quoted."))] },
      { type: "pullQuote", attrs: { citation: "The Minister" }, content: [p(t("Pulled."))] },
    );
    expect(bodyToPlainText(body)).toBe("Quoted.\n\nPulled.");
  });

  it("leaves out images, their alt text, captions and credits, embeds and rules", () => {
    const body = doc(
      p(t("Before")),
      {
        type: "image",
        attrs: { src: "/media/a.jpg", alt: "ALT", caption: "CAPTION", credit: "CREDIT" },
      },
      { type: "embed", attrs: { provider: "youtube", url: "https://youtu.be/a" } },
      { type: "horizontalRule" },
      p(t("After")),
    );
    expect(bodyToPlainText(body)).toBe("Before\n\nAfter");
  });

  it("drops a script node together with its text, like the HTML renderer", () => {
    const body = doc(
      p(t("Visible")),
      { type: "script", content: [t("alert(1)")] },
      { type: "style", content: [p(t("body{}"))] },
      { type: "iframe", content: [p(t("framed"))] },
      p(t("Also visible"), { type: "mention", content: [t("@hidden")] }),
    );
    expect(bodyToPlainText(body)).toBe("Visible\n\nAlso visible");
  });

  it("returns text as written, without HTML escaping", () => {
    expect(bodyToPlainText(doc(p(t(`Tom & Jerry <b>"hi"</b>`))))).toBe(`Tom & Jerry <b>"hi"</b>`);
  });

  it("trims each block and skips blocks with no visible text", () => {
    const body = doc(p(t("  padded  ")), p(t("   ")), p(), p({ type: "hardBreak" }), p(t("next")));
    expect(bodyToPlainText(body)).toBe("padded\n\nnext");
  });

  it.each([
    ["null", null],
    ["a string", "text"],
    ["an array", [p(t("x"))]],
    ["a paragraph instead of a doc", p(t("x"))],
    ["a doc whose content is a string", { type: "doc", content: "x" }],
  ])("returns an empty string for %s", (_label, input) => {
    expect(bodyToPlainText(input)).toBe("");
  });

  it("keeps the valid parts around untyped nodes and non-string text", () => {
    const body = {
      type: "doc",
      content: [
        { content: [t("untyped")] },
        { type: "paragraph", content: [{ type: "text", text: 1 }, t("ok")] },
      ],
    };
    expect(bodyToPlainText(body)).toBe("ok");
  });

  it("stops at the same nesting depth as the HTML renderer", () => {
    let node: BodyNode = p(t("deepest"));
    for (let level = 0; level < 100; level++) node = { type: "blockquote", content: [node] };
    expect(bodyToPlainText(doc(p(t("top")), node))).toBe("top");
  });
});
