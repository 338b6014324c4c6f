// Speaker faults found by a new user's trial on kinds of article the corpus lacks (a data breach, collapsing peace
// talks, a verdict in a police trial). The sentences are written for this file.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/analyze.js';
import { speakerOf } from './speaker-helpers.js';

describe('a noun set off between the outer cue and its content is no subject of a coordinated cue', () => {
  it('"said in the letter that … and denied" is the outer speaker\'s', () => {
    const body = 'Orla Penhale runs the bakery chain Crumbwell. Penhale said in the letter that prices would rise in May and denied that staff cuts had been planned.';
    expect(speakerOf(body, 'staff cuts had been planned')).toMatchObject({ name: 'Orla Penhale' });
  });
  it('must not fire: "the post" as the subject of its own clause', () => {
    const body = 'Orla Penhale runs the bakery chain Crumbwell. The post said prices would rise in May and denied that staff cuts had been planned.';
    expect(speakerOf(body, 'staff cuts had been planned').name).not.toBe('Orla Penhale');
  });
  it('must not fire: a subject named inside the content keeps its coordinated cue', () => {
    const body = 'Orla Penhale runs the bakery chain Crumbwell. Penhale said in an interview that the union had admitted the error and warned members to stay calm.';
    expect(speakerOf(body, 'members to stay calm').name).not.toBe('interview');
  });
});

describe('a tie occupation capitalised as a title before a name is the post', () => {
  it('"Partner Ines Calder said" and later "Calder" are one speaker, a partner', () => {
    const body = 'Lawyers at Vane Morrow filed the claim on Friday. Partner Ines Calder said the firm would seek damages. Calder said the hearing could take a year.';
    expect(speakerOf(body, 'the firm would seek damages')).toMatchObject({ name: 'Ines Calder', role: 'partner' });
    expect(speakerOf(body, 'the hearing could take a year')).toMatchObject({ name: 'Ines Calder', role: 'partner' });
  });
  it('must not fire: "Her partner Jon Wells" is a tie, no role', () => {
    expect(speakerOf('The climber was found on Sunday. Her partner Jon Wells said she had been careful.', 'she had been careful')).toMatchObject({ name: 'Jon Wells', role: null });
  });
  it('must not fire: "his partner of ten years" in apposition is a tie', () => {
    expect(speakerOf('The chef died on Monday. Tina Hale, his partner of ten years, said he loved the kitchen.', 'he loved the kitchen')).toMatchObject({ name: 'Tina Hale', role: null });
  });
});

describe('a capitalised role noun ending a body\'s name after a noun of its kind', () => {
  it('"Campaign group Fair Forward said" is the body Fair Forward', () => {
    expect(speakerOf('The bill passed on Tuesday. Campaign group Fair Forward said the bill did not go far enough.', 'did not go far enough')).toMatchObject({ name: 'Fair Forward', role: null });
  });
  it('must not fire: a title before a person\'s name', () => {
    expect(speakerOf('The pay deal was signed. Union President Mel Harker said members would vote.', 'members would vote')).toMatchObject({ name: 'Mel Harker', role: 'president' });
  });
  it('must not fire: a role in a possessive description', () => {
    expect(speakerOf('Fair Forward campaigns on housing. The group\'s director, Lena Vosk, said rents were too high.', 'rents were too high')).toMatchObject({ name: 'Lena Vosk', role: 'director' });
  });
});

describe('a name after a preposition following a people noun is where they wrote, not who', () => {
  it('"wrote one user on Pinwheel" is the unnamed user', () => {
    const who = speakerOf('The outage lasted a day. "Nobody told us anything," wrote one user on Pinwheel.', 'Nobody told us anything');
    expect(who.kind).toBe('anonymous');
    expect(who.name).toMatch(/user/u);
  });
  it('must not fire: a body named after "the union at"', () => {
    expect(speakerOf('Talks broke down on Monday. The union at Harwick Foods said pay was late.', 'pay was late')).toMatchObject({ name: 'Harwick Foods' });
  });
  it('must not fire: a body named after "the board of"', () => {
    expect(speakerOf('Bills went up in April. The board of Tarnfield Water said prices would rise again.', 'prices would rise again')).toMatchObject({ name: 'Tarnfield Water' });
  });
});

