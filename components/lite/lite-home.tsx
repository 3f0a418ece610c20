import type { HomePage } from "@/db/queries/get-home-page";
import { litePathOf } from "@/lib/lite/lite-paths";
import { LiteStoryList } from "./lite-story-list";

// The front page in the lite edition: the lead story with its standfirst, the latest, then each
// section's newest as links.
export function LiteHome({ home, siteName }: { home: HomePage; siteName: string }) {
  return (
    <>
      <h1>{siteName}: latest news</h1>
      {home.lead ? (
        <section>
          <h2>
            <a href={litePathOf(home.lead.path)}>{home.lead.title}</a>
          </h2>
          <p className="s">{home.lead.standfirst}</p>
        </section>
      ) : (
        <p>No stories have been published yet.</p>
      )}
      {home.latest.length > 0 ? (
        <section>
          <h2>Latest</h2>
          <LiteStoryList stories={home.latest} />
        </section>
      ) : null}
      {home.sections.map((section) => (
        <section key={section.category.slug}>
          <h2>
            <a href={litePathOf(`/${section.category.slug}`)}>{section.category.name}</a>
          </h2>
          <LiteStoryList stories={section.articles} showCategory={false} />
        </section>
      ))}
    </>
  );
}
