// Content spans of reported statements (session 30, issue 4): where the reported clause of an indirect or mixed
// statement ends. The sentences are written for this file; every expectation was set by hand from LABELS.md
// ("Content span": the reported clause, without the cue and without a trailing attribution).
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/analyze.js';

type Row = { type: string; cue: string; content: string };
const rows = (paragraphs: string): Row[] => {
  const text = `Headline\n${paragraphs}\n`;
  return analyzeArticle(text).statements.map((s) => ({
    type: s.type, cue: s.cue ? text.slice(s.cue.start, s.cue.end) : '', content: text.slice(s.content.start, s.content.end),
  }));
};
const contentOf = (paragraphs: string, cue: string): string[] => rows(paragraphs).filter((r) => r.cue === cue).map((r) => r.content);

describe('a relative clause on the object, then the complement that completes it, is inside the content', () => {
  it('"urged X, which …, to act": the infinitive after the relative clause is the request', () => {
    expect(contentOf('The league urged the club, which has three home games left, to close the north stand.', 'urged'))
      .toEqual(['the club, which has three home games left, to close the north stand']);
  });
  it('"accused X, which …, of doing": the "of" phrase after the relative clause is the charge', () => {
    expect(contentOf('The union accused the operator, which runs the depot at Halden, of cutting safety checks.', 'accused'))
      .toEqual(['the operator, which runs the depot at Halden, of cutting safety checks']);
  });
  it('must not fire: a relative clause closing the sentence after a plain object stays out', () => {
    expect(contentOf('The minister praised the firefighters, who worked through the night.', 'praised'))
      .toEqual(['the firefighters']);
  });
  it('must not fire: a second act after the relative clause is not the object\'s complement', () => {
    const got = rows('The mayor praised the volunteers, who cleared the park, and said the city would repay them.');
    expect(got).toContainEqual(expect.objectContaining({ cue: 'praised', content: 'the volunteers' }));
  });
});

describe('a relative clause on the subject of an embedded question is inside the question', () => {
  it('"questioned whether X, which …, had …"', () => {
    expect(contentOf('The auditor questioned whether the agency, which has six inspectors for 300 farms, could enforce the rules.', 'questioned'))
      .toEqual(['whether the agency, which has six inspectors for 300 farms, could enforce the rules']);
  });
  it('"declined to say whether X, which …, would …" (a no-comment)', () => {
    const got = rows('A council spokesman declined to say whether the contract, which runs until 2028, would be renewed.');
    expect(got).toContainEqual(expect.objectContaining({ content: 'declined to say whether the contract, which runs until 2028, would be renewed' }));
  });
  it('must not fire: a relative clause after the question\'s own verb, with no verb after it, stays out', () => {
    const got = rows('A council spokesman declined to say when the pool would reopen, which angered swimmers.');
    expect(got).toContainEqual(expect.objectContaining({ content: 'declined to say when the pool would reopen' }));
  });
});

describe('a pluperfect joined by "and" to a reported clause in the pluperfect is part of that clause', () => {
  it('"said it had X and had ordered Y": one statement over both predicates', () => {
    expect(contentOf('The agency said it had closed the bridge on Friday and had ordered checks on two others.', 'said'))
      .toEqual(['it had closed the bridge on Friday and had ordered checks on two others']);
  });
  it('"told X that she had … and had been told …"', () => {
    expect(contentOf('The driver told the inquiry that she had reported the fault twice and had been told the brakes were fine.', 'told'))
      .toEqual(['she had reported the fault twice and had been told the brakes were fine']);
  });
  it('so with "but", and with an adverb inside the first pluperfect', () => {
    expect(contentOf('A governor said several trustees had privately voiced doubts about the sale but had been told that delay would cost the school its rating.', 'said'))
      .toEqual(['several trustees had privately voiced doubts about the sale but had been told that delay would cost the school its rating']);
  });
  it('must not fire: "but" with a simple past is the speaker\'s next act', () => {
    expect(contentOf('The mayor said the plan had failed but warned that cuts would follow.', 'said')).toEqual(['the plan had failed']);
  });
  it('must not fire: a simple past after "and" is the speaker\'s next act', () => {
    expect(contentOf('The minister said the plan had failed and ordered an inquiry.', 'said')).toEqual(['the plan had failed']);
  });
});

