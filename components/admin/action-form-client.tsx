"use client";

import { createContext, useActionState, useContext, type ReactNode } from "react";
import type { FormState } from "./form-state";

const FormStateContext = createContext<FormState>({});

export function useAdminFormState(): FormState {
  return useContext(FormStateContext);
}

// A form posting to a server action (and working without JavaScript): the action's message is
// announced at the top, field errors appear next to their fields (FieldClient).
export function ActionFormClient({
  action,
  children,
  className,
  label,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  children: ReactNode;
  className?: string;
  label?: string;
}) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <FormStateContext value={state}>
      <form action={formAction} aria-label={label} aria-busy={pending} className={className}>
        {state.message ? (
          <p
            role={state.status === "error" ? "alert" : "status"}
            className={
              state.status === "error"
                ? "mb-4 rounded border border-brand px-3 py-2 text-sm font-semibold text-brand"
                : "mb-4 rounded border border-rule bg-wash px-3 py-2 text-sm font-semibold"
            }
          >
            {state.message}
          </p>
        ) : null}
        <div key={state.key} className="contents">
          {children}
        </div>
      </form>
    </FormStateContext>
  );
}
