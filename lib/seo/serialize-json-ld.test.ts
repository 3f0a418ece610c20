import { describe, expect, it } from "vitest";
import { serializeJsonLd } from "./serialize-json-ld";

describe("serializeJsonLd", () => {
  const hostile = {
    "@type": "NewsArticle",
    headline: 'Breaking </script><script>alert("x")</script> & <!-- more',
    description: "line\u2028separator\u2029paragraph",
  };

  it("never lets a headline close the script element", () => {
    const json = serializeJsonLd(hostile);
    expect(json).not.toMatch(/<\/script/i);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
  });

  it("reads back as exactly the same data", () => {
    expect(JSON.parse(serializeJsonLd(hostile))).toEqual(hostile);
  });

  it("writes the escapes as \\u sequences", () => {
    expect(serializeJsonLd({ a: "<>&" })).toBe('{"a":"\\u003c\\u003e\\u0026"}');
  });
});
