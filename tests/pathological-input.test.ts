// No hang, no blow-up: each pathological input against a normal article of the same size, as ratios (never an
// absolute timer). Time: analysis plus the JSON the runner writes. Size: the JSON per input character, since a
// quadratic output (every cue of a long line quoting to its end) is a hang waiting to happen.
// PATHOLOGICAL_CHARS=2000000 runs the 2 MB sizes (slow: a normal 2 MB article takes about a minute).
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/index.js';
import { corpusParagraphs, expectSound, normalArticle } from './fault-helpers.js';

const SIZE = Number(process.env.PATHOLOGICAL_CHARS ?? 100_000);
const TIME_BOUND = 20;
const SIZE_BOUND = 10;

const DOUBLE_MARKS = /[“”"«»„]/gu;

/** Corpus words with every punctuation mark and line break replaced by a space: one line, no sentence end. */
function longLine(chars: number): string {
  let s = '';
  for (const p of corpusParagraphs()) {
    s += `${p.replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
    if (s.length >= chars) break;
  }
  while (s.length < chars) s += s;
  return s.slice(0, chars);
}

/** Quote marks of every kind in a fixed pseudo-random order, with spaces and line breaks: stacks grow and shrink. */
function mixedQuoteMarks(count: number): string {
  const marks = ['“', '”', '"', "'", '‘', '’', '«', '»', ' ', '\n', '“', '‘'];
  let x = 12345;
  let s = '';
  for (let i = 0; i < count; i++) { x = (x * 1103515245 + 12345) % 2147483648; s += marks[x % marks.length]; }
  return s;
}

/** Corpus paragraphs with their double marks removed and one opening mark after the first word: none closes. */
function unclosedEverywhere(chars: number): { text: string; paragraphs: number } {
  const paras = corpusParagraphs();
  let s = 'Headline\n';
  let n = 0;
  for (let i = 0; s.length < chars; i++) {
    const p = (paras[i % paras.length] as string).replace(DOUBLE_MARKS, '');
    const sp = p.indexOf(' ');
    s += `${p.slice(0, sp)} “${p.slice(sp + 1)}\n`;
    n++;
  }
  return { text: s, paragraphs: n };
}

/** Quotes nested ever deeper, alternating double and single marks, all closed at the end. */
function nestedQuotes(chars: number): { text: string; open: number } {
  const head = 'Headline\nLena Hart said ';
  const depth = Math.floor((chars - head.length) / 14); // 14 characters a level: “word said  … x”
  let opens = '';
  let closes = '';
  for (let i = 0; i < depth; i++) {
    opens += `${i % 2 ? '‘' : '“'}word said `;
    closes = `x${i % 2 ? '’' : '”'} ${closes}`;
  }
  return { text: `${head}${opens}${closes.trimEnd()}.\n`, open: head.length };
}

function measure(text: string): { seconds: number; bytes: number; result: unknown } {
  const t0 = performance.now();
  const result = analyzeArticle(text, { id: 'x' });
  const bytes = JSON.stringify(result).length;
  return { seconds: (performance.now() - t0) / 1000, bytes, result };
}

describe(`pathological inputs of ${SIZE} characters against a normal article of the same size`, () => {
  let normal: { seconds: number; bytes: number };
  let normalText: string;
  beforeAll(() => {
    analyzeArticle(normalArticle(5000)); // load the model and warm the code up before timing
    normalText = normalArticle(SIZE);
    normal = measure(normalText);
  }, 300_000);

  /** Ratios to the normal article; a slow first measurement is repeated once (a busy machine), keeping the faster. */
  function compare(name: string, text: string): unknown {
    expect(text.length).toBeGreaterThanOrEqual(SIZE * 0.95);
    let m = measure(text);
    let ratio = m.seconds / normal.seconds;
    if (ratio > TIME_BOUND) {
      const again = measure(text);
      const n2 = measure(normalText);
      if (again.seconds / n2.seconds < ratio) { m = again; ratio = again.seconds / n2.seconds; }
    }
    const sizeRatio = (m.bytes / text.length) / (normal.bytes / normalText.length);
    console.log(`${name}: ${m.seconds.toFixed(2)} s vs normal ${normal.seconds.toFixed(2)} s, time ratio ${ratio.toFixed(2)}, output size ratio ${sizeRatio.toFixed(2)}`);
    expect(ratio, `${name} time ratio`).toBeLessThan(TIME_BOUND);
    expect(sizeRatio, `${name} output size per character, relative to a normal article`).toBeLessThan(SIZE_BOUND);
    return m.result;
  }

  it('a line without punctuation: cut into bounded sentences, with a message', () => {
    const text = longLine(SIZE);
    expect(text).not.toMatch(/[\n.!?,;:]/u);
    const r = expectSound(text, compare('long line', text));
    expect(r.messages.map((m) => m.ruleId)).toContain('sentence-too-long');
  }, 300_000);

  it(`${SIZE} opening quote marks in a row`, () => {
    const text = '“'.repeat(SIZE);
    const r = expectSound(text, compare('opening quote marks', text));
    expect(r.statements).toEqual([]);
    // The only paragraph ends with its first mark still open: one recovery message.
    expect(r.messages.filter((m) => m.ruleId === 'quote-unclosed')).toHaveLength(1);
  }, 300_000);

  it(`${SIZE} quote marks of every kind, mixed`, () => {
    const text = mixedQuoteMarks(SIZE);
    const r = expectSound(text, compare('mixed quote marks', text));
    expect(r.statements).toEqual([]); // no words, no cues
  }, 300_000);

  it('an unclosed quote in every paragraph: each recovered at its paragraph end', () => {
    const { text, paragraphs } = unclosedEverywhere(SIZE);
    const r = expectSound(text, compare('unclosed quotes', text));
    expect(r.messages.filter((m) => m.ruleId === 'quote-unclosed')).toHaveLength(paragraphs);
  }, 300_000);

  it('deeply nested quotes: one statement, the outermost quote', () => {
    const { text, open } = nestedQuotes(SIZE);
    const r = expectSound(text, compare('nested quotes', text));
    // Every other cue lies inside the outer quote, so only "Lena Hart said" attributes it.
    expect(r.statements.map((s) => [s.type, s.content.start, s.speaker.name])).toEqual([['direct', open + 1, 'Lena Hart']]);
  }, 300_000);
});
