import type { Metadata } from "next";
import { ROLE_DESCRIPTIONS, ROLE_LABELS } from "@/components/admin/role-labels";
import { NairobiTime } from "@/components/ui/nairobi-time";
import { requireStaff } from "@/server/auth/require-staff";
import { ChangePasswordFormClient } from "./change-password-form-client";

export const metadata: Metadata = { title: "My account" };

export default async function AccountPage() {
  const { user, expiresAt } = await requireStaff();
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">My account</h1>
      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="me-heading" className="rounded border border-rule bg-paper p-4">
          <h2 id="me-heading" className="mb-3 text-lg font-bold">
            {user.name}
          </h2>
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
            <dt className="font-semibold">Email</dt>
            <dd className="break-all">{user.email}</dd>
            <dt className="font-semibold">Role</dt>
            <dd>
              {ROLE_LABELS[user.role]}: {ROLE_DESCRIPTIONS[user.role]}
            </dd>
            <dt className="font-semibold">Signed in until</dt>
            <dd>
              <NairobiTime date={expiresAt} /> at the latest
            </dd>
          </dl>
        </section>
        <section
          aria-labelledby="password-heading"
          className="rounded border border-rule bg-paper p-4"
        >
          <h2 id="password-heading" className="mb-3 text-lg font-bold">
            Change password
          </h2>
          <ChangePasswordFormClient />
        </section>
      </div>
    </>
  );
}
