import type { SeedTag } from "../seed-types";

export const tags: SeedTag[] = [
  { slug: "haiti-mission", name: "Haiti security mission" },
  { slug: "kenya-police", name: "Kenya Police" },
  { slug: "united-nations", name: "United Nations" },
  { slug: "courts", name: "Courts" },
  { slug: "kcse-exams", name: "KCSE examinations" },
  { slug: "education", name: "Education" },
  { slug: "cholera-outbreak", name: "Cholera outbreak" },
  { slug: "public-health", name: "Public health" },
  { slug: "counties", name: "Counties" },
  { slug: "nairobi", name: "Nairobi" },
  { slug: "climate-talks", name: "Climate talks" },
  { slug: "agriculture", name: "Agriculture" },
  { slug: "red-sea-shipping", name: "Red Sea shipping disruption" },
  { slug: "cost-of-living", name: "Cost of living" },
  { slug: "trade", name: "Trade" },
  { slug: "migration", name: "Migration" },
];
