import type { Metadata } from "next";
import type { ReactNode } from "react";
import { AdminHeader } from "@/components/admin/admin-header";
import { requireStaff } from "@/server/auth/require-staff";
import { signOutAction } from "./actions";

export const metadata: Metadata = {
  title: { default: "Newsroom", template: "%s | Gazeti newsroom" },
  robots: { index: false, follow: false },
};

// The gate and frame of every newsroom screen. Pages and actions still check the session
// themselves: a layout does not re-run on every navigation, and never guards a server action.
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const { user } = await requireStaff();
  return (
    <div className="min-h-screen bg-wash">
      <AdminHeader user={user} signOut={signOutAction} />
      <main id="main" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-6 outline-none">
        {children}
      </main>
    </div>
  );
}
