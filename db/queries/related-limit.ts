export const RELATED_LIMIT = 6;
