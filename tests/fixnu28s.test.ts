// A new user's report (nu28): speakers, roles and kinds on articles of kinds the corpus lacked (a bank's data breach, a
// disputed election, a budget vote). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/index.js';

const run = (text: string) => analyzeArticle(text, { title: '' });
const speakers = (text: string): string[] => run(text).statements.map((s) => `${s.speaker.name} [${s.speaker.kind}]`);

describe('a wire dateline with a spaced hyphen does not change the lead sentence\'s speaker', () => {
  const lead = "Morvale Insurance, Dalvia's third-biggest insurer, said on Monday that it would raise premiums by 9 percent.";
  it.each([
    ['PERTH HILL, June 3 (Wire) - '],
    ['PERTH HILL, June 3 (Wire) – '],
    ['PERTH HILL (Newswire) - '],
    ['PERTH HILL — '],
  ])('after "%s" the name before the apposition speaks', (dateline) => {
    expect(speakers(dateline + lead)).toEqual(speakers(lead));
    expect(speakers(dateline + lead)).toEqual(['Morvale Insurance [organization]']);
  });
  it('a dateline with an agency does not join the first name: "CITY (Agency) - X, a Y, said"', () => {
    expect(speakers('PERTH HILL (Newswire) - Bexley Rail, an operator of night trains, said it would cut two routes.')).toEqual(['Bexley Rail [organization]']);
  });
  // must not change: no dateline, a hyphen inside a word, and a described subject that speaks
  it('a hyphenated word in a lead without a dateline leaves the apposition alone', () => {
    expect(speakers("Morvale Insurance, Dalvia's third-biggest insurer, said premiums would rise.")).toEqual(['Morvale Insurance [organization]']);
  });
  it('a lead after a dateline whose subject is a description keeps it', () => {
    expect(speakers("PERTH HILL, June 3 (Wire) - The region's second-largest hospital said on Monday it would close its maternity ward.")[0]).toMatch(/^region's second-largest hospital/u);
  });
  it('a sentence that opens with a capitalised name and a hyphen phrase is no dateline', () => {
    expect(speakers('Morvale Insurance, a mid-sized insurer, said it would raise premiums.')).toEqual(['Morvale Insurance [organization]']);
  });
});
