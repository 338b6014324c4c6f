// Speakers, session 16 (review fixes): a possessed role followed by a full name is the named person; a title "of" a
// body before a first and last name, and a title word before a body's head ("the Justice Department"), are read
// apart from the name run. The sentences are written for this file.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/analyze.js';
import { speakerOf } from './speaker-helpers.js';

describe('a possessive description, a role and a full name', () => {
  it.each([
    // (the function's noun before a post's noun stays in the role, GUIDE decision 40's "health officer", "safety
    // representative": a safety officer)
    ['the union’s officer after another body', 'Drivers accused Hollin Dairies of ignoring the rota. The union’s safety officer Mara Quill said the crews were exhausted.', 'the crews were exhausted', 'Mara Quill', 'safety officer'],
    ['its spokesman with a name', 'Hollin Dairies denied the claims. Its spokesman Tom Adair said the tanks were sound.', 'the tanks were sound', 'Tom Adair', 'spokesperson'],
  ])('%s', (_rule, body, content, name, role) => {
    expect(speakerOf(body, content)).toMatchObject({ name, kind: 'person', role });
  });
  it.each([
    ['a possessed role with no name', 'Hollin Dairies denied the claims. Its spokesman said the tanks were sound.', 'the tanks were sound', 'Hollin Dairies', 'organization'],
    ['a role and a name set off by commas', 'Hollin Dairies denied the claims. The company’s chief executive, Petra Lusk, said the tanks were sound.', 'the tanks were sound', 'Petra Lusk', 'person'],
  ])('must not change: %s', (_rule, body, content, name, kind) => {
    expect(speakerOf(body, content)).toMatchObject({ name, kind });
  });
});

describe('a title "of" a body before a first and last name', () => {
  it('the person, and the surname later', () => {
    const body = 'Secretary of State Warren Tippett said the talks would resume. Tippett said he was hopeful about a deal.';
    expect(speakerOf(body, 'the talks would resume')).toMatchObject({ name: 'Warren Tippett', kind: 'person', role: 'secretary' });
    expect(speakerOf(body, 'he was hopeful')).toMatchObject({ name: 'Warren Tippett', kind: 'person' });
  });
  it.each([
    ['a body named with "of"', 'The Bank of Ireland said its profits rose.', 'its profits rose', 'Bank of Ireland'],
    ['a department named with "of" alone', 'The Department of Energy said the plant was safe.', 'the plant was safe', 'Department of Energy'],
  ])('must not fire: %s', (_rule, body, content, name) => {
    expect(speakerOf(body, content)).toMatchObject({ name, kind: 'organization' });
  });
});

describe('a title word before a body’s head word', () => {
  it('the Justice Department', () => {
    expect(speakerOf('The Justice Department said the inquiry had closed.', 'the inquiry had closed')).toMatchObject({ name: 'Justice Department', kind: 'organization' });
  });
  it.each([
    ['a judge titled Justice', 'Justice Ana Pell said the appeal had no merit.', 'the appeal had no merit', 'Ana Pell', 'person'],
    ['another department', 'The Energy Department said the plant was safe.', 'the plant was safe', 'Energy Department', 'organization'],
  ])('must not change: %s', (_rule, body, content, name, kind) => {
    expect(speakerOf(body, content)).toMatchObject({ name, kind });
  });
});

describe('a company named by a trade’s plural goods', () => {
  it('an organisation, and its apposition gives no role', () => {
    expect(speakerOf('Wendle Coaches, the largest coach operator in the county, said fares would rise.', 'fares would rise'))
      .toMatchObject({ name: 'Wendle Coaches', kind: 'organization', role: null });
  });
  it.each([
    ['a person described by a role', 'Rina Dale, a driving instructor in the county, said fares would rise.', 'fares would rise', 'Rina Dale', 'person'],
    ['a company named by another plural head', 'Tarrow Motors, the largest car dealer in the county, said prices would rise.', 'prices would rise', 'Tarrow Motors', 'organization'],
  ])('must not change: %s', (_rule, body, content, name, kind) => {
    expect(speakerOf(body, content)).toMatchObject({ name, kind });
  });
});

describe('a participle with an infinitive modifying the subject is no cue', () => {
  it.each([
    ['told … to, an adverb ending the infinitive', 'Two tenants told to stay indoors said the fumes were choking.', 'the fumes were choking', 'two tenants'],
    ['asked … to, a bare plural subject', 'Porters asked to work overtime said they were worn out.', 'they were worn out', 'Porters'],
  ])('%s', (_rule, body, content, name) => {
    const w = speakerOf(body, content);
    expect(w.name.toLowerCase()).toBe(name.toLowerCase());
    // (the saying verb is the cue, and the participle's infinitive is no statement of its own)
    const r = analyzeArticle(`Talks go on\n${body}\n`);
    expect(r.statements.map((st) => st.cue?.text)).toEqual(['said']);
  });
  it.each([
    ['an active request with its object', 'The council asked tenants to stay indoors on Friday.', 'to stay indoors on Friday', 'council'],
    ['an active request with no object', 'Porters asked to meet the manager on Friday.', 'to meet the manager on Friday', 'porters'],
  ])('must not change: %s', (_rule, body, content, name) => {
    expect(speakerOf(body, content).name.toLowerCase()).toContain(name);
  });
});

describe('a participial cue after a subject with an indefinite apposition', () => {
  it.each([
    ['a named office holder, "a Republican"', 'House Speaker Dana Rook, a Republican, questioned whether the levy would work, noting that it cost too much.', 'it cost too much', 'Dana Rook'],
    ['a senator, "a Democrat"', 'Senator Amos Kell, a Democrat, backed the bill, arguing that it would cut costs.', 'it would cut costs', 'Amos Kell'],
  ])('%s', (_rule, body, content, name) => {
    expect(speakerOf(body, content)).toMatchObject({ name, kind: 'person' });
  });
  it.each([
    ['a time adverbial before the comma', 'On Tuesday, a spokesman for the firm, Ian Lowe, defended the plan, saying it was legal.', 'it was legal', 'Ian Lowe'],
    ['a subject with no apposition', 'Senator Amos Kell backed the bill, arguing that it would cut costs.', 'it would cut costs', 'Amos Kell'],
  ])('must not change: %s', (_rule, body, content, name) => {
    expect(speakerOf(body, content)).toMatchObject({ name });
  });
});
