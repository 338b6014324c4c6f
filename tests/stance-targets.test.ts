// Who a statement is about: targets found by the structure of the text (a description standing for a body named
// before, …). Sentences are our own; each expectation was written by hand from the sentence (LABELS.md, targets).
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/analyze.js';
import { last, targetsOf } from './stance-helpers.js';
import { personForBody } from '../src/stages/stance/person-for-body.js';
import type { DraftStatement } from '../src/model/document.js';

describe('a description of a body stands for a body named with its own head word, never for a body of another kind', () => {
  it('"the office" after a named Office is that office', () => {
    expect(last('The Serious Fraud Office opened an inquiry into Tarn Bank in May.|Critics said the office had been far too slow.'))
      .toEqual({ 'Serious Fraud Office': 'AGAINST' });
  });
  it('near miss: "the office" as a workplace, with no Office named, is no party', () => {
    expect(last('Residents said the office was dirty and unsafe.')).toEqual({});
  });
  it('near miss: "the office" as a post is no party', () => {
    expect(last('Ana Ruiz said she would not run for the office again.').office).toBeUndefined();
  });
  it('near miss: "the authority" after a council is not the council (a council is named with its own head)', () => {
    expect(last('Harlow District Council closed two libraries in March.|Residents said the authority had ignored their objections.'))
      .toEqual({ authority: 'AGAINST' });
  });
  it('near miss: "had the authority to" is a power, not a party', () => {
    expect(last('Harlow District Council closed two libraries in March.|The mayor said she did not have the authority to close the park.')).toEqual({});
  });
  it('near miss: "the lab" is not a space centre named before', () => {
    const t = last('The Kennedy Space Center launched a probe in May.|Critics said the lab had ignored repeated warnings.');
    expect(t['Kennedy Space Center']).toBeUndefined();
  });
  it('a named Authority is the regulator', () => {
    expect(last('The Financial Conduct Authority fined Tarn Bank £2m on Monday.|Tarn Bank said the regulator had ignored its evidence.'))
      .toEqual({ 'Financial Conduct Authority': 'AGAINST' });
  });
  it('near miss: "the regulator" is neither a council named before nor the company it fined', () => {
    expect(last('Harlow District Council fined Tarn Foods in June.|Tarn Foods said the regulator had ignored its evidence.'))
      .toEqual({ regulator: 'AGAINST' });
  });
  it('near miss: "the regulator" in a statement by another body named with "Office" is not the speaker', () => {
    expect(last('The Civil Aviation Authority fined Skyline Air in May.|The Consumer Protection Office said the regulator had failed passengers.'))
      .toEqual({ 'Civil Aviation Authority': 'AGAINST' });
  });
  it('near miss: a name with the head itself is no description', () => {
    const t = last('Harlow District Council closed two libraries in March.|Residents said the Port Authority had ignored their objections.');
    expect(t['Harlow District Council']).toBeUndefined();
    expect(t['Port Authority']).toBe('AGAINST');
  });
});

describe('places and capitalised common words take no stance', () => {
  const article = (body: string) => analyzeArticle(body).statements.map((s) => Object.fromEntries(s.targets.map((t) => [t.name, t.stance])));
  it('a dateline\'s city and country, and a river named with its head word, are no targets', () => {
    const all = article('Mine accused of hiding spill\n\nKESSARA, Valdoria — Residents said on Friday that dead fish had appeared in the Tembe River.\n\n'
      + '“Harrow Minerals knew about this leak for weeks. This is a cover-up,” said Ana Brevik, the director of the Clean Rivers Coalition.\n');
    expect(all).toEqual([{}, { 'Harrow Minerals': 'AGAINST' }]);
  });
  it('near miss: the same country named inside a sentence is still a party', () => {
    const all = article('Dam row\n\nThe ministry accused Valdoria of breaking the treaty.\n');
    expect(all).toEqual([{ Valdoria: 'AGAINST' }]);
  });
  it('near miss: a company named only at the starts of sentences is still a party', () => {
    const all = article('Wind farm row\n\nBrightwater will build the farm.\n\nThe fishermen accused Brightwater of ignoring them.\n');
    expect(all).toEqual([{ Brightwater: 'AGAINST' }]);
  });
});

