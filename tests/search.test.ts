import { describe, expect, it } from 'vitest';
import { escapeRegExp, hasWord } from '../src/model/search.js';

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
  ];
  for (const [text, word] of cases) {
    it(`"${word}" in "${text}"`, () => expect(hasWord(text, word)).toBe(byPattern(text, word)));
  }
  it('finds a later occurrence when the first is inside a word', () => {
    expect(hasWord('Marlowe and Marlow', 'Marlow')).toBe(true);
    expect(hasWord('Marlowe and Marlowes', 'Marlow')).toBe(false);
  });
});
