// Speaker faults from new users' trials and from BASIL's real news (session 20). The sentences are written for this file.
import { describe, expect, it } from 'vitest';
import { speakerOf } from './speaker-helpers.js';

describe('a constituency written as one bare plural opening the sentence is a group, not a body', () => {
  it.each([
    ['passengers', 'The 07:10 service was cancelled for the third day. Passengers said the company had given no warning.', 'the company had given no warning'],
    ['commuters', 'The tram line closed at noon. Commuters told the Evening Post the replacement buses were full.', 'the replacement buses were full'],
    ['shoppers', 'The market hall shut early on Saturday. Shoppers said the car park had been locked.', 'the car park had been locked'],
  ])('%s', (word, body, content) => {
    expect(speakerOf(body, content)).toMatchObject({ name: word, kind: 'group' });
  });
  it('must not fire: a one-word club name that opens the sentence', () => {
    expect(speakerOf('The derby was called off. Rangers said the pitch was frozen.', 'the pitch was frozen')).toMatchObject({ name: 'Rangers' });
  });
  it('must not fire: a body whose name begins with the plural', () => {
    expect(speakerOf('Fares rose by 9 percent. The Passengers Council said the rise was unjustified.', 'the rise was unjustified')).toMatchObject({ name: 'Passengers Council', kind: 'organization' });
  });
  it('must not fire: the plural with a count stays unnamed people', () => {
    expect(speakerOf('The ferry was delayed. Two passengers said the crossing had been rough.', 'the crossing had been rough').kind).toBe('anonymous');
  });
});

describe('a body named before the place it sits in is that body, not the place', () => {
  it('"the … Embassy in …"', () => {
    expect(speakerOf('Hours later, the Norvish Embassy in Caldport said the journalist had been released.', 'the journalist had been released'))
      .toMatchObject({ name: 'Norvish Embassy', kind: 'organization' });
  });
  it('must not fire: officials in a city stay unnamed officials', () => {
    expect(speakerOf('The summit ended early. Officials in Brussels said the talks had stalled.', 'the talks had stalled').kind).toBe('anonymous');
  });
  it('must not fire: a body named with no place after it', () => {
    expect(speakerOf('Hours later, the Norvish Embassy said the journalist had been released.', 'the journalist had been released'))
      .toMatchObject({ name: 'Norvish Embassy' });
  });
});

describe('"the letter", "the report" after the document that spoke under a longer name is that document', () => {
  it('"the letter" after "an open letter"', () => {
    expect(speakerOf('An open letter signed by 200 nurses urged the trust to reopen the ward. The letter also accuses managers of ignoring staff warnings.', 'managers of ignoring staff warnings'))
      .toMatchObject({ name: 'open letter', kind: 'document' });
  });
  it('"the report" after "an inspection report"', () => {
    expect(speakerOf('An inspection report published on Monday found cracks in the roof. The report said the hall should close.', 'the hall should close'))
      .toMatchObject({ name: 'inspection report', kind: 'document' });
  });
  it('must not fire: a report no earlier document of that head spoke before', () => {
    expect(speakerOf('The council met on Monday. The report said the hall should close.', 'the hall should close')).toMatchObject({ name: 'report', kind: 'document' });
  });
  it('must not fire: another head ("the letter" after a report)', () => {
    expect(speakerOf('An inspection report published on Monday found cracks in the roof. The letter said the hall should close.', 'the hall should close')).toMatchObject({ name: 'letter', kind: 'document' });
  });
});

describe('"it" opening its clause after a sentence whose subject is a document is that document', () => {
  it('a memo seen by a newspaper', () => {
    expect(speakerOf('The finance director resigned in May. But the memo, obtained by the Courier, tells a different story. Written in March by the finance director, it says that the reserves had been spent.', 'the reserves had been spent'))
      .toMatchObject({ name: 'memo', kind: 'document' });
  });
  it('a report prepared by a firm', () => {
    expect(speakerOf('The harbour board met on Monday. The report, prepared by Dunmore Audit, runs to 90 pages. It says the harbour lost money for a third year.', 'the harbour lost money'))
      .toMatchObject({ kind: 'document' });
  });
  it('must not fire: the document was the object, a body the subject', () => {
    expect(speakerOf('The memo was sent to the board in April. Kestrel Foods later withdrew it. It said the memo had been a draft.', 'the memo had been a draft')).toMatchObject({ name: 'Kestrel Foods' });
  });
  it('must not fire: a body the subject of the sentence before', () => {
    expect(speakerOf('The report was published on Monday. Kestrel Foods rejected its findings. It said the figures were out of date.', 'the figures were out of date')).toMatchObject({ name: 'Kestrel Foods' });
  });
});

