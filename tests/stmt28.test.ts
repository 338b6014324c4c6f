// Statement and speaker constructions met by new users (session 28): concern and alarm voiced as reporting cues, an age
// set off after a speaker's name, "the opposition" as a speaker, a predicted necessity ("would have to"), and a
// speaker's own earlier concern told with what came of it. Sentences are our own; every expectation was set by hand
// from LABELS.md and corpus/GUIDE.md (section 4, decisions 13, 35, 39, 66, 77, 79, 87, 126).
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/analyze.js';

type Row = { speaker: string; role: string | null; kind: string; act: string; cue: string; content: string };
const rows = (paragraphs: string): Row[] => {
  const text = `Headline\n${paragraphs}\n`;
  return analyzeArticle(text).statements.map((s) => ({
    speaker: s.speaker.name, role: s.speaker.role, kind: s.speaker.kind, act: s.act,
    cue: s.cue ? text.slice(s.cue.start, s.cue.end) : '', content: text.slice(s.content.start, s.content.end),
  }));
};
const pick = (r: Row): Partial<Row> => ({ speaker: r.speaker, act: r.act, cue: r.cue, content: r.content });

describe('concern or alarm voiced, expressed or raised is a cue of warning (LABELS.md WARN: raise concerns)', () => {
  it.each<[string, string, Partial<Row>]>([
    ['voiced concern that',
      'The city approved the new bypass on Tuesday.\nResidents voiced concern that the road would cut the village in two.',
      { speaker: 'residents', act: 'WARN', cue: 'voiced concern', content: 'the road would cut the village in two' }],
    ['expressed alarm that',
      'The hospital trust closed two wards last month.\nThe nurses\' union expressed alarm that patients were being moved at night.',
      { speaker: 'nurses\' union', act: 'WARN', cue: 'expressed alarm', content: 'patients were being moved at night' }],
    ['voiced alarm at (the preposition is no part of the content, decision 39)',
      'The firm dumped waste in the river.\nEnvironmental groups voiced alarm at the scale of the spill.',
      { speaker: 'environmental groups', act: 'WARN', cue: 'voiced alarm', content: 'the scale of the spill' }],
    ['raised concerns that',
      'The ministry cut the grant.\nThe charity raised concerns that the cuts would hit children hardest.',
      { speaker: 'charity', act: 'WARN', cue: 'raised concerns', content: 'the cuts would hit children hardest' }],
    ['expressed deep concern that (an adjective before the noun)',
      'The ministry cut the grant.\nCampaigners have expressed deep concern that the shelter will close.',
      { speaker: 'campaigners', act: 'WARN', cue: 'expressed deep concern', content: 'the shelter will close' }],
    ['voiced its concern that (a possessive before the noun)',
      'The ministry cut the grant.\nThe union voiced its concern that jobs would be lost.',
      { speaker: 'union', act: 'WARN', cue: 'voiced its concern', content: 'jobs would be lost' }],
    ['raised concerns over',
      'The ministry cut the grant.\nTeachers raised fresh concerns over the exam timetable.',
      { act: 'WARN', cue: 'raised fresh concerns', content: 'the exam timetable' }],
  ])('%s', (_name, paragraphs, expected) => {
    const found = rows(paragraphs);
    expect(found).toHaveLength(1);
    expect(pick(found[0] as Row)).toMatchObject(expected);
  });

  it.each<[string, string]>([
    ['must not fire: an alarm raised at a fire reports no words', 'The fire started at midnight.\nA neighbour raised the alarm when she saw smoke coming from the roof.'],
    ['must not fire: condolences expressed', 'The ministry cut the grant.\nThe minister expressed his condolences to the families.'],
    ['must not fire: concern with nothing after it', 'The ministry cut the grant.\nThe minister expressed concern.'],
  ])('%s', (_name, paragraphs) => {
    expect(rows(paragraphs)).toEqual([]);
  });
});

