// Target names from two new users' runs (nu36, nu37): a target is a party under the name the article gives it, never a
// dateline's words, a capitalised common word opening a sentence, the tail of a longer name, or a place
// (target-names.ts). The sentences are invented; each construction has two or more
// of its own and a near miss the change must not touch.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/analyze.js';
import { datelineSpans } from '../src/stages/segment/datelines.js';
import { targetNamer, namedTargets } from '../src/stages/stance/target-names.js';
import type { DraftStatement, Mention } from '../src/model/document.js';

type Kind = Mention['kind'];
/** A namer over `text` whose article names the parties `parties` (as mentions) and `speakers` (as statements' speakers). */
function namer(text: string, parties: Array<[string, Kind]> = [], speakers: Array<[string, Kind]> = []) {
  const mentions = parties.map(([name, kind]) => {
    const start = Math.max(0, text.indexOf(name));
    return { start, end: start + name.length, text: name, name, kind, role: null, number: 'singular' } as Mention;
  });
  const statements = speakers.map(([name, kind]) => ({ speaker: { name, kind } }) as unknown as DraftStatement);
  return targetNamer(text, [], mentions, statements);
}

describe('a dateline names no party', () => {
  it('fires: two cities joined by a slash are one dateline', () => {
    const text = 'Ferries collide\nOSLO/BERGEN, March 3 (Newswire) - Two ferries collided in fog on Monday, the coastguard said.\n';
    const [d] = datelineSpans(text);
    expect(d && text.slice(d.start, d.end)).toBe('OSLO/BERGEN, March 3 (Newswire) - ');
  });
  it('fires: the cities and the agency of a dateline are no targets', () => {
    const text = 'Talks stall\nLIMA/QUITO (Andes Press) – Talks on the river border stalled again on Friday, officials said.\n';
    const n = namer(text);
    expect(n.name('LIMA')).toBeNull();
    expect(n.name('QUITO')).toBeNull();
    expect(n.name('Andes Press')).toBeNull();
  });
  it('fires: in the pipeline, the lead statement after a slashed dateline has no city as a target', () => {
    const r = analyzeArticle('Clash at border\nHALVIK/MORAN, May 2 (Wire) - Three border guards were wounded in an exchange of fire between Tessary and Orvald overnight, officials from both countries said on Sunday.\n');
    const names = r.statements.flatMap((s) => s.targets.map((t) => t.name));
    expect(names).not.toContain('HALVIK');
    expect(names).not.toContain('MORAN');
    expect(names).not.toContain('Wire');
  });
  it('must not change: a body named in capitals in the body text, and a slash between two bodies with no dash', () => {
    const text = 'Alliance meets\nDefence ministers met on Monday. NATO said the talks had gone well.\nUN/AU envoys met on Tuesday.\n';
    expect(datelineSpans(text)).toEqual([]);
    expect(namer(text, [['NATO', 'organization']]).name('NATO')).toBe('NATO');
  });
});

describe('a capitalised common word that opens a sentence is no party', () => {
  it('fires: "Repairs to the line …"', () => {
    const text = 'Line shut\nRepairs to the coastal line have been delayed until May, the operator said.\n';
    expect(namer(text).name('Repairs')).toBeNull();
  });
  it('fires: "Markets expect …"', () => {
    const text = 'Rates rise\nThe bank raised its rate on Thursday. Markets expect a further rise before the summer.\n';
    expect(namer(text).name('Markets')).toBeNull();
  });
  it('fires: a body\'s head opening a sentence is the one body the article names with it', () => {
    const text = 'Books pulled\nThe Ashvale School Board voted to pull the titles. Board members said the pause was temporary.\n';
    expect(namer(text, [['Ashvale School Board', 'organization']]).name('Board')).toBe('Ashvale School Board');
  });
  it('must not change: a company\'s name that opens every sentence it is in', () => {
    const text = 'Stores shut\nFenwick said on Monday it would shut 40 stores. Fenwick blamed rising rents.\n';
    expect(namer(text, [], [['Fenwick', 'organization']]).name('Fenwick')).toBe('Fenwick');
    expect(namer('Stores shut\nTarrowby will appeal, its lawyers said. Tarrowby denies wrongdoing.\n').name('Tarrowby')).toBe('Tarrowby');
  });
});

