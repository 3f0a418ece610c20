import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { updateUserDisabled } from "@/db/mutations/update-user-disabled";
import type { GazetiDatabase } from "@/db/open-database";
import { auditLog, loginThrottles, sessions, users } from "@/db/schema";
import { createTestDatabase } from "@/db/test/create-test-database";
import { hashPassword } from "@/lib/auth/hash-password";
import { changeOwnPassword, setPasswordByAdministrator } from "./set-password";
import { signIn, type SignInInput } from "./sign-in";
import { hashSessionToken } from "@/lib/auth/session-token";
import { validateSessionToken } from "./validate-session-token";

const policy = { idleMs: 2 * 3_600_000, maxMs: 12 * 3_600_000 };
const PASSWORD = "Kisumu-lakeside-evening";
const T0 = new Date("2026-11-20T06:00:00Z");
const later = (ms: number) => new Date(T0.getTime() + ms);

let db: GazetiDatabase;
let cleanup: () => void;
let adminId: number;
let reporterId: number;

async function addUser(
  email: string,
  role: "administrator" | "contributor",
  password: string | null,
): Promise<number> {
  return db
    .insert(users)
    .values({
      email,
      name: email.split("@")[0]!,
      slug: email.split("@")[0]!.replace(/\./g, "-"),
      role,
      passwordHash: password ? await hashPassword(password) : null,
    })
    .returning({ id: users.id })
    .get().id;
}

function attempt(overrides: Partial<SignInInput> = {}) {
  return signIn(db, {
    email: "reporter@gazeti.example",
    password: PASSWORD,
    address: null,
    userAgent: "vitest",
    now: T0,
    policy,
    ...overrides,
  });
}

function auditActions(): string[] {
  return db
    .select({ action: auditLog.action })
    .from(auditLog)
    .orderBy(auditLog.id)
    .all()
    .map((row) => row.action);
}

beforeEach(async () => {
  ({ db, cleanup } = createTestDatabase());
  adminId = await addUser("chief@gazeti.example", "administrator", "chief-editor-passphrase");
  reporterId = await addUser("reporter@gazeti.example", "contributor", PASSWORD);
});

afterEach(() => cleanup());

describe("signing in", () => {
  it("opens a session whose row holds only the SHA-256 of the cookie's token", async () => {
    const result = await attempt();
    if (!result.ok) throw new Error("sign-in failed");
    const rows = db.select().from(sessions).all();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.id).toBe(hashSessionToken(result.session.token));
    expect(rows[0]!.id).not.toBe(result.session.token);
    expect(rows[0]!.expiresAt.getTime()).toBe(T0.getTime() + policy.maxMs);
    expect(validateSessionToken(db, result.session.token, later(1000), policy)?.user.id).toBe(
      reporterId,
    );
    expect(auditActions()).toEqual(["auth.sign_in"]);
  });

  it("gives a new token at every sign-in", async () => {
    const first = await attempt();
    const second = await attempt();
    if (!first.ok || !second.ok) throw new Error("sign-in failed");
    expect(second.session.token).not.toBe(first.session.token);
    expect(db.select().from(sessions).all()).toHaveLength(2);
  });

  it("accepts the email in any letter case", async () => {
    expect((await attempt({ email: "  Reporter@Gazeti.EXAMPLE " })).ok).toBe(true);
  });

  it("refuses a wrong password, an unknown email, a disabled account and a byline without a password alike", async () => {
    await addUser("byline@gazeti.example", "contributor", null);
    const disabledId = await addUser("gone@gazeti.example", "contributor", PASSWORD);
    db.update(users).set({ disabledAt: T0 }).where(eq(users.id, disabledId)).run();
    for (const input of [
      { password: "wrong password here" },
      { email: "nobody@gazeti.example" },
      { email: "gone@gazeti.example" },
      { email: "byline@gazeti.example", password: "" },
    ]) {
      expect(await attempt(input)).toEqual({ ok: false, reason: "invalid" });
    }
    expect(db.select().from(sessions).all()).toHaveLength(0);
    const reasons = db
      .select({ details: auditLog.details })
      .from(auditLog)
      .all()
      .map((row) => (row.details as { reason: string }).reason);
    expect(reasons).toEqual(["wrong-password", "unknown-account", "disabled", "no-password"]);
  });

  it("records the failure in the audit log without the password", async () => {
    await attempt({ password: "hunter2-wrong-guess" });
    const entry = db.select().from(auditLog).get();
    expect(entry?.action).toBe("auth.sign_in_failed");
    expect(entry?.userId).toBe(reporterId);
    expect(JSON.stringify(entry?.details)).not.toContain("hunter2");
  });
});

