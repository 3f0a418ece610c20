import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LogoMark } from "@/components/layout/logo-mark";
import { getCurrentSession } from "@/server/auth/get-current-session";
import { safeReturnPath } from "@/lib/auth/safe-return-path";
import { SignInFormClient } from "./sign-in-form-client";

export const metadata: Metadata = {
  title: "Sign in to the newsroom",
  robots: { index: false, follow: false },
};

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ next?: string | string[] }>;
}) {
  const { next } = await searchParams;
  const returnPath = safeReturnPath(Array.isArray(next) ? next[0] : next);
  if (await getCurrentSession()) redirect(returnPath);
  return (
    <main id="main" tabIndex={-1} className="mx-auto max-w-sm px-4 py-10 outline-none">
      <div className="mb-6 flex items-center gap-2">
        <LogoMark className="h-9 w-9" />
        <span className="font-serif text-2xl font-bold tracking-tight">Gazeti</span>
      </div>
      <h1 className="mb-1 text-2xl font-bold">Sign in to the newsroom</h1>
      <p className="mb-6 text-sm text-muted">For Gazeti staff. Readers need no account.</p>
      <SignInFormClient returnPath={returnPath} />
    </main>
  );
}
