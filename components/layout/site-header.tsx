import Link from "next/link";
import type { CategoryRef } from "@/db/queries/view-types";
import { HeaderSearchForm } from "@/components/search/header-search-form";
import { LogoMark } from "./logo-mark";

// The sections wrap onto a second line on narrow phones: every one stays visible and one tap
// away, with no JavaScript and no hidden menu.
export function SiteHeader({ categories }: { categories: CategoryRef[] }) {
  return (
    <header className="border-b border-rule bg-paper">
      <div className="mx-auto flex max-w-6xl items-center justify-between gap-4 px-4 py-3">
        <Link
          href="/"
          className="flex shrink-0 items-center gap-2 no-underline"
          aria-label="Gazeti home"
        >
          <LogoMark className="h-9 w-9" />
          <span className="font-serif text-2xl font-bold tracking-tight">Gazeti</span>
        </Link>
        <HeaderSearchForm />
      </div>
      <nav aria-label="Sections" className="border-t border-rule">
        <ul className="mx-auto flex max-w-6xl flex-wrap gap-x-1 px-2 text-sm font-semibold">
          {categories.map((category) => (
            <li key={category.slug}>
              <Link
                href={`/${category.slug}`}
                className="block px-2 py-2.5 hover:text-brand hover:underline"
              >
                {category.name}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
