// Speakers, session 26 (held-out half): rules about how reporters introduce a body or a person and then go on with the
// same subject. Every sentence here is invented for these tests; each rule has two or more sentences of its construction
// and a near miss that must keep what it had (LABELS.md "Speaker"; GUIDE section 3 and decisions 31, 56).
import { describe, expect, it } from 'vitest';
import { speakerOf } from './speaker-helpers.js';

describe('a name with a description in apposition opening the sentence is the subject of a later participle or coordinated verb', () => {
  it.each([
    // a participle after the main verb's clause
    ['Fenwater Trust, an angling charity, said the spill had killed thousands of fish, accusing the mill of hiding the leak.', 'the mill of hiding the leak', 'Fenwater Trust'],
    // a coordinated saying verb after a verb that is no cue
    ['The Norland Hockey League, one of the oldest amateur leagues in the country, banned two coaches on Friday and said it would review its rules.', 'it would review its rules', 'Norland Hockey League'],
    // a name with a short lower-case word inside it, and an apposition with a participle and a place
    ['Tierra y Agua, a farmers’ group based in Valcerro, welcomed the ruling and accused the ministry of “ignoring the valley”.', 'the ministry of', 'Tierra y Agua'],
  ])('%s', (body, content, name) => {
    expect(speakerOf(body, content).name).toBe(name);
  });
  it('must not fire: a phrase of place opening the sentence is no subject with an apposition', () => {
    const who = speakerOf('Harlow Borough Council met on Monday. In Harlow, the council, however, said the plan would go ahead, adding that it was cheap.', 'it was cheap');
    expect(who.name).not.toBe('Harlow');
    expect(who.name).toBe('Harlow Borough Council');
  });
});

describe('the head noun of a name\'s apposition gives its kind: a body\'s noun or a collective', () => {
  it.each([
    ['Quarrendon Partners, the firm appointed to run the scheme, said it had recovered most of the money.', 'it had recovered', 'Quarrendon Partners', 'organization'],
    ['Brightwater Rail Watch, a passenger campaign set up in 2021, said it would hold a protest at the station.', 'it would hold a protest', 'Brightwater Rail Watch', 'group'],
    ['Tierra y Agua, a human rights group based in Valcerro, welcomed the ruling.', 'the ruling', 'Tierra y Agua', 'organization'],
  ])('%s', (body, content, name, kind) => {
    const who = speakerOf(body, content);
    expect(who.name).toBe(name);
    expect(who.kind).toBe(kind);
  });
  it.each([
    // the head is the last noun before the relative: an officer, whatever body noun modifies it
    ['Oskar Lind, a former army medical officer who now advises the council, said the cuts were reckless.', 'the cuts were reckless', 'Oskar Lind'],
    // a body's noun that only modifies a person's role noun
    ['Marta Quill, a charity worker, said the plan was wrong.', 'the plan was wrong', 'Marta Quill'],
  ])('must not fire: %s', (body, content, name) => {
    const who = speakerOf(body, content);
    expect(who.name).toBe(name);
    expect(who.kind).toBe('person');
  });
});
