import { describe, expect, it } from 'vitest';
import { escapeRegExp, literalWordMatches } from '../src/model/search.js';

const viaRegExp = (text: string, forms: string[]): Array<{ index: number; end: number }> => {
  const rx = new RegExp(`(?:${forms.map(escapeRegExp).join('|')})(?![\\p{L}])`, 'gu');
  const out: Array<{ index: number; end: number }> = [];
  for (let m = rx.exec(text); m; m = rx.exec(text)) out.push({ index: m.index, end: m.index + m[0].length });
  return out;
};

describe('literalWordMatches', () => {
  it('finds a word not followed by a letter, in order', () => {
    const text = 'The Hospital said. Hospitals and the Hospital’s staff; Hospital';
    expect(literalWordMatches(text, ['Hospital'])).toEqual([{ index: 4, end: 12 }, { index: 37, end: 45 }, { index: 55, end: 63 }]);
  });
  it('at one place takes the first form in the list that fits, then searches after the match', () => {
    // "FCB" is no match of "FC" (a letter follows); "Fc" never occurs; the overlapping "ClubClub" matches once at its end
    expect(literalWordMatches('Velmont FC and FCB. ClubClub', ['Fc', 'FC'])).toEqual([{ index: 8, end: 10 }]);
    expect(literalWordMatches('Ab-Abc Ab', ['Abc', 'Ab'])).toEqual([{ index: 0, end: 2 }, { index: 3, end: 6 }, { index: 7, end: 9 }]);
    expect(literalWordMatches('Union Unions', ['Union', 'Unions'])).toEqual([{ index: 0, end: 5 }, { index: 6, end: 12 }]);
  });
  it('a letter outside ASCII after the word is a letter', () => {
    expect(literalWordMatches('Councilé Council1 Council𝐀 Council', ['Council'])).toEqual([{ index: 9, end: 16 }, { index: 28, end: 35 }]);
  });
  it('gives the same matches as the pattern it replaces on generated text', () => {
    let seed = 7;
    const rand = (n: number): number => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
    const pieces = ['Board', 'BOARD', 'Boards', 'Bo', 'ard', ' ', ' ', '-', '’s ', 'é', '\n', 'x', 'Board', 'AB', 'A', 'B', '😀', '𝐀'];
    const formSets = [['Board'], ['Board', 'BOARD'], ['Bo', 'Board'], ['Board', 'Bo'], ['AB', 'A', 'B'], ['A', 'AB'], ['Boards', 'Board', 'ard']];
    for (let n = 0; n < 3000; n++) {
      let text = '';
      for (let k = rand(30); k > 0; k--) text += pieces[rand(pieces.length)];
      const forms = formSets[rand(formSets.length)] as string[];
      expect(literalWordMatches(text, forms)).toEqual(viaRegExp(text, forms));
    }
  });
});
