import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { boundedWordMatches, capitalisedRunMatches, escapeRegExp, hasWord, wholeLiteralPlaces, wordsBeforeName } from '../src/model/search.js';

// hasWord answers as the pattern it replaces: the word with no letter right before or after it.
const byPattern = (text: string, word: string): boolean => new RegExp(`(?<![\\p{L}])${escapeRegExp(word)}(?![\\p{L}])`, 'u').test(text);

describe('hasWord', () => {
  const cases: Array<[string, string]> = [
    ['The Marlow trust met on Monday.', 'Marlow'],
    ['Marlowe Street was closed.', 'Marlow'],
    ['The Marlowes and the Marlow family.', 'Marlow'],
    ['Upper-Marlow residents objected.', 'Marlow'],
    ['Ésmarlow Marlow', 'Marlow'],
    ['𝐀Marlow', 'Marlow'],
    ['St. Ives council', 'St.'],
    ['', 'Marlow'],
    ['', ''],
    ['Marlow', ''],
    ['Marlow.', ''],
  ];
  for (const [text, word] of cases) {
    it(`"${word}" in "${text}"`, () => expect(hasWord(text, word)).toBe(byPattern(text, word)));
  }
  it('finds a later occurrence when the first is inside a word', () => {
    expect(hasWord('Marlowe and Marlow', 'Marlow')).toBe(true);
    expect(hasWord('Marlowe and Marlowes', 'Marlow')).toBe(false);
  });
});

