import Link from "next/link";
import type { BreakingNews } from "@/db/queries/get-breaking-news";

// A strip across the top of every public page while a story is breaking: plain HTML, no script.
export function BreakingNewsBanner({ stories }: { stories: BreakingNews[] }) {
  if (stories.length === 0) return null;
  return (
    <section aria-label="Breaking news" className="bg-brand text-paper">
      <ul className="mx-auto max-w-6xl px-4 py-2">
        {stories.map((story) => (
          <li key={story.id} className="flex gap-2">
            <span className="shrink-0 text-xs font-bold tracking-wide uppercase leading-6">
              Breaking
            </span>
            <Link href={story.path} className="font-semibold underline-offset-2 hover:underline">
              {story.title}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
