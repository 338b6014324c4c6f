import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { coreModel, nlp, sentimentNlp } from '../src/nlp/wink.js';

const require = createRequire(import.meta.url);
const pkg = require('wink-eng-lite-web-model') as { core: () => Record<string, unknown> };
type Wink = ReturnType<typeof nlp>;
/** wink with the package's own model object and its whole default pipeline. */
const full = (require('wink-nlp') as (m: unknown) => Wink)(require('wink-eng-lite-web-model'));

describe('the core model read once for the two wink instances of a thread', () => {
  it('is what the package itself reads for an instance', () => {
    expect(coreModel()).toEqual(pkg.core());
  });
  it('holds none of the words the instances met once each has read another document', () => {
    const n = nlp();
    const s = sentimentNlp();
    const id = (w: string): number => (n.readDoc(w).tokens().out(n.its.uniqueId) as number[])[0] as number;
    const first = id('zqvwordx');
    s.readDoc('Glimmerquats and frondelays were praised by Mrs Ostravin of Quellmoor.');
    n.readDoc('Brevantine’s zorbification, said Velmira Quast, was unlawful.');
    // A new word takes the first id past the model's own words, whatever either instance read before.
    expect(id('ploomwarx')).toBe(first);
    expect(n.readDoc('Quellmoor').tokens().out(n.its.uniqueId)).toEqual([first]);
    expect(s.readDoc('the council').tokens().out()).toEqual(['the', 'council']);
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