describe('an age set off after a speaker\'s name does not break the apposition', () => {
  it.each<[string, string, Partial<Row>]>([
    ['after a fronted phrase: the name speaks, the description gives the role',
      'The clinic reopened on Friday.\nOutside the clinic, Maria Lopes, 34, a nurse, said staff were relieved.',
      { speaker: 'Maria Lopes', role: 'nurse', kind: 'person', content: 'staff were relieved' }],
    ['after a fronted date',
      'The flood waters receded on Sunday.\nOn Monday, Kenneth Baird, 70, a retired teacher, said the council had done nothing.',
      { speaker: 'Kenneth Baird', kind: 'person', content: 'the council had done nothing' }],
    ['content before a name, age and description, then the cue',
      'The clinic reopened on Friday.\nStaff were relieved, Maria Lopes, 34, a nurse, said.',
      { speaker: 'Maria Lopes', role: 'nurse', content: 'Staff were relieved' }],
    ['"according to" a name and age before the content',
      'The clinic reopened on Friday.\nAccording to Maria Lopes, 34, a nurse at the clinic, staff were relieved.',
      { speaker: 'Maria Lopes', role: 'nurse', cue: 'According to', content: 'staff were relieved' }],
    ['"according to" a name and age after a short content',
      'The clinic reopened on Friday.\nStaff were relieved, according to Maria Lopes, 34.',
      { speaker: 'Maria Lopes', cue: 'according to', content: 'Staff were relieved' }],
    ['"according to" a name and a description after a short content',
      'The clinic reopened on Friday.\nStaff were relieved, according to Maria Lopes, a nurse at the clinic.',
      { speaker: 'Maria Lopes', role: 'nurse', content: 'Staff were relieved' }],
  ])('%s', (_name, paragraphs, expected) => {
    const found = rows(paragraphs);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject(expected);
  });

  it.each<[string, string, Partial<Row>]>([
    ['must not change: name, age and description opening the sentence',
      'The flood waters receded on Sunday.\nKenneth Baird, 70, praised the volunteers who cleared the flooded streets.',
      { speaker: 'Kenneth Baird', act: 'PRAISE', content: 'the volunteers who cleared the flooded streets' }],
    ['must not change: an inverted cue before the name and age',
      'The clinic reopened on Friday.\n"We have waited two years for this," said Maria Lopes, 34, a nurse at the clinic.',
      { speaker: 'Maria Lopes', role: 'nurse', content: 'We have waited two years for this,' }],
    ['must not change: "according to" with a long content after the source',
      'The clinic reopened on Friday.\nAccording to the health board, a nurse at the clinic had raised the problem in March.',
      { speaker: 'health board', content: 'a nurse at the clinic had raised the problem in March' }],
  ])('%s', (_name, paragraphs, expected) => {
    const found = rows(paragraphs);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject(expected);
  });
});

describe('"the opposition" is a group speaker (GUIDE decisions 13 and 66: a side with its own stake)', () => {
  it.each<[string, string, Partial<Row>]>([
    ['"The opposition said"',
      'The budget passed by four votes.\nThe opposition said the plan would leave pensioners worse off.',
      { speaker: 'opposition', kind: 'group', role: null, act: 'SAY' }],
    ['"the opposition accused the government of"',
      'The budget passed by four votes.\nThe opposition accused the government of hiding the true cost of the scheme.',
      { speaker: 'opposition', kind: 'group', act: 'ACCUSE' }],
    ['"according to the opposition"',
      'The budget passed by four votes.\nThe scheme will cost twice as much as planned, according to the opposition.',
      { speaker: 'opposition', kind: 'group' }],
    ['must not change: a named opposition party is that party',
      'The budget passed by four votes.\nThe opposition Social Democrats said the plan would leave pensioners worse off.',
      { speaker: 'Social Democrats', kind: 'organization' }],
    ['must not change: the opposition leader named',
      'The budget passed by four votes.\nThe opposition leader, Ana Ruiz, said the plan would leave pensioners worse off.',
      { speaker: 'Ana Ruiz', kind: 'person', role: 'opposition leader' }],
  ])('%s', (_name, paragraphs, expected) => {
    const found = rows(paragraphs);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject(expected);
  });
});

