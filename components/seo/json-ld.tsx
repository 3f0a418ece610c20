import type { JsonLd as JsonLdData } from "@/lib/seo/json-ld-types";
import { serializeJsonLd } from "@/lib/seo/serialize-json-ld";

// Structured data rendered on the server, one script element per node. serializeJsonLd escapes
// "<", ">" and "&", so no headline can close the script element.
export function JsonLd({ data }: { data: JsonLdData[] }) {
  return (
    <>
      {data.map((node, index) => (
        <script
          key={index}
          type="application/ld+json"
          dangerouslySetInnerHTML={{ __html: serializeJsonLd(node) }}
        />
      ))}
    </>
  );
}
