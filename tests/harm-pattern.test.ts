import { describe, expect, it } from 'vitest';
import { actWordEntries, HARM, WORD_LETTERS, WORD_S } from '../src/stages/stance/content-act.js';

// HARM shares one copy of the sufferer among consecutive phrases of one verb (less compiled code). It must find, at
// every position, the match the one-alternative-per-phrase pattern found: the reference below is that older form.
const S = '[^\\S\\n]+';
const alt = (list: readonly string[]): string => [...list].sort((a, b) => b.length - a.length)
  .map((w) => w.replace(/[.*+?^${}()|[\]\\]/gu, (c) => (c === '*' ? '*' : `\\${c}`)).replace(/\*/gu, '[\\p{L}-]*').replace(/['’]/gu, "[’']").replace(/ /gu, S))
  .join('|');
const REFERENCE = [...actWordEntries('harmVerbs')].sort((a, b) => b.length - a.length)
  .map((w) => w.split(' * ').map((part) => alt([part])).join(`${S}(?:${WORD_S}){0,2}?(?:him|her|them|us|me|you|it|everyone|${WORD_LETTERS}s)${S}`)).join('|');
const before = new RegExp(`(?:${REFERENCE})(?![\\p{L}])`, 'iuy');
const after = new RegExp(`(?:${HARM})(?![\\p{L}])`, 'iuy');
const at = (rx: RegExp, text: string, i: number): string | null => { rx.lastIndex = i; return rx.exec(text)?.[0] ?? null; };
const everyStart = (rx: RegExp, text: string): Array<string | null> => [...text].map((_, i) => at(rx, text, i));

describe('HARM, the shared form', () => {
  it('is shorter than one alternative per phrase', () => {
    expect(HARM.length).toBeLessThan(REFERENCE.length * 0.6);
  });
  it.each([
    'the toll would force them to close early',
    'the ruling will force small bakeries to lay off staff',
    'a levy could force families into cars to drive further', // "into" is not shared: the longer sufferer wins
    'the fee would push households into arrears out of reach',
    'the ban will drive the traders away',
    'the rule would force the road to close', // a thing, not a sufferer
    'the merger will force us to choose between two banks',
    'the scheme would hurt tenants',
    'Parking charges will force everyone to go without',
  ])('matches where the one-per-phrase form does: %s', (text) => {
    expect(everyStart(after, text)).toEqual(everyStart(before, text));
  });
  it('matches where the one-per-phrase form does on random strings of its own words', () => {
    const words = ['force', 'push', 'drive', 'price', 'shut', 'to', 'into', 'out', 'of', 'away', 'towards', 'close', 'lay', 'off',
      'drive', 'choose', 'between', 'them', 'us', 'it', 'everyone', 'shops', 'cars', 'jobs', 'arrears', 'the', 'small', 'Émiles',
      'go', 'without', 'give', 'up', 'hurt', 'harm', 'it’s', 'co-ops', ',', '—'];
    let seed = 7;
    const rnd = (k: number): number => { seed = (Math.imul(seed, 1103515245) + 12345) >>> 0; return (seed >>> 8) % k; };
    for (let n = 0; n < 3000; n++) {
      const text = Array.from({ length: 3 + rnd(8) }, () => words[rnd(words.length)]).join([' ', '  ', '\n'][rnd(3)]);
      expect(everyStart(after, text), text).toEqual(everyStart(before, text));
    }
  });
});
