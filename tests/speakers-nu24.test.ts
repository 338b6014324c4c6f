// Speaker faults found by new users' trials on kinds of article the corpus lacks (a trial, a border clash, a
// whistleblower, a rate decision, a festival boycott, a hospital outbreak). The sentences are written for this file.
import { describe, expect, it } from 'vitest';
import { speakerOf } from './speaker-helpers.js';

describe('a month word that is also a given name opens the name after a title', () => {
  it.each([
    ['"Jun" after a role noun', 'Shares in Orlen Partners fell. Market analyst Jun Tesfaye said the sell-off was overdone.', 'the sell-off was overdone', 'Jun Tesfaye'],
    ['"April" after a role noun', 'The bridge reopened on Friday. Senior engineer April Dunmore told reporters the deck was safe.', 'the deck was safe', 'April Dunmore'],
  ])('%s', (_rule, body, content, name) => {
    expect(speakerOf(body, content)).toMatchObject({ kind: 'person', name });
  });
  it('must not fire: a month after the cue is a date', () => {
    expect(speakerOf('Sales fell again. Spokesman Tom Reid said in May that the shops would stay open.', 'the shops would stay open')).toMatchObject({ name: 'Tom Reid' });
  });
  it('must not fire: a month before a name in the content', () => {
    expect(speakerOf('The panel met on Tuesday. Economist Lars Brenn said in June Halvorsen would chair it.', 'Halvorsen would chair it')).toMatchObject({ name: 'Lars Brenn' });
  });
});

describe('a time closing a clause before "and" is no part of the next subject', () => {
  it('the subject after "next year and"', () => {
    const who = speakerOf('The council said the new school would open next year and the builder said the budget was sound.', 'the budget was sound', { innermost: true });
    expect(who.mention).toBe('the builder');
  });
  it('must not fire: two subjects joined by "and"', () => {
    expect(speakerOf('The mayor and the builder said the budget was sound.', 'the budget was sound').mention).toBe('The mayor and the builder');
  });
  it('must not fire: a time before two subjects joined by "and"', () => {
    expect(speakerOf('Last week the mayor and the builder said the budget was sound.', 'the budget was sound').mention).toBe('the mayor and the builder');
  });
});

describe('a noun of a kind of business is no council or ministry named before', () => {
  it('"the contractor" after "the council"', () => {
    expect(speakerOf('The council said the pool would reopen in spring. The contractor said costs were under control.', 'costs were under control').name).not.toBe('council');
  });
  it('must not fire: the contractor the article named', () => {
    expect(speakerOf('Brenmoor Construction Ltd won the tender last year. The council said the pool would reopen in spring. The contractor said costs were under control.', 'costs were under control'))
      .toMatchObject({ name: 'Brenmoor Construction Ltd', kind: 'organization' });
  });
  it('must not fire: a regulator that is a public authority', () => {
    expect(speakerOf('The Water Services Authority fined Kelbrook Water £2m on Monday. The regulator said the leaks had gone on for years.', 'the leaks had gone on for years'))
      .toMatchObject({ name: 'Water Services Authority' });
  });
});

describe('"a company spokesman" is the company the article introduced with that noun', () => {
  it('after "the state mining company X" and other bodies', () => {
    const body = 'The Orvel Book Fair lost two publishers over its sponsor, the state mining company Tarsk. Protesters from the group Green Orvel marched on Friday. Tarsk rejected the criticism. A company spokesman said its mines met every safety rule.';
    expect(speakerOf(body, 'its mines met every safety rule')).toMatchObject({ name: 'Tarsk', kind: 'organization', role: 'spokesperson' });
  });
  it('must not fire: a company spokesman with no company named', () => {
    expect(speakerOf('The district council approved the quarry on Monday. A company spokesman said work would start in March.', 'work would start in March').name).not.toBe('district council');
  });
  it('must not fire: a spokesman of another kind of body', () => {
    const body = 'The state rail company Northline cut 300 jobs. The Rail Drivers Union called a strike. A union spokesman said the cuts were reckless.';
    expect(speakerOf(body, 'the cuts were reckless').name).toBe('Rail Drivers Union');
  });
});

describe('a person named between a lower-case role noun and "of" a body', () => {
  it('an unknown given name', () => {
    expect(speakerOf('Shares in Orlen Partners fell. Market analyst Adaeze Tesfaye of Dovecote Research said the sell-off was overdone.', 'the sell-off was overdone'))
      .toMatchObject({ kind: 'person', name: 'Adaeze Tesfaye', affiliation: 'Dovecote Research' });
  });
  it('must not fire: a role for a body with no name between', () => {
    expect(speakerOf('Shares in Orlen Partners fell. An analyst at Dovecote Research said the sell-off was overdone.', 'the sell-off was overdone').kind).not.toBe('person');
  });
  it('must not fire: a spokesperson of a named body', () => {
    expect(speakerOf('Shares in Orlen Partners fell. A spokeswoman for Dovecote Research said the sell-off was overdone.', 'the sell-off was overdone'))
      .toMatchObject({ kind: 'organization', name: 'Dovecote Research' });
  });
});

