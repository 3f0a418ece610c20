"use client";

import { ActionFormClient } from "@/components/admin/action-form-client";
import { FieldClient } from "@/components/admin/field-client";
import { SubmitButtonClient } from "@/components/admin/submit-button-client";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password-rules";
import { changePasswordAction } from "./actions";

export function ChangePasswordFormClient() {
  return (
    <ActionFormClient action={changePasswordAction} label="Change password">
      <FieldClient
        name="currentPassword"
        label="Current password"
        type="password"
        autoComplete="current-password"
        required
      />
      <FieldClient
        name="newPassword"
        label="New password"
        type="password"
        autoComplete="new-password"
        hint={`At least ${MIN_PASSWORD_LENGTH} characters. A few unrelated words make a strong one.`}
        required
      />
      <FieldClient
        name="confirmPassword"
        label="New password again"
        type="password"
        autoComplete="new-password"
        required
      />
      <SubmitButtonClient>Change password</SubmitButtonClient>
    </ActionFormClient>
  );
}
