// Session 15: what a new user's three articles (an earnings story, a flood report, a parliamentary debate) showed.
// Sentences are our own, with other names and topics; each expectation was written by hand from the sentence.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/analyze.js';
import { datelineSpans } from '../src/stages/segment/datelines.js';

/** The statements of a short article with a headline. */
function statementsOf(body: string): ReturnType<typeof analyzeArticle>['statements'] {
  return analyzeArticle(`Headline here\n\n${body}\n`).statements;
}
/** The innermost statement whose content holds `content`. */
function statementWith(body: string, content: string): ReturnType<typeof analyzeArticle>['statements'][number] {
  const list = statementsOf(body);
  const st = list.filter((s) => s.content.text.includes(content)).sort((a, b) => a.content.text.length - b.content.text.length)[0];
  if (!st) throw new Error(`no statement holds “${content}”: ${list.map((s) => s.content.text).join(' | ')}`);
  return st;
}

describe('a wire dateline is no part of a statement, no target and no antecedent', () => {
  it.each([
    ['CITY, Region, Date (Agency) -', 'MARLOW, Tessany, June 3 (Wire) - Grain prices rose sharply across the region on Monday after a dry spring cut yields, traders said.'],
    ['CITY (Agency) —', 'BRENN (AP) — Grain prices rose sharply across the region on Monday after a dry spring cut yields, traders said.'],
    ['CITY, Date –', 'TORVIK, June 3 – Grain prices rose sharply across the region on Monday after a dry spring cut yields, traders said.'],
  ])('%s', (_form, body) => {
    const st = statementWith(body, 'after a dry spring');
    expect(st.content.text.startsWith('Grain prices rose')).toBe(true);
    expect(st.targets.map((t) => t.name)).not.toContain('Associated Press');
  });
  it('the agency is not what “its” points back to', () => {
    const st = statementWith('DORSK, May 2 (Reuters) - Talvik Mining reported a loss for the year, and its finance director told investors that costs would fall.', 'costs would fall');
    expect(st.speaker.name).not.toBe('Reuters');
  });
  it('a dateline opening a later paragraph', () => {
    expect(datelineSpans('Prices up\n\nLONDON, March 4 (PA) - Prices rose.').map((d) => d.start)).toEqual([11]);
  });
  it('must not fire: a body in capitals opening a paragraph with a lower-case appositive', () => {
    expect(datelineSpans('NATO, the Western military alliance, on Monday said its members would meet - again - in May.')).toEqual([]);
  });
  it('must not fire: a capitalised word in mid-sentence before a dash, or a dash in an ordinary sentence', () => {
    expect(datelineSpans('The talks between Arden and the UN - which began in May - ended on Friday.')).toEqual([]);
    expect(datelineSpans('Officials said the figures - released on Monday - were provisional.')).toEqual([]);
    const st = statementWith('The council said the figures - released on Monday - were provisional.', 'were provisional');
    expect(st.content.text.startsWith('the figures')).toBe(true);
  });
});
