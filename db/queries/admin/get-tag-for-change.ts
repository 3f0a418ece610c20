import { eq } from "drizzle-orm";
import { InputError } from "@/lib/input-error";
import type { DbExecutor } from "../../open-database";
import { tags } from "../../schema";

// The tag an editor is renaming or merging, or a refusal next to `field` when it is gone.
export function getTagForChange(tx: DbExecutor, id: number, field: string) {
  const tag = tx.select().from(tags).where(eq(tags.id, id)).get();
  if (!tag) throw new InputError(field, "This tag no longer exists.");
  return tag;
}
