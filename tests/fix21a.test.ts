// Narrowed rules that misfired on ordinary news (review 21, brief fix21a). Sentences are our own.
import { describe, expect, it } from 'vitest';
import { bystanderMention } from '../src/stages/stance/tone-bystander.js';
import { withContent } from './stance-helpers.js';
import { acts, table } from './act-table.js';

describe('bystanderMention: "for"/"to" name a bystander only when the party neither acts nor is opposed (review 21 item 2)', () => {
  const cases: Array<[string, string, boolean]> = [
    // (the party acts: "for X to <verb>")
    ['it was wrong for Judge Ferris to attack Maya Lund in public', 'Judge Ferris', false],
    ['there was no way for the Harlow campaign to recover', 'the Harlow campaign', false],
    // (a possessive pronoun owns what follows)
    ['he was let off far too lightly for his conduct at the depot', 'his', false],
    // (opposition or reaction before "to")
    ['voters want a council that will stand up to Dennis Varga', 'Dennis Varga', false],
    ['the response to Dennis Varga has been cold and hostile', 'Dennis Varga', false],
    ['it was a harsh rebuke administered to the chairman', 'the chairman', false],
    // (a harm or gain that is the party's own)
    ['the suburbs are the worst trouble spot for Dennis Varga', 'Dennis Varga', false],
    ['there is no obvious upside for Dennis Varga in the dispute', 'Dennis Varga', false],
    // must not change: a place, a beneficiary, one written to, one complained about
    ['a reporter was detained in Ostravia after the protest', 'Ostravia', true],
    ['a hardship fund for the players was set up after the collapse', 'the players', true],
    ['she sent a letter to the mayor about the flooding', 'the mayor', true],
    ['it had received complaints about Tarrow Energy since May', 'Tarrow Energy', true],
    ['money raised for Kellan Rovers will go to the youth teams', 'Kellan Rovers', true],
    ['the grant was paid to the charity in March', 'the charity', true],
  ];
  it.each(cases)('%s (%s) → %s', (text, mention, expected) => {
    expect(bystanderMention(text, text.indexOf(mention))).toBe(expected);
  });
});

describe('an advocate\'s denial clears the client only when the client is its subject (review 21 item 3)', () => {
  it('a lawyer\'s own "I never spoke to X" keeps the lawyer\'s self-defence FAVOR', () => {
    const st = withContent('Mara Quill accused the hospital\'s lawyer of threatening her.|“I never spoke to Mara Quill about the case,” said Ruth Pane, the lawyer.', 'I never spoke');
    expect(st.targets['Ruth Pane']).toBe('FAVOR');
  });
  it('a lawyer\'s "she had never met X" about herself keeps the FAVOR', () => {
    const st = withContent('Mara Quill accused the hospital\'s lawyer of threatening her.|Ruth Pane, the hospital\'s lawyer, said she had never met Mara Quill before the hearing.', 'she had never');
    expect(st.targets['Ruth Pane']).toBe('FAVOR');
  });
  it('must not change: "my client X never took …" clears the client, not the lawyer', () => {
    const st = withContent('“My client Arlo Venn never took a single payment from the builders,” said his lawyer, Ines Baro.', 'My client');
    expect(st.targets['Arlo Venn']).toBe('FAVOR');
    expect(st.targets['Ines Baro'] ?? 'NONE').not.toBe('FAVOR');
  });
  it('must not change: "said that Venn had never received …" clears the client', () => {
    const st = withContent('Police accused Arlo Venn of fraud.|Ines Baro, his lawyer, said that Venn had never received any money from the builders.', 'Venn had never');
    expect(st.targets['Arlo Venn']).toBe('FAVOR');
    expect(st.targets['Ines Baro'] ?? 'NONE').not.toBe('FAVOR');
  });
});

describe('a party label refused as a person\'s body leaves no other body in its place (review 21 item 7)', () => {
  it('a group named just before a later mention is not the speaker\'s side', () => {
    const st = withContent('Republican candidate Dale Harmon spoke in Ohio on Monday.|Asked whether the plan meant requiring Muslims to register, Harmon said, “We are going to make the country safe again.”', 'We are going');
    expect(st.targets['Muslims'] ?? 'NONE').toBe('NONE');
  });
  it('must not change: an employer in the title before the name is the body', () => {
    const st = withContent('Greenmeadow chief executive Paul Desrosiers said the company had repaid every customer within a week.', 'the company had');
    expect(st.targets['Greenmeadow']).toBe('FAVOR');
  });
  it('must not change: the label itself is still no target of the person\'s own report (GUIDE decision 64)', () => {
    const st = withContent('Republican candidate Dale Harmon said he had repaid every donor within a week.', 'he had repaid');
    expect(st.targets['Republican'] ?? 'NONE').toBe('NONE');
  });
});

