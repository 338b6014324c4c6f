import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { nlp } from '../src/nlp/wink.js';

const require = createRequire(import.meta.url);

/** What the pipeline reads of a paragraph (tokenize.ts): tokens, spaces, POS, lemma, normal form, sentence spans. */
function reading(engine: ReturnType<typeof nlp>, text: string): unknown {
  const its = engine.its;
  const doc = engine.readDoc(text);
  return {
    words: doc.tokens().out(), spaces: doc.tokens().out(its.precedingSpaces), pos: doc.tokens().out(its.pos),
    lemma: doc.tokens().out(its.lemma as never), normal: doc.tokens().out(its.normal), sentences: doc.sentences().out(its.span as never),
  };
}

describe('the shared wink instance', () => {
  // wink with its whole default pipeline (entities, negation, sentiment too), as the pipeline used it before.
  const full = (require('wink-nlp') as (m: unknown) => ReturnType<typeof nlp>)(require('wink-eng-lite-web-model'));
  it.each([
    'The ministry did not respond on Aug. 16, a spokeswoman said.',
    '“We never agreed to pay $4.5 million,” Okonkwo told reporters at 3 p.m. on Tuesday. “That is simply untrue.”',
    'Rep. Alma Torvik (D-Ore.) said she was not happy :( and called the plan 20% too costly.',
    'Email press@example.org or see https://example.org/report — the council’s 2nd report, published in March 2021.',
    'Isn’t it great? No! It isn’t, the residents insisted, and they won’t stop.',
  ])('reads tokens, POS, lemmas and sentences as wink’s full pipeline does: %s', (text) => {
    expect(reading(nlp(), text)).toEqual(reading(full, text));
  });
});

describe('a wink reading', () => {
  // A fresh wink instance reads "else’s" before a space as "else" and "’s", and before a comma as one token; an instance
  // that has met it whole kept reading it whole everywhere, so a document's tokens depended on the documents before it.
  const SENTENCE = 'She said it was not anyone else’s problem.';
  const words = (text: string): string[] => nlp().readDoc(text).tokens().out() as string[];
  it('is that of a fresh instance, whatever documents the instance read before', () => {
    const before = words(SENTENCE);
    expect(before).toEqual(['She', 'said', 'it', 'was', 'not', 'anyone', 'else', '’s', 'problem', '.']);
    expect(words('It was somebody else’s, she said, and Brannoch’s, not Velmire’s.')).toContain('else’s');
    expect(words(SENTENCE)).toEqual(before);
  });
  it('is that of a fresh instance after a reading that threw once wink had learned a word from it', () => {
    const before = words(SENTENCE);
    const lower = String.prototype.toLowerCase;
    // (wink lower-cases each word it adds to its cache: the word after "else’s," makes the reading throw midway)
    String.prototype.toLowerCase = function (this: string): string {
      if (this.startsWith('Zqthrow')) throw new Error('thrown mid-reading');
      return lower.call(this);
    };
    try {
      expect(() => nlp().readDoc('It was somebody else’s, Zqthrowx said.')).toThrow('thrown mid-reading');
    } finally {
      String.prototype.toLowerCase = lower;
    }
    expect(words(SENTENCE)).toEqual(before);
  });
  it('keeps the ids of the model’s own words, and gives a new word the first id past them in every document', () => {
    const id = (w: string): number => (nlp().readDoc(w).tokens().out(nlp().its.uniqueId) as number[])[0] as number;
    const known = id('council');
    const first = id('zqxvorblent');
    words('Glimmerquats and frondelays were praised by Mrs Ostravin of Quellmoor.');
    expect(id('council')).toBe(known);
    expect(id('ploomwarx')).toBe(first);
  });
});
