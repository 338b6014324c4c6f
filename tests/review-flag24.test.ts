// A target the statement's words do not give, taken from the article's other statements (the party the article speaks
// against most, GUIDE decisions 34 and 78; a party the speaker speaks against elsewhere), is a guess: the row is flagged
// (target:guessed-opponent), as two new users asked after finding such guesses against the wrong party unflagged.
// Sentences are invented; the expected targets were written from reading them.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/analyze.js';
import { againstHarmedParty } from '../src/stages/stance/review-flag.js';
import { draft } from './stance-helpers.js';

const run = (paragraphs: string) => analyzeArticle(`Headline\n${paragraphs.replace(/\|/gu, '\n')}\n`).statements;

describe('a guessed target flags its row', () => {
  const charges = 'Anglers accused Dunmore Dairies of dumping whey in the river.|Fishery officers accused Dunmore Dairies of hiding its discharge records.';

  it('a criticism that names no one, against the party the article charges, is flagged as a guess', () => {
    const sts = run(`${charges}|“Nobody listened to us for two years,” said Ewa Lind, who lives beside the river.`);
    const lastSt = sts[sts.length - 1]!;
    const guessed = lastSt.targets.find((t) => t.name === 'Dunmore Dairies');
    expect(guessed?.stance).toBe('AGAINST');
    expect(guessed?.evidence?.map((e) => e.rule)).toContain('stance:against:implied-party');
    expect(lastSt.needsReview).toBe(true);
    expect(lastSt.reviewReasons).toContain('target:guessed-opponent');
  });

  it('near miss: a charge that names its party itself is not flagged as a guess', () => {
    const sts = run(charges);
    // (both charges found, or the loop below asserts nothing)
    expect(sts).toHaveLength(2);
    for (const st of sts) {
      expect(st.targets.find((t) => t.name === 'Dunmore Dairies')?.stance).toBe('AGAINST');
      expect(st.reviewReasons ?? []).not.toContain('target:guessed-opponent');
    }
  });
});

// (harm words are a harm befalling someone, "could not breathe", "begging for help"; not "vulnerable customers", a
// description of those wronged, nor "pleading not guilty", a plea in court: a charge with them is against its party)
describe('a harm befalling a party, not a word that describes the wronged', () => {
  const text = (content: string) => `${' '.repeat(10)}${content}`;
  const st = (content: string) => draft('Ofgen', 'organization', 10, content, 'ACCUSE', [['Fenwick Energy', 'AGAINST']]);

  it('"could not breathe" in the statement marks its AGAINST target as a harmed party', () => {
    const content = 'Fenwick Energy left a man who could not breathe without power';
    expect(againstHarmedParty(text(content), st(content))).toEqual(['Fenwick Energy']);
  });

  it('near miss: "vulnerable customers" and "pleading not guilty" are no harm', () => {
    for (const content of ['Fenwick Energy overcharged vulnerable customers by £40m', 'Fenwick Energy, which is pleading not guilty, had hidden the losses']) {
      expect(againstHarmedParty(text(content), st(content))).toEqual([]);
    }
  });
});
