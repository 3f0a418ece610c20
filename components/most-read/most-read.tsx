import { getMostRead } from "@/db/queries/get-most-read";
import { MostReadListClient } from "./most-read-list-client";

// The "Most read" block for cached pages: rendered with the page, refreshed in the browser.
export function MostRead() {
  return <MostReadListClient initial={getMostRead()} />;
}
