// Types of surrogate-keys.mjs, for the TypeScript that reads the same header.
export declare const SURROGATE_KEY_HEADER: "surrogate-key";
export declare function surrogateKeysEnabled(env?: Record<string, string | undefined>): boolean;
export declare function toSurrogateKeys(cacheTags: unknown): string;
export declare function withSurrogateKeys<T>(value: T, env?: Record<string, string | undefined>): T;
