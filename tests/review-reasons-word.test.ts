import { describe, expect, it } from 'vitest';
import { hasWord } from '../src/output/review-reasons.js';

// namedIn (src/output/review-reasons.ts) once compiled one pattern per statement and party; hasWord finds the same
// words by indexOf. The reference below is that pattern.
const reference = (text: string, word: string): boolean =>
  new RegExp(`(?:^|[^\\p{L}])${word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?![\\p{L}])`, 'u').test(text);

describe('hasWord, the word test of namedIn', () => {
  it.each([
    ['the mayor said halvorsen had misled the board', 'halvorsen', true],
    ['halvorsen, the mayor said, had misled the board', 'halvorsen', true],
    ['the board blamed halvorsens for the delay', 'halvorsen', false],
    ['the chair of the ohalvorsen trust resigned', 'halvorsen', false],
    ['“o’brien was right,” she said', 'o’brien', true],
    ['the plan of st. mary’s school', 'st.', true],
    ['the plan of st.mary’s school', 'st.', false], // a letter after it,
    ['a vote in déjàvu hall', 'vu', false],
    ['the town of kraków-nowa huta', 'kraków', true],
    ['the firm (a+b) lost', '(a+b)', true],
    ['a 𝐀nders said', 'nders', false], // a letter above U+FFFF before it
    ['a 😀nders said', 'nders', true], // a symbol above U+FFFF before it
    ['nders𝐀 said', 'nders', false],
    ['', 'nders', false],
  ])('%s / %s', (text, word, expected) => {
    expect(reference(text, word)).toBe(expected);
    expect(hasWord(text, word)).toBe(expected);
  });

  it('agrees with the pattern on random strings', () => {
    let seed = 7;
    const rand = (n: number): number => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
    const pieces = ['ann', 'anna', 'vann', 'a', 'n', ' ', '\n', '-', '.', '’', 'é', 'ß', '𝐀', '😀', '1', 'st.', '(', ')', '+', 'İ'.toLowerCase()];
    const words = ['ann', 'anna', 'st.', 'a-n', '(a', 'é', 'ann’', 'i̇ann'];
    let agreed = 0;
    for (let k = 0; k < 20000; k++) {
      let text = '';
      for (let j = rand(14); j > 0; j--) text += pieces[rand(pieces.length)];
      const word = words[rand(words.length)] as string;
      expect(hasWord(text, word), JSON.stringify([text, word])).toBe(reference(text, word));
      agreed++;
    }
    expect(agreed).toBe(20000);
  });
});
