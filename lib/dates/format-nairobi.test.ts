import { describe, expect, it } from "vitest";
import { formatNairobiDate, formatNairobiDateTime, toNairobiIso } from "./format-nairobi";

describe("Nairobi time formatting", () => {
  const lateUtcEvening = new Date("2026-11-27T22:30:00Z");

  it("shows a late UTC evening as the next morning in Nairobi", () => {
    expect(formatNairobiDateTime(lateUtcEvening)).toBe("28 November 2026, 01:30 EAT");
  });

  it("shows the Nairobi calendar date", () => {
    expect(formatNairobiDate(lateUtcEvening)).toBe("28 Nov 2026");
  });

  it("writes machine-readable times with the +03:00 offset", () => {
    expect(toNairobiIso(lateUtcEvening)).toBe("2026-11-28T01:30:00+03:00");
    expect(new Date(toNairobiIso(lateUtcEvening)).getTime()).toBe(lateUtcEvening.getTime());
  });
});
