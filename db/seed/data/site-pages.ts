import type { SeedBodyBlock } from "../seed-types";

export const sitePages: { slug: string; title: string; summary: string; body: SeedBodyBlock[] }[] =
  [
    {
      slug: "about",
      title: "About Gazeti",
      summary: "Who we are, what we cover and how we work.",
      body: [
        "Gazeti is an independent general-news site for readers in Kenya and across East Africa. We cover national news, politics, crime and the courts, business, the 47 counties, the rest of Africa, world affairs and sport.",
        "We write for readers on phones and on costly mobile data: our pages are small, fast and readable without JavaScript, and we never sell your data.",
        { h2: "How we work" },
        "Every story is checked by an editor before it is published. We name our sources wherever we can, say so when we cannot, and correct our mistakes openly on our corrections page.",
        "*This is a demonstration site: while the demo newsroom is loaded, every story, person and quote on it is fictional.*",
      ],
    },
    {
      slug: "contact",
      title: "Contact us",
      summary: "How to reach the newsroom with tips, complaints and corrections.",
      body: [
        "The newsroom reads every message. For news tips, write to **tips@gazeti.example**; for complaints and corrections, to **standards@gazeti.example**.",
        "Our offices are open on weekdays from 8am to 6pm East Africa Time. We cannot reply to every message, but we read them all.",
      ],
    },
    {
      slug: "corrections",
      title: "Corrections and clarifications",
      summary: "When we get something wrong, we say so here.",
      body: [
        "We correct significant errors as soon as we learn of them. A corrected story carries a note at its foot saying what was changed and when, and the story's updated time changes with it.",
        "To report an error, write to **standards@gazeti.example** with the story's address and what you believe is wrong.",
        "There are no corrections to report yet.",
      ],
    },
  ];
