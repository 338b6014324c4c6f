import { describe, expect, it } from 'vitest';
import { makeToken, tokenWith } from '../src/model/document.js';
import { splitParagraphs } from '../src/stages/segment/split-paragraphs.js';
import { tokenizeParagraphs } from '../src/stages/segment/tokenize.js';
import { mergeSplitSentences } from '../src/stages/segment/merge-split-sentences.js';
import { retagProperNames } from '../src/stages/segment/retag-names.js';

/** The segment stage's three steps, as stages.ts runs them. */
function segment(text: string) {
  const raw = tokenizeParagraphs(text, splitParagraphs(text));
  const merged = mergeSplitSentences(raw.tokens, raw.sentences);
  return { raw, merged, tokens: retagProperNames(merged.tokens, merged.sentences) };
}

describe('tokens are made by one factory (one hidden class for V8)', () => {
  it('tokenWith copies a token and changes only the fields given', () => {
    const t = makeToken(4, 8, 'Kern', 'kern', 'kern', 'VERB', 2);
    expect(tokenWith(t, { pos: 'PROPN' })).toEqual({ start: 4, end: 8, text: 'Kern', normal: 'kern', lemma: 'kern', pos: 'PROPN', sentence: 2 });
    expect(tokenWith(t, { sentence: 0 })).toEqual({ start: 4, end: 8, text: 'Kern', normal: 'kern', lemma: 'kern', pos: 'VERB', sentence: 0 });
    expect(t.pos).toBe('VERB'); // the input is left as it was
  });

  it('every token of the segment stage has the same fields in the same order, retagged and merged ones too', () => {
    // "Rep. Gwen Moore (D-Wis.) said": wink splits after "Wis." and the merge renumbers the tokens after it;
    // "De Vries" gets its particle retagged as a proper noun.
    const { raw, merged, tokens } = segment('Rep. Gwen Moore (D-Wis.) said the plan failed. De Vries insisted it had not.');
    expect(merged.sentences.length).toBeLessThan(raw.sentences.length);
    const de = tokens.find((t) => t.text === 'De');
    expect(de?.pos).toBe('PROPN');
    const keys = JSON.stringify(Object.keys(tokens[0]!));
    expect(keys).toBe(JSON.stringify(['start', 'end', 'text', 'normal', 'lemma', 'pos', 'sentence']));
    for (const t of tokens) expect(JSON.stringify(Object.keys(t))).toBe(keys);
  });
});

describe('a first name that is also a verb, opening its sentence, is a name', () => {
  const posOf = (text: string, word: string) => {
    const { tokens } = segment(text);
    return tokens.find((t) => t.text === word)?.pos;
  };
  it('before a surname and a relative clause, an apposition or an inflected verb', () => {
    expect(posOf('Hector Alvarez, whose son was hurt, said the road was unsafe.', 'Hector')).toBe('PROPN');
    expect(posOf('Grant Mbeki, a teacher, said the school would close.', 'Grant')).toBe('PROPN');
    expect(posOf('Bill Ostrow, 61, told the inquiry he had seen nothing.', 'Bill')).toBe('PROPN');
  });
  it('an imperative before an object is still a verb', () => {
    expect(posOf('Hector Lopez until he agrees, the memo advised.', 'Hector')).not.toBe('PROPN');
  });
  it('an inflected verb is no first name: a fronted cue, a participle before a group', () => {
    expect(posOf('Said Dora Platt, who grew up on the street, “The whole street turned out.”', 'Said')).not.toBe('PROPN');
    expect(posOf('Leading Republicans said the farm bill would fail.', 'Leading')).not.toBe('PROPN');
  });
});
