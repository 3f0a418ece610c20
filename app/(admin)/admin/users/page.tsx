import type { Metadata } from "next";
import Link from "next/link";
import { ROLE_LABELS } from "@/components/admin/role-labels";
import { NairobiTime } from "@/components/ui/nairobi-time";
import { getStaffUsers } from "@/db/queries/admin/get-staff-users";
import { requireStaff } from "@/server/auth/require-staff";
import { CreateUserFormClient } from "./user-forms-client";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const { actor } = await requireStaff("users:manage");
  const users = getStaffUsers(actor);
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">Users</h1>
      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <section aria-labelledby="staff-heading" className="rounded border border-rule bg-paper">
          <h2 id="staff-heading" className="border-b border-rule px-4 py-2 text-lg font-bold">
            Staff ({users.length})
          </h2>
          <ul className="divide-y divide-rule">
            {users.map((user) => (
              <li key={user.id} className="px-4 py-3">
                <Link
                  href={`/admin/users/${user.id}`}
                  className="font-semibold hover:text-brand hover:underline"
                >
                  {user.name}
                </Link>
                <div className="mt-1 flex flex-wrap gap-x-3 gap-y-1 text-sm text-muted">
                  <span className="break-all">{user.email}</span>
                  <span>{ROLE_LABELS[user.role]}</span>
                  {user.disabled ? (
                    <span className="font-semibold text-brand">Disabled</span>
                  ) : !user.hasPassword ? (
                    <span>No password: cannot sign in</span>
                  ) : user.lastSignInAt ? (
                    <span>
                      Last signed in <NairobiTime date={user.lastSignInAt} />
                    </span>
                  ) : (
                    <span>Never signed in</span>
                  )}
                </div>
              </li>
            ))}
          </ul>
        </section>
        <section
          aria-labelledby="add-user-heading"
          className="rounded border border-rule bg-paper p-4"
        >
          <h2 id="add-user-heading" className="mb-3 text-lg font-bold">
            Add a user
          </h2>
          <CreateUserFormClient />
        </section>
      </div>
    </>
  );
}
