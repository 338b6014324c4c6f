// Property-based tests over random and adversarial text: analyzeArticle never throws, every offset is in bounds and
// slices to its span's text, every result validates against the schema, and two runs give the same result.
// Ingest: any text survives encoding as UTF-8 (with or without BOM) and UTF-16 LE/BE with BOM, and decoding back.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/index.js';
import { decodeBytes } from '../src/ingest/decode.js';
import { expectSound } from './fault-helpers.js';

const RUNS = Number(process.env.FC_RUNS ?? 60);
const SEED = Number(process.env.FC_SEED ?? 20261128);

/** Any UTF-16 code unit, lone surrogates included: a JavaScript string can hold them. */
const anyUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
const anyText = fc.string({ unit: fc.oneof(anyUnit, fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })), maxLength: 300 });

const MARKS = ['“', '”', '"', "'", '‘', '’', '«', '»', '„', '‚', '\n', '\r\n', ' '];
const quoteHeavy = fc.array(fc.constantFrom(...MARKS, 'a', 'said', 'He'), { maxLength: 200 }).map((a) => a.join(''));

const PIECES = [
  'said', 'says', 'told reporters', 'according to', 'denied', 'declined to comment', 'did not respond to a request for comment', 'accused',
  'Lena Hart', 'the ministry', 'a spokesperson for Norvane', 'she', 'they', 'which', 'that', 'the company', 'The Guardian',
  'the plan would go ahead', 'we acted lawfully', 'it was a mistake', ',', '.', ':', '—', '(', ')', ' ', ' ', ' ', '\n', '\n\n',
  ...MARKS,
];
const sentenceSoup = fc.array(fc.constantFrom(...PIECES), { maxLength: 120 }).map((a) => a.join(' ').replace(/ {2,}/gu, ' '));

/** Plausible news sentences, some quoted, some broken, with cues in all positions. */
const sentence = fc.record({
  speaker: fc.constantFrom('Lena Hart', 'The ministry', 'A spokesperson for Norvane', 'She', 'Officials', 'The report'),
  cue: fc.constantFrom('said', 'told reporters', 'denied', 'claimed', 'warned', 'added'),
  content: fc.constantFrom('the plan would go ahead', 'it had acted lawfully', 'nothing was wrong', 'the talks failed'),
  form: fc.integer({ min: 0, max: 5 }),
}).map(({ speaker, cue, content, form }) => [
  `${speaker} ${cue} ${content}.`,
  `“${content},” ${speaker.toLowerCase()} ${cue}.`,
  `“${content}, ${cue} ${speaker}.`,
  `${speaker} ${cue}: “${content}`,
  `According to ${speaker.toLowerCase()}, ${content}.`,
  `${content}, ${cue} ${speaker} ‘in a statement’ «${content}».`,
][form] as string);
const article = fc.array(fc.oneof(sentence, sentenceSoup, quoteHeavy), { minLength: 1, maxLength: 12 })
  .chain((parts) => fc.array(fc.constantFrom(' ', '\n', '\r\n', '\n\n'), { minLength: parts.length, maxLength: parts.length })
    .map((seps) => `Headline\n${parts.map((p, i) => `${p}${seps[i]}`).join('')}`));

function holds(text: string): void {
  const first = analyzeArticle(text, { id: 'p' });
  expectSound(text, first);
  expect(JSON.stringify(analyzeArticle(text, { id: 'p' }))).toBe(JSON.stringify(first));
}

describe('analyzeArticle on any text', () => {
  it.each([
    ['arbitrary UTF-16, lone surrogates included', anyText],
    ['quote marks and line breaks', quoteHeavy],
    ['cue words, names and punctuation in any order', sentenceSoup],
    ['articles of news sentences, soup and quote marks', article],
  ] as const)('%s: never throws, offsets slice to their text, valid schema, same result twice', (_name, arb) => {
    fc.assert(fc.property(arb, holds), { numRuns: RUNS, seed: SEED });
  }, 120_000);

  it('the generators reach statements (the properties are not only checked on empty results)', () => {
    const samples = fc.sample(article, { numRuns: 40, seed: SEED });
    const withStatements = samples.filter((t) => analyzeArticle(t).statements.length > 0);
    expect(withStatements.length).toBeGreaterThan(10);
  }, 60_000);
});

describe('decoding what was encoded', () => {
  const wellFormed = fc.string({ unit: 'binary', maxLength: 200 }); // code points: no lone surrogates, which UTF-8 cannot hold
  it('UTF-8, UTF-8 with BOM, UTF-16 LE and BE with BOM give the text back', () => {
    fc.assert(fc.property(wellFormed, (text) => {
      fc.pre(!text.startsWith('\uFEFF')); // a leading U+FEFF is read as the BOM
      const le = Buffer.from(text, 'utf16le');
      const be = Buffer.from(le);
      be.swap16();
      const bytes = Buffer.from(text, 'utf8');
      if (!bytes.includes(0) && !startsWithMagic(bytes)) expect(decodeBytes(bytes)).toBe(text);
      // (a UTF-8 BOM stays as the text's first character, as Node's and Python's UTF-8 readers keep it; UTF-16's goes)
      expect(decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes]))).toBe(`\uFEFF${text}`);
      expect(decodeBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), le]))).toBe(text);
      expect(decodeBytes(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toBe(text);
    }), { numRuns: 300, seed: SEED });
  });
});

/** Text without a BOM that begins like a binary format is refused on purpose (e.g. "%PDF"). */
function startsWithMagic(b: Buffer): boolean {
  return [[0x89, 0x50, 0x4e, 0x47], [0x25, 0x50, 0x44, 0x46], [0x1f, 0x8b], [0x50, 0x4b, 0x03, 0x04], [0xff, 0xd8, 0xff], [0x47, 0x49, 0x46, 0x38], [0x7f, 0x45, 0x4c, 0x46]]
    .some((m) => m.every((x, i) => b[i] === x)) || (b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff);
}
