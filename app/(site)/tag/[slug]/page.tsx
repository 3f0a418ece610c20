import { tagListing } from "@/components/pages/tag-listing";
import { listingRoutes } from "@/components/pages/listing-routes";

export const revalidate = 3600;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

const { firstPage } = listingRoutes(tagListing);
export const generateMetadata = firstPage.generateMetadata;
export default firstPage.Page;
