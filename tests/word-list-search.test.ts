import { describe, expect, it } from 'vitest';
import { firstWordListMatch, prefilterPhrases, wordListRegExp, wordStarts } from '../src/model/word-list-search.js';
import stanceWords from '../src/lexicon/stance-words.json' with { type: 'json' };
import actWords from '../src/lexicon/act-words.json' with { type: 'json' };

/** The plain global search the prefiltered one must equal. */
const plainCopies = new Map<RegExp, RegExp>();
function globalFirst(rx: RegExp, text: string): [number, string] | null {
  let plain = plainCopies.get(rx);
  if (!plain) { plain = new RegExp(rx.source, rx.flags); plainCopies.set(rx, plain); }
  plain.lastIndex = 0;
  const m = plain.exec(text);
  return m ? [m.index, m[0]] : null;
}
function prefiltered(rx: RegExp, text: string): [number, string] | null {
  const m = firstWordListMatch(rx, text, wordStarts(text));
  return m ? [m.index, m[0]] : null;
}

const LIST = ['deny', 'denied', 'no evidence', 'fabricat*', "n't", 'i', 'un*ful', 'x-ray'];

describe('firstWordListMatch: the first whole-word match of a vocabulary list', () => {
  const rx = wordListRegExp(LIST);
  it.each([
    // [text, expected first match]
    ['They deny it.', [5, 'deny']],
    ['DENIED, she said', [0, 'DENIED']],
    ['Denying it', null], // a whole word only: "deny" is followed by a letter
    ['condenied', null], // and preceded by one
    ['There is No Evidence of that', [9, 'No Evidence']],
    ['the claims were fabricated outright', [16, 'fabricated']],
    ['it was fabricat', [7, 'fabricat']],
    ['They did n\'t say', [9, "n't"]],
    ['They didn\'t say', null], // "n't" inside a word
    ['and I said', [4, 'I']],
    ['an unlawful act', [3, 'unlawful']],
    ['an X-ray', [3, 'X-ray']],
    ['a self-denied claim', null], // the end of a hyphenated compound is no word of its own
    ['a deny-all stance', null], // nor its start
    ['they deny - all of it', [5, 'deny']], // a dash between words is no compound
    ['édeny', null], // a non-ASCII letter before the word
    ['—deny', [1, 'deny']], // a non-ASCII non-letter before it
    ['"deny"', [1, 'deny']],
    ['deny', [0, 'deny']],
    ['i', [0, 'i']],
    ['', null],
    ['\u212Aeep', null],
  ] as const)('%j → %j', (text, expected) => {
    expect(prefiltered(rx, text)).toEqual(expected);
    expect(globalFirst(rx, text)).toEqual(expected);
  });

  it('finds what the case folding of the pattern finds: U+017F (long s) and U+212A (Kelvin sign) fold to ASCII letters', () => {
    const kelvin = wordListRegExp(['skip', 'ok']);
    expect(prefiltered(kelvin, 'they s\u212Aip it')).toEqual([5, 's\u212Aip']);
    expect(prefiltered(kelvin, '\u017Fkip')).toEqual([0, '\u017Fkip']);
    expect(prefiltered(kelvin, 'o\u212A.')).toEqual([0, 'o\u212A']);
    expect(prefiltered(wordListRegExp(['ask', 'asks']), 'she as\u212As')).toEqual([4, 'as\u212As']);
  });

  it('tells words apart by their first four letters, and the pattern by the rest', () => {
    const close = wordListRegExp(['denial', 'dense*', 'den']);
    expect(prefiltered(close, 'a dental dent, then denser')).toEqual([20, 'denser']);
    expect(prefiltered(close, 'Dentists in the DEN')).toEqual([16, 'DEN']);
    expect(prefiltered(close, 'denials')).toBeNull();
  });

  it('a list whose word opens with a wildcard or a non-ASCII character is searched without the prefilter', () => {
    const odd = wordListRegExp(['’tis', 'deny']);
    expect(prefiltered(odd, 'and ’tis so')).toEqual([4, '’tis']);
    expect(prefiltered(odd, 'we deny')).toEqual([3, 'deny']);
  });

  it('without word starts, or for another pattern, it is the plain search from the start', () => {
    rx.lastIndex = 7;
    expect(firstWordListMatch(rx, 'deny and deny')?.index).toBe(0);
    expect(firstWordListMatch(/\?/gu, 'why? no?', wordStarts('why? no?'))?.index).toBe(3);
  });

  it('words that end in a wildcard, next to each other in the list, share it and match as each alone would', () => {
    const grouped = wordListRegExp(['violat*', 'complicit*', 'genocide', 'corrupt*', 'corruption scandal', 'un*ful']);
    expect(grouped.source).toContain('(?:violat|complicit)[\\p{L}-]*');
    const all = (text: string): string[] => [...text.matchAll(grouped)].map((m) => `${m.index}:${m[0]}`);
    expect(all('Violations, complicity and genocide-era corruption scandal; unlawful')).toEqual(['0:Violations', '12:complicity', '40:corruption', '60:unlawful']);
    expect(all('violat complicit- corrupt-ish genocides')).toEqual(['0:violat', '7:complicit-', '18:corrupt-ish']);
  });
  it('gives every list of stance-words.json the matches of one alternative per word', () => {
    const words = Object.entries(stanceWords).filter(([k]) => !k.startsWith('$')).map(([, v]) => v as string[]);
    const pieces = words.flat().map((w) => w.replace(/\*/gu, 'ing-ly'));
    let seed = 11;
    const rand = (n: number): number => { seed = (seed * 1103515245 + 12345) >>> 0; return seed % n; };
    const glue = [' ', ', ', '“', '-', 'é', 's ', '\u212A'];
    let text = '';
    for (let j = 0; j < 600; j++) text += (pieces[rand(pieces.length)] as string) + (glue[rand(glue.length)] as string);
    for (const list of words) {
      const one = new RegExp(`(?<![\\p{L}][-‐]?)(?:${list.map((w) => w.replace(/[.*+?^${}()|[\]\\]/gu, (c) => (c === '*' ? '*' : `\\${c}`)).replace(/\*/gu, '[\\p{L}-]*')).join('|')})(?![\\p{L}]|[-‐]\\p{L})`, 'giu');
      const matches = (rx: RegExp): string[] => [...text.matchAll(rx)].map((m) => `${m.index}:${m[0]}`);
      expect(matches(wordListRegExp(list))).toEqual(matches(one));
    }
  });
  // (runs before the test below takes the remaining bits: its lists are read through the shared bits)
  it('equals the global search for every list of stance-words.json on mixed text', () => {
    const words = Object.entries(stanceWords).filter(([k]) => !k.startsWith('$')).map(([, v]) => v as string[]);
    // Text built from the lists' own words, cut and joined with punctuation, other scripts and case changes.
    const pieces = words.flat().map((w) => w.replace(/\*/gu, 'ed'));
    let seed = 7;
    const rand = (n: number): number => { seed = (seed * 1103515245 + 12345) >>> 0; return seed % n; };
    const glue = [' ', ', ', '“', '” ', '—', 'é', 'x', '-', '’', '\n', ' Not ', 'S', '\u212A'];
    const patterns = words.map((list) => wordListRegExp(list));
    for (let round = 0; round < 100; round++) {
      let text = '';
      for (let j = 0; j < 12; j++) {
        let w = pieces[rand(pieces.length)] as string;
        if (rand(3) === 0) w = w.toUpperCase();
        if (rand(4) === 0) w = w.slice(rand(w.length));
        text += w + (glue[rand(glue.length)] as string);
      }
      for (const r of patterns) {
        const plain = globalFirst(r, text);
        expect(prefiltered(r, text)).toEqual(plain);
        // without the text's word starts (a search on a text made for one look-up): the same answer
        const m = firstWordListMatch(r, text);
        expect(m ? [m.index, m[0]] : null).toEqual(plain);
      }
    }
  });
  it('without word starts searches with the list\'s sticky copy only, and gives the global search\'s answer', () => {
    const rx = wordListRegExp(['deny', 'fabricat*', 'no evidence']);
    for (const text of ['They DENIED it, then denied it', 'no  Evidence: it was fabricated', 'nothing here', '', 'a \u212Ao deny']) {
      rx.lastIndex = 5;
      const m = firstWordListMatch(rx, text);
      expect(m ? [m.index, m[0]] : null).toEqual(globalFirst(rx, text));
      expect(rx.lastIndex).toBe(5); // the global copy was not used
    }
  });
  it('one word-start listing shared by many lists (as the stance stage shares it) gives each list its global search', () => {
    // More lists than bits (31): the first ones are read through the shared per-start bits, the rest per list; a list
    // made after the text's bits were read gets them read again.
    const lists = Array.from({ length: 40 }, (_, i) => [['deny', 'denied', 'no evidence'], ['fabricat*', 'false'], ['un*ful', 'x-ray', 'i'], ['ask', 'asks', 'ok']][i % 4] as string[]);
    const patterns = lists.map((l) => wordListRegExp(l));
    const texts = ['They DENIED it: no  evidence, she said', 'an unlawful x-ray — FALSE claims, I asked', 'we s\u212Aip it, o\u212A.', 'nothing here', 'fabricated, fabricat', ''];
    for (const text of texts) {
      const starts = wordStarts(text);
      for (const r of patterns) expect(firstWordListMatch(r, text, starts)?.[0] ?? null).toEqual(globalFirst(r, text)?.[1] ?? null);
      const later = wordListRegExp(['said', 'claims', 'here']);
      expect(firstWordListMatch(later, text, starts)?.[0] ?? null).toEqual(globalFirst(later, text)?.[1] ?? null);
      expect(firstWordListMatch(patterns[0]!, text, starts)?.index ?? null).toEqual(globalFirst(patterns[0]!, text)?.[0] ?? null);
    }
    // Hand-checked answers for two of them.
    expect(firstWordListMatch(patterns[0]!, texts[0]!, wordStarts(texts[0]!))?.[0]).toBe('DENIED');
    expect(firstWordListMatch(patterns[2]!, texts[1]!, wordStarts(texts[1]!))?.index).toBe(3);
  });
});

