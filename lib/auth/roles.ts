// The newsroom's roles, as the database stores them and the users form offers them. No imports,
// so client components can use them without pulling the schema (and drizzle) into the browser.
export const ROLES = ["administrator", "editor", "author", "contributor"] as const;
export type Role = (typeof ROLES)[number];
