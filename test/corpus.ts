// A folder of small, varied news articles for the ingest tests: each combines its own pair of countries,
// place, officials, action and quote, so ids, actors and events differ from one article to the next.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const PAIRS: [string, string, string, string][] = [
  ['Armenia', 'Turkey', 'Armenian', 'Turkish'],
  ['India', 'Pakistan', 'Indian', 'Pakistani'],
  ['Greece', 'Turkey', 'Greek', 'Turkish'],
  ['Serbia', 'Kosovo', 'Serbian', 'Kosovar'],
  ['Japan', 'China', 'Japanese', 'Chinese'],
  ['Ethiopia', 'Egypt', 'Ethiopian', 'Egyptian'],
  ['Colombia', 'Venezuela', 'Colombian', 'Venezuelan'],
  ['Morocco', 'Algeria', 'Moroccan', 'Algerian'],
  ['Azerbaijan', 'Georgia', 'Azerbaijani', 'Georgian'],
  ['Poland', 'Germany', 'Polish', 'German'],
];
const CITIES = ['Vienna', 'Geneva', 'Doha', 'Oslo', 'Nairobi', 'Singapore', 'Helsinki', 'Ankara', 'Brussels', 'Cairo', 'Lima'];
const PEOPLE = ['Mira Holt', 'Daniel Okafor', 'Lena Varga', 'Tomás Reyes', 'Aiko Tanaka', 'Samir Haddad', 'Ingrid Lund', 'Paolo Conti'];
const ACTIONS: ((a: string, b: string, city: string) => [string, string])[] = [
  (a, b, city) => [`${a} and ${b} agree to reopen border crossing`, `Negotiators from ${a} and ${b} agreed on Monday in ${city} to reopen a border crossing closed since 2019, officials said.`],
  (a, b, city) => [`${a} accuses ${b} of violating ceasefire`, `The government of ${a} accused ${b} on Tuesday of violating a ceasefire agreed in ${city} last year.`],
  (a, b, city) => [`${a} expels ${b} diplomats`, `${a} expelled four diplomats from ${b} on Wednesday, the foreign ministry said in a statement issued in ${city}.`],
  (a, b, city) => [`${a} pledges aid to ${b} after floods`, `${a} pledged $40 million in emergency aid to ${b} on Thursday after floods displaced thousands, ministers said in ${city}.`],
  (a, b, city) => [`${a} and ${b} sign trade pact`, `Ministers from ${a} and ${b} signed a trade agreement on Friday in ${city}, cutting tariffs on grain and steel.`],
  (a, b, city) => [`${a} threatens sanctions against ${b}`, `${a} threatened on Saturday to impose sanctions on ${b} unless it released detained journalists, officials in ${city} said.`],
];
const QUOTES = [
  'This is the beginning of a normal relationship',
  'We will not accept any threat to our sovereignty',
  'Our doors remain open to dialogue',
  'The agreement serves the interests of both peoples',
  'We expect concrete steps, not words',
];

/** The text of article i (0-based). */
export function articleText(i: number): string {
  const [a, b, adjA, adjB] = PAIRS[i % PAIRS.length];
  const city = CITIES[(i * 7) % CITIES.length];
  const [title, lead] = ACTIONS[i % ACTIONS.length](a, b, city);
  const author = PEOPLE[(i * 3) % PEOPLE.length];
  const quote = QUOTES[(i * 5) % QUOTES.length];
  return [
    title,
    `Talks in ${city} set out the next steps, report ${i + 1}`,
    `By ${author}, Global Wire`,
    lead,
    `“${quote},” said the ${adjA} envoy after the meeting.`,
    `The ${adjB} foreign minister said his government would study the proposal and respond within ${(i % 4) + 2} weeks.`,
    `Diplomats said a further round of talks could take place in ${CITIES[(i + 3) % CITIES.length]} next month.`,
  ].join('\n\n');
}

/** Writes n articles (article-00.txt …) into a new folder `dir`; returns their paths in order. */
export function writeCorpus(dir: string, n: number): string[] {
  mkdirSync(dir, { recursive: true });
  const paths: string[] = [];
  for (let i = 0; i < n; i++) {
    const path = join(dir, `article-${String(i).padStart(3, '0')}.txt`);
    writeFileSync(path, articleText(i));
    paths.push(path);
  }
  return paths;
}
