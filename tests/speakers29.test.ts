// Speakers of the twenty-ninth session: sentences written for these tests, not taken from the corpus.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/index.js';

const run = (text: string) => analyzeArticle(text, { title: '' }).statements;
const speakerOf = (text: string, contentStart: string) => run(text).find((s) => s.content.text.startsWith(contentStart))?.speaker;

describe('"who" after a noun of a public reaction stands for the people after "from" or "among"', () => {
  it('opposition from farmers, who said …: the farmers speak', () => {
    const sp = speakerOf('The bypass has met fierce opposition from farmers, who said it would split their fields in two.', 'it would split');
    expect(sp?.name).toBe('farmers');
  });
  it('anger among residents, who told …: the residents speak', () => {
    const sp = speakerOf('The closure caused anger among residents, who told the council the library was the only warm place in town.', 'the library was');
    expect(sp?.name).toBe('residents');
  });
  it('a person before "from" keeps speaking: a spokesperson from the agency, who said', () => {
    const sp = speakerOf('The Harlow Water Agency sent a spokesperson from its press office, who said supplies were safe.', 'supplies were safe');
    expect(sp?.name).not.toMatch(/press office$/u);
    expect(sp?.role).toBe('spokesperson');
  });
});

describe('a first name that is also a verb opens a speaker\'s name', () => {
  it('Hector Vallejo, whose son was hurt, said …: Hector Vallejo speaks', () => {
    const sp = speakerOf('Hector Vallejo, whose son was hurt in the collapse, said the builders had ignored the cracks.', 'the builders');
    expect(sp?.name).toBe('Hector Vallejo');
    expect(sp?.kind).toBe('person');
  });
});
