import { authorListing } from "@/components/pages/author-listing";
import { listingRoutes } from "@/components/pages/listing-routes";

export const revalidate = 3600;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

const { firstPage } = listingRoutes(authorListing);
export const generateMetadata = firstPage.generateMetadata;
export default firstPage.Page;
