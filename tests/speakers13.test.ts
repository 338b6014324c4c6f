// Speakers, session 12: constructions read from BASIL's wrong speakers and a new user's articles (their classes, with
// sentences written for this file): party tags, role descriptions in a lead, bodies named by a description, affiliations.
import { describe, expect, it } from 'vitest';
import { speakerOf } from './speaker-helpers.js';



describe('a US party tag gives the member the party as affiliation', () => {
  it.each([
    ['D- after a comma', 'Sen. Laura Pike, D-Mont., said the bill was rushed.', 'the bill was rushed', 'Laura Pike', 'Democrats'],
    ['R- in brackets', 'Rep. Gus Holm (R-Ky.) said the bill was overdue.', 'the bill was overdue', 'Gus Holm', 'Republicans'],
    ['a later mention by surname', 'Sen. Carl Voss, R-Ind., opened the debate. Voss added that the vote would come on Friday.', 'the vote would come', 'Carl Voss', 'Republicans'],
    ['a later he', '"We have the votes," said Sen. Carl Voss, R-Ind. He said the talks were over.', 'the talks were over', 'Carl Voss', 'Republicans'],
  ])('%s', (_rule, body, content, name, affiliation) => {
    expect(speakerOf(body, content)).toMatchObject({ name, kind: 'person', affiliation });
  });

  it('two members of one surname each keep their own tag; a bare surname then takes none', () => {
    const two = 'Rep. Mia Dorn, D-Ga., said the bill would raise costs. Sen. Paul Dorn, R-Wis., said the bill was a waste of money.';
    expect(speakerOf(two, 'a waste of money')).toMatchObject({ name: 'Paul Dorn', affiliation: 'Republicans' });
    expect(speakerOf(two, 'would raise costs')).toMatchObject({ name: 'Mia Dorn', affiliation: 'Democrats' });
    const pair = 'Sen. Ann Lusk, D-Ore., and Gov. Tom Lusk, R-Idaho, met on Monday. Tom Lusk said the talks had gone well.';
    expect(speakerOf(pair, 'the talks had gone well')).toMatchObject({ name: 'Tom Lusk', role: 'governor', affiliation: 'Republicans' });
  });
  it('an independent’s tag names no party', () => {
    expect(speakerOf('Sen. Ian Rood, I-Maine, said he was undecided.', 'he was undecided').affiliation).toBeNull();
  });
  it('a body the text names for the person stays the affiliation', () => {
    expect(speakerOf('Jo Marsh, a spokeswoman for the Harlow Trust, said the sale was legal. Sen. Tim Marsh, D-Ore., disagreed.', 'the sale was legal'))
      .toMatchObject({ name: 'Jo Marsh', affiliation: 'Harlow Trust' });
  });
  it('no tag, no party', () => {
    expect(speakerOf('Sen. Laura Pike said the bill was rushed.', 'the bill was rushed').affiliation).toBeNull();
  });
});

describe('a role of a body whose name is a list, after a tagged name', () => {
  it('the list’s last items are no person in apposition: the member named before speaks', () => {
    const body = 'Rep. Owen Marsh, R-Texas, the former chairman of the House subcommittee on Energy, Water and Mines, said the rules were fine.';
    expect(speakerOf(body, 'the rules were fine')).toMatchObject({ name: 'Owen Marsh', kind: 'person', role: 'chairman', affiliation: 'House subcommittee on Energy' });
    const two = 'Sen. Amy Lott, D-N.H., the chairwoman of the Senate panel on Civil Rights and Civil Liberties, said the plan was fine.';
    expect(speakerOf(two, 'the plan was fine')).toMatchObject({ name: 'Amy Lott', kind: 'person', role: 'chairwoman' });
  });
  it('a person in apposition to a body’s role still speaks', () => {
    expect(speakerOf('The chief executive of Harlow Mills, Dana Price, said costs had risen.', 'costs had risen'))
      .toMatchObject({ name: 'Dana Price', kind: 'person', role: 'chief executive', affiliation: 'Harlow Mills' });
    expect(speakerOf('The head of the Board of Trade and Industry, Leon Marsh, said the figures were wrong.', 'the figures were wrong'))
      .toMatchObject({ name: 'Leon Marsh', kind: 'person', affiliation: 'Board of Trade and Industry' });
  });
});

