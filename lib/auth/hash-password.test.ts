import { describe, expect, it } from "vitest";
import { hash } from "@node-rs/argon2";
import {
  hashPassword,
  passwordHashNeedsUpgrade,
  spendPasswordCheck,
  verifyPassword,
} from "./hash-password";

describe("password hashing", () => {
  it("uses argon2id with at least 19 MiB of memory and two passes", async () => {
    const stored = await hashPassword("a long newsroom passphrase");
    const match = /^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$/.exec(stored);
    expect(match).not.toBeNull();
    expect(Number(match![1])).toBeGreaterThanOrEqual(19_456);
    expect(Number(match![2])).toBeGreaterThanOrEqual(2);
  });

  it("salts every hash, so one password never gives the same hash twice", async () => {
    expect(await hashPassword("same password")).not.toBe(await hashPassword("same password"));
  });

  it("accepts the right password and refuses any other", async () => {
    const stored = await hashPassword("Mombasa-ferry-at-dawn");
    expect(await verifyPassword(stored, "Mombasa-ferry-at-dawn")).toBe(true);
    expect(await verifyPassword(stored, "mombasa-ferry-at-dawn")).toBe(false);
    expect(await verifyPassword(stored, "")).toBe(false);
  });

  it("refuses every password against a malformed stored hash", async () => {
    expect(await verifyPassword("not-a-hash", "anything")).toBe(false);
  });

  it("asks for an upgrade of hashes weaker than the current parameters", async () => {
    const weak = await hash("pw", { memoryCost: 4096, timeCost: 1, parallelism: 1 });
    expect(passwordHashNeedsUpgrade(weak)).toBe(true);
    expect(passwordHashNeedsUpgrade("$2b$10$bcrypt-hash")).toBe(true);
    expect(passwordHashNeedsUpgrade(await hashPassword("pw"))).toBe(false);
  });

  it("spends a real check when there is no account, and never succeeds", async () => {
    expect(await spendPasswordCheck("gazeti-no-such-account-placeholder")).toBe(false);
  });
});