describe('"the parent company" is the owner the article names', () => {
  it('"owned by X" before', () => {
    const body = 'Brightfoot, the running app owned by Tarn Holdings, said on Monday it had fixed the fault. The parent company declined to comment on the lawsuit.';
    expect(speakerOf(body, 'the lawsuit')).toMatchObject({ name: 'Tarn Holdings', kind: 'organization', role: null });
  });
  it('"X, which owns Y" before', () => {
    const body = 'The Varley Group, which owns Cobb Mills, reported weaker sales. The parent company said it would sell the mill.';
    expect(speakerOf(body, 'it would sell the mill')).toMatchObject({ name: 'Varley Group', kind: 'organization' });
  });
  it('must not fire: "a parent" at a school is an unnamed parent', () => {
    expect(speakerOf('The school shut on Friday. A parent said the notice came too late.', 'the notice came too late')).toMatchObject({ kind: 'anonymous', role: 'parent' });
  });
  it('must not fire: "owned by" after the description is no owner named before it', () => {
    const body = 'Brightfoot fixed the fault on Monday. The parent company declined to comment on the recall. The app is owned by Tarn Holdings.';
    expect(speakerOf(body, 'the recall').name).not.toBe('Tarn Holdings');
  });
  it('must not fire: "the parent group of the school" is no owner', () => {
    const body = 'Brightfoot, the running app owned by Tarn Holdings, fixed the fault. The parent group of the school said fees would rise.';
    expect(speakerOf(body, 'fees would rise').name).not.toBe('Tarn Holdings');
  });
});

describe('"the mayor", never named, is the one a later she refers back to', () => {
  it('a pronoun after an unnamed office holder', () => {
    const body = 'Flood water closed the bridge on Monday. The mayor said the roads would stay shut until Friday. "We have no choice," she said.';
    expect(speakerOf(body, 'We have no choice')).toMatchObject({ kind: 'anonymous', role: 'mayor' });
  });
  it('must not fire: plural officers are no he', () => {
    const body = 'The coroner said the death was an accident. The officers said the crowd was calm. "It was quiet," he said.';
    expect(speakerOf(body, 'It was quiet').role).not.toBe('officer');
  });
  it('the same office holder speaking twice before the pronoun still takes it', () => {
    const body = 'Flood water closed the bridge on Monday. The mayor said the roads would stay shut. The mayor added that buses would run. "We have no choice," she said.';
    expect(speakerOf(body, 'We have no choice')).toMatchObject({ kind: 'anonymous', role: 'mayor' });
  });
  it('must not fire: another unnamed speaker between the office holder and the pronoun', () => {
    const body = 'Storms hit the coast on Sunday. The mayor said the sea wall had held. The fire chief said crews had worked all night. "We will stay out there until it is done," she said.';
    expect(speakerOf(body, 'We will stay out there').role).not.toBe('mayor');
  });
  it('must not fire: an office holder two speakers back, the pronoun left unresolved and flagged', () => {
    const body = 'The primary school reopened on Monday. The head teacher said the roof was mended. The caretaker said the gutters were new. "It took four weeks," she said.';
    const r = analyzeArticle(`Talks go on\n${body}\n`);
    const st = r.statements.find((s) => s.content.text.includes('It took four weeks'));
    expect(st?.speaker.role).not.toBe('head');
    expect(st?.needsReview).toBe(true);
  });
  it('must not fire: an occupation does not take the pronoun from the farmer named before', () => {
    const body = 'Ruth Ambler, whose family has run Hollins Farm for decades, said she had not known. The grower also questioned the charity. She said it had never called her.';
    expect(speakerOf(body, 'it had never called her').role).not.toBe('grower');
  });
});

describe('an apposition\'s body stops before those the person came with', () => {
  it('"who fled the town of Tolbury with her two sons"', () => {
    const body = 'At the Vero camp, Mara Lind, a nurse who fled the town of Tolbury with her two sons, said she had lost hope.';
    expect(speakerOf(body, 'she had lost hope').affiliation).toBe('Tolbury');
  });
  it('must not fire: a body whose name holds "with"', () => {
    const body = 'Ana Weir, a partner at Dade with Moss, said the case was strong.';
    expect(speakerOf(body, 'the case was strong').affiliation).toBe('Dade with Moss');
  });
  it('must not fire: a body then "with a seat on its board"', () => {
    const body = 'Ben Ott, a director of Hale Foods with a seat on its board, said sales fell.';
    expect(speakerOf(body, 'sales fell').affiliation).toBe('Hale Foods');
  });
});
