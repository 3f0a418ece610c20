import { createHash, randomBytes } from "node:crypto";

// 32 random bytes (256 bits), base64url: what the browser holds. Only its SHA-256 is stored,
// so a copy of the database cannot be replayed as cookies.
export function generateSessionToken(): string {
  return randomBytes(32).toString("base64url");
}

export function hashSessionToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export function isWellFormedSessionToken(token: string): boolean {
  return TOKEN_PATTERN.test(token);
}
