import path from "node:path";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { PUBLISHER_LOGO } from "./site-identity";

describe("the publisher logo", () => {
  it("is a PNG of the size the structured data states, at least 112 px", async () => {
    const file = path.resolve("public", PUBLISHER_LOGO.path.slice(1));
    const { format, width, height } = await sharp(file).metadata();
    expect(format).toBe("png");
    expect({ width, height }).toEqual({
      width: PUBLISHER_LOGO.width,
      height: PUBLISHER_LOGO.height,
    });
    expect(Math.min(width ?? 0, height ?? 0)).toBeGreaterThanOrEqual(112);
  });
});
