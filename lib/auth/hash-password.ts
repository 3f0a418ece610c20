import { hash, verify } from "@node-rs/argon2";

// OWASP's argon2id baseline (19 MiB, 2 passes, 1 lane): about 60 ms on this project's machines.
// Raising a figure here upgrades each stored hash at its owner's next sign-in.
export const PASSWORD_HASH_PARAMS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

const PHC_ARGON2ID = /^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$/;

// @node-rs/argon2 makes a random 16-byte salt per hash; argon2id is its default algorithm,
// asserted by the unit test on the hash prefix.
export function hashPassword(password: string): Promise<string> {
  return hash(password, { ...PASSWORD_HASH_PARAMS, outputLen: 32 });
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    // A malformed stored hash never signs anyone in.
    return false;
  }
}

// True when the stored hash is weaker than the current parameters (or not argon2id at all).
export function passwordHashNeedsUpgrade(passwordHash: string): boolean {
  const match = PHC_ARGON2ID.exec(passwordHash);
  if (!match) return true;
  const [memoryCost, timeCost, parallelism] = match.slice(1).map(Number) as [
    number,
    number,
    number,
  ];
  return (
    memoryCost < PASSWORD_HASH_PARAMS.memoryCost ||
    timeCost < PASSWORD_HASH_PARAMS.timeCost ||
    parallelism < PASSWORD_HASH_PARAMS.parallelism
  );
}

let dummyHash: Promise<string> | undefined;

// Spends the same time as a real check when the account does not exist or cannot sign in, so
// response times do not tell which email addresses belong to staff.
export async function spendPasswordCheck(password: string): Promise<false> {
  dummyHash ??= hashPassword("gazeti-no-such-account-placeholder");
  await verifyPassword(await dummyHash, password);
  return false;
}
