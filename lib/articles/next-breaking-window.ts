import { breakingUntil } from "./breaking-until";

// The article's breaking_until after a change. A live story's window means "banner showing
// until"; a story that is not live keeps its flag as a set window, started afresh when it goes
// live and counted from its first publication (so a story republished later gets no new banner).
export function nextBreakingWindow(change: {
  wasLive: boolean;
  isLive: boolean;
  current: Date | null;
  // The editor's Breaking checkbox, or null when the change carries no values (a status move).
  flag: boolean | null;
  // When the story went (or goes) live first.
  publishedAt: Date;
  now: Date;
}): Date | null {
  const { wasLive, isLive, current, flag, publishedAt, now } = change;
  if (wasLive && !isLive) return null;
  const goesLive = isLive && !wasLive;
  if (flag === null) {
    return goesLive ? breakingUntil(current !== null, null, publishedAt, now) : current;
  }
  if (goesLive) return breakingUntil(flag, null, publishedAt, now);
  if (isLive) return breakingUntil(flag, current, now);
  return flag ? (current ?? breakingUntil(true, null, now)) : null;
}
