// Speaker faults found by a new user's trial on kinds of article the corpus lacks (a drug price rise, cuts to a
// university's departments, a wildfire alert). The sentences are written for this file.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/analyze.js';
import { speakerOf } from './speaker-helpers.js';

describe('a lawyer for a named person is an anonymous lawyer with no affiliation (GUIDE decision 38)', () => {
  it('"A lawyer for Mr Tarn declined to discuss the case" → lawyer for Mr Tarn, anonymous', () => {
    const body = 'Oskar Tarn, 47, was charged with fraud on Monday. A lawyer for Mr Tarn declined to discuss the case.';
    expect(speakerOf(body, 'declined to discuss')).toMatchObject({ name: 'lawyer for Mr Tarn', kind: 'anonymous', role: 'lawyer', affiliation: null });
  });
  it('"A lawyer for Tarn said …" after the full name → the lawyer, anonymous', () => {
    const body = 'Oskar Tarn, 47, was charged with fraud on Monday. A lawyer for Tarn said the charges would be contested.';
    expect(speakerOf(body, 'the charges would be contested')).toMatchObject({ name: 'lawyer for Tarn', kind: 'anonymous', role: 'lawyer' });
  });
  it('must not fire: a lawyer for a company keeps the company', () => {
    const body = 'Brellow Foods was fined on Monday. A lawyer for Brellow Foods said the fine would be contested.';
    expect(speakerOf(body, 'the fine would be contested')).toMatchObject({ name: 'Brellow Foods', role: 'lawyer' });
  });
  it('must not fire: lawyers for a firm whose two-word name reads like a person’s', () => {
    const body = 'The programme was pulled on Friday. Lawyers for Halvard Bygg wrote to the broadcaster warning that the film was false.';
    expect(speakerOf(body, 'the film was false').name).not.toMatch(/^lawyers? for/iu);
  });
});

describe('an -ologist title before a name makes the person the speaker, the body after "of" the affiliation', () => {
  it('"Virologist Petra Marrow of the University of Brenlow said" → Petra Marrow, virologist', () => {
    const body = 'The price of the tablet rose tenfold. Virologist Petra Marrow of the University of Brenlow said the rise had no basis.';
    expect(speakerOf(body, 'the rise had no basis')).toMatchObject({ name: 'Petra Marrow', kind: 'person', role: 'virologist', affiliation: 'University of Brenlow' });
  });
  it('must not fire: a name with no title before it stays the person, with no role', () => {
    const body = 'The price of the tablet rose tenfold. Petra Marrow said the rise had no basis.';
    expect(speakerOf(body, 'the rise had no basis')).toMatchObject({ name: 'Petra Marrow', kind: 'person', role: null });
  });
  it('must not fire: an unnamed psychologist at a clinic is anonymous', () => {
    const body = 'Waiting lists grew again. A psychologist at the clinic said the rise had no basis.';
    expect(speakerOf(body, 'the rise had no basis')).toMatchObject({ kind: 'anonymous', role: 'psychologist' });
  });
});

describe('"declined to give details" is a refusal to comment (NO_COMMENT)', () => {
  const actOf = (body: string, cue: string): string | undefined =>
    analyzeArticle(`Talks go on\n${body}\n`).statements.find((s) => s.cue?.text.startsWith(cue))?.act;
  it('"…, but she declined to give details" → NO_COMMENT', () => {
    expect(actOf('The chief executive said the sale would go ahead, but she declined to give details.', 'declined to give')).toBe('NO_COMMENT');
  });
  it('"The trust refused to give details" → NO_COMMENT', () => {
    expect(actOf('The trust refused to give details of the payments.', 'refused to give')).toBe('NO_COMMENT');
  });
  it('must not fire: details given are no refusal', () => {
    const r = analyzeArticle('Talks go on\nThe trust gave details of the payments on Monday.\n');
    expect(r.statements.filter((s) => s.act === 'NO_COMMENT')).toEqual([]);
  });
  it('must not fire: a club that declined to give a player a contract is no refusal cue', () => {
    const r = analyzeArticle('Talks go on\nThe club declined to give the striker a new contract in May.\n');
    expect(r.statements.filter((s) => s.cue?.text.startsWith('declined to give'))).toEqual([]);
  });
});

