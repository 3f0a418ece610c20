export const MAX_SLUG_LENGTH = 120;

const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

// Lowercase letters, digits and single hyphens. Anything else can never name content, so routes
// answer 404 for it without asking the database.
export function isValidSlug(value: string): boolean {
  return value.length <= MAX_SLUG_LENGTH && SLUG_PATTERN.test(value);
}
