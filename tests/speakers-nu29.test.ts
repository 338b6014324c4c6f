// Speaker faults found by a new user's trial on kinds of article the corpus lacks (a corruption verdict, a tariff
// dispute between two countries, tributes after a death). The sentences are written for this file.
import { describe, expect, it } from 'vitest';
import { speakerOf } from './speaker-helpers.js';

describe('the office of a title-holder named by title and name is that office (golds: "her office" → "policing minister’s office")', () => {
  it('"Labour Minister Oda Kessling’s office declined to comment" is the labour minister’s office, an organization', () => {
    const body = 'The strike entered its third week. Labour Minister Oda Kessling\'s office declined to comment on the dispute.';
    expect(speakerOf(body, 'declined to comment')).toMatchObject({ name: 'labour minister\'s office', kind: 'organization', role: null });
  });
  it('"Governor Lise Marrand’s press office said" speaks as the office’s spokesperson', () => {
    const body = 'The strike entered its third week. Governor Lise Marrand\'s press office said talks would resume on Friday.';
    expect(speakerOf(body, 'talks would resume')).toMatchObject({ name: 'governor\'s office', kind: 'organization', role: 'spokesperson' });
  });
  it('must not fire: a titled person who speaks of an office is the person', () => {
    const body = 'The strike entered its third week. Labour Minister Oda Kessling said the office would stay open.';
    expect(speakerOf(body, 'the office would stay open')).toMatchObject({ name: 'Oda Kessling', kind: 'person', role: 'minister' });
  });
  it('must not fire: a body’s own office keeps the body’s name', () => {
    const body = 'The strike entered its third week. The Harby Tenants Union\'s office said talks would resume on Friday.';
    expect(speakerOf(body, 'talks would resume').name).not.toMatch(/minister|governor/u);
  });
});

describe('a place described after a body’s name is no part of the affiliation', () => {
  it('"chief economist at Harwick Bank in the Veradian capital Lorn" → Harwick Bank', () => {
    const body = 'Prices rose again. Jonas Berg, chief economist at Harwick Bank in the Veradian capital Lorn, estimated that prices would rise further.';
    expect(speakerOf(body, 'prices would rise further')).toMatchObject({ name: 'Jonas Berg', affiliation: 'Harwick Bank' });
  });
  it('"a nurse at Kelby Clinic in the port town of Merrow" → Kelby Clinic', () => {
    const body = 'Prices rose again. Jonas Berg, a nurse at Kelby Clinic in the port town of Merrow, said prices would rise further.';
    expect(speakerOf(body, 'prices would rise further')).toMatchObject({ affiliation: 'Kelby Clinic' });
  });
  it('must not fire: a body with no place after it keeps its whole name', () => {
    const body = 'Prices rose again. Jonas Berg, a lawyer at the Centre for Studies in the Arts, said prices would rise further.';
    expect(speakerOf(body, 'prices would rise further')).toMatchObject({ affiliation: 'Centre for Studies in the Arts' });
  });
  it('must not fire: "in the" inside a body’s name with no place noun stays', () => {
    const body = 'Prices rose again. Jonas Berg, an economist at Harwick Bank, said prices would rise further.';
    expect(speakerOf(body, 'prices would rise further')).toMatchObject({ affiliation: 'Harwick Bank' });
  });
});

describe('a people’s adjective before a portfolio title gives the country (GUIDE decisions 29, 64)', () => {
  it('"Veradian Trade Minister Ana Kolt" → minister, affiliation Veradia', () => {
    const body = 'Veradia and Osmar are at odds over steel. Veradian Trade Minister Ana Kolt said the duties were unlawful.';
    expect(speakerOf(body, 'the duties were unlawful')).toMatchObject({ name: 'Ana Kolt', role: 'minister', affiliation: 'Veradia' });
  });
  it('must not fire: a portfolio alone gives no affiliation', () => {
    const body = 'The vote is close. Health Minister Ana Kolt said the duties were unlawful.';
    expect(speakerOf(body, 'the duties were unlawful')).toMatchObject({ name: 'Ana Kolt', role: 'minister', affiliation: null });
  });
  it('must not fire: a company whose name opens with the adjective stays the affiliation', () => {
    const body = 'Veradia and Osmar are at odds over steel. Veradian Airlines chief executive Ana Kolt said the duties were unlawful.';
    expect(speakerOf(body, 'the duties were unlawful')).toMatchObject({ role: 'chief executive', affiliation: 'Veradian Airlines' });
  });
});