describe('a bare "the <role>" in a lead is the one person the next sentences name in that role', () => {
  it('"…, the principal announced" then "Principal Ana Ruiz told staff" → Ana Ruiz', () => {
    const body = 'Brellow College will close its music school by 2027, the principal announced on Monday.\n\nPrincipal Ana Ruiz told staff that the college faced a large deficit.';
    expect(speakerOf(body, 'will close its music school')).toMatchObject({ name: 'Ana Ruiz', kind: 'person', role: 'principal' });
  });
  it('"the coroner said" then "Ivo Brand, the coroner," → Ivo Brand', () => {
    const body = 'The crash was an accident, the coroner said on Friday.\n\nIvo Brand, the coroner, told the hearing that the brakes had failed.';
    expect(speakerOf(body, 'The crash was an accident')).toMatchObject({ name: 'Ivo Brand', role: 'coroner' });
  });
  it('must not fire: the next sentences name another role only', () => {
    const body = 'Brellow College will close its music school by 2027, the principal announced on Monday.\n\nTreasurer Ana Ruiz told staff that the college faced a large deficit.';
    expect(speakerOf(body, 'will close its music school')).toMatchObject({ kind: 'anonymous', role: 'principal' });
  });
  it('must not fire: two people named in that role leave the description as it is', () => {
    const body = 'The schools will merge next year, the principal said on Monday.\n\nPrincipal Ana Ruiz of Brellow College and Principal Tom Vell of Orrin College met on Tuesday.';
    expect(speakerOf(body, 'The schools will merge')).toMatchObject({ kind: 'anonymous', role: 'principal' });
  });
  it('must not fire: a named holder far later in the article is not linked', () => {
    const body = 'The pool will shut in May, the mayor said on Monday.\n\nThe pool opened in 1970. Repairs would cost 2 million crowns. Swimmers have protested.\n\nMayor Tom Vell said money was short.';
    expect(speakerOf(body, 'The pool will shut')).toMatchObject({ kind: 'anonymous', role: 'mayor' });
  });
});

describe('"he" or "she" after ", but" in an unnamed spokesperson’s own sentence is that spokesperson', () => {
  it('"A spokesman for the port authority said …, but he declined to give details" → the port authority', () => {
    const body = 'Mayor Tom Vell backed the plan last week.\n\nA spokesman for the port authority said the delay was being examined, but he declined to give details.';
    expect(speakerOf(body, 'declined to give details')).toMatchObject({ name: 'port authority', role: 'spokesperson' });
  });
  it('must not fire: a named speaker’s own "but she" stays that person', () => {
    const body = 'Mayor Tom Vell backed the plan last week.\n\nAna Holt said the delay was being examined, but she declined to give details.';
    expect(speakerOf(body, 'declined to give details')).toMatchObject({ name: 'Ana Holt', kind: 'person' });
  });
  it('must not fire: "but he" with no spokesperson before it goes to the person named', () => {
    const body = 'Mayor Tom Vell backed the plan last week.\n\nThe port authority said the delay was being examined, but Vell said he would not wait.';
    expect(speakerOf(body, 'would not wait')).toMatchObject({ name: 'Tom Vell' });
  });
});

