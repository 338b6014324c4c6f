// Speakers from two new users' trials (nu36: a rental ban, a hospital breach, a coach sacked, a cut cable; nu37: a
// central bank, a chef's restaurants, a border clash, a cancelled speaker). Sentences written for these tests (one from
// the users' own invented articles at most per rule); each rule has at least two sentences of its construction and a near
// miss that must keep what it had (LABELS.md "Speaker"; GUIDE section 3 and decisions 14, 31, 63, 66).
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/analyze.js';

const run = (paragraphs: string) => analyzeArticle(`Headline\n${paragraphs}\n`).statements;
const byCue = (paragraphs: string, cue: string) => run(paragraphs).find((s) => s.cue?.text === cue);
const who = (paragraphs: string, cue: string): [string, string] | undefined => {
  const s = byCue(paragraphs, cue);
  return s ? [s.speaker.name, s.speaker.kind] : undefined;
};

describe('a name inside an appositive\'s own phrase ("the chain owned by chef X") does not speak for the subject', () => {
  it.each([
    ['Workers at Casa Bellini, the restaurant chain owned by television chef Marco Bellini, have accused the company of withholding tips.', 'accused', 'Marco Bellini'],
    ['Employees at Harlow Towers, the hotel group owned by businessman Peter Vance, said they had not been paid.', 'said', 'Peter Vance'],
    ['Nurses at St Brede Clinic, the private hospital founded by surgeon Ana Rios, have accused the management of cutting shifts.', 'accused', 'Ana Rios'],
  ])('%s', (text, cue, notHim) => {
    const s = byCue(text, cue);
    expect(s?.speaker.name).not.toBe(notHim);
    expect(s?.speaker.kind).toBe('anonymous');
  });
  it('must not fire: an occupation and a name opening the appositive still name the speaker', () => {
    expect(who('A second witness, forklift driver Mina Achebe, said the door was open.', 'said')).toEqual(['Mina Achebe', 'person']);
  });
});

describe('a bare surname is the person, not the body named after him that the article named first', () => {
  it.each([
    ['Workers at Casa Bellini, the restaurant chain owned by television chef Marco Bellini, have accused the company of withholding tips.\nBellini, who presents a cooking show, denied any wrongdoing.', 'denied', 'Marco Bellini'],
    ['Staff at Maison Dupont, the bakery chain owned by pastry chef Luc Dupont, said they were owed wages.\nDupont rejected the claims.', 'rejected', 'Luc Dupont'],
  ])('%s', (text, cue, person) => {
    expect(who(text, cue)).toEqual([person, 'person']);
  });
  it('must not fire: with no person of that surname, the name stays the one the article wrote', () => {
    expect(byCue('Workers at Casa Bellini said the company withheld tips.\nBellini denied any wrongdoing.', 'denied')?.speaker.name).toBe('Casa Bellini');
  });
});

describe('"the bank": a commentator\'s workplace in an apposition without an article is no antecedent', () => {
  it.each([
    ['The Bank of Veloria raised rates on Thursday. Marta Kellner, chief economist at Northgate Bank, said the rise was justified. The bank said it would act again if needed.', 'Bank of Veloria'],
    ['Harrow Bank cut its rates. Tom Hale, senior analyst at Pellow Bank, said the cut was overdue. The bank said more cuts could follow.', 'Harrow Bank'],
  ])('%s', (text, bank) => {
    expect(run(text).at(-1)?.speaker.name).toBe(bank);
  });
  it('must not fire: a spokesperson at the other bank speaks for it, so it stays the antecedent', () => {
    expect(run('Harrow Bank cut its rates. Anna Berg, a spokesperson at Pellow Bank, said it would not follow. The bank said it saw no need.').at(-1)?.speaker.name).toBe('Pellow Bank');
  });
});

describe('"the company" is the company that is the subject of the sentence before', () => {
  it.each([
    ['Greystone Wind Ltd said the cable was cut. The company estimated repairs would take months.\nBrennan Shipping, which manages the Orla Star, rejected that account. In a statement, the company said its crew had been forced to drop anchor.', 'Brennan Shipping'],
    ['Harlow Energy Ltd said the lorry had hit the pylon. The company called for an inquiry.\nCorran Freight, which owns the lorry, disputed that. In a statement, the company said the driver had swerved to avoid a deer.', 'Corran Freight'],
  ])('%s', (text, body) => {
    expect(run(text).at(-1)?.speaker.name).toBe(body);
  });
  it('must not fire: a company named only inside what a person said is no subject', () => {
    expect(run('Greystone Wind Ltd said the cable was cut. Ana Ruiz, a fisherman, blamed Brennan Shipping for the damage. In a statement, the company said repairs would take months.').at(-1)?.speaker.name).toBe('Greystone Wind Ltd');
  });
});