describe('names inside a speaker’s quoted words are not what a later possessive or description refers to', () => {
  it('"“Farmers in Osmar lost out,” the group’s director said" → the group named before', () => {
    const body = 'The Tarn Watch Initiative, a transparency group, criticised the deal. "Farmers in Osmar lost their land," the group\'s director, Ruth Amsel, said.';
    expect(speakerOf(body, 'Farmers in Osmar')).toMatchObject({ name: 'Ruth Amsel', affiliation: 'Tarn Watch Initiative' });
  });
  it('"“Secrecy has a price,” the group’s director said": the quote’s first word is no body', () => {
    const body = 'The Tarn Watch Initiative, a transparency group, criticised the deal. "Secrecy has a price. Today the public paid it," the group\'s director, Ruth Amsel, said in a statement.';
    expect(speakerOf(body, 'Secrecy has a price')).toMatchObject({ affiliation: 'Tarn Watch Initiative' });
  });
  it('must not fire: a group named outside any quote keeps its director', () => {
    const body = 'The Tarn Watch Initiative, a transparency group, criticised the deal. The group\'s director, Ruth Amsel, said the deal was rushed.';
    expect(speakerOf(body, 'the deal was rushed')).toMatchObject({ affiliation: 'Tarn Watch Initiative' });
  });
  it('must not fire: a company that spoke keeps "its chairman" after a quote', () => {
    const body = 'Brackley Foods said sales fell. "We expect a better year," said Anna Holt. Its chairman said the dividend would be cut.';
    expect(speakerOf(body, 'the dividend would be cut').name).toBe('Brackley Foods');
  });
});

describe('"its" before a cue is not a people’s adjective in the content', () => {
  it('"Osmar will tax Veradian cheese, its trade minister said" is Osmar’s minister', () => {
    const body = 'Osmar and Veradia are at odds. Osmar will impose duties on Veradian cheese and wine from May, its trade minister said on Monday.';
    expect(speakerOf(body, 'impose duties')).toMatchObject({ name: 'Osmar', role: 'minister' });
  });
  it('must not fire: a body named with the adjective as a word of its name stays', () => {
    const body = 'Talks stalled. The Veradian Dairy Union said prices would fall. Its chairman said farms would close.';
    expect(speakerOf(body, 'farms would close').name).toBe('Veradian Dairy Union');
  });
  it('"Brackley Foods will shut its plant in Osmar, its spokeswoman said" is the company that opens the sentence', () => {
    const body = 'Brackley Foods will cut 200 jobs at its plant in Osmar, its spokeswoman said.';
    expect(speakerOf(body, 'cut 200 jobs')).toMatchObject({ name: 'Brackley Foods', role: 'spokesperson' });
  });
  it('must not fire: "its" after a content that opens with a pronoun keeps the body named before', () => {
    const body = 'Brackley Foods sold the plant to Dunmore Mills. It will close in May, its spokeswoman said.';
    expect(speakerOf(body, 'It will close in May')).toMatchObject({ name: 'Brackley Foods', role: 'spokesperson' });
  });
  it('must not fire: "its spokeswoman" with no place in the content', () => {
    const body = 'Brackley Foods will cut 200 jobs at its northern plant, its spokeswoman said.';
    expect(speakerOf(body, 'cut 200 jobs')).toMatchObject({ name: 'Brackley Foods', role: 'spokesperson' });
  });
});

describe('a described body of a named place met only in another speaker’s words is not "the government"', () => {
  it('"… sold to the military government of Osmar … the government said" is not the military government', () => {
    const body = 'The harbour will close for repairs. Reporters revealed that cranes were sold to the military government of Osmar. A new harbour will open in May, the government said.';
    expect(speakerOf(body, 'A new harbour will open').name).not.toBe('military government');
  });
  it('must not fire: a described government the narrative names keeps "the government"', () => {
    const body = 'The transitional government raised fares on Monday. Fares will rise again in May, the government said.';
    expect(speakerOf(body, 'Fares will rise again').name).toBe('transitional government');
  });
  it('must not fire: a described council inside a speaker’s words is still "the council" after it', () => {
    const body = 'Residents said the harbour council had ignored their letters. The council said it had replied to every letter.';
    expect(speakerOf(body, 'replied to every letter').name).toBe('harbour council');
  });
});

describe('a reflexive after a name or description only stresses it; the name speaks', () => {
  it('"Brenn himself long insisted" is the person named before', () => {
    const body = 'Peter Brenn led the party for years. Brenn himself long insisted that aides had kept him in the dark.';
    expect(speakerOf(body, 'kept him in the dark')).toMatchObject({ name: 'Peter Brenn', kind: 'person', mention: 'Brenn' });
  });
  it('"He himself said" is the person the pronoun stands for', () => {
    const body = 'Peter Brenn led the party for years. He himself said that he had been misled.';
    expect(speakerOf(body, 'he had been misled')).toMatchObject({ name: 'Peter Brenn' });
  });
  it('must not fire: a reflexive inside the content leaves the subject as it was', () => {
    const body = 'Peter Brenn led the party for years. Brenn said that he himself had been misled by aides.';
    expect(speakerOf(body, 'misled by aides')).toMatchObject({ name: 'Peter Brenn', mention: 'Brenn' });
  });
  it('must not fire: a description without a reflexive is unchanged', () => {
    const body = 'Peter Brenn led the party for years. The board said that it had been misled.';
    expect(speakerOf(body, 'it had been misled')).toMatchObject({ name: 'board', kind: 'organization' });
  });
});

