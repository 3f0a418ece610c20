import { litePathOf } from "@/lib/lite/lite-paths";
import { pagePath } from "@/lib/pagination";
import type { LiteListing as LiteListingData } from "@/server/lite/get-lite-page";
import { LiteStoryList } from "./lite-story-list";

// A section, topic or journalist page in the lite edition, with older and newer pages as links.
export function LiteListing({ listing }: { listing: LiteListingData }) {
  const { basePath, page, totalPages } = listing;
  return (
    <>
      {listing.kicker ? <p className="k">{listing.kicker}</p> : null}
      <h1>
        {listing.title}
        {page > 1 ? ` · page ${page}` : null}
      </h1>
      {listing.intro ? <p className="s">{listing.intro}</p> : null}
      <LiteStoryList stories={listing.items} showCategory={listing.mixesSections} />
      {totalPages > 1 ? (
        <nav aria-label="Pages">
          <p>
            {page > 1 ? <a href={litePathOf(pagePath(basePath, page - 1))}>‹ Newer</a> : null}
            {page > 1 && page < totalPages ? " · " : null}
            {page < totalPages ? (
              <a href={litePathOf(pagePath(basePath, page + 1))}>Older ›</a>
            ) : null}{" "}
            (page {page} of {totalPages})
          </p>
        </nav>
      ) : null}
    </>
  );
}
