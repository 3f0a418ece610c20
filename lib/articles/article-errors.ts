// The typed refusals of the article mutations, so a server action can answer each one properly:
// field errors next to their fields, a conflict message that says nothing was lost, a 404.
// (Refusals outside the actor's role are lib/auth's PermissionDeniedError.)

export type FieldErrors = Partial<Record<string, string[]>>;

export class ArticleValidationError extends Error {
  constructor(
    readonly fieldErrors: FieldErrors,
    readonly formErrors: string[] = [],
  ) {
    super(
      [
        ...formErrors,
        ...Object.entries(fieldErrors).map(([f, m]) => `${f}: ${m?.join(", ")}`),
      ].join("; ") || "Invalid article",
    );
    this.name = "ArticleValidationError";
  }
}

// The save was based on an older version than the stored one. The refused values were kept as a
// revision of kind "conflict", so the editor can show both and nothing is lost.
export class ArticleConflictError extends Error {
  constructor(
    readonly articleId: number,
    readonly baseVersion: number,
    readonly currentVersion: number,
    // Null when the refused request carried no values (a status move).
    readonly conflictRevisionId: number | null,
  ) {
    super(
      `Someone else saved this article since you opened it (your version ${baseVersion}, now ${currentVersion}). ${conflictRevisionId === null ? "Nothing was changed." : "Your changes were kept as a revision."}`,
    );
    this.name = "ArticleConflictError";
  }
}

export class ArticleNotFoundError extends Error {
  constructor(readonly articleId: number) {
    super(`No article ${articleId}`);
    this.name = "ArticleNotFoundError";
  }
}

// A workflow move that the article's current status does not allow (publishing a trashed story,
// updating one that is not published).
export class ArticleStateError extends Error {
  constructor(
    readonly articleId: number,
    readonly status: string,
    readonly move: string,
  ) {
    super(`Cannot ${move} an article that is ${status.replace("_", " ")}`);
    this.name = "ArticleStateError";
  }
}
