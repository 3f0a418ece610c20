import { NEWSROOM_TIME_ZONE } from "@/lib/dates/format-nairobi";

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/;

const parts = new Intl.DateTimeFormat("en-GB", {
  timeZone: NEWSROOM_TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
});

// How far the newsroom's wall clock is ahead of UTC at an instant, in milliseconds.
export function newsroomOffsetMs(instant: number): number {
  const field = Object.fromEntries(
    parts.formatToParts(new Date(instant)).map((part) => [part.type, Number(part.value)]),
  );
  const wall = Date.UTC(
    field.year!,
    field.month! - 1,
    field.day!,
    field.hour!,
    field.minute!,
    field.second!,
  );
  return wall - Math.floor(instant / 1000) * 1000;
}

// A wall-clock time as the editor's datetime-local field sends it ("2026-11-20T14:30"), read in
// Africa/Nairobi, as the UTC instant it names. Null for anything that is not a real time.
export function parseNairobiLocalTime(value: string): Date | null {
  const match = LOCAL_DATE_TIME.exec(value.trim());
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match
    .slice(1)
    .map((group) => (group === undefined ? 0 : Number(group))) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  const check = new Date(wall);
  // Date.UTC rolls 31 February over into March; a typed date that does not exist is refused.
  if (
    check.getUTCFullYear() !== year ||
    check.getUTCMonth() !== month - 1 ||
    check.getUTCDate() !== day ||
    hour > 23 ||
    minute > 59 ||
    second > 59
  ) {
    return null;
  }
  const firstGuess = wall - newsroomOffsetMs(wall);
  return new Date(wall - newsroomOffsetMs(firstGuess));
}
