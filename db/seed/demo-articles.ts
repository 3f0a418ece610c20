import { articles as africaSports } from "./data/articles-africa-sports";
import { articles as businessCounties } from "./data/articles-business-counties";
import { articles as newsWorld } from "./data/articles-news-world";
import { articles as politicsCrime } from "./data/articles-politics-crime";
import { tags as africaSportsTags } from "./data/tags-africa-sports";
import { tags as businessCountiesTags } from "./data/tags-business-counties";
import { tags as newsWorldTags } from "./data/tags-news-world";
import { tags as politicsCrimeTags } from "./data/tags-politics-crime";
import type { SeedArticle, SeedTag } from "./seed-types";

// Oldest first, so ids follow publication order as they would in a real newsroom.
export const demoArticles: SeedArticle[] = [
  ...newsWorld,
  ...politicsCrime,
  ...businessCounties,
  ...africaSports,
].sort((a, b) => b.daysAgo - a.daysAgo);

// The desks defined some broad tags twice; the first definition of a slug wins.
export const demoTags: SeedTag[] = [
  ...newsWorldTags,
  ...politicsCrimeTags,
  ...businessCountiesTags,
  ...africaSportsTags,
].filter((tag, index, all) => all.findIndex((other) => other.slug === tag.slug) === index);
