// A text longer than WINDOW_CHARS is analysed in windows of paragraphs (src/analyze-windows.ts). The sentences below
// are written for these tests; names are invented.
import { describe, expect, it } from 'vitest';
import { analyzeArticle, finalize } from '../src/analyze.js';
import { analyseInWindows, headlinePrefixEnd, paragraphWindows, WINDOW_CHARS, windowText } from '../src/analyze-windows.js';
import { DEFAULT_CUES } from '../src/lexicon/cue-lexicon.js';
import { DEFAULT_REGISTRY } from '../src/lexicon/registry.js';
import { newDoc, type Article, type Doc } from '../src/model/document.js';
import { runStages } from '../src/model/stage.js';
import { STAGES } from '../pipeline/stages.js';
import { expectSound } from './fault-helpers.js';

const SURNAMES = ['Abernathy', 'Brennick', 'Castellane', 'Dorrington', 'Esterhay', 'Fallowes', 'Garroway', 'Hollinrake', 'Ingleby', 'Jessamy'];
const TOPICS = ['the bus depot', 'the library roof', 'the flood barrier', 'the school kitchens', 'the ring road'];

/** Paragraph i: a named councillor speaks (indirect speech with "said", then a split direct quote by "she"). */
function paragraph(i: number): string {
  const name = `Maren ${SURNAMES[i % SURNAMES.length] as string}`;
  const topic = TOPICS[i % TOPICS.length] as string;
  return `Councillor ${name} said the repairs to ${topic} had been delayed for ${i + 2} months. “We were promised a date,” she said. “Nobody has given us one.”`;
}

function article(paragraphs: number): string {
  const body = Array.from({ length: paragraphs }, (_, i) => paragraph(i)).join('\n\n');
  return `Council repairs fall further behind\n\n${body}\n`;
}

const ctx = { registry: DEFAULT_REGISTRY, cues: DEFAULT_CUES };
const run = (a: Article) => (text: string, first: boolean): Doc => runStages(STAGES, newDoc({ ...a, text, ...(first ? {} : { notes: [] }) }), ctx);

describe('paragraphWindows', () => {
  it('covers the text with contiguous windows no longer than the limit, cut at paragraph starts', () => {
    const text = article(40);
    const ws = paragraphWindows(text, 1000);
    expect(ws.length).toBeGreaterThan(3);
    expect(ws[0]?.start).toBe(0);
    expect(ws.at(-1)?.end).toBe(text.length);
    ws.forEach((w, k) => {
      expect(w.end - w.start).toBeLessThanOrEqual(1000);
      if (k > 0) {
        expect(w.start).toBe(ws[k - 1]?.end);
        // each later window opens a paragraph: the text before it ends with a blank line
        expect(text.slice(w.start - 2, w.start)).toBe('\n\n');
        expect(text.slice(w.start, w.start + 10)).toBe('Councillor');
      }
    });
  });

  it('does not cut before a paragraph that opens with a quote mark when another cut is in reach', () => {
    const para = 'The inspector said the report would be published in the spring after a review.';
    const quoted = '“The second paragraph of a quote opens with a mark and goes on for a while here.';
    const text = `Headline\n\n${[para, quoted, para, quoted, para, quoted, para, quoted].join('\n\n')}\n`;
    for (const w of paragraphWindows(text, 260).slice(1)) expect(text[w.start]).not.toBe('“');
  });

  it('a text within the limit is one window', () => {
    const text = 'Short\n\nA paragraph.\n';
    expect(paragraphWindows(text, 1000)).toEqual([{ start: 0, end: text.length }]);
  });

  it('a hard cut (no break in reach) never parts a surrogate pair', () => {
    const text = `Head\n${'😀'.repeat(700)}`;
    for (const w of paragraphWindows(text, 701)) {
      const c = text.charCodeAt(w.start);
      expect(c >= 0xdc00 && c <= 0xdfff, `window at ${w.start}`).toBe(false);
    }
  });

  it('a first line longer than a headline is no prefix (it would be read again with every window)', () => {
    expect(headlinePrefixEnd(`${'word '.repeat(100)}\nA paragraph.\n`)).toBe(0);
    expect(headlinePrefixEnd('\n\nA short headline\nA paragraph.\n')).toBe(19);
  });

  it('a window after the first is read after the headline line', () => {
    const text = 'The headline\n\nFirst paragraph.\n\nSecond paragraph.\n';
    const prefix = headlinePrefixEnd(text);
    expect(text.slice(0, prefix)).toBe('The headline\n');
    expect(windowText(text, prefix, { start: 32, end: text.length })).toBe('The headline\nSecond paragraph.\n');
  });
});

