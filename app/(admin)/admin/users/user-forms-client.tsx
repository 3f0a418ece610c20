"use client";

import { ActionFormClient } from "@/components/admin/action-form-client";
import { FieldClient } from "@/components/admin/field-client";
import { ROLE_DESCRIPTIONS, ROLE_LABELS } from "@/components/admin/role-labels";
import { SubmitButtonClient } from "@/components/admin/submit-button-client";
import { ROLES, type Role } from "@/lib/auth/roles";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password-rules";
import {
  createUserAction,
  setDisabledAction,
  setPasswordAction,
  updateProfileAction,
  updateRoleAction,
} from "./actions";

const ROLE_OPTIONS = ROLES.map((role) => ({
  value: role,
  label: `${ROLE_LABELS[role]}: ${ROLE_DESCRIPTIONS[role]}`,
}));

const PASSWORD_HINT = `At least ${MIN_PASSWORD_LENGTH} characters. A few unrelated words make a strong one.`;

export function CreateUserFormClient() {
  return (
    <ActionFormClient action={createUserAction} label="Add a user">
      <FieldClient name="name" label="Name" required autoComplete="off" />
      <FieldClient name="email" label="Email" type="email" required autoComplete="off" />
      <FieldClient
        name="role"
        label="Role"
        type="select"
        options={ROLE_OPTIONS}
        defaultValue="contributor"
      />
      <FieldClient name="jobTitle" label="Job title" hint="Shown with their byline." />
      <FieldClient
        name="password"
        label="Password"
        type="password"
        autoComplete="new-password"
        hint={`Optional: leave empty and set one later. ${PASSWORD_HINT}`}
      />
      <SubmitButtonClient>Add user</SubmitButtonClient>
    </ActionFormClient>
  );
}

export function RoleFormClient({ id, role }: { id: number; role: Role }) {
  return (
    <ActionFormClient action={updateRoleAction} label="Role">
      <input type="hidden" name="id" value={id} />
      <FieldClient
        name="role"
        label="Role"
        type="select"
        options={ROLE_OPTIONS}
        defaultValue={role}
      />
      <SubmitButtonClient>Save role</SubmitButtonClient>
    </ActionFormClient>
  );
}

export function PasswordFormClient({ id }: { id: number }) {
  return (
    <ActionFormClient action={setPasswordAction} label="Set password">
      <input type="hidden" name="id" value={id} />
      <FieldClient
        name="password"
        label="New password"
        type="password"
        autoComplete="new-password"
        hint={`${PASSWORD_HINT} Every session of this user ends.`}
        required
      />
      <SubmitButtonClient>Set password</SubmitButtonClient>
    </ActionFormClient>
  );
}

export function DisableFormClient({ id, disabled }: { id: number; disabled: boolean }) {
  return (
    <ActionFormClient
      action={setDisabledAction}
      label={disabled ? "Enable account" : "Disable account"}
    >
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="disabled" value={disabled ? "false" : "true"} />
      <SubmitButtonClient variant={disabled ? "secondary" : "danger"}>
        {disabled ? "Enable account" : "Disable account"}
      </SubmitButtonClient>
    </ActionFormClient>
  );
}

export function ProfileFormClient({
  user,
}: {
  user: {
    id: number;
    name: string;
    email: string;
    slug: string;
    jobTitle: string | null;
    bio: string | null;
  };
}) {
  return (
    <ActionFormClient action={updateProfileAction} label="Profile">
      <input type="hidden" name="id" value={user.id} />
      <FieldClient name="name" label="Name" defaultValue={user.name} required />
      <FieldClient name="email" label="Email" type="email" defaultValue={user.email} required />
      <FieldClient
        name="slug"
        label="Profile address"
        hint="The /author/… address. The old address keeps working as a redirect."
        defaultValue={user.slug}
        required
      />
      <FieldClient name="jobTitle" label="Job title" defaultValue={user.jobTitle} />
      <FieldClient name="bio" label="Biography" type="textarea" rows={4} defaultValue={user.bio} />
      <SubmitButtonClient>Save profile</SubmitButtonClient>
    </ActionFormClient>
  );
}
