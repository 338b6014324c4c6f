// The name oracle answers from compromise's lexicon when it can and parses otherwise; the lexicon answer must be the
// parse's answer, so that the shortcut changes speed and never results.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { givenNameGender, lexiconGender, lexiconKind, oracleKind, parsedGender, parsedKind, signature } from '../src/stages/speakers/name-oracle.js';

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

describe('signature: two-word names compromise reads alike', () => {
  it('a given name and a surname of its lexicon, whichever they are', () => {
    expect(signature('John Smith')).toBe(signature('Robert Obama'));
    expect(parsedKind('John Smith')).toBe('person');
    expect(parsedKind('Robert Obama')).toBe('person');
  });

  it('apart when a word looks plural to it (its guess of a noun’s number)', () => {
    expect(signature('Zorvik Smith')).not.toBe(signature('Zorviks Smith'));
  });

  it('and for longer names', () => {
    expect(signature('John Paul Smith')).toBe(signature('Robert John Obama'));
    expect(parsedKind('John Paul Smith')).toBe('person');
  });

  it('a word compromise reads by identity keeps its identity: a switch, a verb, a word its patterns name', () => {
    expect(signature('Jordan Smith')).toBe(signature('Jordan Obama'));
    expect(signature('Jordan Smith')).not.toBe(signature('John Smith'));
    expect(signature('John Running')).not.toBe(signature('John Walking'));
    expect(signature('Pope Zorvik')).not.toBe(signature('Lady Zorvik'));
  });

  it('and the guesses its spelling triggers', () => {
    expect(signature('Sandra Zorvikowski')).not.toBe(signature('Sandra Zorvik')); // "-ski": a surname to compromise
  });

  it('a word that could open a multi-word entry, when the words after it spell none ("Hong Zorvik Pellane")', () => {
    expect(signature('Hong Zorvik')).toBe(signature('Zorvik Pellane')); // "hong" has no lexicon tags of its own
    expect(parsedKind('Hong Zorvik')).toBe(parsedKind('Zorvik Pellane'));
    expect(signature('Hong Zorvik Pellane')).toBeDefined();
    expect(signature('Hong Zorvik Pellane')).toBe(signature('Hong Pellane Zorvik'));
    expect(parsedKind('Hong Zorvik Pellane')).toBe(parsedKind('Hong Pellane Zorvik'));
    expect(signature('New Zorvik Pellane')).toBe(signature('New Pellane Drumelt'));
    expect(parsedKind('New Zorvik Pellane')).toBe(parsedKind('New Pellane Drumelt'));
  });

  it.each(['John Smith Zorvik Pellane Drumelt', 'Hong Kong', 'Hong Kong Zorvik', 'New York Zorvik', 'Jordan Pope', 'J. Smith', 'Sandra'])('none for %s', (name) => {
    expect(signature(name)).toBeUndefined();
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

  it('one answer per signature', () => {
    // Pairs of sampled lexicon words and invented surnames, in a fixed order.
    const words = [...sample.filter((_, i) => i % 4 === 0), ...INVENTED];
    const seen = new Map<string, [string, string | null]>();
    const wrong: string[] = [];
    for (let i = 0; i < words.length; i++) {
      for (const j of [i + 1, i + 7, i + 31]) {
        const third = j % 3 === 0 ? ` ${words[(j * 5) % words.length] as string}` : '';
        const name = `${words[i] as string} ${words[j % words.length] as string}${third}`;
        const sig = signature(name);
        if (sig === undefined) continue;
        const k = parsedKind(name);
        const first = seen.get(sig);
        if (!first) seen.set(sig, [name, k]);
        else if (first[1] !== k) wrong.push(`${name}: ${k}, but ${first[0]}: ${first[1]}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(seen.size).toBeGreaterThan(20);
  }, 60_000);

  it('through the cached entry points', () => {
    for (const name of ['Sandra Zorvik', 'Lewandowski', 'Hong Kong', 'Paris', 'Zorvik Pellane', 'John Smith', 'Robert Obama', 'Zorvik Smith']) {
      expect(oracleKind(name)).toBe(parsedKind(name));
      expect(oracleKind(name)).toBe(parsedKind(name)); // cached
    }
    for (const first of ['Sandra', 'Rose', 'Zorvik', 'LeBron']) expect(givenNameGender(first)).toBe(parsedGender(first));
  });
});

describe('parsedKind and parsedGender read what a full compromise parse reads', () => {
  // The parse skips compromise's chunker (it sets no tag): every answer must be the one `nlp(text)` gives.
  const require = createRequire(import.meta.url);
  const nlp = require('compromise') as (text: string) => { has: (m: string) => boolean };
  const kindOf = (text: string): string | null => {
    const d = nlp(text);
    return d.has('#Person') ? 'person' : d.has('#Place') || d.has('#Demonym') ? 'place' : d.has('#Organization') ? 'organization' : null;
  };
  const genderOf = (text: string): string | null => {
    const d = nlp(text);
    return d.has('#FemaleName') ? 'female' : d.has('#MaleName') ? 'male' : null;
  };
  it.each([
    'John Smith', 'Sandra', 'Paris', 'Hong Kong', 'Jordan', 'Ministry of Health', 'the Ministry of Health', 'Amnesty International',
    'Zorvik Pellane', 'Lewandowski', 'Kellbrook', 'Pope Zorvik', "O'Brien", 'Dr. Sandra Zorvik', 'Kerry Drumelt Reading',
    'Our Kids First', 'U.S. Department of Defense', 'Agence France-Presse', 'Mr. Vantrice', 'Hondurans', 'New Yorkers',
  ])('%s', (name) => {
    expect(parsedKind(name)).toBe(kindOf(name));
    expect(parsedGender(name)).toBe(genderOf(name));
  });
});
