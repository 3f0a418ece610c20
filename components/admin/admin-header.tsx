import Link from "next/link";
import { LogoMark } from "@/components/layout/logo-mark";
import { canDo, type Actor, type SiteAction } from "@/lib/auth/permissions";
import type { StaffUser } from "@/server/auth/validate-session-token";
import { ROLE_LABELS } from "./role-labels";

type NavItem = { href: string; label: string; permission?: SiteAction };

const NAV: NavItem[] = [
  { href: "/admin", label: "Dashboard" },
  { href: "/admin/articles", label: "Articles" },
  { href: "/admin/articles/new", label: "New article", permission: "article:create" },
  { href: "/admin/media", label: "Media", permission: "media:upload" },
  { href: "/admin/categories", label: "Categories", permission: "taxonomy:manage" },
  { href: "/admin/tags", label: "Tags", permission: "taxonomy:manage" },
  { href: "/admin/users", label: "Users", permission: "users:manage" },
  { href: "/admin/audit", label: "Audit log", permission: "audit:view" },
  { href: "/admin/account", label: "My account" },
];

// The newsroom's top bar. On a phone the links wrap onto short rows: every screen stays one tap
// away, with no menu to open and no JavaScript.
export function AdminHeader({ user, signOut }: { user: StaffUser; signOut: () => Promise<void> }) {
  const actor: Actor = { id: user.id, role: user.role };
  const items = NAV.filter((item) => !item.permission || canDo(actor, item.permission));
  return (
    <header className="border-b border-rule bg-paper">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-2">
        <Link href="/admin" className="flex items-center gap-2 no-underline">
          <LogoMark className="h-8 w-8" />
          <span className="font-serif text-xl font-bold tracking-tight">Gazeti</span>
          <span className="text-sm font-semibold text-muted">Newsroom</span>
        </Link>
        <div className="flex items-center gap-3 text-sm">
          <span>
            <span className="font-semibold">{user.name}</span>{" "}
            <span className="text-muted">({ROLE_LABELS[user.role]})</span>
          </span>
          <form action={signOut}>
            <button
              type="submit"
              className="min-h-11 rounded border border-rule px-3 py-1.5 font-semibold hover:bg-wash"
            >
              Sign out
            </button>
          </form>
        </div>
      </div>
      <nav aria-label="Newsroom" className="border-t border-rule bg-wash">
        <ul className="mx-auto flex max-w-6xl flex-wrap gap-x-1 px-2 text-sm font-semibold">
          {items.map((item) => (
            <li key={item.href}>
              <Link href={item.href} className="block px-2 py-3 hover:text-brand hover:underline">
                {item.label}
              </Link>
            </li>
          ))}
          <li className="ml-auto">
            <Link href="/" className="block px-2 py-3 text-muted hover:underline">
              View site
            </Link>
          </li>
        </ul>
      </nav>
    </header>
  );
}
