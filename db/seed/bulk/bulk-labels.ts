import fs from "node:fs";
import path from "node:path";
import { z } from "zod";

// The answer key of the bulk corpus: which story cluster every article belongs to. It lives in a
// JSON file beside the database and never in it, so nothing in the application can rank with it.
const labelsSchema = z.object({
  version: z.literal(1),
  seed: z.number(),
  generatedAt: z.string(),
  articleCount: z.number(),
  clusters: z.array(
    z.object({
      id: z.number(),
      kind: z.enum(["story", "distractor", "single"]),
      distractorOf: z.number().nullable(),
      shares: z.enum(["place", "person", "object"]).nullable(),
      topic: z.string(),
      category: z.string(),
      place: z.string(),
      person: z.string(),
      objectName: z.string(),
      objectType: z.string(),
      org: z.string(),
      articleIds: z.array(z.number()),
      // Per article (same order): which of the cluster's entities its text names (MENTION bits).
      mentions: z.array(z.number()),
    }),
  ),
});

export type BulkLabels = z.infer<typeof labelsSchema>;

export function bulkLabelsPath(databasePath: string): string {
  const parsed = path.parse(databasePath);
  return path.join(parsed.dir, `${parsed.name}.labels.json`);
}

export function writeBulkLabels(databasePath: string, labels: BulkLabels): string {
  const file = bulkLabelsPath(databasePath);
  fs.writeFileSync(file, JSON.stringify(labels));
  return file;
}

export function readBulkLabels(databasePath: string): BulkLabels {
  const file = bulkLabelsPath(databasePath);
  if (!fs.existsSync(file)) {
    throw new Error(`No cluster labels at ${file}: run npm run seed:bulk first.`);
  }
  return labelsSchema.parse(JSON.parse(fs.readFileSync(file, "utf8")));
}
