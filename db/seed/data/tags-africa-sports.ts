import type { SeedTag } from "../seed-types";

// Tags used by the "africa" and "sports" articles in articles-africa-sports.ts.
export const tags: SeedTag[] = [
  // story clusters: africa
  { slug: "regional-fund-audit", name: "Regional infrastructure fund audit" },
  { slug: "eac-summit", name: "EAC summit" },
  { slug: "power-interconnector", name: "Kenya–Tanzania power interconnector" },
  { slug: "fall-armyworm", name: "Fall armyworm outbreak" },
  // story clusters: sports
  { slug: "marathon-season", name: "Marathon season" },
  { slug: "harambee-stars", name: "Harambee Stars" },
  { slug: "rugby-sevens", name: "Rugby sevens" },
  { slug: "volleyball", name: "Volleyball" },
  // broader themes
  { slug: "east-african-community", name: "East African Community" },
  { slug: "corruption", name: "Corruption" },
  { slug: "trade", name: "Trade" },
  { slug: "agriculture", name: "Agriculture" },
  { slug: "athletics", name: "Athletics" },
  { slug: "anti-doping", name: "Anti-doping" },
  { slug: "football", name: "Football" },
  { slug: "national-teams", name: "National teams" },
];
