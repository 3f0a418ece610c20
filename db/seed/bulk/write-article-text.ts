import type { Random } from "../make-hero-image";
import type { SeedBodyBlock } from "../seed-types";
import { MENTION, type PlannedArticle } from "./plan-corpus";
import { FILLER_SENTENCES } from "./vocabulary";

export type BulkArticleText = {
  title: string;
  standfirst: string;
  body: SeedBodyBlock[];
  heroCaption: string;
};

const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const NUMBERS = ["two", "three", "four", "five", "six", "seven", "eight", "ten", "a dozen"];

const pick = <T>(random: Random, list: readonly T[]): T =>
  list[Math.floor(random() * list.length)] as T;
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const surname = (person: string) => person.split(" ").slice(1).join(" ");

// Writes one synthetic story: a headline, a standfirst and a body of five to nine paragraphs in
// ordinary news prose. The cluster's entities appear only where the plan says the story names
// them; the topic's vocabulary and the filler sentences are shared with many other stories.
export function writeArticleText(article: PlannedArticle, random: Random): BulkArticleText {
  const { cluster } = article;
  const topic = cluster.topic;
  const has = (flag: number) => (article.mentions & flag) !== 0;
  const object = `${cluster.objectName} ${cluster.objectType}`;
  const subject = has(MENTION.object)
    ? `the ${object}`
    : has(MENTION.place)
      ? `the ${cluster.place} ${cluster.objectType}`
      : `the ${cluster.objectType}`;
  const where = has(MENTION.place) ? cluster.place : article.noisePlace;
  const who = has(MENTION.person) ? cluster.person : null;
  const org = has(MENTION.org) ? cluster.org : pick(random, topic.orgs);
  const action =
    topic.actions[(article.ordinal + Math.floor(random() * 2)) % topic.actions.length]!;
  const noun = () => pick(random, topic.nouns);
  const day = () => pick(random, WEEKDAYS);

  const titles = [
    `${capitalise(subject.replace(/^the /, ""))} ${action}`,
    `${where}: ${subject.replace(/^the /, "")} ${action}`,
    who
      ? `${surname(who)} speaks out as ${subject.replace(/^the /, "")} ${action}`
      : `${capitalise(noun())} in focus as ${subject.replace(/^the /, "")} ${action}`,
    `${capitalise(noun())} and ${noun()}: what next after ${subject.replace(/^the /, "")} ${action}`,
    `${org} steps in as ${where} ${cluster.objectType} ${action}`,
  ];
  const title = pick(random, titles);
  const standfirst = who
    ? `${who}, the ${cluster.role}, says the ${noun()} and the ${noun()} in ${where} cannot wait, as ${subject} ${action}.`
    : `Questions over the ${noun()} and the ${noun()} grow in ${where} after ${subject} ${action}.`;

  const story = [
    `${capitalise(subject)} in ${where} ${action}, ${org} said on ${day()}, in the latest turn of a story that has drawn attention to the ${noun()} and the ${noun()}.`,
    `${who ? `${who}, the ${cluster.role},` : `The ${pick(random, topic.roles)}`} told Gazeti that the ${noun()} had become a pressing concern for ${where}.`,
    `According to ${org}, ${pick(random, NUMBERS)} cases involving the ${noun()} were recorded in ${where} over the past month.`,
    `Residents of ${where} said the ${noun()} had been a problem long before ${subject} ${action}.`,
    `In a statement, ${org} said it would look into the ${noun()} and the ${noun()} and report back.`,
    `${article.noisePerson}, who lives in ${article.noisePlace}, said people there were following the ${noun()} closely.`,
    `The ${noun()} at ${subject} is expected to dominate discussions in ${where} for weeks.`,
    `${who ? `${surname(who)} said` : "One official said"} the ${noun()} would be addressed once the ${noun()} was settled.`,
    `Earlier this year, ${subject} was at the centre of a separate dispute over the ${noun()}.`,
    `Questions about the ${noun()}, the ${noun()} and the ${noun()} remain unanswered.`,
  ];
  const paragraphs = between(random, 5, 9);
  const body: SeedBodyBlock[] = [story[0]!];
  for (let p = 1; p < paragraphs; p++) {
    if (p === 3 && random() < 0.4)
      body.push({
        h2: pick(random, ["What happens next", "Background", "The wider picture", "Reaction"]),
      });
    if (p === 4 && random() < 0.35) {
      body.push({
        quote: `We cannot continue like this. The ${noun()} must be dealt with before the ${noun()} gets worse.`,
        by: who ? `${who}, ${cluster.role}` : `A resident of ${where}`,
      });
    }
    const sentences = between(random, 2, 4);
    const parts: string[] = [];
    for (let s = 0; s < sentences; s++) {
      parts.push(random() < 0.35 ? pick(random, FILLER_SENTENCES) : pick(random, story.slice(1)));
    }
    body.push(parts.join(" "));
  }
  return {
    title,
    standfirst,
    body,
    heroCaption: `${capitalise(subject)} in ${where}. Gazeti illustration.`,
  };
}

function between(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}