describe('a reporter\'s appositive comment after the reported clause is outside the content', () => {
  it('", a figure no auditor … has confirmed" closes the content', () => {
    expect(contentOf('The owner claimed the club had lost $2 million last year, a figure no auditor outside the club has confirmed.', 'claimed'))
      .toEqual(['the club had lost $2 million last year']);
  });
  it('after a quoted fragment the comma inside the closing mark stays with the fragment', () => {
    const got = rows('The firm said the files had been kept for “quality control,” a common practice in which staff review old orders.');
    expect(got).toContainEqual(expect.objectContaining({ cue: 'said', content: 'the files had been kept for “quality control,”' }));
  });
  it('must not fire: an appositive in mid-clause, followed by more of the clause, stays inside', () => {
    expect(contentOf('The survey found serious fire hazards, the highest level under the code, in 12 of the 40 homes visited.', 'found'))
      .toEqual(['serious fire hazards, the highest level under the code, in 12 of the 40 homes visited']);
  });
  it('a comment set off with a participle ("a practice known as …") is outside too', () => {
    expect(contentOf('The agent admitted he had paid the player\'s family, a practice known in the sport as “sweetening”.', 'admitted'))
      .toEqual(['he had paid the player\'s family']);
  });
  it('must not fire: after a fronted "after" clause, the main clause opening with a comment noun stays inside', () => {
    expect(contentOf('The spokesman said that after the inquiry ended, the decision the panel took was final.', 'said'))
      .toEqual(['after the inquiry ended, the decision the panel took was final']);
  });
  it('must not fire: after a fronted "when" clause', () => {
    expect(contentOf('The clerk said that when the audit is done, the figure the council publishes will be checked.', 'said'))
      .toEqual(['when the audit is done, the figure the council publishes will be checked']);
  });
  it('must not fire: after a fronted "if" clause', () => {
    expect(contentOf('The treasurer said that if the bid fails, the sum the town must find will double.', 'said'))
      .toEqual(['if the bid fails, the sum the town must find will double']);
  });
  it('must not fire: a noun with a clause on it that goes on with its own predicate ("the figure the board approved was …")', () => {
    expect(contentOf('The tenant said the rent rose again, the figure the board approved was too high.', 'said'))
      .toEqual(['the rent rose again, the figure the board approved was too high']);
  });
  it('a comment whose relative clause has its own auxiliary and verb is still outside', () => {
    expect(contentOf('The clerk said the levy rose by 4 percent, a figure the council has not disputed.', 'said'))
      .toEqual(['the levy rose by 4 percent']);
  });
  it('after a fronted clause, a comment at a later comma is still outside', () => {
    expect(contentOf('The owner said that after the season ended, the club had lost $3 million, a figure that nobody could check.', 'said'))
      .toEqual(['after the season ended, the club had lost $3 million']);
  });
  it('must not fire: an appositive describing a person named in the clause stays inside', () => {
    expect(contentOf('The council said it had hired Jones, a builder who lives in the town.', 'said'))
      .toEqual(['it had hired Jones, a builder who lives in the town']);
  });
});

describe('"and alleged that …" after a content is the speaker\'s next act, a statement of its own', () => {
  it('after an accusation with a quoted fragment', () => {
    const got = rows('The tenants accused the landlord of “treating us like cattle” and alleged that repairs had been ignored for years.');
    expect(got).toContainEqual(expect.objectContaining({ cue: 'accused', content: 'the landlord of “treating us like cattle”' }));
    expect(got).toContainEqual(expect.objectContaining({ cue: 'alleged', content: 'repairs had been ignored for years' }));
  });
  it('must not fire: "the alleged …" before a noun stays an adjective inside the content', () => {
    expect(contentOf('The police said the alleged victim had left the town.', 'said')).toEqual(['the alleged victim had left the town']);
  });
});