describe('a description whose head word ends a body\'s name stands for that body, whatever the head', () => {
  it('"the guild" after a named Guild is the guild', () => {
    expect(last('The Harbourside Writers Guild called a strike in June.|Mara Linde, the studio’s owner, accused the guild of breaking a signed agreement.'))
      .toEqual({ 'Harbourside Writers Guild': 'AGAINST' });
  });
  it('"the corporation", "the gallery" after a name ending in that word', () => {
    expect(last('The Marlow Broadcasting Corporation removed the post on Friday.|Rana Patel accused the corporation of caving in to pressure from a minister.'))
      .toEqual({ 'Marlow Broadcasting Corporation': 'AGAINST' });
    expect(last('The Brennock City Gallery sold a painting in May.|Critics accused the gallery of breaking a promise to the donor’s family.'))
      .toEqual({ 'Brennock City Gallery': 'AGAINST' });
    // ("accused the line of …" for a shipping line passed only by the guess of the party named before, dropped in
    // session 12; "line" is no body head in the lexicon: PolNeAR train writes no company "… Line")
  });
  it('a name ending in the plural of the head: "the laboratory" for "Dunmore Laboratories"', () => {
    expect(last('Dunmore Laboratories tested the samples in March.|A lawyer for the farm accused the laboratory of mixing up the samples.'))
      .toEqual({ 'Dunmore Laboratories': 'AGAINST' });
  });
  it('near miss: a word after the name\'s "of" or "for" is not its head ("this sport" is no court)', () => {
    const all = targetsOf('The Court of Arbitration for Sport upheld the ban in May.|“I have given my life to this sport and I did nothing wrong,” the cyclist said.');
    expect(all.some((t) => 'Court of Arbitration for Sport' in t)).toBe(false);
  });
  it('near miss: a noun the article writes as a mass ("less water") is not the company named with it', () => {
    expect(last('Kessel Water banned hosepipes on Monday. Reservoirs hold less water than usual.|Residents said the water had been wasted for years.')['Kessel Water'])
      .toBeUndefined();
  });
  it('near miss: the head before another noun ("the gallery shop") or with its own complement ("the line of cars")', () => {
    expect(last('The Brennock City Gallery sold a painting in May.|Critics said the gallery shop had misled buyers.')['Brennock City Gallery']).toBeUndefined();
    expect(last('The Ostrel Shipping Line cut four routes in May.|Islanders said the line of cars at the port had grown.')['Ostrel Shipping Line']).toBeUndefined();
  });
  it('near miss: a place named with the head ("the park") is no party', () => {
    expect(last('Orrin Valley Park reopened on Monday after the floods.|Campaigners said the park had been neglected for years.')['Orrin Valley Park']).toBeUndefined();
  });
});

describe('a description stands for a body only when the name is a body’s (review of the open-description rule)', () => {
  it.each([
    ['a treaty', 'The Varne Agreement was signed in 2015.|Critics said the agreement had failed and should be scrapped.', 'Varne Agreement'],
    ['an idiom on a company’s last word', 'Ostrel Shipping Line cut two routes in May.|Union leaders said the minister had crossed the line.', 'Ostrel Shipping Line'],
  ])('near miss: %s is no party', (_what, body, name) => {
    expect(last(body)[name]).toBeUndefined();
  });
});

describe('a name whose head word comes before its "of"/"for" carries that head', () => {
  it('"the department" after the Department for Housing is that department', () => {
    expect(last('The Department for Housing approved the Marl Street scheme in May.|Tenants said the department had ignored their objections.'))
      .toEqual({ 'Department for Housing': 'AGAINST' });
  });
  it('"the ministry" after the Ministry of Fisheries is that ministry', () => {
    expect(last('The Ministry of Fisheries closed the bay to trawlers.|Skippers accused the ministry of acting without evidence.'))
      .toEqual({ 'Ministry of Fisheries': 'AGAINST' });
  });
  it('near miss: "Museum of Coastal Crafts" inside a longer name is not a museum of its own', () => {
    const t = last('The Orrin Museum of Coastal Crafts sold a painting in May.|Critics said the museum had broken its promises.');
    expect(t['Museum of Coastal Crafts']).toBeUndefined();
    // ("the museum" is the Orrin museum named before, read by its name's first head, and named as the article names it
    // in full, as its speaker would be: target-names.ts)
    expect(Object.keys(t)).toContain('Orrin Museum of Coastal Crafts');
  });
  it('a sentence’s first word is no part of the name: "But Department for Housing officials …"', () => {
    // (not "But Department", the whole of a capitalised run read by its last word)
    expect(last('But Department for Housing officials approved the Marl Street scheme in May.|Tenants said the department had ignored their objections.'))
      .toEqual({ 'Department for Housing': 'AGAINST' });
  });
});

