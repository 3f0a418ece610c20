import { describe, expect, it } from "vitest";
import { adminContentSecurityPolicy } from "./admin-content-security-policy";
import { isSameOrigin } from "./assert-same-origin";
import { clientAddress } from "./client-address";
import { safeReturnPath } from "./safe-return-path";
import { sessionCookie } from "./session-cookie";
import { isSessionLive, sessionNeedsTouch } from "./session-policy";
import { generateSessionToken, hashSessionToken, isWellFormedSessionToken } from "./session-token";
import { ACCOUNT_THROTTLE, accountThrottleKey, lockDurationMs } from "./throttle-policy";

describe("session tokens", () => {
  it("carry 256 random bits and are stored only as their SHA-256", () => {
    const token = generateSessionToken();
    expect(Buffer.from(token, "base64url")).toHaveLength(32);
    expect(isWellFormedSessionToken(token)).toBe(true);
    expect(hashSessionToken(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashSessionToken(token)).not.toContain(token);
    expect(generateSessionToken()).not.toBe(token);
  });

  it("refuse anything that is not a token before touching the database", () => {
    expect(isWellFormedSessionToken("")).toBe(false);
    expect(isWellFormedSessionToken("x".repeat(43) + "'")).toBe(false);
    expect(isWellFormedSessionToken("a".repeat(44))).toBe(false);
  });
});

describe("the session cookie", () => {
  it("is __Host- prefixed and Secure when the site is served over https", () => {
    const cookie = sessionCookie("https://gazeti.example");
    expect(cookie.name).toBe("__Host-gazeti_session");
    expect(cookie.options).toEqual({ httpOnly: true, sameSite: "lax", secure: true, path: "/" });
  });

  it("stays HttpOnly and SameSite=Lax over plain http, where Secure cannot work", () => {
    const cookie = sessionCookie("http://localhost:3000");
    expect(cookie.name).toBe("gazeti_session");
    expect(cookie.options).toMatchObject({ httpOnly: true, sameSite: "lax", secure: false });
  });
});

describe("session lifetime", () => {
  const policy = { idleMs: 60 * 60_000, maxMs: 12 * 3_600_000 };
  const start = new Date("2026-11-20T06:00:00Z");
  const at = (minutes: number) => new Date(start.getTime() + minutes * 60_000);

  it("ends a session left idle longer than the idle timeout", () => {
    const session = { lastSeenAt: start, expiresAt: at(720) };
    expect(isSessionLive(session, at(59), policy)).toBe(true);
    expect(isSessionLive(session, at(60), policy)).toBe(false);
  });

  it("ends a session at its absolute lifetime however active it is", () => {
    const session = { lastSeenAt: at(719), expiresAt: at(720) };
    expect(isSessionLive(session, at(719.9), policy)).toBe(true);
    expect(isSessionLive(session, at(720), policy)).toBe(false);
  });

  it("writes the last-seen time at most once a minute", () => {
    const session = { lastSeenAt: start, expiresAt: at(720) };
    expect(sessionNeedsTouch(session, at(0.5))).toBe(false);
    expect(sessionNeedsTouch(session, at(1))).toBe(true);
  });
});

describe("sign-in throttling rule", () => {
  it("allows five failures, then waits longer after each further one, up to a cap", () => {
    expect(lockDurationMs(4, ACCOUNT_THROTTLE)).toBe(0);
    expect(lockDurationMs(5, ACCOUNT_THROTTLE)).toBe(30_000);
    expect(lockDurationMs(6, ACCOUNT_THROTTLE)).toBe(60_000);
    expect(lockDurationMs(7, ACCOUNT_THROTTLE)).toBe(120_000);
    expect(lockDurationMs(50, ACCOUNT_THROTTLE)).toBe(ACCOUNT_THROTTLE.maxLockMs);
  });

  it("keys an account by its email in any letter case, without storing the email", () => {
    const key = accountThrottleKey("Amina.Wekesa@Gazeti.example ");
    expect(key).toBe(accountThrottleKey("amina.wekesa@gazeti.example"));
    expect(key).not.toContain("amina");
  });
});

describe("client addresses", () => {
  it("are never read from X-Forwarded-For without a trusted proxy", () => {
    expect(clientAddress("203.0.113.9", 0)).toBeNull();
  });

  it("are the entry the trusted proxies added, not what the client sent", () => {
    expect(clientAddress("1.1.1.1, 203.0.113.9", 1)).toBe("203.0.113.9");
    expect(clientAddress("1.1.1.1, 203.0.113.9, 10.0.0.2", 2)).toBe("203.0.113.9");
    expect(clientAddress("2001:db8::1", 1)).toBe("2001:db8::1");
  });

  it("are unknown when the header is missing, short or not an address", () => {
    expect(clientAddress(null, 1)).toBeNull();
    expect(clientAddress("203.0.113.9", 2)).toBeNull();
    expect(clientAddress("evil, not-an-ip", 1)).toBeNull();
  });
});

describe("the return path after signing in", () => {
  it("stays inside the newsroom", () => {
    expect(safeReturnPath("/admin/users/3")).toBe("/admin/users/3");
    expect(safeReturnPath("/admin?tab=1")).toBe("/admin?tab=1");
  });

  it.each([
    "https://evil.example/admin",
    "//evil.example",
    "/administrator",
    "/",
    "/admin/login",
    "/admin\\evil",
    null,
  ])("falls back to the dashboard for %j", (value) => expect(safeReturnPath(value)).toBe("/admin"));
});

describe("the newsroom's content security policy", () => {
  it("runs only scripts carrying the response's nonce and allows no framing", () => {
    const policy = adminContentSecurityPolicy("abc123", { https: true, development: false });
    expect(policy).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("upgrade-insecure-requests");
    expect(policy).not.toContain("unsafe-eval");
  });
});

describe("same-origin checks for route handlers", () => {
  const site = "https://gazeti.example";
  const post = (headers: Record<string, string>) =>
    new Request("https://gazeti.example/admin/media/upload", { method: "POST", headers });

  it("accept requests from the site itself", () => {
    expect(isSameOrigin(post({ origin: site }), site)).toBe(true);
    expect(
      isSameOrigin(post({ origin: "http://127.0.0.1:3100", host: "127.0.0.1:3100" }), site),
    ).toBe(true);
    expect(isSameOrigin(post({ "sec-fetch-site": "same-origin" }), site)).toBe(true);
  });

  it("refuse requests from other sites or of unknown origin", () => {
    expect(
      isSameOrigin(post({ origin: "https://evil.example", host: "gazeti.example" }), site),
    ).toBe(false);
    expect(isSameOrigin(post({}), site)).toBe(false);
    expect(isSameOrigin(post({ "sec-fetch-site": "cross-site" }), site)).toBe(false);
  });
});
