import { createHash } from "node:crypto";

export type ThrottleRule = {
  // Failures allowed before sign-in is refused for a while.
  freeFailures: number;
  // The first wait; it doubles with each further failure, up to maxLockMs.
  baseLockMs: number;
  maxLockMs: number;
  // A key's failures are forgotten after this long without one.
  forgetAfterMs: number;
};

export const ACCOUNT_THROTTLE: ThrottleRule = {
  freeFailures: 5,
  baseLockMs: 30_000,
  maxLockMs: 15 * 60_000,
  forgetAfterMs: 24 * 3_600_000,
};

// A newsroom shares an office address, so an address gets more tries than an account.
export const ADDRESS_THROTTLE: ThrottleRule = {
  freeFailures: 20,
  baseLockMs: 30_000,
  maxLockMs: 15 * 60_000,
  forgetAfterMs: 24 * 3_600_000,
};

// How long sign-in stays refused after the given number of consecutive failures (0: not at all).
export function lockDurationMs(failures: number, rule: ThrottleRule): number {
  if (failures < rule.freeFailures) return 0;
  const doublings = Math.min(failures - rule.freeFailures, 20);
  return Math.min(rule.baseLockMs * 2 ** doublings, rule.maxLockMs);
}

// Keys never hold the typed email itself (it may be a mistyped password), only its hash; the
// same address is throttled whether or not an account has it.
export function accountThrottleKey(email: string): string {
  const digest = createHash("sha256").update(email.trim().toLowerCase()).digest("hex");
  return `account:${digest.slice(0, 32)}`;
}

export function addressThrottleKey(address: string): string {
  return `address:${address}`;
}
