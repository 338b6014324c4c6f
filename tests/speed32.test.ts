// The one statement-span mapper (src/map-statement-spans.ts) that withoutHeadline, onOriginalText and the windows'
// join share: what moves, what is dropped or noted when it has no place in the new coordinates, and that the other
// fields keep their order (the reports' bytes depend on it).
import { describe, expect, it } from 'vitest';
import { mapStatementSpans, type SpanMapping, type StatementSpans } from '../src/map-statement-spans.js';
import type { Span } from '../src/model/labels.js';
import { analyzeArticle, analyzeDocument } from '../src/analyze.js';

/** A hand-built statement: headline `[0, 20)`, the body after it. */
const statement = (): StatementSpans & { id: string; act: string } => ({
  id: 'x#40-60',
  content: { start: 40, end: 60, text: 'c', pieces: [{ start: 40, end: 45, text: 'p1' }, { start: 50, end: 60, text: 'p2' }] },
  cue: { start: 10, end: 14, text: 'said', lemma: 'say' },
  speaker: { name: 'Ana Vel', mention: { start: 2, end: 9, text: 'Ana Vel' }, role: null, kind: 'person' },
  act: 'CLAIM',
  targets: [
    { name: 'Orvo', stance: 'AGAINST', evidence: [{ rule: 'a', start: 3, end: 8, text: 'in head' }, { rule: 'b', start: 41, end: 44, text: 'body' }, { rule: 'c', note: 'no place' }] },
    { name: 'Pell', stance: 'NONE' },
  ],
  evidence: [{ rule: 'act:cue', start: 18, end: 25, text: 'across' }],
});

const shiftBy = (by: number) => <T extends Span>(x: T): T => ({ ...x, start: x.start - by, end: x.end - by });

describe('mapStatementSpans', () => {
  it('moves every span when nothing is outside (the readable text onto the text as given)', () => {
    const m = mapStatementSpans(statement(), { move: shiftBy(-5) });
    expect(m.content).toMatchObject({ start: 45, end: 65 });
    expect(m.content.pieces?.map((p) => [p.start, p.end])).toEqual([[45, 50], [55, 65]]);
    expect(m.cue).toMatchObject({ start: 15, end: 19, lemma: 'say' });
    expect(m.speaker.mention).toMatchObject({ start: 7, end: 14 });
    expect(m.targets[0]?.evidence?.map((e) => [e.start, e.end])).toEqual([[8, 13], [46, 49], [undefined, undefined]]);
    expect(m.evidence?.[0]).toEqual({ rule: 'act:cue', start: 23, end: 30, text: 'across' });
    expect(m.targets[1]).toEqual({ name: 'Pell', stance: 'NONE' });
  });

  it('drops a mention in the headline and notes evidence there, but moves the cue (withoutHeadline)', () => {
    const mapping: SpanMapping = { move: shiftBy(20), outside: { test: (x) => x.start < 20, note: 'in the headline', cue: false } };
    const m = mapStatementSpans(statement(), mapping);
    expect(m.speaker.mention).toBeNull();
    expect(m.cue).toMatchObject({ start: -10, end: -6 });
    expect(m.targets[0]?.evidence).toEqual([{ rule: 'a', note: 'in the headline: in head' }, { rule: 'b', start: 21, end: 24, text: 'body' }, { rule: 'c', note: 'no place' }]);
    expect(m.evidence).toEqual([{ rule: 'act:cue', note: 'in the headline: across' }]);
  });

  it('drops a cue and a mention across the headline and a window (the windows\' join)', () => {
    const across = (x: Span): boolean => x.start < 20 && x.end > 20;
    const s = { ...statement(), cue: { start: 18, end: 22, text: 'said', lemma: 'say' } };
    const m = mapStatementSpans(s, { move: shiftBy(-100), outside: { test: across, note: 'across', cue: true } });
    expect(m.cue).toBeNull();
    expect(m.speaker.mention).toMatchObject({ start: 102, end: 109 });
    expect(m.evidence).toEqual([{ rule: 'act:cue', note: 'across: across' }]);
    const kept = mapStatementSpans(statement(), { move: shiftBy(-100), outside: { test: across, note: 'across', cue: true } });
    expect(kept.cue).toMatchObject({ start: 110, end: 114 });
  });

  it('keeps the statement\'s other fields and their order', () => {
    const m = mapStatementSpans(statement(), { move: shiftBy(1) });
    expect(Object.keys(m)).toEqual(Object.keys(statement()));
    expect(Object.keys(m.content)).toEqual(['start', 'end', 'text', 'pieces']);
    expect(m.act).toBe('CLAIM');
  });
});

describe('the three callers on one article', () => {
  const head = 'Mayor of Tessvik answers the harbour board';
  const body = 'Ilse Varn, the mayor of Tessvik, said the harbour board had ignored every letter from the town.\n\n"We waited two winters for a reply," Varn told reporters on Monday.\n';

  it('gives a title apart from the text the offsets of the text as given', () => {
    const apart = analyzeDocument({ id: 'a', source: 'a.json', title: head, text: body });
    const whole = analyzeArticle(`${head}\n${body}`, { id: 'a' });
    expect(apart.statements.length).toBe(whole.statements.length);
    expect(apart.statements.length).toBeGreaterThan(0);
    apart.statements.forEach((s, i) => {
      const w = whole.statements[i];
      expect(s.content.start).toBe((w?.content.start ?? 0) - head.length - 1);
      expect(body.slice(s.content.start, s.content.end)).toBe(s.content.text);
      if (s.cue) expect(body.slice(s.cue.start, s.cue.end)).toBe(s.cue.text);
      if (s.speaker.mention) expect(body.slice(s.speaker.mention.start, s.speaker.mention.end)).toBe(s.speaker.mention.text);
      expect(s.id).toBe(`a#${s.content.start}-${s.content.end}`);
    });
  });

  it('moves spans read through a character reference back onto the text as given', () => {
    const given = `${head}\n${body.replace('Ilse Varn, the', 'Ilse Varn,&nbsp;the')}`;
    const r = analyzeArticle(given, { id: 'b' });
    expect(r.statements.length).toBeGreaterThan(0);
    for (const s of r.statements) {
      expect(given.slice(s.content.start, s.content.end)).toBe(s.content.text);
      if (s.speaker.mention) expect(given.slice(s.speaker.mention.start, s.speaker.mention.end)).toBe(s.speaker.mention.text);
      for (const e of s.evidence ?? []) if (e.start !== undefined && e.end !== undefined && e.text !== undefined) expect(given.slice(e.start, e.end)).toBe(e.text);
    }
  });
});
