import type { ArticleCard } from "@/db/queries/view-types";
import { NairobiTime } from "@/components/ui/nairobi-time";
import { litePathOf } from "@/lib/lite/lite-paths";

// Stories as plain links into the lite edition, each with its date (and section, where a list
// mixes them): no images, no standfirsts, so a list of twenty costs a couple of kilobytes.
export function LiteStoryList({
  stories,
  showCategory = true,
}: {
  stories: ArticleCard[];
  showCategory?: boolean;
}) {
  if (stories.length === 0) return null;
  return (
    <ul className="l">
      {stories.map((story) => (
        <li key={story.id}>
          <a href={litePathOf(story.path)}>{story.title}</a>
          <small>
            {showCategory ? `${story.category.name} · ` : null}
            <NairobiTime date={story.publishedAt} dateOnly />
          </small>
        </li>
      ))}
    </ul>
  );
}
