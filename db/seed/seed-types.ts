// The shapes the demo newsroom's data files are written in; db/seed/seed-demo-newsroom.ts turns
// them into rows (and the body blocks into Tiptap JSON).

export type SeedBodyBlock =
  | string // a paragraph; *text* is italic, **text** is bold
  | { h2: string }
  | { quote: string; by: string } // a quote from a FICTIONAL person only
  | { list: string[] };

export type SeedArticle = {
  slug: string; // lowercase letters, digits, single hyphens, unique across the site
  title: string;
  standfirst: string; // one or two sentences shown under the headline and in listings
  category: string; // category slug
  tags: string[]; // tag slugs, first is the most specific (the story cluster)
  authors: string[]; // staff slugs, in byline order
  daysAgo: number; // 0.1 to 59.9: when it was published, before the seeding date
  hero: { alt: string; caption: string };
  body: SeedBodyBlock[];
};

export type SeedTag = { slug: string; name: string };

export type SeedStaff = {
  slug: string;
  name: string;
  email: string;
  jobTitle: string;
  bio: string;
};
