import type { FieldDiff } from "./diff-revisions";

// Unchanged stretches longer than this are folded into a count.
const SHOWN_UNCHANGED = 2;

// What changed in one revision: each field's old and new value, and the body paragraph by
// paragraph with unchanged stretches folded away. Marked with words, not colour alone.
export function RevisionChanges({ changes }: { changes: FieldDiff[] }) {
  if (changes.length === 0) return null;
  return (
    <dl className="mt-2 space-y-3 text-sm">
      {changes.map((change) => (
        <div key={change.field}>
          <dt className="font-semibold">{change.label}</dt>
          <dd className="mt-1 space-y-1 break-words">
            {change.kind === "value" ? (
              <>
                {change.before !== "" ? (
                  <p>
                    <del className="rounded bg-wash px-1 text-muted">
                      <span className="sr-only">Was: </span>
                      {change.before}
                    </del>
                  </p>
                ) : null}
                <p>
                  <ins className="rounded px-1 font-semibold no-underline">
                    <span className="sr-only">Now: </span>
                    {change.after === "" ? "(empty)" : change.after}
                  </ins>
                </p>
              </>
            ) : (
              change.runs.map((run, index) => {
                if (run.change === "same") {
                  if (run.paragraphs.length <= SHOWN_UNCHANGED) {
                    return run.paragraphs.map((text, i) => (
                      <p key={`${index}-${i}`} className="text-muted">
                        {text}
                      </p>
                    ));
                  }
                  return (
                    <p key={index} className="text-muted italic">
                      … {run.paragraphs.length} unchanged paragraph
                      {run.paragraphs.length === 1 ? "" : "s"} …
                    </p>
                  );
                }
                return run.paragraphs.map((text, i) =>
                  run.change === "added" ? (
                    <p key={`${index}-${i}`} className="border-l-4 border-ink pl-2">
                      <ins className="no-underline">
                        <span className="font-bold">+ </span>
                        <span className="sr-only">Added: </span>
                        {text}
                      </ins>
                    </p>
                  ) : (
                    <p key={`${index}-${i}`} className="border-l-4 border-rule pl-2 text-muted">
                      <del>
                        <span className="font-bold">− </span>
                        <span className="sr-only">Removed: </span>
                        {text}
                      </del>
                    </p>
                  ),
                );
              })
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
