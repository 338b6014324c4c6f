// A new user's trial: --encoding windows-1252 read the file as Latin-1 (curly quotes as C1 controls, 0x80 not €).
// Byte buffers and articles written for these tests.
import { describe, expect, it } from 'vitest';
import { decodeWindows1252, decodeWithFallback } from '../src/ingest/decode.js';
import { readArticles, type InputItem } from '../src/ingest/read-inputs.js';
import { analyzeArticle, analyzeDocument } from '../src/index.js';
import { highlightText, htmlArticle, speakerPalette } from '../src/output/html-report.js';
import { selfClause } from '../src/stages/stance/judge-stance.js';
import type { Statement } from '../src/model/article-result.js';

const bytes = (...parts: Array<string | number[]>): Buffer => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));
const read = (name: string, buf: Uint8Array): InputItem => {
  const items = [...readArticles([name], { readFile: () => buf, statFile: () => ({ isFile: () => true, size: buf.length }), encoding: 'windows-1252' })];
  expect(items).toHaveLength(1);
  return items[0]!;
};

describe('--encoding windows-1252 reads Windows-1252, not Latin-1', () => {
  it.each([
    [0x80, '\u20AC'], [0x85, '\u2026'], [0x91, '\u2018'], [0x92, '\u2019'], [0x93, '\u201C'], [0x94, '\u201D'],
    [0x96, '\u2013'], [0x97, '\u2014'], [0x8a, '\u0160'], [0x9f, '\u0178'], [0xe9, '\u00E9'], [0xa3, '\u00A3'], [0x41, 'A'],
  ])('byte 0x%s', (b, want) => {
    expect(decodeWindows1252(Uint8Array.of(b))).toBe(want);
  });
  it('keeps the five bytes Windows-1252 leaves unassigned as their C1 controls (WHATWG index-windows-1252)', () => {
    expect([...decodeWindows1252(Uint8Array.of(0x81, 0x8d, 0x8f, 0x90, 0x9d))].map((c) => c.codePointAt(0))).toEqual([0x81, 0x8d, 0x8f, 0x90, 0x9d]);
  });
  it('decodes every byte to one UTF-16 unit, so a long file keeps its length', () => {
    const all = Uint8Array.from({ length: 20_000 }, (_, i) => i % 256);
    expect(decodeWindows1252(all)).toHaveLength(20_000);
  });
  it('a quotation in curly quotes is read as one, and found', () => {
    const buf = bytes('Pier to reopen\n', [0x93], 'The boardwalk will be open again by the first of June,', [0x94], ' said ferry captain Lina Moss.\n');
    const item = read('/tmp/pier.txt', buf);
    if (!item.ok) throw new Error(item.problem);
    expect(item.article.text).toContain('\u201CThe boardwalk will be open again by the first of June,\u201D said');
    const r = analyzeArticle(item.article.text, { title: item.article.title });
    expect(r.statements.map((s) => s.speaker.name)).toContain('Lina Moss');
  });
  it('the euro sign and a dash come out as themselves', () => {
    const { text } = decodeWithFallback(bytes('Fares rise to ', [0x80], '4 ', [0x96], ' from Monday.\n'), 'windows-1252');
    expect(text).toBe('Fares rise to \u20AC4 \u2013 from Monday.\n');
  });
  it('the message names the first byte that is no UTF-8 and the characters the reading gave, not only accented letters', () => {
    const { note } = decodeWithFallback(bytes('Caf', [0xe9], ' prices ', [0x93], 'fair', [0x94], ' at ', [0x80], '3\n'), 'windows-1252');
    expect(note).toMatch(/^not valid UTF-8 \(first at byte 0xE9, offset 3, line 1\): read as Windows-1252/u);
    expect(note).toContain('\u00E9 (0xE9), \u201C (0x93), \u201D (0x94), \u20AC (0x80)');
    expect(note).not.toMatch(/accented letters/u);
  });
  it('the message shows an unassigned byte by its number, not as an invisible character', () => {
    const { note } = decodeWithFallback(bytes('Odd ', [0x81], ' byte\n'), 'windows-1252');
    expect(note).toContain('0x81 (U+0081, no character in Windows-1252)');
    expect(note).not.toContain('\u0081');
  });
  it('a valid UTF-8 file is read as UTF-8 with no message, also with curly quotes', () => {
    const r = decodeWithFallback(Buffer.from('\u201CFine,\u201D she said. \u20AC5.\n', 'utf8'), 'windows-1252');
    expect(r).toEqual({ text: '\u201CFine,\u201D she said. \u20AC5.\n' });
  });
});