describe('the reporter’s ", in a move that …" after an inverted cue is no piece of the speaker’s clause', () => {
  const statements = (body: string) => analyzeArticle(`Talks go on\n${body}\n`).statements;
  it('"…, the mayor said on Monday, in a move that residents called a betrayal" → content ends before "in a move"', () => {
    const st = statements('The town will shut two pools by June, the mayor said on Monday, in a move that swimmers called a betrayal.').find((s) => s.cue?.text === 'said');
    expect(st?.content.text).toBe('The town will shut two pools by June');
  });
  it('"…, in a move that campaigners warned could …" → the warning is its own statement', () => {
    const sts = statements('The town will shut two pools by June, the mayor said on Monday, in a move that campaigners warned could leave children without lessons.');
    expect(sts.find((s) => s.cue?.text === 'said')?.content.text).toBe('The town will shut two pools by June');
    expect(sts.find((s) => s.cue?.text === 'warned')?.speaker.name).toMatch(/campaigners/iu);
  });
  it('must not fire: an interrupted clause that goes on after the cue keeps both pieces', () => {
    const st = statements('The pools, the mayor said on Monday, would reopen in June.').find((s) => s.cue?.text === 'said');
    expect(st?.content.text).toContain('would reopen in June');
  });
  it('must not fire: a move that is the clause’s own subject stays the content', () => {
    const st = statements('The move to shut two pools was a mistake, the mayor said on Monday.').find((s) => s.cue?.text === 'said');
    expect(st?.content.text).toBe('The move to shut two pools was a mistake');
  });
});

describe('a post the possessor’s body gives, held "at" a site or branch, is of that body', () => {
  it('"Ivo Brand, the union’s branch secretary at Harwick," → the union named before', () => {
    const body = 'The Kelby Teachers Union said jobs were at risk. "The plan is wrong," said Ivo Brand, the union\'s branch secretary at Harwick.';
    expect(speakerOf(body, 'The plan is wrong')).toMatchObject({ name: 'Ivo Brand', role: 'branch secretary', affiliation: 'Kelby Teachers Union' });
  });
  it('"Dan Moss, the firm’s plant manager at Orrin," → the firm named before', () => {
    const body = 'Brellow Foods said output fell. Dan Moss, the firm\'s plant manager at Orrin, said output would recover.';
    expect(speakerOf(body, 'output would recover')).toMatchObject({ name: 'Dan Moss', affiliation: 'Brellow Foods' });
  });
  it('"the union’s branch secretary at Orrin" after a "Union of …" name → that union', () => {
    const body = 'The Union of College Lecturers said about 80 jobs were at risk and accused the board of cutting care.\n\n"The board has failed patients," said Ivo Brand, the union\'s branch secretary at Orrin.';
    expect(speakerOf(body, 'The board has failed patients')).toMatchObject({ name: 'Ivo Brand', affiliation: 'Union of College Lecturers' });
  });
  it('must not fire: "a lecturer at Harwick" with no possessor keeps the body after "at"', () => {
    const body = 'The Kelby Teachers Union said jobs were at risk. Tom Vell, a lecturer at Harwick University, said the plan was wrong.';
    expect(speakerOf(body, 'the plan was wrong')).toMatchObject({ name: 'Tom Vell', affiliation: 'Harwick University' });
  });
  it('must not fire: with no body named before, the site after "at" stays', () => {
    const body = 'Output fell in May. Nora Field, the company\'s site manager at Orrin Mills, said output would recover.';
    expect(speakerOf(body, 'output would recover')).toMatchObject({ name: 'Nora Field', affiliation: 'Orrin Mills' });
  });
});

describe('the head of a fire service is a fire chief, as a police chief is (GUIDE decision 40)', () => {
  it('"Fire chief Ana Holt said" → fire chief', () => {
    expect(speakerOf('The blaze spread overnight. Fire chief Ana Holt said crews were tired.', 'crews were tired')).toMatchObject({ name: 'Ana Holt', role: 'fire chief' });
  });
  it('"Fire service chief Tom Vell said" → fire chief', () => {
    expect(speakerOf('The blaze spread overnight. Fire service chief Tom Vell said crews were tired.', 'crews were tired')).toMatchObject({ name: 'Tom Vell', role: 'fire chief' });
  });
  it('must not fire: a police chief stays a police chief', () => {
    expect(speakerOf('The blaze spread overnight. Police chief Ida Moss said crews were tired.', 'crews were tired')).toMatchObject({ name: 'Ida Moss', role: 'police chief' });
  });
  it('must not fire: a customer service manager is a manager', () => {
    expect(speakerOf('The blaze spread overnight. Ivo Brand, the customer service manager, said crews were tired.', 'crews were tired')).toMatchObject({ name: 'Ivo Brand', role: 'manager' });
  });
});