describe('unnamed officials named with their country\'s or body\'s word are anonymous sources (GUIDE decisions 63, 66)', () => {
  it.each([
    ['Dovar and Karsten clashed on the border. A senior Dovari security official, who spoke on condition of anonymity, said Dovar had intercepted radio messages.', 'said', 'senior Dovari security official', 'Dovar'],
    ['Dovar and Karsten clashed on the border.\nKarsten officials dismissed that claim as "pure fabrication."', 'dismissed', 'Karsten officials', 'Karsten'],
    ['Corlan Mining opened the pit in 2019. Two Corlan engineers said the dam was unsafe.', 'said', 'two Corlan engineers', 'Corlan'],
  ])('%s', (text, cue, name, affiliation) => {
    const s = byCue(text, cue);
    expect([s?.speaker.name, s?.speaker.kind]).toEqual([name, 'anonymous']);
    expect(s?.speaker.affiliation).toBe(affiliation);
  });
  it('must not fire: an unnamed spokesperson speaks for the body itself', () => {
    expect(who('A Harwick Foods spokesperson said the plant was safe.', 'said')).toEqual(['Harwick Foods', 'organization']);
  });
});

describe('a plural noun of a post with a place after it ("Diplomats in Geneva") is unnamed sources', () => {
  it.each([
    ['Diplomats in Geneva said the clash was the most serious in years.', 'diplomats in Geneva', 'diplomat'],
    ['Economists in Lisbon warned that growth would slow.', 'economists in Lisbon', 'economist'],
  ])('%s', (text, name, role) => {
    const s = run(text)[0];
    expect([s?.speaker.name, s?.speaker.kind, s?.speaker.role]).toEqual([name, 'anonymous', role]);
  });
  it('must not fire: residents of a place still speak together as a group', () => {
    expect(run('Residents in Tarnow said the water was brown.')[0]?.speaker.kind).toBe('group');
  });
});

describe('a plural in -men opening a sentence is people described, not a body called "Local"', () => {
  it.each([
    ['Local fishermen, who have long opposed the wind farm, said they were not surprised.', 'local fishermen'],
    ['Commercial fishermen said the quota was too low.', 'commercial fishermen'],
  ])('%s', (text, name) => {
    const s = run(text)[0];
    expect(s?.speaker.name).toBe(name);
    expect(s?.speaker.kind).not.toBe('organization');
  });
  it('must not fire: "Local police" is a body', () => {
    expect(run('Local police said they had not been asked to provide security.')[0]?.speaker.kind).toBe('organization');
  });
});

describe('"A mission spokesperson" speaks for the mission named before', () => {
  it.each([
    ['The UN peacekeeping mission in the area, UNMOB, said its observers could not reach the site. A mission spokesperson said it was too early to say who fired first.', 'UNMOB'],
    ['The European monitoring mission, EUMM, said a patrol was fired on. The mission said it would investigate.', 'EUMM'],
  ])('%s', (text, body) => {
    expect(run(text).at(-1)?.speaker.name).toBe(body);
  });
  it('must not fire: a ministry spokesperson after the mission is not the mission', () => {
    expect(run('The monitoring mission, EUMM, said a patrol was fired on. The Ministry of Defence denied it. A ministry spokesperson said no shots were fired.').at(-1)?.speaker.name).not.toBe('EUMM');
  });
});

describe('a conjunction or sentence adverb opening the sentence is no part of a name before an appositive', () => {
  it.each([
    ['But Paul Drexler, a professor of economics at the University of Marstadt, questioned whether further tightening would achieve much, arguing that most inflation came from energy imports.', 'Paul Drexler'],
    ['However Ana Ruiz, a lawyer for the tenants, questioned whether the rules applied, arguing that the flats were exempt.', 'Ana Ruiz'],
  ])('%s', (text, name) => {
    expect(run(text).map((s) => s.speaker.name)).toEqual(run(text).map(() => name));
  });
  it('must not fire: an article opening a body\'s name stays off the list of openers dropped', () => {
    expect(run('The Hague Group, a think tank, said the plan would fail.')[0]?.speaker.name).toContain('Hague Group');
  });
});

