// Session 12, stance targets: one party under one name, and words that are no party. Sentences are our own; each
// expectation was written by hand from the sentence (LABELS.md, targets; GUIDE section 6).
import { describe, expect, it } from 'vitest';
import { last, targetsOf } from './stance-helpers.js';

describe('a person named in full before is one target under the full name, not a second one under a short name', () => {
  it('a surname alone after the full name', () => {
    const t = last('Orla Brennick, a former mayor, was charged with fraud in March.|Her rival Tam Jessop said on Friday that Brennick had lied to voters for years.');
    expect(t['Orla Brennick']).toBe('AGAINST');
    expect(t.Brennick).toBeUndefined();
  });
  it('a given name alone after the full name', () => {
    const t = last('Halwick United sacked manager Piet Ostrander on Monday after nine defeats.|"Piet gave this club everything and we thank him for it," the club said in a statement.');
    expect(t['Piet Ostrander']).toBe('FAVOR');
    expect(t.Piet).toBeUndefined();
  });
  it('near miss: a name written only in the headline is not taken for a person\'s full name', () => {
    // ("Dorran 30" in the headline can read as a person; "Dorran" in the body is the company)
    const t = last('Dorran, the largest rail operator in the region, was fined on Monday.|Passengers said Dorran had ignored their complaints for years.', 'Regulator fines Dorran 30 million over delays');
    expect(t['Dorran 30']).toBeUndefined();
    expect(t.Dorran).toBe('AGAINST');
  });
});

describe('words that are no party', () => {
  it('a capitalised adjective opening a quote is no target', () => {
    const t = last('"Modern turbines are watched around the clock from our office, and they are excellent," said Jan Melby, who runs the wind farm.');
    expect(t.Modern).toBeUndefined();
  });
  it('near miss: a company named once at the opening of a quote is still a target', () => {
    const t = last('"Varnholt ignored every warning we gave them," said Jan Melby, the union\'s secretary.');
    expect(t.Varnholt).toBe('AGAINST');
  });
  it('the dateline\'s town, where a sentence places something in it, is no target even when a museum is named after it', () => {
    const t = last('MOSSBRIDGE (Wire) — The Mossbridge Museum of Art will sell two paintings.|"The donors were told the paintings would stay in Mossbridge forever. That promise has been broken," said Ivo Hart, a donor\'s grandson.');
    expect(t.Mossbridge).toBeUndefined();
  });
});

describe('a party the statement does not name is guessed for blame only, and only as the speaker\'s named opponent', () => {
  const trial = 'Marta Quill, a former treasurer of the club, is on trial for fraud.|"There was gross dishonesty from the first day," the prosecutor, Ewan Hale, told the jury.|Judge Aled Price warned that anyone who disrupted the hearing would be removed.|Marta Quill sat in silence.|"It has been a terrible, painful and miserable week for everyone," said Cara Moss, a juror\'s sister.';
  it('a warning that refers to no one is against no one named before', () => {
    expect(targetsOf(trial)[1]).toEqual({});
  });
  it('a merely negative remark that refers to no one guesses no party', () => {
    expect(targetsOf(trial)[2]).toEqual({});
  });
  it('blame that names no one is not guessed to be about the party named before, when the speaker has no named opponent', () => {
    // (a guess only the speaker's own opponent earns: the party named before was wrong in most blame on train articles)
    expect(targetsOf(trial)[0]).toEqual({});
  });
  it('near miss: blame that names no one is against the opponent the speaker names in another statement', () => {
    const t = last('The Kelby Harbour Board sold the land to Corlan Homes in May.|Ivo Marsh, who leads the residents group, accused the Kelby Harbour Board of hiding the price from voters.|"There was gross incompetence at every level," Marsh said.');
    expect(t).toEqual({ 'Kelby Harbour Board': 'AGAINST' });
  });
  it('near miss: praise of "the club" guesses the club named before', () => {
    const t = last('Halwick United sacked its manager on Monday.|Fans praised the club for acting quickly.');
    expect(t['Halwick United']).toBe('FAVOR');
  });
});

describe('a title or an office in the content stands for the one person who holds it', () => {
  it('"the president" is the person titled President, not the Vice President named after', () => {
    const t = last('President Lena Marr will sign the bill on Friday, an aide to Vice President Ana Cole said.|Senator Bo Grant said the president had broken her promise to voters.');
    expect(t['Lena Marr']).toBeDefined();
  });
  const water = '"We followed the rules," said Tom Abel, the chief executive of Lorne Water.|Campaigners said the chief executive had ignored warnings for years.|Paul Reed, a councillor, said the deputy chief executive should resign.';
  it('"the chief executive" is the one person the article quotes as chief executive', () => {
    expect(targetsOf(water)[1]!['Tom Abel']).toBe('AGAINST');
  });
  it('near miss: "the deputy chief executive" is another office, not its holder', () => {
    expect(targetsOf(water)[2]!['Tom Abel']).toBeUndefined();
  });
  const roads = 'Finance Minister Ada Brenn said the budget would pay for new roads.|Opposition MP Tom Reade said the health minister must resign over the hospital delays.|Opposition MP Ola Frey said the finance minister must resign over the road budget.';
  it('"the health minister" is not the finance minister the article quotes: a written modifier must be the holder\'s', () => {
    expect(targetsOf(roads)[1]!['Ada Brenn']).toBeUndefined();
  });
  it('near miss: "the finance minister" is the finance minister the article quotes', () => {
    expect(targetsOf(roads)[2]!['Ada Brenn']).toBe('AGAINST');
  });
  const crash = 'Rugby coach Dan Pryce said his players were shaken.|"The coach was going far too fast when it left the road," said Kim Lowe, a passenger.|Police said the driver of the coach had been arrested.';
  it('"the coach" that left the road is a vehicle, not the rugby coach quoted (coach and manager are no held office)', () => {
    expect(targetsOf(crash)[1]!['Dan Pryce']).toBeUndefined();
  });
  // Known gap (predates the held-office rule; another description rule reads "the coach" as the person with that role):
  it.fails('"the driver of the coach had been arrested" is not against the rugby coach', () => {
    expect(targetsOf(crash)[2]!['Dan Pryce']).toBeUndefined();
  });
});

