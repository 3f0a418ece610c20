"use client";

import { useId } from "react";
import { useAdminFormState } from "./action-form-client";

type Option = { value: string; label: string };

const CONTROL =
  "mt-1 block w-full rounded border border-rule bg-paper px-3 py-2 text-base aria-[invalid=true]:border-brand";

// A labelled input, select or textarea whose error (from the server action) is shown beneath it
// and tied to it for screen readers. After a refused submission it shows what was typed.
export function FieldClient({
  name,
  label,
  type = "text",
  defaultValue,
  hint,
  options,
  rows,
  required,
  autoComplete,
  inputMode,
  maxLength,
  className,
}: {
  name: string;
  label: string;
  type?: "text" | "email" | "password" | "number" | "textarea" | "select";
  defaultValue?: string | number | null;
  hint?: string;
  options?: Option[];
  rows?: number;
  required?: boolean;
  autoComplete?: string;
  inputMode?: "numeric" | "email" | "text";
  maxLength?: number;
  className?: string;
}) {
  const state = useAdminFormState();
  const id = useId();
  const error = state.fieldErrors?.[name];
  const typed = type === "password" ? undefined : state.values?.[name];
  const value = typed ?? (defaultValue == null ? "" : String(defaultValue));
  const describedBy =
    [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") ||
    undefined;
  const common = {
    id,
    name,
    required,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy,
    className: CONTROL,
  } as const;
  return (
    <div className={className ?? "mb-4"}>
      <label htmlFor={id} className="block text-sm font-semibold">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="mt-0.5 text-sm text-muted">
          {hint}
        </p>
      ) : null}
      {type === "select" ? (
        <select {...common} defaultValue={value}>
          {(options ?? []).map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      ) : type === "textarea" ? (
        <textarea {...common} defaultValue={value} rows={rows ?? 3} maxLength={maxLength} />
      ) : (
        <input
          {...common}
          type={type}
          defaultValue={value}
          autoComplete={autoComplete}
          inputMode={inputMode}
          maxLength={maxLength}
        />
      )}
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-sm font-semibold text-brand">
          {error}
        </p>
      ) : null}
    </div>
  );
}
