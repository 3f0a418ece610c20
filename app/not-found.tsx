import type { Metadata } from "next";
import Link from "next/link";
import { LogoMark } from "@/components/layout/logo-mark";
import { NotFoundMessage } from "@/components/layout/not-found-message";

export const metadata: Metadata = {
  title: "Page not found",
  robots: { index: false },
};

// For addresses no route matches. It is built ahead of time with no database, so it carries
// the logo but not the section list.
export default function GlobalNotFound() {
  return (
    <>
      <header className="border-b border-rule">
        <div className="mx-auto max-w-6xl px-4 py-3">
          <Link href="/" className="flex items-center gap-2" aria-label="Gazeti home">
            <LogoMark className="h-9 w-9" />
            <span className="font-serif text-2xl font-bold tracking-tight">Gazeti</span>
          </Link>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="outline-none">
        <NotFoundMessage />
      </main>
    </>
  );
}