describe('a necessity predicted with "would" is no demand (GUIDE decisions 35 and 126)', () => {
  it.each<[string, string, string]>([
    ['the council would have to raise fees',
      'The budget passed by four votes.\nA council spokesman said the council would have to raise fees next year.', 'SAY'],
    ['a party would have to cut staff',
      'The budget passed by four votes.\nThe minister said the hospital would have to close two wards.', 'SAY'],
    ['the speaker would need to sell',
      'The budget passed by four votes.\nA farmer, Jon Hale, said he would need to sell half his herd.', 'SAY'],
    ['must not fire: "must"',
      'The budget passed by four votes.\nThe union said the council must raise wages.', 'DEMAND'],
    ['must not fire: "would need to … immediately" presses the party',
      'The care home failed its inspection.\nA councillor, Tim Ross, said the owners would need to replace the manager immediately.', 'DEMAND'],
    ['must not fire: "has to … now"',
      'The budget passed by four votes.\nThe union said the council has to raise wages now.', 'DEMAND'],
  ])('%s', (_name, paragraphs, act) => {
    const found = rows(paragraphs);
    expect(found).toHaveLength(1);
    expect((found[0] as Row).act).toBe(act);
  });
});

describe('a speaker\'s own earlier concern: SAY told bare (decision 77), CRITICIZE with its brush-off (decision 79)', () => {
  it.each<[string, string, Partial<Row>]>([
    ['concerns raised earlier, told bare',
      'The lorry crashed on the bypass.\nA dispatcher, Ben Ruiz, said he had raised concerns with his supervisor twice.',
      { speaker: 'Ben Ruiz', act: 'SAY', content: 'he had raised concerns with his supervisor twice' }],
    ['concerns a body raised earlier, told bare',
      'The tower block was evacuated.\nThe builders\' union said it had raised concerns about the pace of work with the contractor in October.',
      { speaker: 'builders\' union', act: 'SAY', content: 'it had raised concerns about the pace of work with the contractor in October' }],
    ['concerns raised, then "was told to …": one statement, CRITICIZE',
      'The lorry crashed on the bypass.\nA dispatcher, Ben Ruiz, said he had raised concerns with his supervisor twice and was told to keep quiet.',
      { speaker: 'Ben Ruiz', act: 'CRITICIZE', content: 'he had raised concerns with his supervisor twice and was told to keep quiet' }],
    ['a request, then "had been told to …": CRITICIZE, not DEMAND',
      'The gates were shut late.\nA steward told the inquiry he had asked a supervisor to close the turnstiles and had been told to "keep them moving."',
      { speaker: 'steward', act: 'CRITICIZE', content: 'he had asked a supervisor to close the turnstiles and had been told to "keep them moving."' }],
    ['must not change: a request told bare is DEMAND (decision 77)',
      'The gates were shut late.\nA steward, Ian Cole, said he had asked a supervisor to close the turnstiles.',
      { speaker: 'Ian Cole', act: 'DEMAND' }],
    ['must not change: concerns raised now are WARN',
      'The tower block was evacuated.\nThe builders\' union said it was raising concerns about the pace of work with the contractor.',
      { speaker: 'builders\' union', act: 'WARN' }],
  ])('%s', (_name, paragraphs, expected) => {
    const found = rows(paragraphs);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject(expected);
  });

  it('must not change: told by a named party is cut, and the conjunction alone is no statement', () => {
    expect(rows('The lorry crashed on the bypass.\nA dispatcher, Ben Ruiz, said he had complained and was told by the board to keep quiet.')
      .map((r) => r.content)).toEqual(['he had complained']);
  });
});

describe('a source described by a relative clause with no comma before the cue speaks (the head before "who")', () => {
  it.each<[string, string, Partial<Row>]>([
    ['"who asked not to be identified said"',
      'The plant closed.\nA city official who asked not to be identified said the meetings were routine.',
      { speaker: 'city official', kind: 'anonymous', content: 'the meetings were routine' }],
    ['two relative predicates joined by "and"',
      'The estate drained the fields.\nSeveral farmers who rent land from the estate and asked not to be named said the drainage had worked.',
      { speaker: 'several farmers', content: 'the drainage had worked' }],
    ['a set-off clause of reason after the relative clause',
      'The app froze accounts.\nA nurse who asked not to be named, because she feared her account would be closed, told the paper she had been locked out.',
      { speaker: 'nurse', cue: 'told', content: 'she had been locked out' }],
    ['a second relative clause set off by ", and who …,"',
      'The home failed its inspection.\nA care assistant who has worked at the home for six years, and who asked not to be named, said the rota was thin.',
      { speaker: 'care assistant', content: 'the rota was thin' }],
    ['"who were sacked last week said"',
      'The plant closed.\nWorkers who were sacked last week said the plant was unsafe.',
      { speaker: 'workers', content: 'the plant was unsafe' }],
    ['must not change: a relative clause inside the content',
      'The plant closed.\nParents said the teacher who resigned was popular.',
      { speaker: 'parents', content: 'the teacher who resigned was popular' }],
  ])('%s', (_name, paragraphs, expected) => {
    const found = rows(paragraphs);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject(expected);
  });

  it('must not fire: a relative clause inside a clause with no cue', () => {
    expect(rows('The plant closed.\nThe plan, which residents who live nearby opposed, was approved on Monday.')).toEqual([]);
  });
});

