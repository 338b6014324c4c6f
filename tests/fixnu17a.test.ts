// Speakers: faults two new users found in articles of their own (a trial, an election night, a lawsuit, a recall), with
// sentences written for this file (none from any corpus or from the users' articles).
import { describe, expect, it } from 'vitest';
import { innermostSpeakerOf as speakerOf } from './speaker-helpers.js';

describe('letters of a rank or an honour after a name (KC, QC, MP, OBE) are no part of it', () => {
  it('“Nadia Frost QC said … Frost said … She accused him”: one person, Nadia Frost, a barrister', () => {
    const body = 'Opening the case for the Crown, Nadia Frost QC said the developer had forged planning letters. Frost said the defendant had been warned about the letters in May. She accused him of lying to his lenders.';
    expect(speakerOf(body, 'had forged planning letters')).toMatchObject({ name: 'Nadia Frost', kind: 'person', role: 'barrister' });
    expect(speakerOf(body, 'had been warned about the letters')).toMatchObject({ name: 'Nadia Frost', kind: 'person' });
    expect(speakerOf(body, 'lying to his lenders')).toMatchObject({ name: 'Nadia Frost', kind: 'person' });
  });
  it('“Dan Hale MP said”, later “Hale said”: Dan Hale, a member of parliament (GUIDE decision 30)', () => {
    const body = 'The bypass plan was dropped. Dan Hale MP said the decision let down his constituents. Hale said he would raise it in parliament.';
    expect(speakerOf(body, 'let down his constituents')).toMatchObject({ name: 'Dan Hale', kind: 'person', role: 'member of parliament' });
    expect(speakerOf(body, 'raise it in parliament')).toMatchObject({ name: 'Dan Hale', kind: 'person' });
  });
  it('must not change: “the local MP” is a description, and a role written before the name wins over the letters', () => {
    const body = 'The surgery will close in June. The local MP said the closure would leave villages without a doctor.';
    expect(speakerOf(body, 'leave villages without a doctor')).toMatchObject({ kind: 'anonymous' });
    const titled = 'The ferry service was cut. Transport minister Ruth Ellam MP said the cut was temporary.';
    expect(speakerOf(titled, 'the cut was temporary')).toMatchObject({ name: 'Ruth Ellam', kind: 'person', role: 'minister' });
  });
  it('must not change: capitals in a body’s name are no honour', () => {
    const body = 'Shares fell sharply. Orvane Holdings said its profits would be lower than forecast.';
    expect(speakerOf(body, 'its profits would be lower')).toMatchObject({ name: 'Orvane Holdings', kind: 'organization' });
  });
});

describe('“Counsel for <a person>, <Name>, said”: the named lawyer speaks', () => {
  it('the named counsel is the speaker, not the client', () => {
    const body = 'Tomas Haverford, 61, denies fraud. Counsel for Haverford, Lydia Brandt, told jurors that her client had kept proper accounts.';
    expect(speakerOf(body, 'had kept proper accounts')).toMatchObject({ name: 'Lydia Brandt', kind: 'person', affiliation: 'Tomas Haverford' });
  });
  it('with the letters after the name, and a later surname', () => {
    const body = 'Counsel for Haverford, Lydia Brandt KC, told jurors that the invoices were genuine. Brandt said the auditors had signed them off.';
    expect(speakerOf(body, 'the invoices were genuine')).toMatchObject({ name: 'Lydia Brandt', kind: 'person' });
    expect(speakerOf(body, 'the auditors had signed them off')).toMatchObject({ name: 'Lydia Brandt', kind: 'person' });
  });
  it('must not change: counsel for a body, named in apposition', () => {
    const body = 'The inquiry resumed on Monday. Counsel for the harbour board, Peter Lund, said the board had followed its own rules.';
    expect(speakerOf(body, 'had followed its own rules')).toMatchObject({ name: 'Peter Lund', kind: 'person' });
  });
  it('must not change: an unnamed lawyer for a body is that body', () => {
    const body = 'The ruling was appealed. A lawyer for Corrow Freight said the company would comply with the order.';
    expect(speakerOf(body, 'would comply with the order')).toMatchObject({ name: 'Corrow Freight', kind: 'organization' });
  });
});

