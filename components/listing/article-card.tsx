import Link from "next/link";
import type { ArticleCard as ArticleCardData } from "@/db/queries/view-types";
import { NairobiTime } from "@/components/ui/nairobi-time";
import { ResponsiveImage } from "@/components/ui/responsive-image";

type Variant = "lead" | "standard" | "compact";

const SIZES: Record<Variant, string> = {
  lead: "(min-width: 1152px) 700px, (min-width: 768px) 60vw, 100vw",
  standard: "(min-width: 1152px) 360px, (min-width: 640px) 45vw, 100vw",
  compact: "120px",
};

// One story in a listing: headline (the link), standfirst, section and time. The image is
// decorative next to the headline link, so it sits outside the link and keeps its alt text.
export function ArticleCard({
  article,
  variant = "standard",
  headingLevel = 3,
  showCategory = true,
  priority = false,
}: {
  article: ArticleCardData;
  variant?: Variant;
  headingLevel?: 2 | 3;
  showCategory?: boolean;
  priority?: boolean;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const compact = variant === "compact";
  return (
    <article className={compact ? "flex gap-3" : "flex flex-col gap-2"}>
      {article.hero ? (
        <div className={compact ? "order-2 w-24 shrink-0 sm:w-28" : ""}>
          <ResponsiveImage
            image={article.hero}
            sizes={SIZES[variant]}
            priority={priority}
            className="aspect-video h-auto w-full rounded object-cover"
          />
        </div>
      ) : null}
      <div className="min-w-0 flex-1">
        {showCategory ? (
          <p className="text-xs font-bold tracking-wide text-brand uppercase">
            {article.category.name}
          </p>
        ) : null}
        <Heading
          className={
            variant === "lead"
              ? "font-serif text-2xl leading-tight font-bold sm:text-3xl"
              : compact
                ? "font-serif text-base leading-snug font-bold"
                : "font-serif text-lg leading-snug font-bold"
          }
        >
          <Link href={article.path} className="hover:underline">
            {article.title}
          </Link>
        </Heading>
        {compact ? null : (
          <p
            className={variant === "lead" ? "mt-2 text-base text-muted" : "mt-1 text-sm text-muted"}
          >
            {article.standfirst}
          </p>
        )}
        <p className="mt-1 text-xs text-muted">
          <NairobiTime date={article.publishedAt} dateOnly />
        </p>
      </div>
    </article>
  );
}