describe("sign-in throttling", () => {
  it("refuses the sixth try after five failures, even with the right password", async () => {
    for (let i = 0; i < 5; i++) {
      expect(await attempt({ password: `wrong-${i}`, now: later(i * 1000) })).toMatchObject({
        reason: "invalid",
      });
    }
    const refused = await attempt({ now: later(6000) });
    expect(refused).toMatchObject({ ok: false, reason: "throttled" });
    expect(db.select().from(sessions).all()).toHaveLength(0);
    expect(auditActions().at(-1)).toBe("auth.sign_in_failed");
  });

  it("applies to the account whatever address the tries come from", async () => {
    for (let i = 0; i < 5; i++) {
      await attempt({ password: "wrong", address: `203.0.113.${i + 1}` });
    }
    expect(await attempt({ address: "198.51.100.7" })).toMatchObject({ reason: "throttled" });
  });

  it("makes the wait grow with each failure after the lock ends", async () => {
    for (let i = 0; i < 5; i++) await attempt({ password: "wrong" });
    const first = await attempt({ now: later(1000) });
    expect(first).toMatchObject({ reason: "throttled", retryAfterMs: 29_000 });
    expect(await attempt({ password: "wrong", now: later(31_000) })).toMatchObject({
      reason: "invalid",
    });
    expect(await attempt({ now: later(32_000) })).toMatchObject({
      reason: "throttled",
      retryAfterMs: 59_000,
    });
  });

  it("lets the right password in once the wait is over, and forgets the failures", async () => {
    for (let i = 0; i < 5; i++) await attempt({ password: "wrong" });
    expect((await attempt({ now: later(30_001) })).ok).toBe(true);
    expect(db.select().from(loginThrottles).all()).toHaveLength(0);
  });

  it("throttles unknown emails the same way, so locking does not reveal accounts", async () => {
    for (let i = 0; i < 5; i++) await attempt({ email: "ghost@gazeti.example" });
    expect(await attempt({ email: "ghost@gazeti.example" })).toMatchObject({
      reason: "throttled",
    });
  });

  it("limits one trusted client address across many accounts", async () => {
    for (let i = 0; i < 20; i++) {
      await attempt({ email: `guess-${i}@gazeti.example`, address: "203.0.113.50" });
    }
    expect(await attempt({ address: "203.0.113.50" })).toMatchObject({ reason: "throttled" });
    expect((await attempt({ address: "203.0.113.51" })).ok).toBe(true);
  });

  it("does not let parallel guesses slip past the limit", async () => {
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) => attempt({ password: `parallel-${i}` })),
    );
    expect(results.filter((result) => !result.ok && result.reason === "invalid")).toHaveLength(5);
  });
});

describe("ending sessions", () => {
  async function openSession(): Promise<string> {
    const result = await attempt();
    if (!result.ok) throw new Error("sign-in failed");
    return result.session.token;
  }

  it("ends a session after the idle timeout and deletes its row", async () => {
    const token = await openSession();
    expect(validateSessionToken(db, token, later(policy.idleMs + 1), policy)).toBeNull();
    expect(db.select().from(sessions).all()).toHaveLength(0);
  });

  it("keeps an active session alive until its absolute lifetime, not beyond", async () => {
    const token = await openSession();
    for (let hour = 1; hour < 12; hour++) {
      expect(validateSessionToken(db, token, later(hour * 3_600_000), policy)).not.toBeNull();
    }
    expect(validateSessionToken(db, token, later(12 * 3_600_000), policy)).toBeNull();
  });

  it("ends every session of a user whose password an administrator sets", async () => {
    const tokens = [await openSession(), await openSession()];
    await setPasswordByAdministrator(
      db,
      { id: adminId, role: "administrator" },
      { userId: reporterId, password: "a brand new passphrase" },
    );
    for (const token of tokens)
      expect(validateSessionToken(db, token, later(1000), policy)).toBeNull();
    expect(await attempt({ now: later(2000) })).toMatchObject({ reason: "invalid" });
    expect((await attempt({ password: "a brand new passphrase", now: later(3000) })).ok).toBe(true);
  });

  it("ends every session of a disabled user", async () => {
    const token = await openSession();
    db.transaction((tx) =>
      updateUserDisabled(tx, { id: adminId, role: "administrator" }, reporterId, true),
    );
    expect(db.select().from(sessions).all()).toHaveLength(0);
    expect(validateSessionToken(db, token, later(1000), policy)).toBeNull();
  });

  it("swaps every session for one new session when users change their own password", async () => {
    const other = await openSession();
    const current = await openSession();
    const result = await changeOwnPassword(db, {
      userId: reporterId,
      currentPassword: PASSWORD,
      newPassword: "my own new passphrase",
      policy,
      userAgent: "vitest",
      now: later(1000),
    });
    if (!result.ok) throw new Error(result.message);
    for (const token of [other, current]) {
      expect(validateSessionToken(db, token, later(2000), policy)).toBeNull();
    }
    expect(validateSessionToken(db, result.session.token, later(2000), policy)?.user.id).toBe(
      reporterId,
    );
  });

  it("refuses a password change without the current password", async () => {
    const result = await changeOwnPassword(db, {
      userId: reporterId,
      currentPassword: "not my password",
      newPassword: "my own new passphrase",
      policy,
      userAgent: null,
    });
    expect(result).toMatchObject({ ok: false, field: "currentPassword" });
  });

  it("ignores tokens that were never issued", () => {
    expect(validateSessionToken(db, "A".repeat(43), T0, policy)).toBeNull();
    expect(validateSessionToken(db, undefined, T0, policy)).toBeNull();
  });
});
