// Session 18, a third new user's speaker and statement errors. Sentences are our own; each expectation was written by
// hand from the sentence (LABELS.md; GUIDE.md).
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/analyze.js';

const statements = (paragraphs: string) => analyzeArticle(`Headline\n${paragraphs.replace(/\|/gu, '\n')}\n`).statements;
const speakersOf = (paragraphs: string): string[] => statements(paragraphs).map((s) => s.speaker.name);

describe('a name in apposition after a description with a present participle is the speaker', () => {
  it('fires: "A charity representing rural bus users, Wheels for All, criticised …" → Wheels for All', () => {
    expect(speakersOf('A charity representing rural bus users, Wheels for All, criticised the council\'s timetable.')).toEqual(['Wheels for All']);
    expect(speakersOf('A group representing hill farmers, Upland Voice, praised the new grant scheme.')).toEqual(['Upland Voice']);
  });
  it('must not fire: the participle rule without a name still gives the head noun', () => {
    expect(speakersOf('Police officers investigating the fire said it had been started deliberately.')).toEqual(['police officers']);
    expect(speakersOf('Two nurses working at the clinic, speaking on condition of anonymity, said the ward was short of staff.')).toEqual(['two nurses']);
  });
});

describe('a fronted adverbial before a cue that takes an object does not hide the subject', () => {
  it('fires: "On Monday, the union accused …", "In a letter, the union accused …"', () => {
    expect(statements('On Tuesday, the nurses\' union accused the trust of bullying.').map((x) => [x.act, x.speaker.name])).toEqual([['ACCUSE', "nurses' union"]]);
    expect(statements('In a statement, the tenants\' group criticised the landlord.').map((x) => x.act)).toEqual(['CRITICIZE']);
  });
  it('must not fire: a fronted phrase before a passive or a verb that reports nothing', () => {
    expect(statements('In the end, the contractor was accused of fraud.')).toEqual([]);
    expect(statements('On Friday, the court sentenced the driver to two years in prison.')).toEqual([]);
  });
});

describe('a conditional set off by commas after the reported clause\'s subject', () => {
  it('fires: "X, an analyst at Y, said the plan, if approved, would close …" → the clause is the content', () => {
    expect(statements('Mara Lind, an analyst at Corvan Bank, said the plan, if approved, would close three schools.').map((x) => [x.speaker.name, x.content.text])).toEqual([['Mara Lind', 'the plan, if approved, would close three schools']]);
    expect(statements('Tom Reyes, a lawyer at Hale and Partners, said the claims, if proven, could cost the firm millions.').map((x) => x.content.text)).toEqual(['the claims, if proven, could cost the firm millions']);
  });
  it('must not fire: an inverted speaker with a "when" or "if" phrase after it stays the speaker', () => {
    expect(speakersOf('“It is over,” said the manager, when the game ended.')).toEqual(['manager']);
    expect(statements('The rise was lower than expected, said the bank, if only slightly.').map((x) => x.content.text)).toEqual(['The rise was lower than expected']);
  });
});

describe('"he" or "she" opening the sentence after "“…,” a spokesman said." is that spokesman', () => {
  const lead = 'The mine\'s owner, Dag Solberg, said the site was safe. "We will not cut corners," said Ines Varga, a geologist at Brenmark University.';
  it('fires: the quote-led spokesman of the sentence before, not the person named earlier', () => {
    const s = statements(`${lead}|Norvik Mining denied a claim that it had ignored warnings. "Norvik Mining has never ignored a safety warning," a spokesman for Norvik Mining said. He said the company "welcomes the inspection".`);
    expect(s.at(-1)?.speaker.name).toBe('Norvik Mining');
    expect(s.at(-1)?.speaker.role).toBe('spokesperson');
  });
  it('must not fire: a named spokesman or a pronoun of the other gender', () => {
    const named = statements(`${lead}|"We have nothing to hide," a spokesman, Tom Hale, said. He said the mine would reopen.`);
    expect(named.at(-1)?.speaker.name).toBe('Tom Hale');
    const other = statements(`${lead}|"We have nothing to hide," a spokesman for Norvik Mining said. She said the inspection was overdue.`);
    expect(other.at(-1)?.speaker.name).not.toBe('Norvik Mining');
  });
});

describe('the unnamed lawyer of a named person is that lawyer, described (GUIDE decision 38)', () => {
  it('fires: "Penrose\'s lawyer said" after "Odile Penrose was charged" → "Penrose\'s lawyer", a person unnamed', () => {
    const s = statements('Odile Penrose was charged on Friday with theft.|Penrose\'s lawyer said the charge would be contested.');
    expect(s.map((x) => [x.speaker.name, x.speaker.kind, x.speaker.role])).toEqual([["Penrose's lawyer", 'anonymous', 'lawyer']]);
    expect(speakersOf('Ana Ruiz\'s lawyer said the evidence was thin.')).toEqual(["Ana Ruiz's lawyer"]);
  });
  it('must not fire: a company\'s lawyer keeps the company; a named lawyer is the name', () => {
    const company = statements('Norvik Mining said it would appeal.|Norvik\'s lawyer said the fine was unlawful.');
    expect(company.at(-1)?.speaker.name).toBe('Norvik Mining');
    expect(speakersOf('Odile Marsh\'s lawyer, Tom Hale, said the charge would be contested.')).toEqual(['Tom Hale']);
  });
});
