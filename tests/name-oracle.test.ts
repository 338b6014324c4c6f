// The name oracle answers from compromise's lexicon when it can and parses otherwise; the lexicon answer must be the
// parse's answer, so that the shortcut changes speed and never results.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { givenNameGender, lexiconGender, lexiconKind, oracleKind, parsedGender, parsedKind } from '../src/stages/speakers/name-oracle.js';

// Invented surnames: in no lexicon, and no suffix or prefix compromise reads as a name or a place.
const INVENTED = ['Zorvik', 'Pellane', 'Quarvessa', 'Drumelt', 'Ostravel', 'Vantrice'];

describe('lexiconKind: compromise’s answer without a parse', () => {
  it.each([
    ['Sandra', 'person'], // a given name in its lexicon
    ['Paris', 'place'],
    ['China', 'place'],
    ['Google', 'organization'],
    ['Freedom', null], // a plain noun
    ['Zorvik', null], // a word it does not know
    ['Sandra Zorvik', 'person'], // a given name and an unknown word
    ['John Pellane', 'person'],
    ['Zorvik Pellane', null], // two unknown words
  ] as const)('%s → %s', (name, kind) => {
    expect(lexiconKind(name)).toBe(kind);
    expect(parsedKind(name)).toBe(kind);
  });

  it.each([
    'Lewandowski', // compromise guesses LastName from "-ski"
    'Kellbrook', // and Place from "-brook"
    'Hong Kong', // a multi-word lexicon entry
    'Jordan', // a switch: person or place, decided in context
    'Mcdonalds', // a person to compromise's "Mc…" pattern, whatever its lexicon says
    'Sandra Lewandowski',
    'Sandra Smith Zorvik', // three words
    'O’Brien', 'José', 'Jean-Luc', 'U.S.', 'Mr. Zorvik', 'IBM', // not plain words
    'Zorvik Bank', // an organization word after a name
    'Disgrace Zorvik', // "grace" is a switch, and compromise reads "disgrace" through it
    'Pope Zorvik', // "pope" is a word of a post-tagger pattern ("(lady|queen|pope …) #ProperNoun")
  ])('%s is left to the parse', (name) => {
    expect(lexiconKind(name)).toBeUndefined();
  });
});

describe('lexiconGender', () => {
  it.each([
    ['Sandra', 'female'],
    ['John', 'male'],
    ['Zorvik', null],
    ['Table', null],
  ] as const)('%s → %s', (first, gender) => {
    expect(lexiconGender(first)).toBe(gender);
    expect(parsedGender(first)).toBe(gender);
  });

  it.each(['Rose', 'G.K.', 'LeBron', 'SANDRA'])('%s is left to the parse', (first) => {
    expect(lexiconGender(first)).toBeUndefined();
  });
});

describe('the shortcut agrees with the parse', () => {
  const require = createRequire(import.meta.url);
  const model = (require('compromise') as { model: () => { one: { lexicon: Record<string, unknown> } } }).model();
  const plain = Object.keys(model.one.lexicon).filter((w) => /^[a-z]+$/u.test(w)).sort();
  const title = (w: string): string => (w[0] as string).toUpperCase() + w.slice(1);
  // Every 15th plain word of the lexicon (~1,300 words), as a name on its own, as a gender, and before invented surnames.
  const sample = plain.filter((_, i) => i % 15 === 0).map(title);

  it('on words of compromise’s lexicon', () => {
    const wrong: string[] = [];
    let decided = 0;
    for (const w of sample) {
      const k = lexiconKind(w);
      if (k !== undefined) { decided++; if (k !== parsedKind(w)) wrong.push(`${w}: ${k} ≠ ${parsedKind(w)}`); }
      const g = lexiconGender(w);
      if (g !== undefined && g !== parsedGender(w)) wrong.push(`${w} gender: ${g} ≠ ${parsedGender(w)}`);
      const pair = `${w} ${INVENTED[w.length % INVENTED.length] as string}`;
      const p = lexiconKind(pair);
      if (p !== undefined && p !== parsedKind(pair)) wrong.push(`${pair}: ${p} ≠ ${parsedKind(pair)}`);
    }
    expect(wrong).toEqual([]);
    expect(decided).toBeGreaterThan(sample.length * 0.75); // the shortcut is worth having (the rest: switches such as "Anger")
  }, 60_000);

  it('through the cached entry points', () => {
    for (const name of ['Sandra Zorvik', 'Lewandowski', 'Hong Kong', 'Paris', 'Zorvik Pellane']) {
      expect(oracleKind(name)).toBe(parsedKind(name));
      expect(oracleKind(name)).toBe(parsedKind(name)); // cached
    }
    for (const first of ['Sandra', 'Rose', 'Zorvik', 'LeBron']) expect(givenNameGender(first)).toBe(parsedGender(first));
  });
});