describe('disputing a figure clears no one named in the content', () => {
  it('"disputed that figure, saying … than the leader is admitting": the leader is not defended', () => {
    const t = last('A senior aide said the two sides remained about 12 billion apart.|Okafor\'s office, led by Senator Mara Okafor, disputed that figure, saying the gap was "far larger than the leader, Glenn Hartwell, is admitting."');
    expect(t['Glenn Hartwell']).not.toBe('FAVOR');
  });
  it('near miss: rejecting an allegation, saying the accused acted properly, still defends the accused', () => {
    const t = last('Tom Reyes, a local campaigner, accused Ada Brook of lying to the council.|Her lawyer rejected the allegations, saying Ada Brook had acted properly at every stage.');
    expect(t['Ada Brook']).toBe('FAVOR');
  });
});

describe('a quote the cue says is about a person', () => {
  const race = 'Dave Bratton, a county clerk, beat the party leader on Tuesday.|Ed Pike won in Ohio.|';
  it('"…," she said of Mr. Bratton: the quote\'s "he" is Bratton, not the person named last', () => {
    const t = last(`${race}"He ran a tiny campaign from his kitchen table and still won," Laura Ingle said of Mr. Bratton.`);
    expect(t['Dave Bratton']).toBeDefined();
    expect(t['Ed Pike']).toBeUndefined();
  });
  it('also between the pieces of a split quote', () => {
    const t = last(`${race}"He had no office," Laura Ingle said of Mr. Bratton. "He won anyway."`);
    expect(t['Dave Bratton']).toBeDefined();
    expect(t['Ed Pike']).toBeUndefined();
  });
  it('near miss: "said at a meeting of the group" between the pieces is where, not what about', () => {
    const t = last('Rowan Tenants Group met on Sunday.|Lena Fisk lost her flat in May.|"They never listened," Lena Fisk said at a meeting of the group. "They still do not."');
    // (the quote's "They" may still be read as the group named two sentences before, a candidate with no side: a "they"
    // looking back one sentence only cost the held-out half of dev 0.004 stance F1 (session 24), so the group may be
    // listed, but never for or against)
    expect(t['Rowan Tenants Group'] ?? 'NONE').toBe('NONE');
  });
});

describe('blame, a question, a warning or praise that names no one guesses no party named before it (a reviewer\'s sentences, our own words)', () => {
  const storm = 'Storm cuts power to coastal towns|Mayor Ines Vold said the Green Party had proposed a new sea wall last year.|"Food and rent keep getting dearer and the town is in a mess," said Aksel Rud, who owns a bakery.|"The roads will be icy for days, and everyone knows it," said Siri Nyland, a farmer.|"What happened on the pier last night was disgraceful," said Odd Lie, a resident.|Opposition leader Bror Tangen of the Labour Party said the cuts would hurt pensioners.|"People have wasted their savings for far too long," Tangen said.|"Will it be repaired before spring? Nobody can say," said Hanne Berg, a teacher.|"If the cables fail again, it could take a month to mend," warned Leif Ask, an engineer.|"I thank the lifeboat crews for their bravery," Vold said.';
  const all = (): Array<Record<string, string>> => targetsOf(storm.split('|').slice(1).join('|'), storm.split('|')[0]);
  const polar = (t: Record<string, string>): string[] => Object.keys(t).filter((n) => t[n] !== 'NONE');
  it('a shopkeeper\'s complaint about prices is against no party named before', () => {
    expect(polar(all()[1]!)).not.toContain('Green Party');
  });
  it('"what happened last night was disgraceful" is not against the farmer quoted just before', () => {
    expect(polar(all()[3]!)).not.toContain('Siri Nyland');
  });
  it('a Labour member\'s blame of "people" is not against the Labour Party', () => {
    const t = all().find((x) => Object.keys(x).some((n) => /Labour/u.test(n)) && x[Object.keys(x).find((n) => /Labour/u.test(n))!] === 'AGAINST');
    expect(t).toBeUndefined();
  });
  it('a question with a bare "it" is against no one', () => {
    expect(polar(all()[6]!)).toEqual([]);
  });
  it('a warning with a bare "it" is against no one', () => {
    expect(polar(all()[7]!)).toEqual([]);
  });
  it('praise of crews for "their" bravery is favour to no person named before', () => {
    const t = all()[8]!;
    for (const n of ['Leif Ask', 'Hanne Berg', 'Bror Tangen', 'Odd Lie']) expect(t[n]).toBeUndefined();
  });
  it('a pastor\'s "it is a scandal that children go hungry" is against no candidate named before', () => {
    const t = last('Mayor Ann Rolle is seeking a third term against Tom Varga.|Varga said the city\'s schools were the best in the state.|"It is a scandal that children in this city still go to bed hungry," said the Rev. Paul Dunmore, who runs a food bank.');
    expect(polar(t)).toEqual([]);
  });
});