describe('a surname that is also a common word is a person when the article writes the name as one', () => {
  it('“Gideon Marsh, for the defence, said”, later “Marsh said”', () => {
    const body = 'The trial entered its second week. Gideon Marsh, for the defence, said the alarm had been switched off by a contractor. Marsh said his client had not known.';
    expect(speakerOf(body, 'switched off by a contractor')).toMatchObject({ name: 'Gideon Marsh', kind: 'person' });
    expect(speakerOf(body, 'his client had not known')).toMatchObject({ name: 'Gideon Marsh', kind: 'person' });
  });
  it('“Ansel Brook, 44,” and later “Brook said”', () => {
    const body = 'Ansel Brook, 44, runs the ferry at the crossing. Brook said passenger numbers had halved since the bridge opened.';
    expect(speakerOf(body, 'passenger numbers had halved')).toMatchObject({ name: 'Ansel Brook', kind: 'person' });
  });
  it('must not change: a place whose name ends in such a word, with nothing written of a person', () => {
    const body = 'Flooding closed roads across the county. Romney Marsh was worst hit, and the council said it would open a rest centre.';
    expect(speakerOf(body, 'would open a rest centre')).toMatchObject({ kind: 'organization' });
  });
  it('must not change: a place that speaks as its government', () => {
    const body = 'Storms hit the coast. Kingsbridge said it would send extra crews to clear the roads.';
    expect(speakerOf(body, 'send extra crews')).toMatchObject({ name: 'Kingsbridge', kind: 'organization' });
  });
});

describe('a hyphenated modifier before a subject does not hand its verb to an “according to” source in its relative clause', () => {
  it('“The far-right X, which took 12 percent according to official results, said …” is X', () => {
    const body = 'The count ended at dawn. The far-right Green League, which took 12 percent according to official results, said the count showed voters wanted change.';
    // (the statement whose content is "the count showed …": "the count" showing is a nested statement of its own)
    expect(speakerOf(body, 'the count showed voters')).toMatchObject({ name: 'Green League', kind: 'organization' });
  });
  it('“the left-wing Tenants Alliance, which …, said …”', () => {
    const body = 'Rents rose again in May. The left-wing Tenants Alliance, which has 4,000 members according to its website, said the rise would push families out.';
    expect(speakerOf(body, 'push families out')).toMatchObject({ name: 'Tenants Alliance' });
  });
  it('must not change: the same sentence with no modifier', () => {
    const body = 'The count ended at dawn. The Green League, which took 12 percent according to official results, said the count showed voters wanted change.';
    // (the statement whose content is "the count showed …": "the count" showing is a nested statement of its own)
    expect(speakerOf(body, 'the count showed voters')).toMatchObject({ name: 'Green League', kind: 'organization' });
  });
  it('must not change: the “according to” source of the relative clause itself', () => {
    const body = 'The count ended at dawn. The far-right Green League, which took 12 percent according to official results, said the count showed voters wanted change.';
    expect(speakerOf(body, 'took 12 percent').name).toBe('official results');
  });
});

describe('a time after the agent of a passive cue is no part of the speaker', () => {
  it('“warned by a council officer last spring that …”', () => {
    const body = 'The landlord had been warned by a council officer last spring that the wiring was unsafe.';
    expect(speakerOf(body, 'the wiring was unsafe')).toMatchObject({ name: 'council officer', kind: 'anonymous' });
  });
  it('“told by a housing inspector two months before the fire that …”', () => {
    const body = 'The tenants were told by a housing inspector two months before the fire that the alarms were broken.';
    expect(speakerOf(body, 'the alarms were broken')).toMatchObject({ name: 'housing inspector', kind: 'anonymous' });
  });
  it('must not change: an agent with a place or a body after it', () => {
    const body = 'The school was warned by an inspector from the county council that the roof was unsafe.';
    expect(speakerOf(body, 'the roof was unsafe').name).toContain('inspector from the county council');
  });
  it('must not change: a date before the agent, and a named agent', () => {
    const body = 'The club was told on Monday by Ellen Ravel, the league secretary, that its licence was suspended.';
    expect(speakerOf(body, 'its licence was suspended')).toMatchObject({ name: 'Ellen Ravel', kind: 'person' });
  });
});

describe('“Shareholders of X filed …”: the body’s people are a group, and “the company” is X', () => {
  it('shareholders of a company, then “the company said”', () => {
    const body = 'Shareholders of Corlan Foods Inc. said the board had misled them about the recall. The company said the claims were without merit.';
    expect(speakerOf(body, 'misled them about the recall')).toMatchObject({ name: 'shareholders of Corlan Foods Inc.', kind: 'group', affiliation: 'Corlan Foods Inc.' });
    expect(speakerOf(body, 'the claims were without merit')).toMatchObject({ name: 'Corlan Foods Inc.', kind: 'organization' });
  });
  it('after a dateline', () => {
    const body = 'OSTREL (Wire) — Customers of Pellow Mobile said the outage had lasted two days. The company said service was restored on Friday.';
    expect(speakerOf(body, 'service was restored')).toMatchObject({ name: 'Pellow Mobile', kind: 'organization' });
  });
  it('must not change: a body whose own name has “of” in it', () => {
    const body = 'Rates were held. The Bank of Ostrel said inflation would fall by the spring.';
    expect(speakerOf(body, 'inflation would fall')).toMatchObject({ name: 'Bank of Ostrel', kind: 'organization' });
  });
  it('must not change: residents of a place', () => {
    const body = 'The storm flooded homes. Residents of Mirek said the council had ignored warnings.';
    expect(speakerOf(body, 'ignored warnings').name).toMatch(/^[Rr]esidents of Mirek$/u);
  });
});

