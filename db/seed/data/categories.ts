export const categories = [
  {
    slug: "news",
    name: "News",
    description: "The day's most important stories from Kenya and the region.",
  },
  {
    slug: "politics",
    name: "Politics",
    description: "Parliament, the Executive, the parties and the courts that referee them.",
  },
  {
    slug: "crime",
    name: "Crime",
    description: "Policing, investigations and the cases that reach our courts.",
  },
  {
    slug: "business",
    name: "Business",
    description: "Markets, money, farming, energy and the cost of living.",
  },
  {
    slug: "counties",
    name: "Counties",
    description: "Devolution at work: news from Kenya's 47 counties.",
  },
  {
    slug: "africa",
    name: "Africa",
    description: "The East African Community, the African Union and the continent's economies.",
  },
  {
    slug: "world",
    name: "World",
    description: "World affairs, and what they mean at home.",
  },
  {
    slug: "sports",
    name: "Sports",
    description: "Athletics, football, rugby and the people who play them.",
  },
];
