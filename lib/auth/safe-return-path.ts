// Where to go after signing in: only a path inside the newsroom, never another site.
export function safeReturnPath(value: unknown): string {
  if (typeof value !== "string") return "/admin";
  if (!/^\/admin(?:[/?#]|$)/.test(value) || value.startsWith("/admin/login")) return "/admin";
  if (/[\\\s]/.test(value) || value.includes("//")) return "/admin";
  return value;
}