describe('a document before a participle and a time phrase speaks ("A council report published last month found")', () => {
  it.each([
    ['StayNest rejected the accusation. A council report published last month found that 1,800 homes were let to tourists.', 'council report'],
    ['The mayor defended the force. A police review completed last week found that the cameras had failed.', 'police review'],
  ])('%s', (text, name) => {
    const s = byCue(text, 'found');
    expect([s?.speaker.name, s?.speaker.kind]).toEqual([name, 'document']);
  });
  it('must not fire: a person with a time phrase in apposition stays the speaker', () => {
    expect(byCue('The mayor, speaking last week, said the cameras had failed.', 'said')?.speaker.kind).not.toBe('document');
  });
});

describe('a name with "a/an … charity" in apposition is a body, and "Its chief executive" is of that body', () => {
  // Known gap: since the statement finder reads a name that opens with a verb ("Kick Out Hate", wt-fixnu36t) as the
  // speaker phrase itself, the appositive's noun no longer decides the name's kind, and the name oracle reads an unknown
  // three-word name as a person's. Adding "charity" to the body-only appositions fixed it but cost two speakers on the
  // held-out half of dev, so it was not kept; read as a person, the name is no body for "Its chief executive", who is
  // given "Hate", the name's last word, instead (flagged speaker:affiliation-cut-name).
  // (wt-fixnu40k: closed; "Hate", a piece of the one body's longer name the text never writes alone, is that body)
  it('Kick Out Hate, an anti-racism charity, is an organisation, and its chief executive is of it', () => {
    const [first, second] = run('Kick Out Hate, an anti-racism charity, welcomed the sacking. Its chief executive, Amara Diallo, said players had raised concerns.');
    expect(first?.speaker.name).toBe('Kick Out Hate');
    expect(first?.speaker.kind).toBe('organization');
    expect(second?.speaker.affiliation).toBe('Kick Out Hate');
  });
  it.each([
    ['Stand Up Now, a youth charity, praised the plan. Its director, Tom Hale, said the plan was overdue.', 'Stand Up Now'],
  ])('%s', (text, body) => {
    const [first, second] = run(text);
    expect([first?.speaker.name, first?.speaker.kind]).toEqual([body, 'organization']);
    expect(second?.speaker.affiliation).toBe(body);
  });
  it('must not fire: a person described by an occupation stays a person', () => {
    expect(who('Maria Lopez, a local businesswoman, said the plan was overdue.', 'said')).toEqual(['Maria Lopez', 'person']);
  });
});

describe('"X, a student group that says": the relative clause of a noun of a kind of body is the body\'s', () => {
  it.each([
    ['The petition was organised by Students for an Inclusive Campus, a student group that says the writer demeans transgender people.', 'Students for an Inclusive Campus'],
    ['The vigil was organised by Voices for a Fair Campus, a student group that says the rules are unfair.', 'Voices for a Fair Campus'],
  ])('%s', (text, body) => {
    expect(who(text, 'says')).toEqual([body, 'group']);
  });
  it('must not fire: a person\'s name before "a developer who" stays the person', () => {
    expect(who('Colin Marsh, a developer who admitted paying him, was jailed.', 'admitted')).toEqual(['Colin Marsh', 'person']);
  });
});

describe('"the students\' union" is the union of students, not the latest body named', () => {
  it.each([
    ["The petition was organised by Students for an Inclusive Campus, a student group.\nThe students' union said it supported the decision.", "students' union"],
    ["The petition was organised by Voices for a Fair Campus, a student group.\nThe teachers' union said it would not take part.", "teachers' union"],
  ])('%s', (text, name) => {
    expect(run(text).at(-1)?.speaker.name).toBe(name);
  });
  it('must not fire: a union the article named with that word is the one meant', () => {
    expect(run("The Harwick Players Union met on Monday. The players' union said it would appeal.").at(-1)?.speaker.name).toBe('Harwick Players Union');
  });
});

