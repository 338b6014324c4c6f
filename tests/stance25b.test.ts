// A third-person "it" or "they" that opens a later clause of the content, or any clause of a quotation, as a target when
// it is the doer of the verb after it (resolve-speakers.ts clausePronounParty): resolved to an organisation named before
// the statement, never the speaker's own side, a body among two just named, or a thing. Sentences are our own.
import { describe, expect, it } from 'vitest';
import { statementsOf as run, withContent } from './stance-helpers.js';

describe('a pronoun inside the content names the body it stands for', () => {
  it('a quotation\'s "they" that did the charged act: the company named before', () => {
    const st = withContent('Corrin Water cut off supplies to 4,000 homes in Dunmore on Friday.|“We were left for three days without a word. They ignored every call we made,” said Ellen Marsh, a resident.', 'We were left');
    expect(st.targets['Corrin Water']).toBe('AGAINST');
  });
  it('a reported "it" after "that", the subject of a verb of conduct', () => {
    const st = withContent('Hollin Rail cancelled the last evening train from Brantwick in March.|Sara Pike, a commuter, said passengers had been let down because it had ignored complaints for a year.', 'passengers had been');
    expect(st.targets['Hollin Rail']).toBe('AGAINST');
  });
});

describe('… and not a pronoun that is ambiguous, the speaker\'s own, or a thing', () => {
  it('two companies just named: "they" does not choose between them', () => {
    const st = withContent('Hollin Rail and Vesta Trains both cut their evening services on Monday.|“They ignored every complaint we sent,” said Sara Pike, a commuter.', 'They ignored');
    expect(st.targets['Hollin Rail']).toBeUndefined();
    expect(st.targets['Vesta Trains']).toBeUndefined();
  });
  it('the speaker\'s own body: its spokeswoman\'s "it" is no other party', () => {
    const all = run('Pellow Foods recalled 20,000 jars of sauce on Monday.|Dara Quinn, a spokeswoman for Pellow Foods, said the recall was a precaution and that it had never misled customers.');
    const st = all.find((s) => s.content.includes('never misled'));
    expect(st).toBeDefined();
    expect(Object.values(st!.targets)).not.toContain('AGAINST');
  });
  it('a noun of the pronoun\'s number just before it: "the line … because it had ignored …" may be the line\'s', () => {
    const st = withContent('Hollin Rail cancelled the last evening train from Brantwick in March.|Sara Pike, a commuter, said the line was a shambles because it had ignored complaints for a year.', 'the line was');
    expect(st.targets['Hollin Rail']).toBeUndefined();
  });
  it('a pronoun for a thing: "it will cost £3m" is no party', () => {
    const st = withContent('Brackley Council approved a new footbridge over the river on Monday.|“It is the wrong bridge in the wrong place, and it will cost £3m,” said Amy Hale, a resident.', 'It is the wrong');
    expect(st.targets['Brackley Council']).toBeUndefined();
  });
});
