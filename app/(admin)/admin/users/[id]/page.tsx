import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ROLE_LABELS } from "@/components/admin/role-labels";
import { NairobiTime } from "@/components/ui/nairobi-time";
import { getStaffUser } from "@/db/queries/admin/get-staff-users";
import { requireStaff } from "@/server/auth/require-staff";
import {
  DisableFormClient,
  PasswordFormClient,
  ProfileFormClient,
  RoleFormClient,
} from "../user-forms-client";

export const metadata: Metadata = { title: "User" };

const CARD = "rounded border border-rule bg-paper p-4";

export default async function UserPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ created?: string }>;
}) {
  const { actor } = await requireStaff("users:manage");
  const id = Number((await params).id);
  const user = Number.isSafeInteger(id) && id > 0 ? getStaffUser(actor, id) : null;
  if (!user) notFound();
  const { created } = await searchParams;
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/admin/users" className="text-muted underline">
          All users
        </Link>
      </p>
      <h1 className="text-2xl font-bold">{user.name}</h1>
      <p className="mt-1 mb-4 text-sm text-muted">
        {ROLE_LABELS[user.role]} ·{" "}
        {user.disabled
          ? "Disabled: cannot sign in"
          : user.hasPassword
            ? "Active"
            : "No password yet: cannot sign in"}{" "}
        · {user.activeSessions} open session{user.activeSessions === 1 ? "" : "s"}
        {user.lastSignInAt ? (
          <>
            {" "}
            · Last signed in <NairobiTime date={user.lastSignInAt} />
          </>
        ) : null}
      </p>
      {created ? (
        <p
          role="status"
          className="mb-4 rounded border border-rule bg-paper px-3 py-2 font-semibold"
        >
          User added.
        </p>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="profile-heading" className={CARD}>
          <h2 id="profile-heading" className="mb-3 text-lg font-bold">
            Profile
          </h2>
          <ProfileFormClient user={user} />
        </section>
        <div className="grid content-start gap-6">
          <section aria-labelledby="role-heading" className={CARD}>
            <h2 id="role-heading" className="mb-3 text-lg font-bold">
              Role
            </h2>
            <RoleFormClient id={user.id} role={user.role} />
          </section>
          <section aria-labelledby="password-heading" className={CARD}>
            <h2 id="password-heading" className="mb-3 text-lg font-bold">
              Password
            </h2>
            <PasswordFormClient id={user.id} />
          </section>
          <section aria-labelledby="access-heading" className={CARD}>
            <h2 id="access-heading" className="mb-3 text-lg font-bold">
              Access
            </h2>
            <p className="mb-3 text-sm">
              {user.disabled
                ? "This account is disabled: it cannot sign in. Its byline stays on published stories."
                : "Disabling ends every session at once and stops sign-in. The byline stays on published stories."}
            </p>
            <DisableFormClient id={user.id} disabled={user.disabled} />
          </section>
        </div>
      </div>
    </>
  );
}