describe('a participle after the addressee of "written to" is the writer\'s act', () => {
  it.each<[string, string, Partial<Row>]>([
    ['"has written to X demanding"',
      'The lifeboat crew resigned.\nThe local MP, Tamsin Carne, has written to the trust\'s chair demanding an explanation.',
      { speaker: 'Tamsin Carne', act: 'DEMAND', cue: 'demanding', content: 'an explanation' }],
    ['"wrote to X urging"',
      'The depot will close.\nThe union wrote to the chief executive urging him to reverse the decision.',
      { speaker: 'union', act: 'DEMAND', cue: 'urging', content: 'him to reverse the decision' }],
    ['"has written to X calling for"',
      'Three dogs died at the track.\nA local MP, Martin Greaves, has written to the sports minister calling for an independent inquiry.',
      { speaker: 'Martin Greaves', act: 'DEMAND', content: 'an independent inquiry' }],
  ])('%s', (_name, paragraphs, expected) => {
    const found = rows(paragraphs);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject(expected);
  });

  it('a coordinated "and has written to X asking for": the clause\'s subject speaks', () => {
    expect(rows('The contract ran late.\nThe forum has called on the ministry to end the contract early, and has written to the justice committee asking for an inquiry.')
      .map((r) => [r.speaker, r.act, r.content])).toEqual([['forum', 'DEMAND', 'the ministry to end the contract early'], ['forum', 'DEMAND', 'an inquiry']]);
  });

  it('must not change: a participle on an ordinary object noun is no act of the subject', () => {
    expect(rows('The depot will close.\nThe union met a manager demanding answers.')).toEqual([]);
  });
});

describe('"“…,” X was quoted as saying (by Y)": the quote is X\'s', () => {
  it.each<[string, string, Partial<Row>]>([
    ['with the outlet as agent',
      'The talks stalled.\n"We are a small company," the director, Nikos Varelas, was quoted as saying by the Courier.',
      { speaker: 'Nikos Varelas', kind: 'person', content: 'We are a small company,' }],
    ['with no agent, a pronoun for a named speaker',
      'The minister, Agathe Morel, visited the farms.\n"We were warned about this years ago," she was quoted as saying.',
      { speaker: 'Agathe Morel', content: 'We were warned about this years ago,' }],
    ['must not change: "was quoted as saying that …" reports its own clause',
      'The talks stalled.\nThe mayor was quoted as saying that the plan was dead.',
      { speaker: 'mayor', cue: 'saying', content: 'the plan was dead' }],
  ])('%s', (_name, paragraphs, expected) => {
    const found = rows(paragraphs);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject(expected);
  });
});

describe('a content that is only a phrase of time reports nothing', () => {
  it('"had raised concerns in May" inside another statement: no statement of its own', () => {
    expect(rows('The bank closed ten branches.\nChief executive Dana Read said branch managers had raised concerns in May.')
      .map((r) => [r.speaker, r.content])).toEqual([['Dana Read', 'branch managers had raised concerns in May']]);
  });
  it('"voiced concern on Monday": no statement', () => {
    expect(rows('The school changed its timetable.\nParents voiced concern on Monday.')).toEqual([]);
  });
  it('must not change: a demonstrative object stays the content ("denied that")', () => {
    expect(rows('The paper said the firm had hidden the losses.\nThe firm denied that.').map((r) => [r.speaker, r.act, r.content]).slice(1))
      .toEqual([['firm', 'DENY', 'that']]);
  });
});