describe('analysis in windows', () => {
  const text = article(24);
  const a: Article = { id: 'w', source: 'test', title: 'Council repairs fall further behind', text };
  const doc = analyseInWindows(newDoc(a), run(a), 900);
  const result = finalize(doc);

  it('finds every statement of every window, on the whole text, with its own speaker', () => {
    expectSound(text, result);
    // 24 paragraphs, each: one reported statement by the councillor and one direct quote split around "she said"
    expect(result.statements).toHaveLength(48);
    for (let i = 0; i < 24; i++) {
      const para = paragraph(i);
      const at = text.indexOf(para);
      const mine = result.statements.filter((s) => s.content.start >= at && s.content.end <= at + para.length);
      expect(mine, para).toHaveLength(2);
      for (const s of mine) expect(s.speaker.name, para).toBe(`Maren ${SURNAMES[i % SURNAMES.length] as string}`);
      expect(mine.find((s) => s.type === 'direct')?.content.pieces?.map((p) => p.text)).toEqual(['We were promised a date,', 'Nobody has given us one.']);
    }
  });

  it('says that the text was analysed in windows, once', () => {
    expect(result.messages.filter((m) => m.ruleId === 'long-article:windowed')).toHaveLength(1);
  });

  it('joins the sentence, paragraph and token layers in order, with consistent indexes', () => {
    const { sentences = [], tokens = [], paragraphs = [] } = doc.layers;
    sentences.forEach((s, i) => {
      expect(s.index).toBe(i);
      if (i > 0) expect(s.start).toBeGreaterThanOrEqual((sentences[i - 1] as { end: number }).end);
      for (let t = s.tokenStart; t < s.tokenEnd; t++) expect(tokens[t]?.sentence).toBe(i);
    });
    paragraphs.forEach((p, i) => expect(p.index).toBe(i));
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    // the headline is read once, in the first window
    expect(sentences.filter((s) => s.start < headlinePrefixEnd(text))).toHaveLength(1);
  });

  it('gives each window the same statements as analysing its text alone (headline first)', () => {
    const prefix = headlinePrefixEnd(text);
    const ws = paragraphWindows(text, 900);
    const w = ws[2] as { start: number; end: number };
    const alone = analyzeArticle(windowText(text, prefix, w), { id: 'w' });
    const shifted = alone.statements.filter((s) => s.content.start >= prefix).map((s) => [s.content.start - prefix + w.start, s.content.text, s.speaker.name]);
    const joined = result.statements.filter((s) => s.content.start >= w.start && s.content.end <= w.end).map((s) => [s.content.start, s.content.text, s.speaker.name]);
    expect(shifted.length).toBeGreaterThan(0);
    expect(joined).toEqual(shifted);
  });
});

describe('analysis in windows of a text with no headline line and CRLF line ends', () => {
  it('every statement is found once, on the whole text, and the message says no headline was read with the windows', () => {
    const body = Array.from({ length: 12 }, (_, i) => paragraph(i)).join('\r\n\r\n');
    const text = `${'The council met on Monday to discuss the state of its buildings and the cost of the repairs that are overdue. '.repeat(4)}\r\n\r\n${body}\r\n`;
    expect(headlinePrefixEnd(text)).toBe(0);
    const a: Article = { id: 'crlf', source: 'test', title: '', text };
    const r = expectSound(text, finalize(analyseInWindows(newDoc(a), run(a), 700)));
    expect(r.statements).toHaveLength(24);
    const m = r.messages.find((x) => x.ruleId === 'long-article:windowed');
    expect(m?.reason).not.toContain('after the headline');
  });
});

describe('analyzeArticle and the window size', () => {
  it('analyses an article within WINDOW_CHARS whole: no windows, no message', () => {
    const text = article(6);
    expect(text.length).toBeLessThan(WINDOW_CHARS);
    const r = analyzeArticle(text, { id: 'short' });
    expect(r.messages.map((m) => m.ruleId)).not.toContain('long-article:windowed');
    expect(r.statements).toHaveLength(12);
  });

  it('analyses a text above WINDOW_CHARS in windows, every statement found and sound', () => {
    let n = 0;
    while (article(n).length <= WINDOW_CHARS * 1.3) n += 50;
    const text = article(n);
    const r = expectSound(text, analyzeArticle(text, { id: 'long' }));
    expect(r.messages.filter((m) => m.ruleId === 'long-article:windowed')).toHaveLength(1);
    expect(r.statements).toHaveLength(2 * n);
    expect(new Set(r.statements.map((s) => s.id)).size).toBe(2 * n);
  }, 300_000);
});
