// A JSON-LD node: plain data, serialised by serializeJsonLd.
export type JsonLd = { "@context"?: string; "@type": string | string[] } & Record<string, unknown>;

export const SCHEMA_CONTEXT = "https://schema.org";
