import { spawnSync } from "node:child_process";
import path from "node:path";

const SCHEMA_DIR = path.resolve("e2e/fixtures/schemas");

export const SITEMAP_INDEX_SCHEMA = path.join(SCHEMA_DIR, "siteindex.xsd");
export const URLSET_SCHEMA = path.join(SCHEMA_DIR, "sitemap-with-extensions.xsd");

// Test helper: runs libxml2's xmllint (Debian's libxml2-utils, installed by scripts/test.sh) on a
// document, with no network access. Without a schema it checks well-formedness only.
export function xmlLint(xml: string, schema?: string): { ok: boolean; errors: string } {
  const args = ["--nonet", "--noout", ...(schema ? ["--schema", schema] : []), "-"];
  const result = spawnSync("xmllint", args, { input: xml, encoding: "utf8" });
  if (result.error) {
    throw new Error(`xmllint is needed (apt-get install libxml2-utils): ${result.error.message}`);
  }
  return { ok: result.status === 0, errors: result.stderr };
}
