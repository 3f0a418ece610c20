export const NEWSROOM_TIME_ZONE = "Africa/Nairobi";

const dateTime = new Intl.DateTimeFormat("en-GB", {
  timeZone: NEWSROOM_TIME_ZONE,
  day: "numeric",
  month: "long",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

const dateOnly = new Intl.DateTimeFormat("en-GB", {
  timeZone: NEWSROOM_TIME_ZONE,
  day: "numeric",
  month: "short",
  year: "numeric",
});

// Readers see newsroom time (East Africa Time, UTC+3, no daylight saving).
export function formatNairobiDateTime(date: Date): string {
  const parts = Object.fromEntries(dateTime.formatToParts(date).map((p) => [p.type, p.value]));
  return `${parts.day} ${parts.month} ${parts.year}, ${parts.hour}:${parts.minute} EAT`;
}

export function formatNairobiDate(date: Date): string {
  return dateOnly.format(date);
}

// ISO 8601 with the +03:00 offset, for <time datetime> and structured data.
export function toNairobiIso(date: Date): string {
  const shifted = new Date(date.getTime() + 3 * 3_600_000);
  return `${shifted.toISOString().slice(0, 19)}+03:00`;
}