describe('"sold out" of tickets and venues is no betrayal (review 21 item 5)', () => {
  table([
    ['must not fire: a passive with a time after "by"',
      'The final is on Saturday.\nOrganisers said the ground was sold out by Thursday.',
      [['Organisers', 'SAY']]],
    ['must not fire: a passive with "by the end of"',
      'The festival opens in June.\nAda Brill said every campsite was sold out by the end of March.',
      [['Ada Brill', 'SAY']]],
    ['must not fire: tickets sold out to members, with a time',
      'The tour begins in May.\nThe promoter said the first release of seats sold out to members in under an hour.',
      [['promoter', 'SAY']]],
    ['must not fire: shows sold out to fans',
      'The tour begins in May.\nAda Brill said both shows sold out for fans within minutes.',
      [['Ada Brill', 'SAY']]],
    ['must not change: a passive with the betrayer after "by"',
      'The plant closed in May.\n“We were sold out by the union leadership,” said Ada Brill, a steelworker.',
      [['Ada Brill', 'CRITICIZE']]],
    ['must not change: the people noun as the direct object',
      'The plant closed in May.\nAda Brill said the governor had sold out the miners for a donation.',
      [['Ada Brill', 'CRITICIZE']]],
  ]);
});

describe('in "A\'s attack on B was …" the charge goes to A, not to B (review 21 item 12)', () => {
  it('"Hollis’s attack on the judge, Mira Pell, was the textbook definition of …": Hollis AGAINST, Pell not', () => {
    const st = withContent('The judge ruled in May.|Ada Brill said Governor Tom Hollis’s attack on the judge, Mira Pell, was the textbook definition of a bigoted comment.', 'Governor Tom');
    expect(st.targets['Tom Hollis']).toBe('AGAINST');
    expect(st.targets['Mira Pell'] ?? 'NONE').toBe('NONE');
  });
  it('"Hollis’s criticism of Mira Pell was the very definition of cronyism": Pell not AGAINST', () => {
    const st = withContent('The judge ruled in May.|Ada Brill said Tom Hollis’s public criticism of Mira Pell was the very definition of cronyism.', 'Tom Hollis');
    expect(st.targets['Tom Hollis']).toBe('AGAINST');
    expect(st.targets['Mira Pell'] ?? 'NONE').toBe('NONE');
  });
  it('must not change: people named in apposition to the owner\'s friends are charged', () => {
    const st = withContent('The council met in May.|Ada Brill said the mayor’s friends on the council, Mira Pell and Tom Hollis, were corrupt.', 'the mayor');
    expect(st.targets['Mira Pell']).toBe('AGAINST');
  });
  it('must not change: the party the fault is predicated of is charged', () => {
    const st = withContent('The judge ruled in May.|Ada Brill said Mira Pell had been the very definition of incompetence on the bench.', 'Mira Pell');
    expect(st.targets['Mira Pell']).toBe('AGAINST');
  });
});

describe('a court or the police after "with"/"in"/"to" is a forum only after a step taken to it (review 21 item 11)', () => {
  it('"furious with the police": the police stay AGAINST', () => {
    const st = withContent('Residents said they were furious with the police over the slow response to the burglaries.', 'they were furious');
    expect(st.targets['police']).toBe('AGAINST');
  });
  it('"angry at the police": the police stay AGAINST', () => {
    const st = withContent('Residents said they were angry at the police and had lost faith in the courts after the burglaries.', 'they were angry');
    expect(st.targets['police']).toBe('AGAINST');
  });
  it('must not change: "complained to the police" is a forum', () => {
    const st = withContent('The shopkeepers said they had complained to the police about the vandalism many times.', 'they had complained');
    expect(st.targets['police'] ?? 'NONE').toBe('NONE');
  });
  it('must not change: "take the case to the High Court" is a forum', () => {
    const st = withContent('Brennock Haulage said the ruling was unfair and it would take the case to the High Court.', 'the ruling');
    expect(st.targets['High Court'] ?? 'NONE').toBe('NONE');
  });
});

describe('"threaten" with a thing at risk as its object is a spoken threat when a person makes it (review 21 item 8)', () => {
  const speakers = (text: string): string[] => acts(text).map(([speaker]) => speaker);
  it('"the manager threatened their jobs if they joined the union": a statement by the manager', () => {
    expect(speakers('The strike began in May.\nWorkers said the manager threatened their jobs if they joined the union.')).toContain('manager');
  });
  it('"the man threatened her life": a statement by the man', () => {
    expect(speakers('The trial opened in May.\nPolice said the man threatened her life during the argument.')).toContain('man');
  });
  it('"the company threatened their jobs unless …": a statement by the company', () => {
    expect(speakers('The strike began in May.\nStaff said the company threatened their jobs unless they accepted the pay cut.')).toContain('company');
  });
  it('must not fire: a thing that endangers jobs says nothing', () => {
    expect(speakers('The mill closed in May.\nEconomists said cheap imports were threatening thousands of jobs in the north.')).toEqual(['Economists']);
  });
  it('must not fire: a thing with a condition says nothing', () => {
    expect(speakers('The mill closed in May.\nFarmers said the new rules threatened their livelihoods if nothing changed.')).toEqual(['Farmers']);
  });
});