describe('a cue inside a clause opened by "after", "when" … has that clause’s subject (golds: 21 of 21)', () => {
  it('"The mayor resigned after the Harby Gazette revealed that …" is the newspaper', () => {
    const body = 'The mayor resigned after the Harby Gazette revealed that she had sold land to a developer.';
    expect(speakerOf(body, 'sold land')).toMatchObject({ name: 'Harby Gazette', kind: 'media' });
  });
  it('"Her tenure ended in 2004 once reporters at the Harby Gazette revealed" is not "her term"', () => {
    const body = 'Her tenure ended in 2004 once reporters at the Harby Gazette revealed that the mayor had sold land to a developer.';
    expect(speakerOf(body, 'sold land')).toMatchObject({ affiliation: 'Harby Gazette', role: 'reporter' });
  });
  it('must not fire: "said after the vote that" keeps the subject before the cue', () => {
    const body = 'The council said after the vote that the plan would go ahead.';
    expect(speakerOf(body, 'the plan would go ahead')).toMatchObject({ name: 'council' });
  });
  it('must not fire: a second cue after "before the announcement and" keeps the first subject', () => {
    const body = 'The union said its staff were told an hour before the announcement and accused managers of lying.';
    expect(speakerOf(body, 'managers of lying')).toMatchObject({ name: 'union' });
  });
});

describe('bodies a plural kind noun names together speak as the first named (LABELS: a joint report is its first outlet)', () => {
  it('"The construction firms, Harrow Homes and Tellis Construction, have denied" → Harrow Homes, an organization', () => {
    const body = 'The contracts were signed in 2020. The construction firms, Harrow Homes and Tellis Construction, have denied paying bribes.';
    expect(speakerOf(body, 'paying bribes')).toMatchObject({ name: 'Harrow Homes', kind: 'organization' });
  });
  it('"The two unions, the Dock Workers Guild and the Carters Union, said" → the first union', () => {
    const body = 'The port closed for a day. The two unions, the Dock Workers Guild and the Carters Union, said the strike would go ahead.';
    expect(speakerOf(body, 'the strike would go ahead')).toMatchObject({ name: 'Dock Workers Guild', kind: 'organization' });
  });
  it('must not fire: one body whose name has "and" stays whole', () => {
    const body = 'The contracts were signed in 2020. The firm, Harrow Homes and Gardens, denied paying bribes.';
    expect(speakerOf(body, 'paying bribes')).toMatchObject({ name: 'Harrow Homes and Gardens', kind: 'organization' });
  });
  it('must not fire: bodies named in the content are not the speaker', () => {
    const body = 'The contracts were signed in 2020. The ministry denied paying money to Harrow Homes and Tellis Construction.';
    expect(speakerOf(body, 'paying money').name).not.toBe('Harrow Homes');
  });
});

describe('a name ending in an outlet’s word that the article calls another kind of body is that body', () => {
  it('"Open Ledger, a civil liberties group that …, said" is an organization, not media', () => {
    const body = 'The inquiry closed in May. Open Ledger, a civil liberties group that lobbied for the review, said the findings were too weak.';
    expect(speakerOf(body, 'the findings were too weak')).toMatchObject({ name: 'Open Ledger', kind: 'organization' });
  });
  it('must not fire: a newspaper described as one stays media', () => {
    const body = 'The inquiry closed in May. The Harby Record, a weekly newspaper, said the findings were too weak.';
    expect(speakerOf(body, 'the findings were too weak')).toMatchObject({ kind: 'media' });
  });
  it('must not fire: an outlet with no apposition stays media', () => {
    const body = 'The inquiry closed in May. The Harby Record said the findings were too weak.';
    expect(speakerOf(body, 'the findings were too weak')).toMatchObject({ kind: 'media' });
  });
});

describe('a relative clause after a name gives the post held (decisions 28, 29)', () => {
  it('"Oskar Dahl, who was finance minister in the first government," → minister', () => {
    const body = 'Tributes poured in. Oskar Dahl, who was finance minister in the first government, said he was brave.';
    expect(speakerOf(body, 'he was brave')).toMatchObject({ name: 'Oskar Dahl', role: 'minister' });
  });
  it('"who is the club’s captain" → captain', () => {
    const body = 'Tributes poured in. Oskar Dahl, who is the club\'s captain, said he was brave.';
    expect(speakerOf(body, 'he was brave')).toMatchObject({ role: 'captain' });
  });
  it('must not fire: "who was stranded in Seville" gives no role', () => {
    const body = 'Tributes poured in. Oskar Dahl, who was stranded in Seville with his brother, said he was brave.';
    expect(speakerOf(body, 'he was brave')).toMatchObject({ role: null });
  });
  it('must not fire: "who was born in Lorn" gives no role', () => {
    const body = 'Tributes poured in. Oskar Dahl, who was born in Lorn, said he was brave.';
    expect(speakerOf(body, 'he was brave')).toMatchObject({ role: null });
  });
});
