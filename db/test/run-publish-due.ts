// A second (and third) process for the scheduler test: opens the database file given on the
// command line, waits for the start time so the processes race, and publishes what is due.
import { publishDueArticles } from "../mutations/publish-due-articles";
import { openDatabase } from "../open-database";

const [file, startAt, now] = process.argv.slice(2);
const db = openDatabase(file!);
while (Date.now() < Number(startAt)) {
  // Busy-wait: a timer's granularity would spread the processes apart.
}
const result = publishDueArticles(db, { now: new Date(Number(now)) });
process.stdout.write(JSON.stringify(result.publishedIds));
db.$client.close();
