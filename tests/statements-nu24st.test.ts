// Session 24 (wt-fixnu24st), statement spans from two new users' trials: constructions they met on articles of kinds the
// corpus lacks. Sentences are our own, with other names and words; each expectation was written by hand from the
// sentence (LABELS.md "Content span"; GUIDE.md decisions 9, 10, 45).
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/analyze.js';

const statements = (paragraphs: string) => analyzeArticle(`Headline\n${paragraphs.replace(/\|/gu, '\n')}\n`).statements;
const view = (paragraphs: string): [string | null, string][] => statements(paragraphs).map((s) => [s.cue?.text ?? null, s.content.text]);

describe('a fronted "according to" phrase is never the content of the clause\'s own cue (GUIDE section 2)', () => {
  it('fires: the clause after the comma is the according statement; its own cue reads forward', () => {
    const v = view('According to the ledger, four trustees had objected to the sale.');
    expect(v.map(([, c]) => c)).not.toContain('According to the ledger');
    expect(v).toContainEqual(['According to', 'four trustees had objected to the sale']);
  });
  it('fires: a long according phrase with a participle', () => {
    const v = view('According to notes published with the ruling, two judges had argued for a retrial.');
    expect(v.map(([, c]) => c).some((c) => c.startsWith('According to'))).toBe(false);
  });
  it('must not fire: a plain according sentence keeps its one statement', () => {
    expect(view('According to records released on Friday, the firm paid the fine.')).toEqual([['According to', 'the firm paid the fine']]);
  });
  it('must not fire: a fronted prepositional phrase that is no according phrase', () => {
    expect(view('In a letter to staff, the chief executive argued that the cuts were needed.')).toEqual([['argued', 'the cuts were needed']]);
  });
});

describe('", while adding that …": the participle of saying is its own statement, not more of the content before it (GUIDE decision 10)', () => {
  it('fires: the praise ends before the comma', () => {
    const v = view('Grella also praised the coach as “a calm presence”, while adding that trophies were not everything.');
    expect(v).toContainEqual(['praised', 'the coach as “a calm presence”']);
    expect(v).toContainEqual(['adding', 'trophies were not everything']);
  });
  it('fires: "before adding"', () => {
    const v = view('The governor thanked the volunteers for their work, before adding that the cleanup would take months.');
    expect(v.some(([, c]) => c.includes('before adding'))).toBe(false);
  });
  it('must not fire: "while" opening another speaker\'s clause', () => {
    expect(view('The mayor said the road would reopen, while residents said it would not.')).toEqual([['said', 'the road would reopen'], ['said', 'it would not']]);
  });
  it('must not fire: "while" with a clause that is no saying', () => {
    const v = view('The minister said prices had risen, while wages had stayed flat.');
    expect(v).toEqual([['said', 'prices had risen, while wages had stayed flat']]);
  });
});

describe('a no-comment content is the whole object phrase with the clause on its noun (GUIDE decisions 9 and 45)', () => {
  it('fires: a participle after the noun', () => {
    expect(view('The insurer declined to comment on the testimony heard at the inquest.')).toEqual([['declined to comment', 'declined to comment on the testimony heard at the inquest']]);
  });
  it('fires: a contact relative clause with a named subject', () => {
    expect(view('The agency declined to comment on the draft memos Ferrand mentioned.')).toEqual([['declined to comment', 'declined to comment on the draft memos Ferrand mentioned']]);
  });
  it('fires: a "that" clause on the noun', () => {
    expect(view('The navy declined to comment on reports that it had sent two frigates to the strait.')).toEqual([['declined to comment', 'declined to comment on reports that it had sent two frigates to the strait']]);
  });
  it('must not fire: a day after the object', () => {
    expect(view('The club declined to comment on the matter on Tuesday.')).toEqual([['declined to comment', 'declined to comment on the matter']]);
  });
  it('must not fire: the main verb of a relative clause\'s head', () => {
    const v = view('A spokesman who declined to comment on the case said the firm would appeal.');
    expect(v).toContainEqual(['declined to comment', 'declined to comment on the case']);
    expect(v).toContainEqual(['said', 'the firm would appeal']);
  });
});

describe('an adjunct with a gerund between the cue and "that" is not the content (LABELS.md: the reported clause)', () => {
  it('fires: "conceded under questioning from … that"', () => {
    expect(view('Marlow conceded under questioning from the tribunal that he had not read the contract.')).toEqual([['conceded', 'he had not read the contract']]);
  });
  it('must not fire: a gerund that is the content ("admitted to misleading …")', () => {
    expect(view('The chairman admitted to misleading investors about the losses.').map(([, c]) => c)).toEqual(['to misleading investors about the losses']);
  });
  it('must not fire: a gerund after the object\'s "of" ("accused X of burying … that …")', () => {
    const v = view('The tenants’ union has accused Harwick Homes of burying the fee in leases that few tenants ever signed.');
    expect(v.map(([, c]) => c)).toEqual(['Harwick Homes of burying the fee in leases that few tenants ever signed']);
  });
  it('must not fire: a plain "said that" with an adjunct of time', () => {
    expect(view('The minister said on Monday that no deal was close.')).toEqual([['said', 'no deal was close']]);
  });
});

describe('a bare word of saying after a possessive is a noun naming speech, no statement (GUIDE decision 37)', () => {
  it('fires: "the surveyor\'s earlier note that …" reports no statement', () => {
    expect(view('The surveyor’s earlier note that the roof had been patched was shown to the court.')).toEqual([]);
  });
  it('must not fire: a possessive before a role noun and a past cue', () => {
    expect(view('The bank’s chief economist warned that prices would rise.')).toEqual([['warned', 'prices would rise']]);
  });
  it('must not fire: a possessive subject with an adverb and a past cue', () => {
    expect(view('The council’s lawyer later said that the claim had no merit.')).toEqual([['said', 'the claim had no merit']]);
  });
});
