// Staff type their address in any case; it is stored and compared in lower case.
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}