describe('a word of a list is never read inside a hyphenated compound', () => {
  // "injuries not thought to be life-threatening" is no warning (threat*), "a risk-free loan" no risk, "a well-liked
  // coach" no "liked": for every list of both vocabularies, a word behind a compound's hyphen or before one is no match,
  // while the word alone (its wildcard filled in) is.
  const lists = [stanceWords, actWords].flatMap((file) => Object.entries(file).filter(([k, v]) => !k.startsWith('$') && Array.isArray(v)).map(([k, v]) => [k, v as string[]] as const));
  it.each(lists)('%s', (_name, list) => {
    const rx = wordListRegExp(list);
    const spans = (text: string): string[] => [...text.matchAll(rx)].map((m) => `${m.index}-${m.index + m[0].length}`);
    for (const w of list) {
      const word = w.replace(/\*/gu, 'ing');
      expect(firstWordListMatch(rx, `zq ${word} zq`, wordStarts(`zq ${word} zq`))?.index, w).toBe(3);
      // (another word of the list may still match a word inside the phrase: none may start where the phrase does)
      expect(spans(`zq zqx-${word} zq`).filter((s) => s.startsWith('7-')), w).toEqual([]);
      if (!w.endsWith('*')) expect(spans(`zq ${word}-zqx zq`).filter((s) => s === `3-${3 + word.length}`), w).toEqual([]);
    }
  });
});

