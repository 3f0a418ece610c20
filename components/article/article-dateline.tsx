import type { ArticleView } from "@/db/queries/view-types";
import { NairobiTime } from "@/components/ui/nairobi-time";

// When the story was published (and last updated, if later), and how long it takes to read.
export function ArticleDateline({
  article,
  className,
}: {
  article: Pick<ArticleView, "publishedAt" | "modifiedAt" | "readingMinutes">;
  className?: string;
}) {
  return (
    <p className={className}>
      Published <NairobiTime date={article.publishedAt} />
      {article.modifiedAt && article.modifiedAt > article.publishedAt ? (
        <>
          {" "}
          · Updated <NairobiTime date={article.modifiedAt} />
        </>
      ) : null}{" "}
      · {article.readingMinutes} min read
    </p>
  );
}
