// Breaking news shows its banner for this long unless an editor clears it first.
export const BREAKING_HOURS = 6;
const BREAKING_MS = BREAKING_HOURS * 3_600_000;

// The breaking window after a save. A flag that stays on keeps its running window (re-saving a
// story does not extend its banner); turning it on starts a new one from `from` (now, or the
// moment a scheduled story goes live); turning it off ends it.
export function breakingUntil(
  breaking: boolean,
  current: Date | null,
  from: Date,
  now: Date = from,
): Date | null {
  if (!breaking) return null;
  if (current && current.getTime() > now.getTime()) return current;
  return new Date(from.getTime() + BREAKING_MS);
}