describe('prefilterPhrases: a phrase pattern searched a word start at a time finds the plain search\'s first match', () => {
  // A pattern built as act-features builds its word classes: a phrase's apostrophe either form, a space any run of
  // spaces, `*` any letters, no letter before, no letter or hyphen after.
  const LIST = ['walked out', "won't budge", 'reckless*', 'k-pop', 'scandal', 'ok'];
  const rx = prefilterPhrases(new RegExp(`(?<![\\p{L}])(?:${LIST.map((w) => w.replace(/\*/gu, '[\\p{L}-]*').replace(/['’]/gu, "[’']").replace(/ /gu, '[^\\S\\n]+')).join('|')})(?![\\p{L}-])`, 'iu'), LIST);
  const first = (text: string): [number, string] | null => {
    const m = firstWordListMatch(rx, text, { at: wordStarts(text).at });
    return m ? [m.index, m[0]] : null;
  };
  it.each([
    // [text, expected first match, read by hand]
    ['The staff Walked  out at noon.', [10, 'Walked  out']],
    ['He won’t budge, she said.', [3, 'won’t budge']],
    ['It was a Recklessly fast plan', [9, 'Recklessly']],
    ['A scandalous affair, then a scandal.', [28, 'scandal']],
    ['The K-pop fans and the \u212Aok band', [4, 'K-pop']],
    ['the \u212A-pop fans', [4, '\u212A-pop']], // (the Kelvin sign folds to k: a character above ASCII is always tried)
    ['Nothing here is okay or walked\nout', null],
    ['A book of kok', null],
  ] as const)('%s', (text, expected) => {
    expect(first(text)).toEqual(expected);
    expect(first(text)).toEqual(globalFirst(rx, text));
  });
  it('a phrase opening with a wildcard leaves the pattern as it is (searched from every position)', () => {
    const wild = prefilterPhrases(/(?<![\p{L}])(?:[\p{L}-]*gate)(?![\p{L}-])/iu, ['*gate']);
    expect(firstWordListMatch(wild, 'the Portgate affair', { at: wordStarts('the Portgate affair').at })?.[0]).toBe('Portgate');
  });
});