describe('a lead that withholds an accused person\'s name gives it, with their age, at the head of the next sentence', () => {
  it('"A hospital porter accused of …" then "Name, 52,"', () => {
    expect(speakerOf('A hospital porter accused of stealing from patients told a court on Monday that he had never entered the ward.\n\nDaniel Moreau, 52, denies two counts of theft.', 'he had never entered the ward'))
      .toMatchObject({ name: 'Daniel Moreau', kind: 'person', role: 'porter' });
  });
  it('with a place after the age, and a verb of the charge: "Name, 41, of Carnby, was charged"', () => {
    expect(speakerOf('A school bursar accused of fraud told an inquiry on Tuesday that she had followed the rules.\n\nJune Tallis, 41, of Carnby, was charged in March.', 'she had followed the rules'))
      .toMatchObject({ name: 'June Tallis', kind: 'person' });
  });
  it('must not fire: a victim named with an age, no verb of the trial', () => {
    expect(speakerOf('A van driver accused of careless driving told a jury he had stopped at the lights.\n\nEllen Marsh, 29, suffered a broken leg in the crash.', 'he had stopped at the lights').name).not.toBe('Ellen Marsh');
  });
  it('must not fire: a name of the other gender than the pronoun the accused is given', () => {
    expect(speakerOf('A bus driver accused of reckless driving told a jury he had checked his mirrors.\n\nMary Dunne, 33, was arrested at the depot after the crash.', 'he had checked his mirrors').name).not.toBe('Mary Dunne');
  });
  it('must not fire: a witness named with an age who gave evidence', () => {
    expect(speakerOf('A nurse accused of neglect told a tribunal she had raised the alarm.\n\nPeter Holm, 60, gave evidence on the second day.', 'she had raised the alarm').name).not.toBe('Peter Holm');
  });
  it('must not fire: a witness, no one accused', () => {
    expect(speakerOf('A witness said the car had been speeding.\n\nMark Lee, 19, died at the scene.', 'the car had been speeding').kind).toBe('anonymous');
  });
  it('must not fire: the person with an age was named before', () => {
    expect(speakerOf('Mark Lee was arrested in May. A driver accused of dangerous driving told a court he had braked in time.\n\nMark Lee, 19, was a passenger.', 'he had braked in time').name).not.toBe('Mark Lee');
  });
});

describe('a person named after a role, then "of" or "at" a body, is that person, the body their affiliation', () => {
  it('"Energy analyst Maria Lopez of Harwell Partners"', () => {
    expect(speakerOf('Oil rose again. Energy analyst Maria Lopez of Harwell Partners said prices would keep rising.', 'prices would keep rising'))
      .toMatchObject({ name: 'Maria Lopez', kind: 'person', affiliation: 'Harwell Partners' });
  });
  it('"Research director Ana Pol at the Lund Institute"', () => {
    expect(speakerOf('Oil rose again. Research director Ana Pol at the Lund Institute said prices would keep rising.', 'prices would keep rising'))
      .toMatchObject({ name: 'Ana Pol', kind: 'person', affiliation: 'Lund Institute' });
  });
  it('must not fire: an unnamed spokesman for the body speaks for it', () => {
    expect(speakerOf('Oil rose again. A spokesman for Harwell Partners said prices would keep rising.', 'prices would keep rising'))
      .toMatchObject({ name: 'Harwell Partners', kind: 'organization' });
  });
  it('must not fire: a body whose name has "of" in it', () => {
    expect(speakerOf('Oil rose again. The Bank of Lindmark said prices would keep rising.', 'prices would keep rising'))
      .toMatchObject({ name: 'Bank of Lindmark', kind: 'organization' });
  });
});

describe('a capitalised plural role noun inside a body\'s name is no person\'s title', () => {
  it('"The Dock Workers Guild"', () => {
    expect(speakerOf('Crane drivers struck on Monday. The Dock Workers Guild said the port had refused to negotiate.', 'the port had refused to negotiate'))
      .toMatchObject({ name: 'Dock Workers Guild', kind: 'organization', role: null });
  });
  it('must not fire: a singular title before a person\'s name', () => {
    expect(speakerOf('Crane drivers struck on Monday. Union Organiser Ana Pell said the port had refused to negotiate.', 'the port had refused to negotiate'))
      .toMatchObject({ name: 'Ana Pell', kind: 'person' });
  });
  it('must not fire: a plural title before people\'s names', () => {
    expect(speakerOf('Crane drivers struck on Monday. Senior Lecturers Ana Pell and Tom Hale said the port had refused to negotiate.', 'the port had refused to negotiate').kind).toBe('person');
  });
});

describe('"It" opening a sentence goes on with the body that spoke as the last sentence\'s subject', () => {
  it('not the body that sentence accused', () => {
    expect(speakerOf('The Dock Workers Guild, which the crane drivers joined in May, accused Harlow Port of sacking organisers. It demanded that the port reinstate every organiser.', 'the port reinstate every organiser'))
      .toMatchObject({ name: 'Dock Workers Guild' });
  });
  it('a report whose subject opens "A report by …"', () => {
    expect(speakerOf('The theatre closed in March. A report by the fire service, seen by this newspaper, rated the panels as critical. It also noted that the owners had been warned in 2019.', 'the owners had been warned in 2019'))
      .toMatchObject({ name: 'report', kind: 'document' });
  });
  it('must not fire: the body is named after the quote, not as the subject', () => {
    expect(speakerOf('Halden Foods cut 200 jobs in May. “We had no choice,” the Dock Workers Guild said. It added that talks would resume.', 'talks would resume').name).toBe('Dock Workers Guild');
  });
  it('must not fire: a person subject', () => {
    expect(speakerOf('The Harbour Board met on Monday. Ana Pell, its chair, said the dredging would start in May. It said the cost had doubled.', 'the cost had doubled').name).not.toBe('Ana Pell');
  });
});