describe('the tail of a longer capitalised name is that name', () => {
  it('fires: a campaign whose name opens with a verb', () => {
    const text = 'Campaign reacts\nClear The Air, a campaign group, said the plan came too late. The minister said he backed Clear The Air on the matter.\n';
    expect(namer(text, [['Air', 'organization'], ['Clear The Air', 'group']]).name('Air')).toBe('Clear The Air');
  });
  it('fires: another such name, "Stop The Cuts"', () => {
    const text = 'Protest planned\nStop The Cuts said it would march on Saturday, and the council said it had met Stop The Cuts twice.\n';
    expect(namer(text, [['Stop The Cuts', 'group']]).name('Cuts')).toBe('Stop The Cuts');
  });
  it('fires: a seat of power is the body that sits there, "Town Hall" the town council', () => {
    const text = 'Rents row\nElmfield Town Council voted for the cap. "This is a shortage that Town Hall created," the landlords said.\n';
    expect(namer(text, [['Elmfield Town Council', 'organization']]).name('Hall')).toBe('Elmfield Town Council');
    const alone = 'Rents row\n"This is a shortage that City Hall created," the landlords said.\n';
    expect(namer(alone).name('Hall')).toBe('City Hall');
  });
  it('must not change: a club\'s short name the article also writes alone', () => {
    const text = 'Cup tie\nHarcastle Rovers lost on Saturday. The coach said Rovers had been unlucky.\n';
    expect(namer(text, [['Harcastle Rovers', 'organization']]).name('Rovers')).toBe('Rovers');
  });
  it('must not change: a full name after a lower-case compound, "Kansas City-based Ironline Logistics"', () => {
    const text = 'Warehouse vote\nThe plan, proposed by Denver-based Brightway Freight, was approved. Brightway Freight said it was pleased.\n';
    expect(namer(text, [['Brightway Freight', 'organization']]).name('Brightway Freight')).toBe('Brightway Freight');
  });
});

describe('a name before a possessive that opens one body\'s name is that body', () => {
  it('fires: "care at St Brigid\'s since 2019"', () => {
    const text = 'Data stolen\nSt Brigid\'s General Hospital said data had been stolen. Anyone treated at St Brigid\'s since 2019 was told to watch for calls.\n';
    expect(namer(text, [['St Brigid\'s General Hospital', 'organization']]).name('St Brigid')).toBe('St Brigid\'s General Hospital');
  });
  it('fires: "a shift at Quayle’s last week"', () => {
    const text = 'Bakery fined\nQuayle’s Family Bakery was fined on Monday. Staff who worked a shift at Quayle’s last week were not paid.\n';
    expect(namer(text, [['Quayle’s Family Bakery', 'organization']]).name('Quayle')).toBe('Quayle’s Family Bakery');
  });
  it('must not change: a name the article also writes without the possessive', () => {
    const text = 'Foods recall\nMarlow\'s Fine Foods recalled a sauce. Marlow said the recall was a precaution.\n';
    expect(namer(text, [['Marlow\'s Fine Foods', 'organization']]).name('Marlow')).toBe('Marlow');
  });
});

describe('a place\'s name written only as a place is no party', () => {
  it('fires: "no place in Kestria football" in the statement\'s words', () => {
    const text = 'Coach sacked\nThe Kestria Football League sacked its coach. The minister said racism had no place in Kestria football.\n';
    const n = namer(text, [['Kestria Football League', 'organization']]);
    const at = text.indexOf('racism');
    const st = { targets: [{ name: 'Kestria', stance: 'NONE' as const }], content: { start: at, end: text.length - 1 } };
    expect(namedTargets(st, n).targets).toEqual([]);
  });
  it('fires: a town written only after "in" and "near"', () => {
    const text = 'Plant approved\nA chip plant near Oberwald was approved on Monday. Residents in Oberwald said the water would run short.\n';
    expect(namer(text).name('Oberwald')).toBeNull();
  });
  it('must not change: a country that acts, and a company after "in" with its possessive', () => {
    const text = 'Border row\nFighting broke out in Kestria overnight. Kestria accused Dovar of shelling its villages.\n';
    expect(namer(text).name('Kestria')).toBe('Kestria');
    const firm = 'Vote\nHer husband\'s firm was listed in Ironvale’s site plan.\n';
    expect(namer(firm).name('Ironvale')).toBe('Ironvale');
  });
});

describe('a description of a named body\'s people or parts, or its bare head, is the body', () => {
  it('fires: "the hospital\'s staff"', () => {
    const text = 'Glenmoor\'s hospital hacked\nGlenmoor\'s General Hospital said data was stolen. The minister said she had full confidence in the hospital\'s staff.\n';
    expect(namer(text, [['Glenmoor\'s General Hospital', 'organization']]).name('hospital\'s staff')).toBe('Glenmoor\'s General Hospital');
  });
  it('fires: "the ministry’s press department", and a bare "regulator"', () => {
    const text = 'Ferry crash\nThe Ministry of Fisheries said it would review the case. Critics blamed the ministry’s press department. The Northern Energy Regulator said the regulator would act.\n';
    const n = namer(text, [['Ministry of Fisheries', 'organization'], ['Northern Energy Regulator', 'organization']]);
    expect(n.name('ministry’s press department')).toBe('Ministry of Fisheries');
    expect(n.name('regulator')).toBe('Northern Energy Regulator');
  });
  it('must not change: a head the article writes before other capitalised words too ("Calder council")', () => {
    const text = 'Zoning vote\nThe Calder Property Council backed the plan, but opponents said Calder council had ignored them.\n';
    expect(namer(text, [['Calder Property Council', 'organization']]).name('council')).toBe('council');
    const two = 'Hospitals\nGlenmoor General Hospital and Arden Royal Hospital both said the hospital\'s staff were safe.\n';
    expect(namer(two, [['Glenmoor General Hospital', 'organization'], ['Arden Royal Hospital', 'organization']]).name('hospital\'s staff')).toBe('hospital\'s staff');
  });
});

