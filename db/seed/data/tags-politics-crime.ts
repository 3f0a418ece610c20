import type { SeedTag } from "../seed-types";

export const tags: SeedTag[] = [
  { slug: "governor-impeachment-case", name: "Vihiga governor impeachment case" },
  { slug: "finance-bill", name: "Finance Bill" },
  { slug: "kajiado-livestock-theft", name: "Kajiado livestock theft" },
  { slug: "sim-swap-fraud", name: "SIM-swap fraud case" },
  { slug: "counterfeit-goods", name: "Counterfeit goods" },
  { slug: "courts", name: "Courts" },
  { slug: "parliament", name: "Parliament" },
  { slug: "senate", name: "Senate" },
  { slug: "counties", name: "Counties" },
  { slug: "taxation", name: "Taxation" },
  { slug: "elections", name: "Elections" },
  { slug: "public-participation", name: "Public participation" },
  { slug: "kenya-police", name: "Kenya Police" },
  { slug: "fraud", name: "Fraud" },
  { slug: "mobile-money", name: "Mobile money" },
  { slug: "cost-of-living", name: "Cost of living" },
];