describe('a name before a lower-case noun of a kind of body ("The Patients\' Voice charity") is that body', () => {
  it.each([
    ["The Patients' Voice charity said the handling had been shambolic.", "Patients' Voice"],
    ['The Harlow Rivers charity said the water was dirty.', 'Harlow Rivers'],
  ])('%s', (text, body) => {
    expect(run(text)[0]?.speaker.kind).toBe('organization');
    expect(run(text)[0]?.speaker.name).toBe(body);
  });
  it('must not fire: a person\'s name stays a person', () => {
    expect(run('John Smith said the water was dirty.')[0]?.speaker.kind).toBe('person');
  });
});

describe('a quoted title after a noun of an authored work is a document, its author the affiliation (GUIDE decision 14)', () => {
  it.each([
    ['Victor Lane is a commentator. Lane, whose book "The Comfortable Lie" argues that universities have become hostile to debate, was invited to speak.', 'argues', 'The Comfortable Lie', 'Victor Lane'],
    ['Mara Holt, whose report "Blind Spots" found that the checks had failed, was promoted.', 'found', 'Blind Spots', 'Mara Holt'],
  ])('%s', (text, cue, title, author) => {
    const s = byCue(text, cue);
    expect([s?.speaker.name, s?.speaker.kind, s?.speaker.affiliation]).toEqual([title, 'document', author]);
  });
  it('must not fire: the author speaking is the person', () => {
    expect(who('Mara Holt, the author of a report on the checks, said she was pleased.', 'said')?.[1]).toBe('person');
  });
});

describe('the navy is a body; a copy or a draft of a document is a document', () => {
  it.each([
    ['The navy said it had sent a patrol vessel to the area.', 'organization'],
    ['The federation had received complaints, according to a copy seen by reporters.', 'document'],
    ['A leaked draft shows the plan was changed.', 'document'],
  ])('%s', (text, kind) => {
    expect(run(text)[0]?.speaker.kind).toBe(kind);
  });
  it('must not fire: the army stays a body', () => {
    expect(run('The army said the road was closed.')[0]?.speaker.kind).toBe('organization');
  });
});

describe('"Federation president X" after "The Federation of …": the capitalised common head is the body named before', () => {
  it.each([
    ['The Federation of Veloria Workers called on the government to act. Federation president Gregor Ilic said workers had lost out.', 'Federation of Veloria Workers'],
    ['The Association of Harlow Tenants met on Monday. Association chair Rosa Dean said rents were too high.', 'Association of Harlow Tenants'],
  ])('%s', (text, body) => {
    expect(run(text).at(-1)?.speaker.affiliation).toBe(body);
  });
  it('must not fire: a union named by its short name keeps it', () => {
    expect(run('Members of the Harlow Union met on Monday. Union leader Ana Ruiz said the strike would go on.').at(-1)?.speaker.affiliation).toBe('Harlow Union');
  });
});

describe('"the navy" is a body, and refers back only to a navy', () => {
  it.each([
    ['The Defence Procurement Agency said it had asked for records. The navy has said the ships are needed by 2028.', 'navy'],
    ['The Marrow Port Authority said the channel was closed. The navy said its ships had left.', 'navy'],
  ])('%s', (text, name) => {
    const s = run(text).at(-1);
    expect([s?.speaker.name, s?.speaker.kind]).toEqual([name, 'organization']);
  });
  it('must not fire: "the army" after a named army is that army', () => {
    expect(run('The Karsten Army moved troops to the border. The army said the move was routine.').at(-1)?.speaker.name).toBe('Karsten Army');
  });
});

describe('"County officials": a capitalised noun of a kind of body is of the body of that kind named before (GUIDE decision 63)', () => {
  it.each([
    ['Ordway County said on Monday that it would appeal. County officials said the levee was safe.', 'Ordway County'],
    ['Harlow District Council met on Monday. Council officials said the budget was tight.', 'Harlow District Council'],
  ])('%s', (text, body) => {
    const s = run(text).at(-1);
    expect([s?.speaker.kind, s?.speaker.affiliation]).toEqual(['anonymous', body]);
  });
  it('must not fire: a country\'s own word stays the affiliation', () => {
    expect(run('Dovar and Karsten clashed.\nKarsten officials said the border was calm.').at(-1)?.speaker.affiliation).toBe('Karsten');
  });
});
