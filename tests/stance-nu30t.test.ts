// Stance targets a new user found on articles of kinds the corpus lacks (brief fixnu30t). Sentences are our own.
import { describe, expect, it } from 'vitest';
import { withContent } from './stance-helpers.js';

describe('a town the article writes only as a place ("the besieged town of X", "fled X", "near X") is no target', () => {
  const town = 'Aid trucks reached the besieged town of Drasko on Monday.|"We have nothing left," said Lena Vori, who fled Drasko last year.';
  it('a charge of burning farms near the town is against the militia, not the town', () => {
    const st = withContent(`${town}|Rebel spokesman Arno Pell accused the Tarn Militia of burning farms near Drasko overnight.`, 'the Tarn Militia');
    expect(st.targets['Tarn Militia']).toBe('AGAINST');
    expect(Object.keys(st.targets)).not.toContain('Drasko');
  });
  it('must not change: the city as the charged body ("accused the city of X of …") stays a target', () => {
    const st = withContent('Families fled Holmby after the floods.|The river trust accused the city of Holmby of dumping sewage into the estuary.', 'the city of Holmby');
    expect(st.targets['Holmby']).toBe('AGAINST');
  });
  it('must not change: a country people fled that is itself accused stays a target', () => {
    const st = withContent('Thousands have fled Oskara since the war began.|The opposition accused Oskara of breaking the border treaty.', 'Oskara of');
    expect(st.targets['Oskara']).toBe('AGAINST');
  });
});

describe('an office read as the one person quoted in it is one target, not two ("the transport minister" = the minister quoted)', () => {
  const minister = 'Transport Minister Ola Brenn said the rail budget would rise next year.';
  it('a critic\'s "the transport minister broke the budget" targets the minister once, by name', () => {
    const st = withContent(`${minister}|"The transport minister wrecked the rail budget and now expects the board to find the money," said Karl Ruud, an opposition spokesman.`, 'The transport minister');
    expect(st.targets['Ola Brenn']).toBeDefined();
    expect(Object.keys(st.targets)).not.toContain('transport minister');
  });
  it('must not change: with no minister quoted, the office stays a target under its own words', () => {
    const st = withContent('"The transport minister wrecked the rail budget and now expects the board to find the money," said Karl Ruud, an opposition spokesman.', 'The transport minister');
    expect(Object.keys(st.targets)).toContain('transport minister');
  });
  it('must not change: the minister\'s ministry is a target of its own', () => {
    const st = withContent(`${minister}|Karl Ruud, an opposition spokesman, accused the transport ministry of hiding the overspend.`, 'the transport ministry');
    expect(st.targets['transport ministry']).toBe('AGAINST');
  });
});

describe('"the central bank" stands for a central bank the article names, never a commercial bank named after it', () => {
  const story = 'The Bank of Tessaly raised interest rates by a quarter point on Thursday.|Mira Holt, chief economist at Orrin Bank, expects another rise in the summer.';
  it('an opposition quote about "the central bank" is about the Bank of Tessaly, not Orrin Bank', () => {
    const st = withContent(`${story}|Jon Farr, an opposition spokesman, accused the central bank of choking the recovery.`, 'the central bank');
    expect(st.targets['Bank of Tessaly']).toBe('AGAINST');
    expect(Object.keys(st.targets)).not.toContain('Orrin Bank');
  });
  it('must not change: "the bank" after a commercial bank alone still stands for that bank', () => {
    const st = withContent('Orrin Bank closed forty branches this year.|Jon Farr, a union organiser, accused the bank of abandoning rural customers.', 'the bank');
    expect(st.targets['Orrin Bank']).toBe('AGAINST');
  });
  it('must not change: a central bank named with "Central" is what "the central bank" stands for', () => {
    const st = withContent('The Tessaly Central Bank raised interest rates on Thursday.|Jon Farr, an opposition spokesman, accused the central bank of choking the recovery.', 'the central bank');
    expect(st.targets['Tessaly Central Bank']).toBe('AGAINST');
  });
});