// boundedWordMatches and capitalisedRunMatches give what the patterns they replace give (judge-stance.ts compiled one
// per word of every article): checked on every corpus article's capitalised words and on random strings of the
// characters the patterns look at (surrogate pairs and lone halves, line breaks, non-breaking spaces, name punctuation).
const EDGE = /[\p{L}’'-]/u;
const boundedByPattern = (text: string, word: string): number[] => [...text.matchAll(new RegExp(`(?<!${EDGE.source})${escapeRegExp(word)}(?!${EDGE.source})`, 'gu'))].map((m) => m.index);
const runsByPattern = (text: string, word: string): Array<{ index: number; before: string | undefined; after: string }> =>
  [...text.matchAll(new RegExp(`(?:(\\p{Lu}[\\p{L}’'&.-]*)[^\\S\\n]+)?(?<![\\p{L}])${escapeRegExp(word)}(?![\\p{L}])((?:[^\\S\\n]+\\p{Lu}[\\p{L}’'&.-]*)*)`, 'gu'))]
    .map((m) => ({ index: m.index, before: m[1], after: m[2] ?? '' }));

// wholeLiteralPlaces answers as the pattern it replaces: the literal with no letter or digit right before or after it.
const placesByPattern = (text: string, literal: string): number[] =>
  [...text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(literal)}(?![\\p{L}\\p{N}])`, 'gu'))].map((m) => m.index);

describe('wholeLiteralPlaces', () => {
  it('finds whole words only, left to right', () => {
    expect(wholeLiteralPlaces('The Dunmore board met Dunmore staff in Dunmoreton.', 'Dunmore')).toEqual([4, 22]);
    expect(wholeLiteralPlaces('Pay rose 4% in 2024, not 42%.', '4')).toEqual([9]);
    expect(wholeLiteralPlaces('Ask the BBC; the BBC’s editors and BBC2 declined.', 'the BBC')).toEqual([4, 13]);
  });
  it('reads a surrogate pair as one character', () => {
    // (𝐀 is a letter outside the BMP: a name right after it is inside a word; 😀 is no letter)
    expect(wholeLiteralPlaces('𝐀Orla and 😀Orla', 'Orla')).toEqual([13]);
  });
  it('finds nothing in text that does not name it whole (must not change)', () => {
    expect(wholeLiteralPlaces('Hartwell-Smith and Hartwells', 'Hartwell')).toEqual(placesByPattern('Hartwell-Smith and Hartwells', 'Hartwell'));
    expect(wholeLiteralPlaces('Kerrigans', 'Kerrigan')).toEqual([]);
  });
  const texts = [
    'The Calder Trust said the Calder trust’s board, Calder-based staff and CalderCo met. Calder!',
    'Ésa Calder, 12 Calder, Calder12, ÉCalder Calder\nCalder',
    'aa aaa a a-a AT&T AT&Tx AT&T. ū ūū',
    '\uD835\uDC00Calder \uDC00Calder Calder\uD835 \uD835Calder',
    '',
  ];
  const literals = ['Calder', 'Calder Trust', 'a', 'aa', 'AT&T', 'ū', 'Calder\uD835', '\uDC00Calder', '', '.', 'a-a'];
  for (const text of texts) {
    for (const literal of literals) {
      it(`"${literal}" in "${text}" as the pattern finds it`, () => expect(wholeLiteralPlaces(text, literal)).toEqual(placesByPattern(text, literal)));
    }
  }
});

describe('boundedWordMatches and capitalisedRunMatches', () => {
  it('match their patterns on every corpus article', () => {
    const dir = join(import.meta.dirname, '..', 'corpus', 'articles');
    let words = 0;
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt'))) {
      const text = readFileSync(join(dir, f), 'utf8');
      // (every sixth capitalised word: each pattern is compiled for its one word)
      for (const word of [...new Set([...text.matchAll(/\p{Lu}[\p{L}’'&.-]*/gu)].map((m) => m[0]))].filter((_, i) => i % 6 === 0)) {
        expect(boundedWordMatches(text, word, EDGE), `${f}: ${word}`).toEqual(boundedByPattern(text, word));
        expect(capitalisedRunMatches(text, word), `${f}: ${word}`).toEqual(runsByPattern(text, word));
        words++;
      }
    }
    expect(words).toBeGreaterThan(1000);
  });

  it.each([
    ['Vorst-Vorst Vorst and Vorst Vorst', 'Vorst'],
    ['McVorst Vorst Vorst, St. Vorst Hall\nVorst', 'Vorst'],
    ['A.A.A A.A', 'A.A'],
    ['xDean  Vorst\u00a0Vorst Dean', 'Vorst'],
    ['𝐀bc 𝐀b 𝐀b𝐀b', '𝐀b'],
    ['Ana', ''],
  ])('%j / %j', (text, word) => {
    expect(boundedWordMatches(text, word, EDGE)).toEqual(boundedByPattern(text, word));
    expect(capitalisedRunMatches(text, word)).toEqual(runsByPattern(text, word));
  });

  it('match their patterns on random strings', () => {
    const alphabet = ['A', 'a', 'B', 'b', ' ', ' ', '\n', '.', '-', '’', '&', ',', '1', '\u00a0', '𝐀', '𝐚', 'É', '\t', '\uD835', '\uDC00'];
    const words = ['A', 'Ab', 'A.A', 'A-b', 'AA', 'É', 'a', 'B.', '𝐀b'];
    let seed = 11;
    const random = (n: number): number => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
    for (let t = 0; t < 10000; t++) {
      let text = '';
      for (let i = random(16); i > 0; i--) text += alphabet[random(alphabet.length)];
      const word = words[random(words.length)] as string;
      expect(boundedWordMatches(text, word, EDGE), JSON.stringify([text, word])).toEqual(boundedByPattern(text, word));
      expect(capitalisedRunMatches(text, word), JSON.stringify([text, word])).toEqual(runsByPattern(text, word));
    }
  });
});

// wordsBeforeName gives group 1 of the pattern it replaces (resolve-speakers.ts compiled one per name), and with
// `overlapping` the words a test anywhere in the text could match ("Mr Marsh").
const beforeByPattern = (text: string, name: string): string[] => [...text.matchAll(new RegExp(`(?<![\\p{L}])(\\p{L}+)\\.?[^\\S\\n]+${escapeRegExp(name)}(?![\\p{L}])`, 'gu'))].map((m) => m[1] as string);
const titledByPattern = (text: string, name: string): boolean => new RegExp(`(?<!\\p{L})(?:Mr|Mrs|Ms|Miss|Mx|Dr)\\.?[^\\S\\n]+${escapeRegExp(name)}(?!\\p{L})`, 'u').test(text);
const TITLES = new Set(['Mr', 'Mrs', 'Ms', 'Miss', 'Mx', 'Dr']);

describe('wordsBeforeName', () => {
  it('matches its pattern on every corpus article', () => {
    const dir = join(import.meta.dirname, '..', 'corpus', 'articles');
    let names = 0;
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt'))) {
      const text = readFileSync(join(dir, f), 'utf8');
      const words = [...text.matchAll(/\p{Lu}[\p{L}’'-]*/gu)].map((m) => m[0]);
      for (let i = 0; i < words.length; i += 25) {
        for (const name of [words[i] as string, `${words[i]} ${words[i + 1] ?? 'X'}`]) {
          expect(wordsBeforeName(text, name), `${f}: ${name}`).toEqual(beforeByPattern(text, name));
          expect(wordsBeforeName(text, name, true).some((w) => TITLES.has(w)), `${f}: ${name}`).toBe(titledByPattern(text, name));
          names++;
        }
      }
    }
    expect(names).toBeGreaterThan(800);
  });

  it.each([
    ['Mr Marsh, Dr. Marsh and Mrs  Marsh; the manager Marsh\nMarsh', 'Marsh'],
    ['Marsh Marsh Marsh. Marsh', 'Marsh'],
    ['x. Marsh ..Marsh Mr..Marsh 𝐀 Marsh Mr\u00a0Marshes', 'Marsh'],
    ['Dr Dr Dr', 'Dr'],
    ['Ms Ana', ''],
  ])('%j / %j', (text, name) => {
    expect(wordsBeforeName(text, name)).toEqual(beforeByPattern(text, name));
    expect(wordsBeforeName(text, name, true).some((w) => TITLES.has(w))).toBe(titledByPattern(text, name));
  });

  it('matches its pattern on random strings', () => {
    const alphabet = ['M', 'r', 'D', 'A', 'a', ' ', ' ', '\n', '.', '-', ',', '\u00a0', '𝐀', 'É', '\t', '\uD835', '\uDC00'];
    const names = ['A', 'Aa', 'A.', 'Mr', 'Dr', 'a A', '𝐀a', 'r'];
    let seed = 5;
    const random = (n: number): number => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
    for (let t = 0; t < 10000; t++) {
      let text = '';
      for (let i = random(16); i > 0; i--) text += alphabet[random(alphabet.length)];
      const name = names[random(names.length)] as string;
      expect(wordsBeforeName(text, name), JSON.stringify([text, name])).toEqual(beforeByPattern(text, name));
      expect(wordsBeforeName(text, name, true).some((w) => TITLES.has(w)), JSON.stringify([text, name])).toBe(titledByPattern(text, name));
    }
  });
});
