// Every article's result is a function of its text and the configuration only: not of what the thread analysed before
// (issue 8: analysing the bench corpus in file order and in reverse order gave different results for 172 of 1,686
// articles, because wink's cache learned words from one document that changed how later ones were tokenized).
import { describe, expect, it } from 'vitest';
import { analyzeForReports } from '../pipeline/parallel/analyze-one.js';
import type { Article } from '../src/model/document.js';

const article = (id: string, text: string): Article => ({ id, source: `${id}.txt`, title: text.split('\n')[0] ?? '', text });

// Invented articles. "else’s" followed by a comma is one token to a fresh wink instance, and followed by a space or a
// full stop it is "else" and "’s" unless the instance has met "else’s" whole before; the same for the other
// possessives and names with a curly apostrophe below.
const ARTICLES = [
  article('ferry', 'Ferry fares to rise\n“It is not anyone else’s problem,” said Maren Oyelowo, who chairs the Tallis Island ferry users’ group.\nThe operator said fares would rise by 8% in May, according to a notice posted at Brennick’s pier.\n'),
  article('school', 'School roof repairs delayed\nThe head teacher, Ágnes Várkonyi-Hale, said the delay was somebody else’s doing and that pupils’ safety came first.\n“We were told the money was there,” she said. “It was not.”\nThe council’s education officer denied that the funding had been withdrawn.\n'),
  article('clinic', 'Clinic hours cut\nDr Piet O’Rourke said the cuts would hurt patients in St Kilverd’s ward, and accused the trust of ignoring nurses’ warnings.\nA trust spokesperson said no one else’s hours would change.\n'),
  article('market', 'Market traders protest\nTraders at Dunmere’s covered market said the new rents were “daylight robbery”.\nThe landlord, Castlereagh Holdings, said the rents were fair and in line with St Kilverd’s, its other site.\n'),
];
// Warm-up articles that hold the same words in other positions ("else’s," and "Brennick’s," whole; "O’Rourke’s").
const WARM_UP = [
  article('warm-a', 'Harbour levy row\nThe harbour master said it was somebody else’s, not his, and that Brennick’s, Dunmere’s and St Kilverd’s piers would pay the levy.\n'),
  article('warm-b', 'Nurses’ union statement\nThe union said O’Rourke’s comments, and Várkonyi-Hale’s, were welcome, according to its general secretary.\n'),
];

const digest = (a: Article): string => JSON.stringify(analyzeForReports(a));

describe('the result of an article', () => {
  it('does not depend on the articles analysed before it in the same thread', () => {
    const first = new Map(ARTICLES.map((a) => [a.id, digest(a)]));
    for (const a of WARM_UP) digest(a);
    const reversed = new Map([...ARTICLES].reverse().map((a) => [a.id, digest(a)]));
    const interleaved = new Map<string, string>();
    for (const a of [...ARTICLES.slice(2), ...WARM_UP, ...ARTICLES.slice(0, 2)]) if (!a.id.startsWith('warm')) interleaved.set(a.id, digest(a));
    for (const a of ARTICLES) {
      expect(reversed.get(a.id), a.id).toBe(first.get(a.id));
      expect(interleaved.get(a.id), a.id).toBe(first.get(a.id));
    }
  });

  it('is the same analysed twice in a row', () => {
    for (const a of ARTICLES) expect(digest(a), a.id).toBe(digest(a));
  });
});
