"use client";

import { ActionFormClient } from "@/components/admin/action-form-client";
import { FieldClient } from "@/components/admin/field-client";
import { SubmitButtonClient } from "@/components/admin/submit-button-client";
import { signInAction } from "./actions";

export function SignInFormClient({ returnPath }: { returnPath: string }) {
  return (
    <ActionFormClient action={signInAction} label="Sign in">
      <input type="hidden" name="next" value={returnPath} />
      <FieldClient name="email" label="Email" type="email" autoComplete="username" required />
      <FieldClient
        name="password"
        label="Password"
        type="password"
        autoComplete="current-password"
        required
      />
      <SubmitButtonClient>Sign in</SubmitButtonClient>
    </ActionFormClient>
  );
}
