import type { ArticleCard, ArticleView } from "@/db/queries/view-types";
import { ArticleDateline } from "@/components/article/article-dateline";
import { Byline } from "@/components/article/byline";
import { renderBodyHtml } from "@/lib/body/render-body-html";
import { litePathOf } from "@/lib/lite/lite-paths";
import { imageUrl } from "@/lib/media/image-url";
import { LiteStoryList } from "./lite-story-list";

// The smallest rendition, as WebP: what the "show image" link opens.
const HERO_WIDTH = 320;

// One story in the lite edition: the same headline, standfirst, byline, times and body as the
// full page (the same components and body renderer), the hero only on request, then related
// stories and the section's latest as plain links.
export function LiteArticle({ article, latest }: { article: ArticleView; latest: ArticleCard[] }) {
  const hero = article.hero;
  const heroWidth = hero?.widths.find((width) => width >= HERO_WIDTH) ?? hero?.widths[0];
  return (
    <article>
      <p className="k">
        <a href={litePathOf(`/${article.category.slug}`)}>{article.category.name}</a>
      </p>
      <h1>{article.title}</h1>
      <p className="s">{article.standfirst}</p>
      <Byline
        authors={article.authors}
        authorPath={(slug) => litePathOf(`/author/${slug}`)}
        className="m"
      />
      <ArticleDateline article={article} className="m" />
      {hero && heroWidth ? (
        <p className="m">
          <a href={imageUrl(hero.hash, heroWidth, "webp")}>Show image</a>: {hero.alt}
          {hero.caption ? ` (${hero.caption})` : null}
        </p>
      ) : null}
      <div
        // The body renderer escapes all text and allowlists every node, mark and attribute.
        dangerouslySetInnerHTML={{ __html: renderBodyHtml(article.body, { lite: true }) }}
      />
      {article.tags.length > 0 ? (
        <p className="m">
          Topics:{" "}
          {article.tags.map((tag, index) => (
            <span key={tag.slug}>
              {index > 0 ? ", " : null}
              <a href={litePathOf(`/tag/${tag.slug}`)} rel="tag">
                {tag.name}
              </a>
            </span>
          ))}
        </p>
      ) : null}
      {article.related.length > 0 ? (
        <section>
          <h2>Related</h2>
          <LiteStoryList stories={article.related} />
        </section>
      ) : null}
      {latest.length > 0 ? (
        <section>
          <h2>Latest in {article.category.name}</h2>
          <LiteStoryList stories={latest} showCategory={false} />
        </section>
      ) : null}
    </article>
  );
}