describe('words of one longer name, written only within it, are that name', () => {
  it('fires: "Inclusive Campus" of "Students for an Inclusive Campus"', () => {
    const text = 'Talk cancelled\nStudents for a Fair Campus, a student group, said the talk should not go ahead. The university said it had met Students for a Fair Campus.\n';
    expect(namer(text, [['Fair Campus', 'organization'], ['Students for a Fair Campus', 'group']]).name('Fair Campus')).toBe('Students for a Fair Campus');
  });
  it('fires: "Open Rivers" of "Friends of the Open Rivers"', () => {
    const text = 'Dam plan\nFriends of the Open Rivers said the dam would kill the salmon run.\n';
    expect(namer(text, [['Friends of the Open Rivers', 'group']]).name('Open Rivers')).toBe('Friends of the Open Rivers');
  });
  it('must not change: a short name the article also writes alone', () => {
    const text = 'Dam plan\nFriends of the Open Rivers said the dam would kill the salmon run. The company said Open Rivers had misread the study.\n';
    expect(namer(text, [['Friends of the Open Rivers', 'group']]).name('Open Rivers')).toBe('Open Rivers');
  });
});

describe('a common word that opens a longer name is that body\'s short name, not a common word', () => {
  it('fires: "Harvest said …" beside "Harvest Foods"', () => {
    const text = 'Recall\nHarvest Foods recalled a sauce on Monday. Harvest said the recall was a precaution.\n';
    expect(namer(text, [['Harvest Foods', 'organization']]).name('Harvest')).toBe('Harvest Foods');
  });
  it('fires: "Beacon" beside "Beacon Housing Trust"', () => {
    const text = 'Evictions\nBeacon Housing Trust served notices on 40 families. Beacon denied acting unlawfully.\n';
    expect(namer(text, [['Beacon Housing Trust', 'organization']]).name('Beacon')).toBe('Beacon Housing Trust');
  });
  it('must not change: a word in the middle of a longer name is no short name ("Environmental groups" stays no party)', () => {
    const text = 'Spill\nThe Department of Environmental Protection fined the plant. Environmental groups welcomed the fine.\n';
    expect(namer(text, [['Department of Environmental Protection', 'organization']]).name('Environmental')).toBeNull();
  });
});

describe('a people noun opening a sentence is a description of a party, in lower case', () => {
  it('fires: "Passengers said …"', () => {
    expect(namer('Trains cut\nPassengers said the cuts were a disgrace.\n').name('Passengers')).toBe('passengers');
  });
  it('fires: "Prosecutors accused …"', () => {
    expect(namer('Fraud trial\nProsecutors accused the founder of lying to investors.\n').name('Prosecutors')).toBe('prosecutors');
  });
  it('must not change: a common word that names no people is still no party', () => {
    expect(namer('Delay\nRepairs will take a month, the operator said.\n').name('Repairs')).toBeNull();
  });
});

describe('a country a statement takes a side on is a party where its name stands as a place', () => {
  it('must not change: "the crackdown in Kestria" blamed in the statement keeps Kestria', () => {
    const text = 'Crackdown\nKestria arrested 40 reporters. The group said the crackdown in Kestria was a disgrace.\n';
    const at = text.indexOf('the crackdown');
    const st = { targets: [{ name: 'Kestria', stance: 'AGAINST' as const }], content: { start: at, end: text.length - 1 } };
    expect(namedTargets(st, namer(text)).targets.map((t) => t.name)).toEqual(['Kestria']);
  });
});

describe('a document described by the body it quotes is no longer name of that body', () => {
  it('must not change: "Greenvale Monitor" beside the document "analysis of maps by the group Greenvale Monitor"', () => {
    const text = 'Logging\nAn analysis of maps by the group Greenvale Monitor found the roads had been cut, the company said.\n';
    const n = namer(text, [['analysis of maps by the group Greenvale Monitor', 'document']]);
    expect(n.name('Greenvale Monitor')).toBe('Greenvale Monitor');
  });
});
