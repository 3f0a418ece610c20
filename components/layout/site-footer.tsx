import Link from "next/link";
import type { FooterInfo } from "@/db/queries/get-footer-info";

export function SiteFooter({ footer }: { footer: FooterInfo }) {
  return (
    <footer className="mt-12 border-t border-rule bg-wash">
      <div className="mx-auto max-w-6xl px-4 py-8 text-sm text-muted">
        <nav aria-label="About Gazeti">
          <ul className="flex flex-wrap gap-x-6 gap-y-2">
            {footer.pages.map((page) => (
              <li key={page.slug}>
                <Link href={`/${page.slug}`} className="underline-offset-2 hover:underline">
                  {page.title}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        {footer.demoContent ? (
          <p className="mt-4 rounded border border-rule bg-paper px-3 py-2" role="note">
            Demo content: the stories, people and quotes on this site are fictional, written to show
            how Gazeti works.
          </p>
        ) : null}
        <p className="mt-4">© Gazeti. Independent news for East Africa.</p>
      </div>
    </footer>
  );
}