describe('affiliation of a named person', () => {
  it('“the group’s director”, “the union’s chairwoman”: the body the possessor stands for, named before', () => {
    expect(speakerOf('Clean Rivers Network, a campaign group, said the firm had hidden the data. "They hid it," said Ana Lopez, the group’s director.', 'They hid it'))
      .toMatchObject({ name: 'Ana Lopez', role: 'director', affiliation: 'Clean Rivers Network' });
    expect(speakerOf('The Tenants Union said rents were too high. Korvane Systems disagreed. Rosa Bell, the union’s chairwoman, said a strike was likely.', 'a strike was likely'))
      .toMatchObject({ name: 'Rosa Bell', role: 'chairwoman', affiliation: 'Tenants Union' });
    expect(speakerOf('Korvane Systems said on Monday it would cut 200 jobs. Dan Price, the company’s chief executive, said demand had fallen.', 'demand had fallen'))
      .toMatchObject({ name: 'Dan Price', affiliation: 'Korvane Systems' });
  });
  it('no body named before, or a possessor that is no body: none', () => {
    expect(speakerOf('"We will appeal," said Ana Lopez, the group’s director.', 'We will appeal').affiliation).toBeNull();
    expect(speakerOf('Korvane Systems said it would appeal. Mia Hale, the family’s lawyer, said the firm had lied.', 'the firm had lied').affiliation).toBeNull();
  });
  it('only a body the possessor can stand for: no court for “the group”, no council for “the company”', () => {
    expect(speakerOf('When the lower court ruled against the tenants, they appealed. The court said on Monday that the eviction could go ahead. "We will march again," said Rita Salas, the group’s director.', 'We will march again').affiliation).toBeNull();
    expect(speakerOf('The city council approved the plan. The council said on Monday that the road would close. "We were not asked," said Omar Bayo, the company’s chief executive.', 'We were not asked').affiliation).toBeNull();
    expect(speakerOf('Fair Fares Alliance, a campaign group, criticised the court. "We will march again," said Rita Salas, the group’s director.', 'We will march again'))
      .toMatchObject({ name: 'Rita Salas', affiliation: 'Fair Fares Alliance' });
  });
  it('the body before a role is its capitalised words, and a generic modifier opening the sentence is none', () => {
    expect(speakerOf('White House press secretary Dan White said the president was ready.', 'the president was ready'))
      .toMatchObject({ name: 'Dan White', affiliation: 'White House' });
    expect(speakerOf('Regional governor Tomas Ferrante said he would meet both sides.', 'he would meet both sides'))
      .toMatchObject({ name: 'Tomas Ferrante', role: 'governor', affiliation: null });
    expect(speakerOf('Federal judge Anna Kovac said the law was clear.', 'the law was clear'))
      .toMatchObject({ name: 'Anna Kovac', role: 'judge', affiliation: null });
    expect(speakerOf('Vance campaign spokeswoman Lis Tran said the ad was unfair.', 'the ad was unfair'))
      .toMatchObject({ name: 'Lis Tran', role: 'spokesperson', affiliation: 'Vance campaign' });
    expect(speakerOf('Korvane spokesperson Lena Hart said the data was safe.', 'the data was safe'))
      .toMatchObject({ name: 'Lena Hart', role: 'spokesperson', affiliation: 'Korvane' });
  });
});

describe('a role of a body written without a name is the person named next in that role', () => {
  it('by the role near the name, or “who has run/led the body”', () => {
    const lede = 'The director of the Harwick Gallery of Modern Art has defended the sale, telling a meeting that the gallery had "no choice". "I know people are angry," said Lena Ortiz, who has run the gallery since 2018.';
    expect(speakerOf(lede, 'the gallery had')).toMatchObject({ name: 'Lena Ortiz', kind: 'person', role: 'director', mention: 'The director of the Harwick Gallery of Modern Art' });
    const ceo = 'The chief executive of Harlow Mills said on Monday that demand had fallen. "We had no choice," said Dan Price, who has run the company since 2015.';
    expect(speakerOf(ceo, 'demand had fallen')).toMatchObject({ name: 'Dan Price', role: 'chief executive', affiliation: 'Harlow Mills' });
    const union = 'The president of the Tenants Union on Monday called for a rent freeze. "Rents are too high," said Rosa Bell, the union’s president.';
    expect(speakerOf(union, 'Rents are too high').name).toBe('Rosa Bell');
    expect(speakerOf(union, 'a rent freeze')).toMatchObject({ name: 'Rosa Bell', role: 'president', mention: 'The president of the Tenants Union' });
  });
  it('not someone in another role, nor the same role at another body, nor an unnamed spokesman’s colleague', () => {
    const critic = 'The director of the Lindley Museum defended the sale on Monday. Critics were unconvinced. "It is a disgrace," said Bernard Sauer, a retired curator.';
    expect(speakerOf(critic, 'the sale')).toMatchObject({ name: 'Lindley Museum', role: 'director' });
    const other = 'The director of the Marlow Hospital said wards were full. "We are stretched," said Omar Haddad, the director of the Barton Clinic.';
    expect(speakerOf(other, 'wards were full')).toMatchObject({ name: 'Marlow Hospital', role: 'director' });
    const analyst = 'The chief executive of Harlow Mills said on Monday that demand had fallen. Analysts disagreed. "They had a choice," said Tom Reed, an analyst at Brightline, who has covered the company for years.';
    expect(speakerOf(analyst, 'demand had fallen').name).toBe('Harlow Mills');
  });
});

