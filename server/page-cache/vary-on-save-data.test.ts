import { describe, expect, it } from "vitest";
import { varyOnSaveData } from "./vary-on-save-data";

describe("the stored Vary of a page", () => {
  it("names Save-Data on full pages that have a lite twin", () => {
    expect(varyOnSaveData({ vary: "rsc, Accept-Encoding" }, "/news/a-story").vary).toBe(
      "rsc, Accept-Encoding, Save-Data",
    );
    expect(varyOnSaveData({}, "/").vary).toBe("Save-Data");
  });

  it("is left alone on pages without a twin and when it already names Save-Data", () => {
    expect(varyOnSaveData({ vary: "rsc" }, "/feed.xml").vary).toBe("rsc");
    expect(varyOnSaveData({ vary: "rsc" }, "/lite/news").vary).toBe("rsc");
    expect(varyOnSaveData({ vary: "save-data" }, "/news").vary).toBe("save-data");
  });
});