describe('an unnamed holder of a post at a body is an anonymous source, not the body (GUIDE decisions 28, 31)', () => {
  it('"a former engineer at X"', () => {
    expect(speakerOf('Ferrant Motors recalled 9,000 vans. A former engineer at Ferrant Motors told lawmakers that managers had ignored the faults.', 'managers had ignored the faults'))
      .toMatchObject({ kind: 'anonymous', name: 'former engineer at Ferrant Motors', role: 'engineer', affiliation: 'Ferrant Motors' });
  });
  it('must not fire: a spokesman at a body speaks for it', () => {
    expect(speakerOf('Ferrant Motors recalled 9,000 vans. A spokesman at Ferrant Motors said the faults were rare.', 'the faults were rare'))
      .toMatchObject({ kind: 'organization', name: 'Ferrant Motors' });
  });
  it('must not fire: a named engineer at a body', () => {
    expect(speakerOf('Ferrant Motors recalled 9,000 vans. Ola Brandt, an engineer at Ferrant Motors, said the faults were rare.', 'the faults were rare'))
      .toMatchObject({ kind: 'person', name: 'Ola Brandt' });
  });
});

describe('a post at a body: only when the role noun heads the phrase', () => {
  it('must not fire: a study by researchers at a university', () => {
    expect(speakerOf('Sugar taxes cut sales. A study by researchers at Pellham University found that sales fell by a fifth.', 'sales fell by a fifth').name).not.toMatch(/^study by researchers/u);
  });
});

describe('a message written online, in lower case, is a document', () => {
  it('"the post said"', () => {
    expect(speakerOf('Brindle Apps answered the claims in a blog post. “The account given by one former employee is partial,” the post said.', 'The account given by one former employee'))
      .toMatchObject({ kind: 'document', name: 'post' });
  });
  it('must not fire: a newspaper called the Post', () => {
    expect(speakerOf('The Tansbury Post reported that the mayor had resigned.', 'the mayor had resigned')).toMatchObject({ kind: 'media' });
  });
  it('must not fire: a post as a job in the content', () => {
    expect(speakerOf('The council met on Monday. The minister said the post would be filled by March.', 'the post would be filled').kind).not.toBe('document');
  });
});

describe('a body a noun of news reporting introduces is media', () => {
  it.each([
    ['in apposition', 'Shelling hit two villages on Monday. Orsland’s state news agency, ONA, reported that three soldiers had died.', 'three soldiers had died', 'ONA'],
    ['after the noun', 'Talks broke down on Friday. The state news agency Tarnpress reported that the envoys had left.', 'the envoys had left', 'Tarnpress'],
  ])('%s', (_rule, body, content, name) => {
    expect(speakerOf(body, content)).toMatchObject({ kind: 'media', name });
  });
  it('must not fire: another agency in apposition', () => {
    expect(speakerOf('Crossings rose in May. The border agency, Frontex Nord, said crossings had doubled.', 'crossings had doubled').kind).toBe('organization');
  });
  it('must not fire: a travel agency before its name', () => {
    expect(speakerOf('Holidays got dearer. The travel agency Sunvale Tours said bookings had doubled.', 'bookings had doubled').kind).toBe('organization');
  });
});

describe('a name after a lower-case occupation in apposition to an unnamed description', () => {
  it('"A second witness, forklift driver X,"', () => {
    expect(speakerOf('The trial went on. A second witness, lorry driver Ines Varga, said the alarms had been switched off.', 'the alarms had been switched off'))
      .toMatchObject({ kind: 'person', name: 'Ines Varga' });
  });
  it('must not fire: an apposition with no name', () => {
    expect(speakerOf('The trial went on. A second witness, a crane operator at the yard, said the alarms had been switched off.', 'the alarms had been switched off').kind).toBe('anonymous');
  });
  it('must not fire: a place after a lower-case word in apposition', () => {
    expect(speakerOf('The trial went on. A second witness, from northern Harlow, said the alarms had been switched off.', 'the alarms had been switched off').kind).not.toBe('person');
  });
});

describe('"moderator" is an occupation', () => {
  it('"A former content moderator at social media company X" is the unnamed moderator, not the company', () => {
    expect(speakerOf('A former content moderator at video platform Strimly told lawmakers on Tuesday that managers had ignored the warnings.', 'managers had ignored the warnings'))
      .toMatchObject({ kind: 'anonymous', role: 'moderator' });
  });
  it('must not fire: a debate moderator named', () => {
    expect(speakerOf('The debate ran late. The moderator, Ines Holt, said both candidates had broken the rules.', 'both candidates had broken the rules'))
      .toMatchObject({ kind: 'person', name: 'Ines Holt' });
  });
  it('must not fire: the company itself', () => {
    expect(speakerOf('Strimly Media Ltd removed the videos. The company said its moderators had acted within hours.', 'its moderators had acted')).toMatchObject({ kind: 'organization', name: 'Strimly Media Ltd' });
  });
});