describe('the person named later holds the role at another body: the role stays the body’s', () => {
  it('“the national intelligence director” is no director of the FBI; “the director of the film” none of the museum', () => {
    const fbi = 'The director of the FBI said the agency was investigating. "We take this seriously," said Mary Lund, the national intelligence director.';
    expect(speakerOf(fbi, 'the agency was investigating')).toMatchObject({ name: 'FBI', kind: 'organization', role: 'director' });
    const film = 'The Harbour Museum will close for six months, its director said on Monday. The museum is showing documentaries. "It was a hard film to make," said John Reddin, the director of the film shown on Sunday.';
    expect(speakerOf(film, 'will close for six months')).toMatchObject({ name: 'Harbour Museum', role: 'director' });
  });
  it('“its director”, “the museum’s director” name the role at the body', () => {
    const its = 'The Harbour Museum will close for six months, its director said on Monday. "We have no choice," said John Reddin, its director since 2019.';
    expect(speakerOf(its, 'will close for six months')).toMatchObject({ name: 'John Reddin', role: 'director' });
    const own = 'The Harbour Museum will close for six months, its director said on Monday. "We have no choice," said John Reddin, the museum’s director.';
    expect(speakerOf(own, 'will close for six months')).toMatchObject({ name: 'John Reddin', role: 'director' });
  });
});

describe('a time after the subject is no part of the mention', () => {
  it('“The president of the Tenants Union on Monday called”', () => {
    expect(speakerOf('The chair of the Tenants Union on Monday said rents were too high.', 'rents were too high').mention).toBe('The chair of the Tenants Union');
  });
});

describe('a body described by what it runs or makes', () => {
  it('is an organisation, the body the next sentences say runs the thing when they do', () => {
    const named = 'The operator of the Selvan Bay refinery on Monday denied that its plant had released benzene. "We found nothing," said Corinne Maddox, a spokeswoman for Kestrel Energy, which runs the refinery.';
    expect(speakerOf(named, 'its plant had released')).toMatchObject({ name: 'Kestrel Energy', kind: 'organization', mention: 'The operator of the Selvan Bay refinery' });
    const maker = 'The maker of the vaccine said the trial was safe. Pharmos, which makes the vaccine, is based in Basel.';
    expect(speakerOf(maker, 'the trial was safe')).toMatchObject({ name: 'Pharmos', kind: 'organization' });
  });
  it('as written when no body is said to run it (another refinery is not it), never the thing itself', () => {
    const rival = 'The operator of the Selvan Bay refinery denied the claims. Kestrel Energy, which owns a rival refinery, declined to comment.';
    expect(speakerOf(rival, 'the claims')).toMatchObject({ name: 'operator of the Selvan Bay refinery', kind: 'organization' });
    expect(speakerOf('The maker of the drug said on Friday that the trial was safe.', 'the trial was safe')).toMatchObject({ name: 'maker of the drug', kind: 'organization' });
  });
});

