import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { coreModels, nlp, sentimentNlp } from '../src/nlp/wink.js';

const require = createRequire(import.meta.url);
const pkg = require('wink-eng-lite-web-model') as { core: () => Record<string, unknown> };
type Wink = ReturnType<typeof nlp>;
/** wink with the package's own model object and its whole default pipeline. */
const full = (require('wink-nlp') as (m: unknown) => Wink)(require('wink-eng-lite-web-model'));

describe('the core models read once for the two wink instances of a thread', () => {
  const [first, second] = coreModels();
  it('are each what the package itself reads for an instance', () => {
    const own = pkg.core();
    expect(first).toEqual(own);
    expect(second).toEqual(own);
  });
  it('share the arrays wink never writes, and not the lists and hashes its cache adds words to', () => {
    expect(second.lexicon).toBe(first.lexicon);
    expect(second.features.lexeme).not.toBe(first.features.lexeme);
    expect(second.features.lexeme?.list).not.toBe(first.features.lexeme?.list);
    expect(second.features.lexeme?.hash).not.toBe(first.features.lexeme?.hash);
    expect(second.packing.efList).not.toBe(first.packing.efList);
    // A word the first learns is not in the second.
    (first.features.lexeme?.list as unknown[]).push('zqvwordx');
    expect(second.features.lexeme?.list).not.toContain('zqvwordx');
  });
});

describe('the sentiment instance', () => {
  it.each([
    'The mayor said the plan was a disaster and a waste of money.',
    'We are not unhappy with the result, she said, and we never doubted the team.',
    'Residents were delighted :) by the new park, which opened on Aug. 16.',
    'It isn’t good enough — it’s shameful, the union’s leader told the council.',
  ])('reads the sentiment and negation wink’s full pipeline reads: %s', (text) => {
    const n = sentimentNlp();
    const mine = n.readDoc(text);
    const theirs = full.readDoc(text);
    expect(mine.out(n.its.sentiment)).toBe(theirs.out(full.its.sentiment));
    expect(mine.sentences().out(n.its.sentiment)).toEqual(theirs.sentences().out(full.its.sentiment));
    expect(mine.tokens().out(n.its.negationFlag)).toEqual(theirs.tokens().out(full.its.negationFlag));
  });
  it('does not change what the POS instance reads when both have met new words', () => {
    const text = 'Councillor Brevantine said the zorbification of Quellmoor was unlawful.';
    sentimentNlp().readDoc('Glimmerquats and frondelays were praised by Mrs Ostravin.');
    const n = nlp();
    expect(n.readDoc(text).tokens().out(n.its.pos)).toEqual(full.readDoc(text).tokens().out(full.its.pos));
  });
});
