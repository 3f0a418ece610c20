"use client";

import { useFormStatus } from "react-dom";
import type { ReactNode } from "react";

const STYLES = {
  primary: "bg-brand text-paper hover:bg-brand-dark",
  secondary: "border border-rule bg-paper hover:bg-wash",
  danger: "border border-brand text-brand hover:bg-wash",
} as const;

// Disabled while its form is being sent, so a double tap on a slow connection sends once.
export function SubmitButtonClient({
  children,
  variant = "primary",
  name,
  value,
}: {
  children: ReactNode;
  variant?: keyof typeof STYLES;
  name?: string;
  value?: string;
}) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      name={name}
      value={value}
      disabled={pending}
      className={`min-h-11 rounded px-4 py-2 font-semibold disabled:opacity-60 ${STYLES[variant]}`}
    >
      {children}
    </button>
  );
}
