import { authorListing } from "@/components/pages/author-listing";
import { listingRoutes } from "@/components/pages/listing-routes";

export const revalidate = 3600;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

const { numberedPage } = listingRoutes(authorListing);
export const generateMetadata = numberedPage.generateMetadata;
export default numberedPage.Page;
