// stances.csv's `evidence`: the words that decided, whole words, never a pronoun alone or a word cut mid-way.
// Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/analyze.js';
import { selfClause, wholeWords } from '../src/stages/stance/judge-stance.js';

const HEAD = 'News in brief\n\n';
const evidenceOf = (body: string) => analyzeArticle(HEAD + body).statements.flatMap((s) => s.targets.flatMap((t) => (t.evidence ?? []).map((e) => ({ target: t.name, stance: t.stance, rule: e.rule, text: e.text, note: e.note, start: e.start, end: e.end }))));

describe('wholeWords', () => {
  const t = 'I have not seen any request, she said.';
  it('widens a span cut inside a word to the whole word', () => {
    expect(wholeWords(t, { rule: 'r', start: 0, end: 12 }).text).toBe('I have not seen');
    expect(wholeWords(t, { rule: 'r', start: 9, end: 13 }).text).toBe('not seen');
  });
  it('leaves a span of whole words alone', () => {
    const ev = { rule: 'r', start: 7, end: 15, text: 'not seen' };
    expect(wholeWords(t, ev)).toBe(ev);
  });
});

describe('selfClause', () => {
  it('gives the self-reference with its clause after it', () => {
    const t = '"We are asking for nothing more than what was agreed," she said.';
    expect(selfClause(t, { rule: 'r', start: 1, end: 3, text: 'We' }).text).toBe('We are asking for nothing more than what was agreed');
  });
  it('gives the clause before a pronoun that ends it', () => {
    const t = '"She works with us, and she is staying," he said.';
    const at = t.indexOf('us,');
    expect(selfClause(t, { rule: 'r', start: at, end: at + 2, text: 'us' }).text).toBe('She works with us');
  });
  it('stops at the clause\'s punctuation', () => {
    const t = '"I voted for it. The rest is noise," he said.';
    expect(selfClause(t, { rule: 'r', start: 1, end: 2, text: 'I' }).text).toBe('I voted for it');
  });
});

describe('stance evidence in the pipeline', () => {
  it('a self-report FAVOR shows what the speaker says of itself, not "We" alone', () => {
    const ev = evidenceOf('"We have hired forty new nurses this year," said Ada Morrow, a spokeswoman for Calder Health.');
    const self = ev.find((e) => e.rule === 'stance:favor:self-report');
    expect(self?.text).toBe('We have hired forty new nurses this year');
  });
  it('no evidence span of a corpus-like paragraph starts or ends inside a word', () => {
    const body = 'Harlow Foods opened a new bakery in Dunmore on Monday.\n\n"I have not seen any complaint. Nobody has written to my office," said Petra Lind, the mayor.\n\n'
      + '"We regret nothing," Lind added. Councillor Rhys Bowen accused Harlow Foods of ignoring the planning rules.';
    const full = HEAD + body;
    for (const e of evidenceOf(body)) {
      if (e.start === undefined || e.end === undefined) continue;
      expect(/[\p{L}\p{N}]/u.test(full[e.start - 1] ?? ' ') && /[\p{L}\p{N}]/u.test(full[e.start] ?? ' ')).toBe(false);
      expect(/[\p{L}\p{N}]/u.test(full[e.end] ?? ' ') && /[\p{L}\p{N}]/u.test(full[e.end - 1] ?? ' ')).toBe(false);
    }
  });
});
