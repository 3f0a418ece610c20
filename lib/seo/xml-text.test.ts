import { describe, expect, it } from "vitest";
import { toXmlText } from "./xml-text";

describe("toXmlText", () => {
  it("drops control characters, lone surrogates and noncharacters", () => {
    expect(toXmlText("a\u0000b\u0001c\u001fd\u007fe\u0085f\u009fg\ud800h\udfffi\uffffj")).toBe(
      "abcdefghij",
    );
  });

  it("keeps tabs, newlines, emoji and every other language", () => {
    const text = "Tab\there\nline\r\nKiswahili: habari 🇰🇪 — 東京 — عربي 𝄞";
    expect(toXmlText(text)).toBe(text);
  });
});