describe('a body’s short and long names are one speaker', () => {
  it('a name the headline writes shorter than the body: “X Therapeutics” and “X Therapeutics Inc.”', () => {
    const r = speakerOf('Ravensby Therapeutics Inc. said its trial was on track. Ravensby rejected the claims on Friday, saying the data were sound.', 'its trial was on track', 'Investors sue Ravensby Therapeutics');
    expect(r).toMatchObject({ name: 'Ravensby Therapeutics Inc.', kind: 'organization' });
    const later = speakerOf('Ravensby Therapeutics Inc. said its trial was on track. Ravensby later said the data were sound.', 'the data were sound', 'Investors sue Ravensby Therapeutics');
    expect(later).toMatchObject({ name: 'Ravensby Therapeutics Inc.', kind: 'organization' });
  });
  it('a two-word name with no body’s head word, written by its first word alone: “Tellar Devices” … “Tellar”', () => {
    const body = 'Tellar Devices is recalling 20,000 kettles, the regulator said. Tellar said a faulty switch was to blame. Tellar shares fell 2 percent.';
    expect(speakerOf(body, 'a faulty switch was to blame')).toMatchObject({ name: 'Tellar Devices', kind: 'organization' });
  });
  it('must not change: a person named in full, then by surname', () => {
    const body = 'Osgar Velleman, 58, runs the depot. Velleman said the gates had been locked by a contractor.';
    expect(speakerOf(body, 'locked by a contractor')).toMatchObject({ name: 'Osgar Velleman', kind: 'person' });
  });
  it('must not change: a town beside a body named after it', () => {
    const body = 'Flooding hit Brenmoor on Monday. Brenmoor Rovers said their match would be postponed.';
    expect(speakerOf(body, 'match would be postponed')).toMatchObject({ name: 'Brenmoor Rovers', kind: 'organization' });
  });
});

describe('“Two Corlan engineers said”: counted people of a body are unnamed sources, the body their affiliation', () => {
  it('two engineers of a company', () => {
    const body = 'Corlan Mobile restored service on Friday. Corlan said the fault was fixed, but two Corlan engineers said the update had not been tested.';
    expect(speakerOf(body, 'the update had not been tested')).toMatchObject({ name: 'two Corlan engineers', kind: 'anonymous', role: 'engineer', affiliation: 'Corlan Mobile' });
  });
  it('three former employees', () => {
    const body = 'The studio shut in May. Three former Harwick employees said the warnings had been ignored.';
    expect(speakerOf(body, 'the warnings had been ignored')).toMatchObject({ name: 'three former Harwick employees', kind: 'anonymous' });
  });
  it('must not change: a spokesperson of a named body speaks for the body', () => {
    const body = 'Corlan Mobile restored service. A Corlan spokesperson said the fault was fixed.';
    expect(speakerOf(body, 'the fault was fixed')).toMatchObject({ name: 'Corlan Mobile', kind: 'organization', role: 'spokesperson' });
  });
  it('must not change: a named engineer of the body', () => {
    const body = 'Corlan Mobile restored service. Corlan engineer Ada Brisk said the fault was fixed.';
    expect(speakerOf(body, 'the fault was fixed')).toMatchObject({ name: 'Ada Brisk', kind: 'person' });
  });
});

describe('“the pension fund X”: a fund introduced by its kind noun is a body', () => {
  it('the pension fund, then “the fund said”', () => {
    const body = 'Shares fell again. The largest outside shareholder, the pension fund Marwood Retirement System, said it was watching closely. The fund said it had asked for a briefing.';
    expect(speakerOf(body, 'watching closely')).toMatchObject({ name: 'Marwood Retirement System', kind: 'organization' });
    expect(speakerOf(body, 'asked for a briefing')).toMatchObject({ name: 'Marwood Retirement System', kind: 'organization' });
  });
  it('must not change: a fund manager named in apposition is a person', () => {
    const body = 'Markets were calm. A fund manager, Ada Quist, said investors had expected the cut.';
    expect(speakerOf(body, 'investors had expected the cut')).toMatchObject({ name: 'Ada Quist', kind: 'person' });
  });
  it('must not change: a fund that does not speak leaves the speaker alone', () => {
    const body = 'The relief fund will open on Monday, the council said.';
    expect(speakerOf(body, 'The relief fund will open')).toMatchObject({ kind: 'organization' });
  });
});
