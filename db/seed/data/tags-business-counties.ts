import type { SeedTag } from "../seed-types";

// Tags used by the "business" and "counties" articles in articles-business-counties.ts.
export const tags: SeedTag[] = [
  // story clusters
  { slug: "fuel-prices", name: "Fuel prices" },
  { slug: "tea-exports", name: "Tea exports" },
  { slug: "mobile-money", name: "Mobile money and digital lending" },
  { slug: "northern-drought", name: "Drought in northern Kenya" },
  { slug: "kisii-health-strike", name: "Kisii health workers’ strike" },
  // broader themes
  { slug: "cost-of-living", name: "Cost of living" },
  { slug: "transport", name: "Transport" },
  { slug: "agriculture", name: "Agriculture" },
  { slug: "trade", name: "Trade" },
  { slug: "small-business", name: "Small business" },
  { slug: "personal-finance", name: "Personal finance" },
  { slug: "water", name: "Water" },
  { slug: "food-security", name: "Food security" },
  { slug: "health", name: "Health" },
  { slug: "devolution", name: "Devolution" },
  { slug: "education", name: "Education" },
];