describe('a person in apposition to a body described by what it makes, or taken up by he/she, is no body', () => {
  it('a name in apposition speaks: the noun is the role, the named thing the affiliation', () => {
    expect(speakerOf('The publisher of The Harlow Gazette, Neil Armitage, said the paper would stand by its reporting.', 'stand by its reporting'))
      .toMatchObject({ name: 'Neil Armitage', kind: 'person', role: 'publisher', affiliation: 'The Harlow Gazette' });
  });
  it('a person description in apposition, or a following he/she: one anonymous person', () => {
    expect(speakerOf('The operator of the crane told police he had felt the cab shake before it fell.', 'the cab shake'))
      .toMatchObject({ name: 'operator of the crane', kind: 'anonymous' });
    expect(speakerOf('The developer of the game, a 17-year-old student, said he had not expected so many players.', 'so many players'))
      .toMatchObject({ name: 'developer of the game', kind: 'anonymous' });
  });
  it('a body in apposition, or no pronoun for a person: still an organisation', () => {
    expect(speakerOf('The developer of the game, a small software company, said the servers were full.', 'the servers were full').kind).toBe('organization');
    expect(speakerOf('The maker of the drug said on Friday that its trial was safe.', 'its trial was safe')).toMatchObject({ name: 'maker of the drug', kind: 'organization' });
  });
});

describe('“the authority” after the article described one body of that kind and named none', () => {
  it('is the body as first described', () => {
    expect(speakerOf('When the maritime authority automated the lamp last spring, it offered her a pension. The authority says the system is safer.', 'the system is safer'))
      .toMatchObject({ name: 'maritime authority', kind: 'organization' });
    expect(speakerOf('The environment agency fined the firm in March. Residents were angry. The agency said the fine was fair.', 'the fine was fair'))
      .toMatchObject({ name: 'environment agency', kind: 'organization' });
  });
  it('a judging or generic adjective tells no body apart; a named body still wins', () => {
    expect(speakerOf('The powerful agency that sets prices refused. The agency said the fine was fair.', 'the fine was fair').name).toBe('agency');
    expect(speakerOf('Residents blamed the local council for the floods. The council said it had acted quickly.', 'it had acted quickly').name).toBe('council');
    expect(speakerOf('The marine authority was praised. The Calden Port Authority closed the dock. The authority said ships would wait.', 'ships would wait').name).toBe('Calden Port Authority');
  });
});

describe('names', () => {
  it('a lower-case description inside a capitalised run is no part of the person’s name, whatever the given name', () => {
    expect(speakerOf('Republican presidential nominee Mitt Romney said the plan would fail.', 'the plan would fail')).toMatchObject({ name: 'Mitt Romney', kind: 'person' });
    expect(speakerOf('Former presidential candidate Orrin Vale said the plan would fail.', 'the plan would fail')).toMatchObject({ name: 'Orrin Vale', kind: 'person' });
  });
  it('a body’s name with a function word stays whole', () => {
    expect(speakerOf('Friends of the Earth said the plan was weak.', 'the plan was weak').name).toBe('Friends of the Earth');
  });
  it('the place before a role keeps its particle', () => {
    expect(speakerOf('Rio de Janeiro Mayor Eduardo Paes said the games were safe.', 'the games were safe')).toMatchObject({ name: 'Eduardo Paes', affiliation: 'Rio de Janeiro' });
  });
  it('“said Cowen, who joins …”: who with a singular verb makes an unknown one-word name a person', () => {
    expect(speakerOf('"I can do the job," said Cowen, who joins the chamber next week.', 'I can do the job')).toMatchObject({ name: 'Cowen', kind: 'person' });
    expect(speakerOf('"It is over," said Brandt, who was fired on Monday.', 'It is over').kind).toBe('person');
  });
  it('a body with “who” and a plural verb stays a body', () => {
    expect(speakerOf('"The plan is reckless," said Greenpeace, who have opposed the mine for years.', 'The plan is reckless').kind).toBe('organization');
    expect(speakerOf('"Costs are up," said Barclays, who lend to farmers.', 'Costs are up').kind).toBe('organization');
  });
});

describe('a person “of” a place or a body', () => {
  it('the place after a given and family name is no part of the name', () => {
    expect(speakerOf('"She should have stayed home," said Jason Gilbert of Cheyenne.', 'She should have stayed home')).toMatchObject({ name: 'Jason Gilbert', kind: 'person' });
  });
  it('a body after the name is the affiliation', () => {
    expect(speakerOf('Anna Berg of Bank Nordica said rates would rise.', 'rates would rise')).toMatchObject({ name: 'Anna Berg', kind: 'person', affiliation: 'Bank Nordica' });
  });
  it('a body named “of” a place stays whole', () => {
    expect(speakerOf('The Bank of England said rates would hold.', 'rates would hold')).toMatchObject({ name: 'Bank of England', kind: 'organization' });
  });
});
