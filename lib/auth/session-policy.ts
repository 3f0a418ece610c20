import { getConfig } from "@/lib/config";

export type SessionPolicy = {
  // Signed out after this long without a request.
  idleMs: number;
  // Signed out this long after signing in, however active.
  maxMs: number;
};

// lastSeenAt is written at most this often, so reading pages does not write on every request.
export const SESSION_TOUCH_INTERVAL_MS = 60_000;

export function getSessionPolicy(): SessionPolicy {
  const config = getConfig();
  return { idleMs: config.sessionIdleMs, maxMs: config.sessionMaxMs };
}

export type SessionTimes = { lastSeenAt: Date; expiresAt: Date };

export function isSessionLive(session: SessionTimes, now: Date, policy: SessionPolicy): boolean {
  return (
    now.getTime() < session.expiresAt.getTime() &&
    now.getTime() < session.lastSeenAt.getTime() + policy.idleMs
  );
}

export function sessionNeedsTouch(session: SessionTimes, now: Date): boolean {
  return now.getTime() - session.lastSeenAt.getTime() >= SESSION_TOUCH_INTERVAL_MS;
}