describe('a person who speaks for a body defends or concedes the body, not themself', () => {
  it('a chief executive denying for the company: the company FAVOR, the person no target', () => {
    const t = last('Regulators accused Orrin Foods of hiding the recall.|Lena Hart, the chief executive of Orrin Foods, denied that the company had hidden anything.');
    expect(t['Orrin Foods']).toBe('FAVOR');
    expect(t['Lena Hart']).toBeUndefined();
  });
  // (Brief stance22: speaking of themself with "I" or "my" no longer makes the person a target when no one accused the
  // person: of the 22 train and dev denials and admissions by a person with an affiliation that named the person, 21
  // were labelled with the body alone, "I am sorry", "I have seen nothing to suggest …". person-for-body.ts)
  it('speaking of themself ("I", "my") for the body, not accused themself: the body FAVOR, the person no target', () => {
    const t = last('Regulators accused Orrin Foods of hiding the recall.|“I did nothing wrong and my conscience is clear,” said Lena Hart, the chief executive of Orrin Foods.');
    expect(t['Orrin Foods']).toBe('FAVOR');
    expect(t['Lena Hart']).toBeUndefined();
  });
  it('a capitalised "My" opening the quote is the person speaking of themself', () => {
    const t = last('Regulators criticised Acme Foods over the recall.|Jane Holt, the finance director of Acme Foods, answered the criticism on Monday. “My team followed every rule,” said Holt.');
    expect(t['Acme Foods']).toBe('FAVOR');
    expect(t['Jane Holt']).toBe('FAVOR');
  });
  it('near miss: a lawyer’s "My client" speaks for the client, not of the lawyer', () => {
    const t = last('Prosecutors accused Dara Quill of smuggling rifles.|“My client has done nothing wrong,” said Tomas Reyes, a lawyer for Dara Quill.');
    expect(t['Dara Quill']).toBe('FAVOR');
    expect(t['Tomas Reyes']).toBeUndefined();
  });
  it('their own pronoun in an indirect denial ("her team") for the body: the body FAVOR, the person no target', () => {
    const t = last('Regulators accused Acme Foods of hiding the recall.|Jane Holt, the finance director of Acme Foods, denied that her team had hidden anything.');
    expect(t['Acme Foods']).toBe('FAVOR');
    expect(t['Jane Holt']).toBeUndefined();
  });
  it('near miss: the numeral of "Phase I" or "World War I" is no "I": the body alone', () => {
    for (const denial of ['denied that anything had been hidden in Phase I of the recall', 'denied that the company had hidden anything since World War I']) {
      const t = last(`Regulators accused Acme Foods of hiding the recall.|Jane Holt, the finance director of Acme Foods, ${denial}.`);
      expect(t['Acme Foods']).toBe('FAVOR');
      expect(t['Jane Holt']).toBeUndefined();
    }
  });
  it('near miss: a person accused by name before keeps their own defence', () => {
    const t = last('Regulators accused Lena Hart of hiding the recall.|Lena Hart, the chief executive of Orrin Foods, denied any wrongdoing.');
    expect(t['Lena Hart']).toBe('FAVOR');
  });
});

describe('person-for-body moves only a defence, an admission or pride, and only to a body the article names (review22 item 5)', () => {
  // (statements built by hand: the stance stage's own reading of the person is the input)
  const statement = (act: string, evidenceText: string, rule = 'stance:favor:self-defence'): DraftStatement => ({
    sentence: 0, act, speaker: { name: 'Mara Kell', kind: 'person', role: 'president', affiliation: 'Dunmore Retailers Association', mention: null },
    targets: [{ name: 'Mara Kell', stance: 'FAVOR', evidence: [{ rule, start: 0, end: evidenceText.length, text: evidenceText }] }],
  } as unknown as DraftStatement);
  const named = (n: string): boolean => n === 'Dunmore Retailers Association';
  const names = (st: DraftStatement): Record<string, string> => Object.fromEntries(st.targets.map((t) => [t.name, t.stance]));
  it('a denial made for the body moves to the body', () => {
    expect(names(personForBody(statement('DENY', 'did nothing wrong'), 'Dunmore Retailers Association', () => false, named))).toEqual({ 'Dunmore Retailers Association': 'FAVOR' });
  });
  it('pride in the body\'s people ("proud of the crews") moves to the body under SAY', () => {
    expect(names(personForBody(statement('SAY', 'proud'), 'Dunmore Retailers Association', () => false, named))).toEqual({ 'Dunmore Retailers Association': 'FAVOR' });
  });
  it('must not fire: a prediction or a survey report under SAY ("I expect the plan to win support") stays the person\'s', () => {
    expect(names(personForBody(statement('SAY', 'I expect'), 'Dunmore Retailers Association', () => false, named))).toEqual({ 'Mara Kell': 'FAVOR' });
    expect(names(personForBody(statement('HEDGE', 'I think'), 'Dunmore Retailers Association', () => false, named))).toEqual({ 'Mara Kell': 'FAVOR' });
  });
  it('must not fire: an affiliation the article never names as a body, or a "-based" modifier, becomes no target', () => {
    expect(names(personForBody(statement('DENY', 'I didn\'t see'), 'Harwick-based', () => false, named))).toEqual({ 'Mara Kell': 'FAVOR' });
    expect(names(personForBody(statement('DENY', 'we did nothing wrong'), 'Brigadier', () => false, named))).toEqual({ 'Mara Kell': 'FAVOR' });
  });
});
