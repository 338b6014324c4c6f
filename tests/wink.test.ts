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
