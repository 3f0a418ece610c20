import { describe, expect, it } from "vitest";
import { acceptedCodings } from "./accepted-codings";
import { pickEncoding } from "./pick-encoding";

describe("the coding a client is sent", () => {
  it("is brotli when accepted, else gzip, else none", () => {
    expect(pickEncoding("gzip, deflate, br")).toBe("br");
    expect(pickEncoding("gzip")).toBe("gzip");
    expect(pickEncoding("deflate")).toBeNull();
    expect(pickEncoding(undefined)).toBeNull();
  });

  it("leaves out codings refused with q=0, and reads names in any case", () => {
    expect(pickEncoding("br;q=0, gzip")).toBe("gzip");
    expect(pickEncoding("BR;q=0.5")).toBe("br");
    expect(acceptedCodings("gzip;q=0, br ; q=0.0, identity")).toEqual(new Set(["identity"]));
  });

  it("reads a header sent more than once", () => {
    expect(pickEncoding(["gzip", "br"])).toBe("br");
  });
});
