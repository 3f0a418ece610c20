import Link from "next/link";
import type { CategoryRef } from "@/db/queries/view-types";
import { LogoMark } from "./logo-mark";

// The category strip scrolls sideways on narrow phones: all sections stay one tap away without
// JavaScript or a hidden menu.
export function SiteHeader({ categories }: { categories: CategoryRef[] }) {
  return (
    <header className="border-b border-rule bg-paper">
      <div className="mx-auto flex max-w-6xl items-center justify-between gap-4 px-4 py-3">
        <Link href="/" className="flex items-center gap-2 no-underline" aria-label="Gazeti home">
          <LogoMark className="h-9 w-9" />
          <span className="font-serif text-2xl font-bold tracking-tight">Gazeti</span>
        </Link>
      </div>
      <nav aria-label="Sections" className="border-t border-rule">
        <ul className="mx-auto flex max-w-6xl gap-1 overflow-x-auto px-2 text-sm font-semibold whitespace-nowrap">
          {categories.map((category) => (
            <li key={category.slug}>
              <Link
                href={`/${category.slug}`}
                className="block px-2 py-3 hover:text-brand hover:underline"
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