describe('a JSON article whose title is given apart from its text is read as the same .txt article', () => {
  // (the text's first line was taken as the headline by the speaker and stance stages whatever the title said, so a
  // name written first in the lede, "director Odile Farrant", was no person's name and "Odile" stayed a target alone)
  const title = 'Director leaves Kessen show in sponsor row';
  const body = 'KESSEN, Norland, May 12 (Wire) - The acclaimed director Odile Farrant withdrew her new series from the Kessen Spring Exhibition on Tuesday.\n\n'
    + 'Harbourlight Gallery, which holds the sale rights to the series, said in a brief statement that it "fully supports Odile\'s right to follow her conscience" and would show the paintings in June as planned.\n';
  const analysed = (name: string, text: string) => {
    const buf = Buffer.from(text, 'utf8');
    const items = [...readArticles([name], { readFile: () => buf, statFile: () => ({ isFile: () => true, size: buf.length }) })];
    const item = items[0];
    if (!item?.ok) throw new Error('not read');
    return analyzeDocument(item.article);
  };
  const targets = (r: ReturnType<typeof analyzeDocument>) => r.statements.map((s) => [s.speaker.name, s.act, s.targets.map((t) => [t.name, t.stance])]);
  it('the same speakers, acts and targets from a .txt file and a .jsonl line with a title', () => {
    const txt = analysed('/tmp/show.txt', `${title}\n${body}`);
    const jsonl = analysed('/tmp/show.jsonl', `${JSON.stringify({ id: 'show', title, text: body })}\n`);
    expect(targets(txt).some(([, , t]) => (t as string[][]).some(([n]) => n === 'Odile Farrant'))).toBe(true);
    expect(targets(jsonl)).toEqual(targets(txt));
  });
  it('the whole result is the .txt file\'s, its offsets moved to index the JSON text, and every span slices that text', () => {
    const shift = title.length + 1;
    const txt = analysed('/tmp/show.txt', `${title}\n${body}`);
    const jsonl = analysed('/tmp/show.jsonl', `${JSON.stringify({ id: 'show', title, text: body })}\n`);
    const moved = JSON.parse(JSON.stringify(txt.statements), (k, v) => ((k === 'start' || k === 'end') && typeof v === 'number' ? v - shift : v));
    expect(jsonl.statements.map(({ id: _i, ...rest }) => rest)).toEqual(moved.map(({ id: _i, ...rest }: { id: string }) => rest));
    expect(jsonl.article.text).toBe(body);
    for (const s of jsonl.statements) {
      expect(s.id).toBe(`show#${s.content.start}-${s.content.end}`);
      expect(body.slice(s.content.start, s.content.end)).toBe(s.content.text);
      if (s.cue) expect(body.slice(s.cue.start, s.cue.end)).toBe(s.cue.text);
      for (const e of s.targets.flatMap((t) => t.evidence ?? [])) if (e.start !== undefined) expect(body.slice(e.start, e.end)).toBe(e.text);
    }
  });
  it('a JSON text that opens with its title is read as the .txt file too', () => {
    const jsonl = analysed('/tmp/show.jsonl', `${JSON.stringify({ id: 'show', title, text: `${title}\n${body}` })}\n`);
    expect(targets(jsonl)).toEqual(targets(analysed('/tmp/show.txt', `${title}\n${body}`)));
  });
});

