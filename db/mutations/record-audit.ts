import type { DbExecutor } from "../open-database";
import { auditLog } from "../schema";

// Every action the audit log knows, so the log view can name them. Add new ones here.
export const AUDIT_ACTIONS = {
  "auth.sign_in": "Signed in",
  "auth.sign_in_failed": "Failed sign-in",
  "auth.sign_out": "Signed out",
  "auth.password_changed": "Changed own password",
  "user.created": "Created user",
  "user.role_changed": "Changed role",
  "user.disabled": "Disabled user",
  "user.enabled": "Enabled user",
  "user.password_set": "Set password",
  "user.profile_updated": "Updated profile",
  "category.created": "Created category",
  "category.updated": "Updated category",
  "tag.renamed": "Renamed tag",
  "tag.merged": "Merged tags",
  "article.created": "Created article",
  "article.submitted": "Submitted article for review",
  "article.published": "Published article",
  "article.scheduled": "Scheduled article",
  "article.updated": "Updated published article",
  "article.unpublished": "Unpublished article",
  "article.trashed": "Moved article to trash",
  "article.restored": "Restored article",
  "article.revision_restored": "Restored a revision",
  "article.deleted": "Deleted article",
  "media.uploaded": "Uploaded image",
  "media.updated": "Edited image details",
  "media.deleted": "Deleted image",
} as const;

export type AuditAction = keyof typeof AUDIT_ACTIONS;

export type AuditTargetType = "user" | "article" | "category" | "tag" | "media";

export type AuditEntry = {
  // Who did it; null when nobody is signed in (a failed sign-in, the scheduler).
  actorId: number | null;
  action: AuditAction;
  target?: { type: AuditTargetType; id: number };
  details?: Record<string, unknown>;
  at?: Date;
};

// Written inside the transaction of the change it records, so the log never claims a change
// that was rolled back, nor misses one that was committed.
export function recordAudit(tx: DbExecutor, entry: AuditEntry): void {
  tx.insert(auditLog)
    .values({
      userId: entry.actorId,
      action: entry.action,
      targetType: entry.target?.type ?? null,
      targetId: entry.target?.id ?? null,
      details: entry.details ?? null,
      ...(entry.at ? { at: entry.at } : {}),
    })
    .run();
}
