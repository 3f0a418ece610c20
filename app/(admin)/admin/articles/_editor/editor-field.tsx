import type { ReactNode } from "react";

export const CONTROL =
  "mt-1 block w-full rounded border border-rule bg-paper px-3 py-2 text-base aria-[invalid=true]:border-brand";

export type FieldIds = { id: string; describedBy: string | undefined; invalid: boolean };

// A label, an optional hint and the field's error from the last save, tied to the control for
// screen readers. `children` renders the control with the ids it needs.
export function EditorField({
  id,
  label,
  hint,
  error,
  children,
  className = "mb-4",
  labelsControl = true,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  children: (ids: FieldIds) => ReactNode;
  className?: string;
  // False when the control is not a form element (the body editor names itself with
  // aria-labelledby instead).
  labelsControl?: boolean;
}) {
  const describedBy =
    [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") ||
    undefined;
  return (
    <div className={className}>
      {labelsControl ? (
        <label htmlFor={id} id={`${id}-label`} className="block text-sm font-semibold">
          {label}
        </label>
      ) : (
        <span id={`${id}-label`} className="block text-sm font-semibold">
          {label}
        </span>
      )}
      {hint ? (
        <p id={`${id}-hint`} className="mt-0.5 text-sm text-muted">
          {hint}
        </p>
      ) : null}
      {children({ id, describedBy, invalid: Boolean(error) })}
      <FieldError id={id} error={error} />
    </div>
  );
}

export function FieldError({ id, error }: { id: string; error?: string }) {
  return error ? (
    <p id={`${id}-error`} className="mt-1 text-sm font-semibold text-brand">
      {error}
    </p>
  ) : null;
}