describe('a warning that a party "would respond to any breach" is not against the party that will respond', () => {
  it('the speaker\'s own navy answering any breach of a pact is no AGAINST target', () => {
    const st = withContent('The government\'s negotiator, Interior Minister Rosa Vell, called the pact fragile and warned that the navy would respond to any breach of the sea lanes.', 'the navy would');
    expect(st.targets['navy'] ?? 'NONE').not.toBe('AGAINST');
  });
  it('nor the police who "will respond firmly to any breach" of an order', () => {
    const st = withContent('Mayor Lena Dask warned that the Harlan Police would respond firmly to any breach of the curfew.', 'the Harlan Police');
    expect(st.targets['Harlan Police'] ?? 'NONE').not.toBe('AGAINST');
  });
  it('must not change: a warning that a company would face fines for any violation is against the company', () => {
    const st = withContent('The regulator warned that Dorn Chemicals would face heavy fines for any violation of the permit.', 'Dorn Chemicals');
    expect(st.targets['Dorn Chemicals']).toBe('AGAINST');
  });
  it('must not change: a warning that a militia would attack any convoy is against the militia', () => {
    const st = withContent('The aid agency warned that the Sarn Militia would attack any convoy that entered the valley.', 'the Sarn Militia');
    expect(st.targets['Sarn Militia']).toBe('AGAINST');
  });
});

describe('a subject\'s "she"/"he" after a person the quote names earlier in its sentence is that person', () => {
  const story = 'Governor Anna Voss said the bank had moved to curb prices.|Its chair, Lena Sorn, said borrowers would be offered help.';
  it('"Voss has proved she can …" adds no target for the woman named last before the quote', () => {
    const st = withContent(`${story}|Karl Feld, an economist, said the decision was bold. "Voss has proved she can make the hard call when it counts," he said.`, 'Voss has proved');
    expect(Object.keys(st.targets)).toContain('Anna Voss');
    expect(Object.keys(st.targets)).not.toContain('Lena Sorn');
  });
  it('must not change: with no one named before it in the sentence, "she" is the woman named last', () => {
    const st = withContent('Lena Sorn resigned from the board in May.|Karl Feld, an economist, said she had been pushed out by the governor.', 'she had been');
    expect(Object.keys(st.targets)).toContain('Lena Sorn');
  });
  it('must not change: an object\'s "her" after a named subject is someone else', () => {
    const st = withContent('Lena Sorn resigned from the board in May.|Karl Feld, an economist, said Anna Voss had pushed her out of the board.', 'Anna Voss had');
    expect(Object.keys(st.targets)).toContain('Lena Sorn');
  });
});

describe('"its own" after another body that is the subject of its clause is that body\'s, not the speaker\'s', () => {
  it('a board ruling that an office departed from its own code is no self-report of the board', () => {
    const st = withContent('The Coastal Appeals Board ruled that the Harbour Licensing Office had departed from its own code for issuing mooring permits.', 'the Harbour Licensing Office');
    expect(st.targets['Coastal Appeals Board'] ?? 'NONE').not.toBe('FAVOR');
  });
  it('nor with the body\'s abbreviation in brackets after its name', () => {
    const st = withContent('The Coastal Appeals Board ruled that the Harbour Licensing Office (HLO) had departed from its own code for mooring permits.', 'the Harbour Licensing Office');
    expect(st.targets['Coastal Appeals Board'] ?? 'NONE').not.toBe('FAVOR');
  });
  it('must not change: a body saying it followed its own code still defends itself', () => {
    const st = withContent('The Harbour Licensing Office said it had followed its own code for mooring permits.', 'it had followed');
    expect(st.targets['Harbour Licensing Office']).toBe('FAVOR');
  });
  it('must not change: "its own" after a clause opener stays the speaker\'s', () => {
    const base = 'The Harbour Licensing Office said it had followed its own code for mooring permits.';
    const st = withContent(`${base}|The Coastal Appeals Board said that, after the Harbour Licensing Office complained, it had kept strictly to its own procedures.`, 'after the Harbour');
    expect(st.targets['Coastal Appeals Board']).toBe('FAVOR');
  });
});

describe('in a warning, a party told as suffering ("X were already struggling") is the one warned for, not against', () => {
  it('exporters struggling with fuel prices are no AGAINST target of a warning about jobs', () => {
    const st = withContent('Ola Dunn, head of the Growers Union, criticised the rate rise.|"Exporters were already struggling with dear diesel and a strong currency. This will cost jobs across the valley," Dunn said.', 'Exporters were');
    expect(st.targets['Exporters'] ?? 'NONE').not.toBe('AGAINST');
  });
  it('must not change: a company "struggling to meet its targets" that is warned of a fine stays AGAINST', () => {
    const st = withContent('The regulator warned that Pellam Water was struggling to meet its leakage targets and would be fined if it failed again.', 'Pellam Water');
    expect(st.targets['Pellam Water']).toBe('AGAINST');
  });
  it('must not change: a warning that a firm would face fines is against the firm', () => {
    const st = withContent('The regulator warned that Pellam Water would face heavy fines if its pipes leaked again.', 'Pellam Water');
    expect(st.targets['Pellam Water']).toBe('AGAINST');
  });
});