describe('the HTML report shows an article\'s headline once', () => {
  const text = 'Ferry fares to rise in spring\n\nThe operator said fares would rise by a tenth in April.\n';
  const statement = (start: number, end: number): Statement => ({
    id: `a#${start}-${end}`, type: 'indirect', content: { start, end, text: text.slice(start, end) }, cue: null,
    speaker: { name: 'operator', mention: null, role: null, kind: 'organization' }, act: 'SAY', framing: 'NEUTRAL', targets: [], confidence: 0.8,
  });
  const start = text.indexOf('fares would');
  const card = (title: string, body = text) => htmlArticle({ schemaVersion: 1, article: { id: 'a', source: 'a.txt', title, text: body }, statements: [statement(start, text.indexOf(' in April'))], messages: [] }, speakerPalette());
  const visible = (html: string) => html.replace(/<span class="head" hidden>[\s\S]*?<\/span>/u, '').replace(/<[^>]+>/gu, '');
  it('a text that opens with its title: the title is the heading, and its line in the text is hidden, not dropped', () => {
    const html = card('Ferry fares to rise in spring');
    expect(visible(html).split('Ferry fares to rise in spring')).toHaveLength(2);
    expect(html).toContain('<span class="head" hidden>Ferry fares to rise in spring\n\n</span>');
    // (the text stays whole: the text of the card's .text is the article's text)
    const inner = /<div class="text">([\s\S]*)<\/div><\/article>/u.exec(html)?.[1] ?? '';
    expect(inner.replace(/<[^>]+>/gu, '')).toBe(text);
  });
  it.each([
    ['a title given apart from the text (JSON)', 'Operator plans fare rise', text.replace('Ferry fares to rise in spring\n\n', '')],
    ['a first line that is not the title', 'Operator plans fare rise', text],
    ['no title', '', text],
  ])('hides nothing for %s', (_, title, body) => {
    expect(card(title, body)).not.toContain('class="head"');
  });
  it('the highlight offsets are kept: the statement is marked with exactly its text', () => {
    const html = highlightText(text, [statement(start, text.indexOf(' in April'))], speakerPalette(), true, [], 31);
    expect(/<mark [^>]*>([^<]*)<\/mark>/u.exec(html)?.[1]).toBe('fares would rise by a tenth');
  });
});

describe('self-report evidence is a readable span: the clause the speaker says of itself, whole words, no loose end', () => {
  const clause = (t: string, w: string, until?: number) => {
    const at = t.indexOf(w);
    return selfClause(t, { rule: 'r', start: at, end: at + w.length, text: w }, until).text;
  };
  it.each([
    ['stops before "and" that opens the next clause', 'A club spokeswoman said its coaches held every required licence and that the club had paid for extra training.', 'its', 'its coaches held every required licence'],
    ['stops before "and we" in a quotation', '"We have opened two extra clinics and we are hiring more staff," the manager said.', 'We', 'We have opened two extra clinics'],
    ['goes on past a short "and had", and closes the quotation it opens', 'A spokesman said the council had read its findings and had "acted on them at once".', 'its', 'its findings and had "acted on them at once"'],
    ['ends at the clause\'s comma, not cut before its last word', '"We are asking for no more than what was agreed," she said.', 'We', 'We are asking for no more than what was agreed'],
    ['ends on no loose word when the words run out', 'The firm said its engineers had', 'its', 'its engineers'],
  ])('%s', (_, t, w, want) => {
    expect(clause(t, w)).toBe(want);
  });
  it('stays inside the statement\'s content', () => {
    const t = 'The club said its coaches were licensed. Fans cheered.';
    expect(clause(t, 'its', t.indexOf('.'))).toBe('its coaches were licensed');
    expect(clause(t, 'its', t.indexOf(' were'))).toBe('its coaches');
  });
  it('in the pipeline: the evidence of a self-report FAVOR is the clause, and the stance is unchanged', () => {
    const r = analyzeArticle('Clinic hours extended\n\nA spokeswoman for Dunmore Health said its clinics had met every target this year and that waiting times had fallen.\n');
    const self = r.statements.flatMap((s) => s.targets).find((t) => t.evidence?.[0]?.rule === 'stance:favor:self-report');
    expect(self?.stance).toBe('FAVOR');
    expect(self?.evidence?.[0]?.text).toBe('its clinics had met every target this year');
  });
});
