// Speaker resolution, one construction per row: pronouns by salience and gender, descriptions, documents with an author,
// names in apposition, and the phrases that must not turn into names. Every sentence is written for this file.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/analyze.js';

/** The speaker of the statement whose content contains `content`. */
function speakerOf(body: string, content: string): { name: string; kind: string; role: string | null } {
  const r = analyzeArticle(`Council row deepens\n${body}\n`);
  const st = r.statements.find((s) => s.content.text.includes(content));
  if (!st) throw new Error(`no statement holds “${content}”: ${r.statements.map((s) => s.content.text).join(' | ')}`);
  return { name: st.speaker.name, kind: st.speaker.kind, role: st.speaker.role };
}

describe('he/she: the subject of the nearest sentence that has one', () => {
  it.each([
    ['not the object of a preposition, nor a name modifying a noun',
      'Governor Alan Price stepped up his attacks on Victor Hale on Monday. In a radio interview, he mocked the Hale administration’s budget. “This plan fails every school in the state,” he said.',
      'This plan fails', 'Alan Price'],
    ['“Of X, he said”: X is what he spoke about',
      '“We will win this state,” Daniel Ortiz said on Tuesday. Of Peter Lang, he said: “He has no plan for the farms.”',
      'He has no plan', 'Daniel Ortiz'],
    ['a name inside the previous quote is not the antecedent',
      '“Robert Klein was never honest with us,” Samuel Reyes said. He added that the board would meet again in May.',
      'the board would meet', 'Samuel Reyes'],
    ['a sentence-initial “For X,” names whose view follows',
      'For Tom Kearney, the timeline matters less than the catch. “They keep telling us we can fish between the turbines,” he said.',
      'They keep telling us', 'Tom Kearney'],
    ['“his wife, X” makes X a she, so “he” goes past her',
      'Representative Dan Weller faced questions on Monday. The congressman also spoke about the toll on his wife, Huma Varga, a lawyer. “I am protecting my wife,” he told reporters.',
      'I am protecting my wife', 'Dan Weller'],
    ['a plural group is no he',
      'The neighbours, who had been left out of the meeting, mocked the plan, but Mr. Obrecht learned from it. “We will not be shut out again,” he said.',
      'We will not be shut out', 'Obrecht'],
    ['“his comment that …”: the possessor speaks',
      'Rick Dalton on Sunday tried to soften his comment that the governor had a “paper plan,” saying he meant the budget.',
      'the governor had a', 'Rick Dalton'],
  ])('%s', (_rule, body, content, name) => {
    expect(speakerOf(body, content).name).toBe(name);
  });
});

describe('descriptions, documents and names in apposition', () => {
  it.each([
    ['“the X campaign” is the campaign named after its leader',
      'As the dispute went on, the Harlow campaign said that the debate had been rigged.', 'the debate had been rigged', 'Harlow campaign'],
    ['“X released a statement saying”: the author speaks',
      'Karl Vesna released a statement on Tuesday saying: “The vote was rigged from the start.”', 'The vote was rigged', 'Karl Vesna'],
    ['“the spokesperson” after “a spokesperson for Norvane” speaks for Norvane',
      'A spokesperson for Norvane said the company was reviewing the findings. “We take these concerns seriously,” the spokesperson said.',
      'We take these concerns', 'Norvane'],
    ['a surname with the occasion after it: the name, not the show',
      'Peter Vance spoke on Monday. “I want to see the records,” said Vance in an interview on the “Early Start” show.', 'I want to see the records', 'Peter Vance'],
    ['a double-barrelled surname stays one name',
      'Rosa Achebe-Hart, who chairs the committee, wrote to the minister in May. “This is a dependency we may regret,” Achebe-Hart said.',
      'This is a dependency', 'Rosa Achebe-Hart'],
  ])('%s', (_rule, body, content, name) => {
    expect(speakerOf(body, content).name).toBe(name);
  });

  it('“X said, according to a recording”: X said it', () => {
    const r = analyzeArticle('Council row deepens\n“We were misled from the first day,” Mr. Dorran said, according to a recording of the meeting.\n');
    const speakers = r.statements.filter((s) => s.content.text.includes('We were misled')).map((s) => s.speaker.name);
    expect(speakers.length).toBeGreaterThan(0);
    expect(new Set(speakers)).toEqual(new Set(['Dorran']));
  });

  it('“the aide, Clara Voigt, 31,”: the name in apposition speaks', () => {
    expect(speakerOf('On Friday, the aide, Clara Voigt, 31, wrote that the senator should “step aside at once.”', 'the senator should').name).toBe('Clara Voigt');
  });

  it.each([
    ['a capitalised title after “the”', '“That is not how inspections work,” the Chief Inspector, Marta Quell, said at the launch.', 'That is not how', 'Marta Quell'],
    ['a role of a named body', 'The chief executive of Harbour Lane Hospital, Idris Mbeki, said two wards had closed.', 'two wards had closed', 'Idris Mbeki'],
  ])('“%s, Name,”: the name in apposition speaks', (_rule, body, content, name) => {
    const r = analyzeArticle(`Council row deepens\n${body}\n`);
    const st = r.statements.find((x) => x.content.text.includes(content));
    expect(st?.speaker.name).toBe(name);
    expect(st?.speaker.kind).toBe('person');
  });

  it.each([
    ['a police force named “Constabulary”', 'Wexmoor Constabulary said in a statement that the officers had been suspended.', 'the officers had been', 'Wexmoor Constabulary', 'organization'],
    ['a party named by its members', 'The opposition Liberal Democrats said nurses had been “taken for granted.”', 'nurses had been', 'Liberal Democrats', 'organization'],
    ['members of a party, counted, are unnamed sources', 'Some Democrats said the levy would never pass.', 'the levy would never', 'some Democrats', 'anonymous'],
    ['counted members of a body with a qualifier', 'Two Republicans on the committee said the levy would never pass.', 'the levy would never', 'two Republicans on the committee', 'anonymous'],
    ['a role for a body, then the person', 'Deputy Minister for Rural Affairs Helen Marsh said the scheme would close.', 'the scheme would close', 'Helen Marsh', 'person'],
  ])('%s', (_rule, body, content, name, kind) => {
    expect(speakerOf(body, content)).toMatchObject({ name, kind });
  });

  it('a title’s modifier is no affiliation; a lower-case role keeps its body', () => {
    const r = analyzeArticle('Council row deepens\n“We did nothing wrong,” the Defence Secretary, Ruth Okafor, said.\nA government spokesman, Petr Alda, insisted that the scheme “operates within the law.”\n');
    expect(r.statements.map((x) => [x.speaker.name, x.speaker.affiliation ?? null])).toEqual([['Ruth Okafor', null], ['Petr Alda', 'government']]);
  });
});

describe('phrases that stay what they are', () => {
  it.each([
    ['a plural role noun with its body is not cut to “Officials”', 'Officials in the finance ministry said the cuts would go ahead.', 'the cuts would go ahead', 'Officials in the finance ministry'],
    ['a sentence-initial common noun is not cut to a name, and is written as LABELS.md writes “leaked files” (what it is from is its affiliation, as the golds write “figures from …”)', 'Data from the survey show that rents rose by a third.', 'rents rose by a third', 'data'],
    ['“the official” after “a senior official” is that same unnamed source', 'A senior official said the talks had stalled. The official said the army was ready.', 'the army was ready', 'senior official'],
  ])('%s', (_rule, body, content, name) => {
    expect(speakerOf(body, content).name).toBe(name);
  });

  it('prosecutors from a named unit speak for the unit, with their role', () => {
    expect(speakerOf('Prosecutors from the Public Integrity Unit said the money had been hidden.', 'the money had been hidden')).toMatchObject({ name: 'Public Integrity Unit', role: 'prosecutor' });
  });
});

describe('titles and the roles they give', () => {
  it.each([
    ['a title written before the name, later the surname alone',
      'Harbour Minister Dariusz Pelka said the line would reopen. Pelka insisted that the budget was “already agreed.”', 'the budget was', 'Dariusz Pelka', 'minister'],
    ['a two-word title with capitals stays whole',
      '“We have no record of the call,” said Chief Constable Mark Telford.', 'We have no record', 'Mark Telford', 'chief constable'],
    ['an abbreviation is written as the role it stands for (MP: GUIDE decision 30)',
      'Opposition MP Greta Solberg said the deal was “a betrayal of the coast.”', 'the deal was', 'Greta Solberg', 'member of parliament'],
    ['a text that says lawmaker keeps lawmaker (GUIDE decision 30)',
      'Opposition lawmaker Greta Solberg said the deal was “a betrayal of the coast.”', 'the deal was', 'Greta Solberg', 'lawmaker'],
    ['a role word inside an organisation’s name is no role', 'Valley Farmers Alliance chair Ruth Obi said the levee would “not hold.”', 'the levee would', 'Ruth Obi', 'chair'],
    ['an organisation and a title before the name are no part of it',
      'Tarvik CEO Jonas Lind met investors on Monday. “We will not sell,” he said.', 'We will not sell', 'Jonas Lind', 'chief executive'],
  ])('%s', (_rule, body, content, name, role) => {
    expect(speakerOf(body, content)).toMatchObject({ name, kind: 'person', role });
  });
});

describe('unnamed people in a role, opening a sentence', () => {
  it.each([
    ['a bare plural role noun', 'Investigators said the fire had been started deliberately.', 'the fire had been', 'Investigators', 'investigator'],
    // (the capital that only opens the sentence is no part of the description, as gold writes it: 'consumer groups')
    ['with a quantifier', 'Some economists warned that the strike would cost the port dearly.', 'the strike would cost', 'some economists', 'economist'],
    ['with a number and modifiers', 'Two current city employees said the contracts were never put out to tender.', 'the contracts were never', 'two current city employees', 'employee'],
  ])('%s', (_rule, body, content, name, role) => {
    expect(speakerOf(body, content)).toMatchObject({ name, kind: 'anonymous', role });
  });

  it('a name’s possessive is no plural role phrase', () => {
    expect(speakerOf('Marek Wolny’s parents said the army had failed their son.', 'the army had failed')).toMatchObject({ name: 'Marek Wolny’s parents', kind: 'person' });
  });
});

describe('“the ad” after “X … with an ad”: the author speaks', () => {
  it('the subject whose own verb made the document', () => {
    expect(speakerOf('The Harlow campaign hit back on Tuesday with a commercial of its own. “Harlow will cut your taxes,” the ad says.', 'Harlow will cut your taxes').name).toBe('Harlow campaign');
  });
  // LABELS.md: a document speaks under its author when the article gives one; the letter's author is Ivo Marsh. The
  // stage gives the document itself ("letter"), which is at least not the newspaper that reported it. Known gap.
  it('not the subject of a verb of saying around another clause', () => {
    expect(speakerOf('The Courier said Ivo Marsh had sent a letter to the board. The letter said the vote was “a sham.”', 'the vote was')).toMatchObject({ name: 'letter', kind: 'document' });
  });
  it.fails('the author named in a reported clause speaks for the letter (known gap)', () => {
    expect(speakerOf('The Courier said Ivo Marsh had sent a letter to the board. The letter said the vote was “a sham.”', 'the vote was').name).toBe('Ivo Marsh');
  });
});

describe('a participle takes the subject of the clause it hangs on', () => {
  it('“It came after X chided Y, accusing …” is X', () => {
    const r = analyzeArticle('Council row deepens\nMayor Ida Rosen and the governor met on Sunday at City Hall. It came after Rosen publicly chided the governor on Friday, accusing him of having “wasted another month.”\n');
    const st = r.statements.find((s) => s.content.text.includes('wasted another month'));
    expect(st?.speaker.name).toBe('Ida Rosen');
  });
});

describe('a description before a given name is no part of the name', () => {
  it.each([
    ['“Republican presidential nominee David Harlan” (a known given name opens the name)', 'Republican presidential nominee David Harlan said the plan would “cost jobs.”', 'the plan would', 'David Harlan'],
    ['but a coordination keeps both names', 'Tomas Brandt and Elena Voss said the debate had been “a circus.”', 'the debate had been', 'Tomas Brandt and Elena Voss'],
  ])('%s', (_rule, body, content, name) => {
    expect(speakerOf(body, content).name).toBe(name);
  });
});

describe('a capitalised role word inside an organisation’s name', () => {
  it.each([
    ['an office', 'The Information Commissioner’s Office said it was investigating the breach.', 'it was investigating', 'Information Commissioner’s Office', 'organization'],
    ['an alliance', 'The Valley Farmers Alliance accused the council of negligence.', 'the council of negligence', 'Valley Farmers Alliance', 'organization'],
  ])('%s names the body, not a person', (_rule, body, content, name, kind) => {
    expect(speakerOf(body, content)).toMatchObject({ name, kind, role: null });
  });
});

describe('capitalised words that are no names', () => {
  const targetsOf = (body: string): string[] => analyzeArticle(`Council row deepens\n${body}\n`).statements.flatMap((s) => s.targets.map((t) => t.name));
  it('a closed-class word opening a quote is no target', () => {
    expect(targetsOf('“Everything we did was lawful,” the company said.')).not.toContain('Everything');
  });
  it('a gerund opening a clause with its object is no target', () => {
    expect(targetsOf('“Closing the ward was the right call,” Mensah said.')).not.toContain('Closing');
  });
  it('a word the article also writes in lower case is no name at a sentence’s start', () => {
    expect(targetsOf('The county tightened security at the depot. Security guards said the fence had been cut.')).not.toContain('Security');
  });
  it('a dateline in capitals is no antecedent for “the hospital”', () => {
    expect(speakerOf('HALDEN — Ridgeway General Hospital closed its neonatal unit. The hospital said the unit would reopen.', 'the unit would reopen').name).toBe('Ridgeway General Hospital');
  });
});

describe('an unnamed spokesperson speaks for the body (LABELS.md)', () => {
  it.each([
    ['the body named by the noun before the role', 'St. Brennan’s University Hospital closed its neonatal unit. A hospital spokesperson said the unit would reopen.', 'the unit would reopen', 'St. Brennan’s University Hospital'],
    ['the body named after "for"', 'The Interior Ministry approved the sale on Monday. A spokesperson for the ministry said the licence was lawful.', 'the licence was lawful', 'Interior Ministry'],
    ['a bare spokesperson after the organisation in the news', 'The Export Control Agency approved the sale on Monday. A spokesperson said the licence was lawful.', 'the licence was lawful', 'Export Control Agency'],
    ['a body the article never names stays as written', 'Talks broke down on Friday. A spokesperson for the labour ministry said the mediator would return.', 'the mediator would return', 'labour ministry'],
  ])('%s', (_rule, body, content, name) => {
    expect(speakerOf(body, content)).toMatchObject({ name, kind: 'organization', role: 'spokesperson' });
  });
});

describe('documents', () => {
  it('“Leaked files show …” is the document “leaked files” (LABELS.md, seed article)', () => {
    expect(speakerOf('Leaked files show that the ministry knew of the fault.', 'the ministry knew')).toMatchObject({ name: 'leaked files', kind: 'document' });
  });
});

describe('it/they: the subject of the nearest sentence, not merely the nearest name', () => {
  it.each([
    ['“it” goes past a name that only modifies a noun',
      'The Ferrywood Tenants Union, a lobby that has long fought the landlord, said the repairs would be hard to finance in towns where Holloway boilers are common. It also demanded that the council publish its inspection records.',
      'the council publish its inspection', 'Ferrywood Tenants Union'],
    ['“they” is the plural subject, not a place named inside its clause',
      'Critics, most of them from the hill villages of Marden and Oakhurst, said the board had ignored them. They have also questioned whether the road can carry the new traffic.',
      'whether the road can carry', 'Critics'],
  ])('%s', (_rule, body, content, name) => {
    expect(speakerOf(body, content).name).toBe(name);
  });

  it('he/she may take up an unnamed person in a role (“a senior executive …, he said”)', () => {
    const body = 'Ruth Calloway, the airport’s director, defended the plan on Monday. A senior executive at a rival carrier, who asked not to be named, said fares would rise. “Passengers always pay in the end,” he said.';
    expect(speakerOf(body, 'Passengers always pay')).toEqual({ name: 'senior executive at a rival carrier', kind: 'anonymous', role: 'executive' });
  });

  it('an unnamed person’s role stops at a preposition (“executive at a rival carrier” is an executive)', () => {
    expect(speakerOf('A senior executive at a rival carrier, who asked not to be named, said fares would rise.', 'fares would rise').role).toBe('executive');
  });
});

describe('a description whose head a body’s own name carries', () => {
  it.each([
    ['“the ministry” with no ministry named is the ministry, not the company named last',
      'Velmar Chips sued over the export ban on Monday. The ministry blocked the sale in March, saying it had evidence of diversion.',
      'it had evidence of diversion', 'ministry'],
    ['“the government” is no opposition party',
      'Karin Holt, the Liberal Party’s spokesperson on schools, demanded that the figures be published. The government has said the figures are confidential.',
      'the figures are confidential', 'government'],
    ['“the defence ministry” is not the defence minister named before it, nor another ministry',
      'Defence Minister Johan Brekke, who cut the budget last year, met the Interior Ministry on Monday. The defence ministry said Brekke would act on the findings.',
      'Brekke would act', 'defence ministry'],
    ['a ministry named earlier with the same modifier is taken up',
      'The Ministry of Defence opened an inquiry on Monday. The defence ministry said the inquiry would report in May.',
      'the inquiry would report', 'Ministry of Defence'],
  ])('%s', (_rule, body, content, name) => {
    expect(speakerOf(body, content).name).toBe(name);
  });

  it('a person’s title after the body it names leaves the person (“Defence Minister Johan Brekke” is no organisation)', () => {
    expect(speakerOf('“We will act,” said Defence Minister Johan Brekke, who met the families on Monday.', 'We will act')).toMatchObject({ name: 'Johan Brekke', kind: 'person' });
  });
});

describe('an office named by its place or party is the person who holds it', () => {
  it.each([
    ['“the Utah governor” after the governor quoted: that person (an epithet), not Utah',
      'Utah Governor Lyle Bramwell pledged on Monday to cut the fuel tax. “I will not wait for Congress,” says Bramwell. “We can act in the first week,” the Utah governor continues.',
      'We can act in the first week', 'Lyle Bramwell'],
    ['“the former Idaho governor” after a former governor named with the title',
      'Former Idaho Governor Nora Keel, a vocal supporter of the plan, said on Friday that she was disappointed by the delay. The former Idaho governor said the plan would save money.',
      'the plan would save money', 'Nora Keel'],
  ])('%s', (_rule, body, content, name) => {
    expect(speakerOf(body, content)).toMatchObject({ name, kind: 'person', role: 'governor' });
  });

  it('no one the text never gave the office becomes its holder', () => {
    const s = speakerOf('Tom Reyes, a rancher, said the fence was too low. The Texas governor said the state would pay for a new one.', 'the state would pay for a new one');
    expect(s.name).not.toBe('Tom Reyes');
    expect(s.role).toBe('governor');
  });

  it('a capitalised “Leader” ends a newspaper’s name, no office: not the senator named before', () => {
    expect(speakerOf('Senator Ann Vole spoke on Monday. The Harwick Union Leader reported that the vote would be delayed.', 'the vote would be delayed').name).not.toBe('Ann Vole');
  });

  // Known gap: the newspaper's name loses its last word and is typed as an organisation (LABELS.md: media).
  it.fails('a capitalised “Leader” ends a newspaper’s name, which speaks as media', () => {
    expect(speakerOf('Senator Ann Vole spoke on Monday. The Harwick Union Leader reported that the vote would be delayed.', 'the vote would be delayed')).toMatchObject({ name: 'Harwick Union Leader', kind: 'media' });
  });
});

describe('a document named with its title speaks by the title', () => {
  it.each([
    ['“The review, titled “…”, found”', 'The review, titled “Open Doors” and published on Monday, found that the station had been left unstaffed.', 'the station had been left', 'Open Doors'],
    ['“A report by a board, titled “…”, found”: the title, not the board as a “report by” phrase',
      'A 2024 report by the national Rail Safety Board, titled “Signals Ignored,” found that the brakes had failed twice.', 'the brakes had failed', 'Signals Ignored'],
  ])('%s', (_rule, body, content, name) => {
    expect(speakerOf(body, content)).toMatchObject({ name, kind: 'document' });
  });
});

describe('an adjective opening a sentence is no part of a name', () => {
  it('“Former Rovers captain X”: the club is “Rovers” (Eastfield Rovers), not “Former Rovers”', () => {
    const body = 'Eastfield Rovers sacked their coach on Sunday. Former Rovers captain Owen Marsh questioned the timing. Coach Lena Berg will take charge on Tuesday, the club said.';
    expect(speakerOf(body, 'Lena Berg will take charge').name).toBe('Eastfield Rovers');
  });
});

describe('a short name of a body the article names in full', () => {
  it.each([
    // (the speaker takes the full name since session 13, one entity for both names; stance targets keep the name as written)
    ['“Marbeck” after “Marbeck Logistics” is the company, which “it” can take up',
      'Drivers at Marbeck Logistics walked out on Monday. Marbeck said the strike was unlawful. In a letter to staff, it described the walkout as “reckless.”',
      'the walkout as', 'Marbeck Logistics', 'organization'],
    ['the dateline’s city opening a body’s name is a place, not that body’s short name',
      'OSTRAVEL — The Ostravel Rowing Club lost its boathouse lease on Friday. “We will fight this,” said Ada Ostravel, the club’s captain.',
      'We will fight this', 'Ada Ostravel', 'person'],
  ])('%s', (_rule, body, content, name, kind) => {
    expect(speakerOf(body, content)).toMatchObject({ name, kind });
  });
});

describe('a common-noun phrase whose capital only opens the sentence', () => {
  it.each([
    ['a plural collective is a group', 'Consumer groups said the recall had come far too late.', 'the recall had come', 'consumer groups', 'group', null],
    ['a lone plural of a constituency is a group', 'Opponents said the tower would block the river view.', 'the tower would block', 'opponents', 'group', null],
    ['people in a role, with a modifier, are unnamed sources', 'Security researchers said the flaw had been exploited for months.', 'the flaw had been exploited', 'security researchers', 'anonymous', 'researcher'],
  ])('%s', (_rule, body, content, name, kind, role) => {
    expect(speakerOf(body, content)).toMatchObject({ name, kind, role });
  });

  it('a word the article also capitalises inside a sentence stays a name (“Norvane engineers”)', () => {
    // (the body's staff named with its word are unnamed sources, anonymous, GUIDE decision 66; the body's word keeps its capital)
    const s = speakerOf('Staff at Norvane were told on Friday. Norvane engineers said the tests had been rushed.', 'the tests had been rushed');
    expect(s).toMatchObject({ name: 'Norvane engineers', kind: 'anonymous' });
  });
});

describe('a possessive pronoun with people or an office: the possessor’s side', () => {
  it('“His lawyers” are the lawyers of the man named before, a group', () => {
    expect(speakerOf('Piotr Lenz, the former finance chief, denies all charges. His lawyers said the evidence had been obtained unlawfully.', 'the evidence had been obtained'))
      .toMatchObject({ name: 'Lenz’s lawyers', kind: 'group', role: 'lawyer' });
  });
  it('“Her lawyer” is not a man’s, whoever was named last', () => {
    expect(speakerOf('Tom Reyes, a rancher, said the water was gone. Her lawyer said the family was never told.', 'the family was never told'))
      .toMatchObject({ name: 'her lawyer', kind: 'person', role: 'lawyer' });
    // (an unnamed lawyer of a named person is an anonymous lawyer, GUIDE decision 38 as "A lawyer for Mr Tarn" is, named
    // after the client as "His lawyers" are; not the client)
    expect(speakerOf('Maria Lenz said the vote was rigged. Her lawyer said she would appeal.', 'she would appeal'))
      .toMatchObject({ name: 'Lenz’s lawyer', kind: 'anonymous', role: 'lawyer' });
  });
  it('“her office” is the office of the woman named before, by her role', () => {
    expect(speakerOf('The transport minister, Ingrid Moe, visited the depot on Monday. According to her office, the minister will publish the review in June.', 'the minister will publish'))
      .toMatchObject({ name: 'minister’s office', kind: 'organization' });
  });
});

describe('a speaker phrase that runs over a clause boundary speaks by its last part', () => {
  it.each([
    ['“…, and the agency” after a coordinated clause',
      'The Federal Food Agency opened an inquiry. Bellmart said it had pulled the jars from its shelves and its website by Friday evening, and the agency praised the chain for acting quickly.',
      'the chain for acting quickly', 'Federal Food Agency'],
  ])('%s', (_rule, body, content, name) => {
    expect(speakerOf(body, content).name).toBe(name);
  });
});

describe('“the statement”, “the letter”: whoever spoke through it where it was introduced', () => {
  it.each([
    ['“In a statement, the company said …” then “the statement said”',
      'Drivers at Marbeck Logistics walked out on Monday. In a statement, Marbeck Logistics said the pay offer was final. “We have listened to every driver,” the statement said.',
      'We have listened to every driver', 'Marbeck Logistics'],
    ['“X said in a letter to staff that …”, sentences later “according to the letter”',
      'Chief executive Petra Lind said in a letter to staff that the plant would close. “It is the hardest call I have made,” Lind wrote. “I am sorry.” The board met on Friday. Workers will be offered other posts, according to the letter.',
      'Workers will be offered', 'Petra Lind'],
  ])('%s', (_rule, body, content, name) => {
    expect(speakerOf(body, content).name).toBe(name);
  });

  it('a document the earlier statement was about is no medium: “the report” stays the report', () => {
    const s = speakerOf('Auditors said on Monday that a 2022 study had used faulty data. The report found that the samples had been mislabelled.', 'the samples had been mislabelled');
    expect(s.kind).toBe('document');
  });
});

describe('descriptions of bodies: the body named with that head, else the description as written', () => {
  it.each([
    ['“the board” with no body named by it is the board, not the party named last',
      'The broadcaster’s board met on Sunday, a week after the Liberty Party won the election. The board said the programme had been postponed for legal reasons.',
      'the programme had been postponed', 'board'],
    ['“the labour board” after “the national labour board”: that board, not the company',
      'The union has filed a complaint with the national labour board against Ferrow Foods. The labour board said an inspector would visit the plant.',
      'an inspector would visit', 'labour board'],
    ['“the health service” is the health service the article named',
      'The Ostland Health Service buys most of the country’s insulin from Pelmar Pharma. The health service said the price rise was unjustified.',
      'the price rise was unjustified', 'Ostland Health Service'],
    ['“the broadcaster” is the body whose name has “Broadcasting”, not a press-freedom centre',
      'The Norland Broadcasting Corporation dropped the film on Friday. A study by the Centre for Press Freedom found similar cases elsewhere. The broadcaster declined to say whether the film would be shown later.',
      'declined to say', 'Norland Broadcasting Corporation'],
    ['“the company” is no chamber of commerce named since',
      'Drivers sued Dashmore Logistics last year. The Alden Chamber of Commerce warned of higher costs. Earlier, the company had told investors that a defeat was “unlikely.”',
      'a defeat was', 'Dashmore Logistics'],
  ])('%s', (_rule, body, content, name) => {
    expect(speakerOf(body, content).name).toBe(name);
  });
});

describe('a role phrase in apposition to the name before it speaks for that person', () => {
  it.each([
    ['“X, a solicitor at a law centre, which advises …, said”',
      'Mira Castell, a solicitor at the Orrin Law Centre, which represents the tenants, said the eviction notices were invalid.',
      'the eviction notices were invalid', 'Mira Castell', 'solicitor'],
    ['a participle after “X, a professor of …, questioned …”',
      'Tomas Brek, a professor of labour law at Ilsen University, questioned whether the appeal could succeed, noting that the court had refused a similar case.',
      // (a professor's field goes: "professor" in the gold of court-dashwell-couriers-employment-ruling,
      // edu-strathwyn-vice-chancellor-vote and bridge-wenlow-crossing-repair-contract)
      'the court had refused a similar case', 'Tomas Brek', 'professor'],
  ])('%s', (_rule, body, content, name, role) => {
    expect(speakerOf(body, content)).toMatchObject({ name, kind: 'person', role });
  });

  it('a fronted place before the phrase is no name it belongs to', () => {
    expect(speakerOf('Inside Velm, the petition’s organisers say they will not stop. The council declined to comment.', 'they will not stop'))
      .toMatchObject({ name: 'petition’s organisers', kind: 'anonymous', role: 'organiser' });
  });
});

describe('a body’s description prefers the name it is the head of', () => {
  it('“a university spokesman” is the university, not the university staff union named since', () => {
    expect(speakerOf('Strand University plans to close a campus. The University Staff Association called a ballot on Monday. A university spokesman said no decision had been taken.', 'no decision had been taken'))
      .toMatchObject({ name: 'Strand University', role: 'spokesperson' });
  });
});

describe('a lead’s description of a body named in full later', () => {
  it('“The rail safety regulator … The Rail Safety Authority said”: the authority', () => {
    expect(speakerOf('The rail safety regulator on Monday ordered Norbahn to inspect 300 bridges, saying the company had ignored earlier warnings. The Rail Safety Authority said the work must be finished by June.', 'the company had ignored'))
      .toMatchObject({ name: 'Rail Safety Authority', kind: 'organization' });
  });
  it('with no such name it stays the body as written, not the company named next to it', () => {
    expect(speakerOf('The rail safety regulator on Monday ordered Norbahn to inspect 300 bridges, saying the company had ignored earlier warnings.', 'the company had ignored'))
      .toMatchObject({ name: 'rail safety regulator', kind: 'organization' });
  });
});

describe('professionals of a named body speak for it', () => {
  it.each([
    ['“Analysts at <firm>”', 'Analysts at Tolland Securities said the fine would barely dent the airline’s profit.', 'the fine would barely dent', 'Tolland Securities', 'analyst'],
    ['a kind noun before an unfamiliar name makes it the body', 'Analysts at the investment bank Perrin Vale estimated that the refunds would cost 40 million.', 'the refunds would cost', 'Perrin Vale', 'analyst'],
    ['“Prosecutors” alone: the prosecution', 'Prosecutors said the former mayor had taken bribes for a decade.', 'the former mayor had taken', 'prosecutors', 'prosecutor'],
  ])('%s', (_rule, body, content, name, role) => {
    expect(speakerOf(body, content)).toMatchObject({ name, kind: 'organization', role });
  });

  // (was a known gap: a counted role phrase with a named body now speaks as the unnamed people, GUIDE decision 31)
  it('counted professionals stay unnamed people', () => {
    expect(speakerOf('Two analysts at Tolland Securities said the fine was too small.', 'the fine was too small').kind).toBe('anonymous');
  });
});

describe('“the company”: the company the sentence before is about', () => {
  it('not a supplier named after a preposition', () => {
    expect(speakerOf('Holmbury Electrical Products, which sells most of its kettles online, blamed the fault on a switch made by Arden Components, an outside supplier. In a statement, the company said it had stopped selling the kettles in May.', 'it had stopped selling').name).toBe('Holmbury Electrical Products');
  });
  it('the subject company when it is the only one', () => {
    expect(speakerOf('Arden Components recalled 4,000 switches on Monday. The company said no one had been hurt.', 'no one had been hurt').name).toBe('Arden Components');
  });
});

describe('a capital that only opens the sentence', () => {
  it.each([
    ['a common noun is written lower-case', 'Consumer groups said the new fees were unfair.', 'the new fees were unfair', 'consumer groups'],
    ['a party’s adjective written lower-case elsewhere is the common word', 'Conservative groups said the bill would fail. Other conservative voices agreed.', 'the bill would fail', 'conservative groups'],
  ])('%s', (_rule, body, content, name) => {
    expect(speakerOf(body, content).name).toBe(name);
  });
  it.each([
    ['a brand keeps its capital', 'Uber drivers said the new fees were unfair.', 'the new fees were unfair', 'Uber drivers', 'driver'],
    ['a party’s adjective keeps its capital', 'Democratic lawmakers said the bill would fail.', 'the bill would fail', 'Democratic lawmakers', 'lawmaker'],
  ])('%s: unnamed people as written', (_rule, body, content, name, role) => {
    expect(speakerOf(body, content)).toMatchObject({ name, kind: 'anonymous', role });
  });
});

describe('a name inside a fronted phrase is no name an appositive belongs to', () => {
  it.each([
    ['“Asked about the dismissal of X, the company’s spokesman said”: the company',
      'Talbot Foods settled the case on Monday. Asked about the dismissal of Lena Hart, the company’s spokesman said she had left by agreement.',
      'she had left by agreement', 'Talbot Foods'],
    ['“Speaking after a meeting with X, a spokesperson for the ministry said”: the ministry',
      'The Ministry of Transport met the unions on Friday. Speaking after a meeting with Tom Hale, a spokesperson for the ministry said the talks had gone well.',
      'the talks had gone well', 'Ministry of Transport'],
  ])('%s', (_rule, body, content, name) => {
    expect(speakerOf(body, content)).toMatchObject({ name, kind: 'organization', role: 'spokesperson' });
  });
  it.each([
    ['In a statement Dan Kilbride, a lawyer for the family, said the hospital had failed to act.', 'the hospital had failed to act', 'Dan Kilbride', 'lawyer'],
    ['During the hearing Mary Cole, a lawyer for the council, said the notice was valid.', 'the notice was valid', 'Mary Cole', 'lawyer'],
  ])('a fronted preposition phrase with no comma lets the name own its appositive: %s', (body, content, name, role) => {
    expect(speakerOf(body, content)).toMatchObject({ name, kind: 'person', role });
  });
  it('a fronted time phrase still lets the name own its appositive', () => {
    expect(speakerOf('On Monday, Mira Castell, a solicitor at the Orrin Law Centre, said the notices were invalid.', 'the notices were invalid'))
      .toMatchObject({ name: 'Mira Castell', kind: 'person', role: 'solicitor' });
  });
});

describe('“the company” after a subject that is a party to another company', () => {
  it.each([
    ['the largest shareholder in Y: Y',
      'Orin Capital, the largest shareholder in Talbot Foods, called for a new board. The company said it would consider the request.',
      'it would consider the request', 'Talbot Foods'],
    ['an investor in Y: Y',
      'Harrow Ventures, an early investor in Pellick Software, demanded a seat on the board on Monday. The company said it would reply within a week.',
      'it would reply within a week', 'Pellick Software'],
    ['a maker of goods for Y is still the subject company',
      'Arden Components, a maker of switches for Holt Appliances, recalled 4,000 switches on Monday. The company said no one had been hurt.',
      'no one had been hurt', 'Arden Components'],
  ])('%s', (_rule, body, content, name) => {
    expect(speakerOf(body, content)).toMatchObject({ name, kind: 'organization' });
  });
});

describe('“the board”: the body whose board it is', () => {
  it('after a company is named, the company', () => {
    expect(speakerOf('Talbot Foods fired its chief executive on Monday. The board said it had lost confidence in him.', 'it had lost confidence'))
      .toMatchObject({ name: 'Talbot Foods', kind: 'organization' });
  });
  it('with no body named before, the board as written', () => {
    expect(speakerOf('The board said the school would reopen on Monday.', 'the school would reopen'))
      .toMatchObject({ name: 'board', kind: 'organization' });
  });
  it('a board the article already wrote of as an actor of its own stays the board', () => {
    expect(speakerOf('Talbot Foods staff protested after the company’s board cut their pay. The board said the cuts were needed.', 'the cuts were needed'))
      .toMatchObject({ name: 'board', kind: 'organization' });
  });
  it('after a ministry, which has no board of its own, the board as written', () => {
    expect(speakerOf('The Ministry of Health rejected the plan on Friday. The board said the decision was final.', 'the decision was final'))
      .toMatchObject({ name: 'board', kind: 'organization' });
  });
});

describe('“the statement said”: the author of the nearest statement introduced', () => {
  const union = 'The Bakers’ Union said in a statement on Monday that the pay offer was an insult.';
  it.each([
    ['“its own statement”: the body “its” points back to', `${union} Talbot Foods replied on Friday. Its own statement said the offer was fair. “We have offered more than any rival,” the statement said.`],
    ['“a statement from X”', `${union} A statement from Talbot Foods called the offer fair. “We have offered more than any rival,” the statement said.`],
    ['“X’ statement”', `${union} Talbot Foods’ statement called the offer fair. “We have offered more than any rival,” the statement said.`],
  ])('%s, not the union’s earlier one', (_rule, body) => {
    expect(speakerOf(body, 'We have offered more')).toMatchObject({ name: 'Talbot Foods', kind: 'organization' });
  });
  it('with one statement introduced, its speaker', () => {
    expect(speakerOf(`${union} “This is not a serious offer,” the statement said.`, 'This is not a serious offer')).toMatchObject({ name: 'Bakers’ Union', kind: 'organization' });
  });
});

describe('a name the article writes as a body is no person, whatever its words', () => {
  it.each([
    ['“X, which …” names a body',
      'The pumps were installed by Harwell Aggregates, which said in a statement that the work was lawful. Harwell Aggregates said it would appeal.',
      'it would appeal', 'Harwell Aggregates', 'organization'],
    ['a kind noun introducing the name: “the contractor, X,”',
      'Repairs were handed to the contractor, Pellick Civils, last spring. Pellick Civils said the crews had been doubled.',
      'the crews had been doubled', 'Pellick Civils', 'organization'],
    ['“the newspaper X” is media',
      'The deal was first reported by the newspaper Nordbladet. Nordbladet said the minister had signed it in March.',
      'the minister had signed it', 'Nordbladet', 'media'],
    ['“the consumer group X” is an organisation, not a person',
      'The consumer group Buyers’ Shield said the fine was too small to change anything.',
      'the fine was too small', 'Buyers’ Shield', 'organization'],
    ['“X, who …” keeps a person',
      'The plan was drawn up by Tamsin Orrow, who chairs the trust. Tamsin Orrow said the site would open in May.',
      'the site would open', 'Tamsin Orrow', 'person'],
    ['a name also written by its last word alone is a person even after a kind noun',
      'The club’s owner, the property developer Alder Voss, paid for the stand. Voss said the club would not move.',
      'the club would not move', 'Alder Voss', 'person'],
  ])('%s', (_rule, body, content, name, kind) => {
    const s = speakerOf(body, content);
    expect(s.name).toBe(name);
    expect(s.kind).toBe(kind);
  });
});

describe('relative pronouns that open the speaker phrase', () => {
  it.each([
    ['“X, which was fined …, declined to comment”: the name before the comma',
      'The ferry sank in 2021. Kestrel Lines, which was fined 2 million crowns in 2023 after admitting safety breaches, declined to comment on Friday.',
      'declined to comment', 'Kestrel Lines', 'organization'],
    ['“X, a developer who admitted …”: the person named before the description',
      'The mayor was jailed on Monday. Dorian Vale, a developer who admitted paying him more than 90,000 pounds, was jailed for two years in 2024.',
      'paying him more than', 'Dorian Vale', 'person'],
  ])('%s', (_rule, body, content, name, kind) => {
    const s = speakerOf(body, content);
    expect(s.name).toBe(name);
    expect(s.kind).toBe(kind);
  });
});

describe('roles written around a person’s name', () => {
  it.each([
    ['“X, who chairs the committee,” is its chair',
      'Lawmakers were unconvinced. Petra Lindahl, who chairs parliament’s budget committee, said the figures did not add up.',
      'the figures did not add up', 'Petra Lindahl', 'chair'],
    ['“X, who heads the group” is its head',
      'Tomas Brightwell, who heads the advocacy group Safe Streets Now, said the crossing should have been closed years ago.',
      'the crossing should have been closed', 'Tomas Brightwell', 'head'],
    ['“X, who teaches … at a university” is a lecturer',
      '“The vote changes nothing,” said Harriet Oduya, who teaches labour law at Kingsmere University.',
      'The vote changes nothing', 'Harriet Oduya', 'lecturer'],
    ['“State Sen. X”: the abbreviated title gives the role',
      'State Sen. Orla Pennick said the map would be challenged in court.',
      'the map would be challenged', 'Orla Pennick', 'senator'],
    ['“Justice X” is a judge',
      'Justice Miriam Oakes said the tribunal had applied the wrong test.',
      'the tribunal had applied', 'Miriam Oakes', 'judge'],
  ])('%s', (_rule, body, content, name, role) => {
    const s = speakerOf(body, content);
    expect(s.name).toBe(name);
    expect(s.role).toBe(role);
  });
});

describe('near misses of the role verbs and titles: no role', () => {
  it.each([
    ['“who manages to run …” is managing to do something, no manager',
      'Ana Ruiz, who manages to run the family shop on a pension, said the rent had doubled.', 'the rent had doubled', 'Ana Ruiz'],
    ['“who heads home to …” is going somewhere, no head',
      'Carl Dunn, who heads home to Ohio next week, said the plant would close.', 'the plant would close', 'Carl Dunn'],
    ['“who heads back …” likewise',
      'Carl Dunn, who heads back to the mine on Monday, said the plant would close.', 'the plant would close', 'Carl Dunn'],
    ['“who owns up to …” admits, owns nothing',
      'Carl Dunn, who owns up to the mistakes of the past, said the plant would close.', 'the plant would close', 'Carl Dunn'],
    ['lower-case “justice” before a name is the noun, no judge',
      'After a long fight for justice Mark Hale said the court had failed him.', 'the court had failed him', 'Mark Hale'],
    ['lower-case “rep” before a name is a sales representative, no legislator',
      'The firm’s sales rep Mark Hale said the order was late.', 'the order was late', 'Mark Hale'],
  ])('%s', (_rule, body, content, name) => {
    const s = speakerOf(body, content);
    expect(s.name).toBe(name);
    expect(s.role).toBeNull();
  });
});

describe('a place with a relative clause is no speaker', () => {
  it('“X, a voter from New Hampshire, which holds the first primary, said”: X, not the state as an organisation', () => {
    expect(speakerOf('Ana Ruiz, a voter from New Hampshire, which holds the first primary, said the date should not move.', 'the date should not move'))
      .toMatchObject({ name: 'Ana Ruiz', kind: 'person' });
  });
  it('“officials in New Hampshire, which …, said”: unnamed officials, not the state', () => {
    const s = speakerOf('Officials in New Hampshire, which holds the first primary, said the date would not move.', 'the date would not move');
    expect(s.kind).toBe('anonymous');
    expect(s.name).not.toBe('New Hampshire');
  });
});

describe('an office named by its place is an epithet for the person who spoke', () => {
  it.each([
    ['“says X. … the Ruritanian governor continues”: X, not the place',
      'Republican candidate Carl Denning launched a new television ad on Monday.\n“I will cut your taxes,” says Denning.\n“And I will fix the roads,” the Ruritanian governor continues.',
      'And I will fix the roads', 'Carl Denning'],
  ])('%s', (_rule, body, content, name) => {
    expect(speakerOf(body, content).name).toBe(name);
  });

  it('“the state governor” names no place or party: anyone holding a state office, not the resident quoted before', () => {
    const body = 'Tom Reyes said the dam would flood his land. The state governor said on Friday that the dam would go ahead.';
    const s = speakerOf(body, 'the dam would go ahead');
    expect(s.name).not.toBe('Tom Reyes');
    expect(s.role).toBe('governor');
    // and the resident's own statement gets no office written back onto it
    expect(speakerOf(body, 'the dam would flood his land')).toMatchObject({ name: 'Tom Reyes', role: null });
  });

  it.each([
    ['a person named inside the speaker’s own relative clause does not stand between',
      'Former candidate Carl Denning, who on Tuesday endorsed Ana Ruiz, said he agreed with the ruling. The Vermont senator declined to say more.',
      'declined to say more', 'Carl Denning'],
    ['a person named after a preposition does not stand between',
      'Carl Denning said the treaty was fair. He even spoke warmly of Ana Ruiz at the dinner. “She is a serious person,” the Vermont senator said.',
      'She is a serious person', 'Carl Denning'],
    ['“the former president”: an office named by the holder’s time in it alone is still an epithet',
      'Carl Denning said the treaty was fair. “We will keep our word,” the former president said.',
      'We will keep our word', 'Carl Denning'],
  ])('%s', (_rule, body, content, name) => {
    expect(speakerOf(body, content).name).toBe(name);
  });

  it('another person named between the speaker and “the Texas governor” makes the governor a newcomer', () => {
    const s = speakerOf('Tom Reyes said the dam would flood his land. Later, Mayor Ana Ruiz met the engineers. The Texas governor said on Friday that the dam would go ahead.', 'the dam would go ahead');
    expect(s.name).not.toBe('Tom Reyes');
    expect(s.role).toBe('governor');
  });
});

describe('descriptions that point back to a body', () => {
  it.each([
    ['“the estate” is the body named with that word last (“Marlow Estates”), singular or plural',
      'Marlow Estates, which farms land around the village, denied draining the marsh. In a statement, the estate said the pumps were lawful.',
      'the pumps were lawful', 'Marlow Estates', 'organization'],
    ['“The agency disputed that. A spokesperson said”: the body the sentence before opens with, not a company named later',
      'The Natural Waters Agency fined the farm in June. Tarrow Holdings, which owns the farm, said it had done nothing wrong.\nThe agency disputed that. A spokesperson said its officers had seen the pumps running at night.',
      'its officers had seen', 'Natural Waters Agency', 'organization'],
    ['“The ministry referred questions to X. A spokesperson said”: the body the questions were handed to, not the ministry',
      'The Water Ministry said it was reviewing the report. The ministry referred questions to Harlan Water. A spokesperson said the utility had met every safety standard.',
      'the utility had met every safety standard', 'Harlan Water', 'organization'],
    ['“directed inquiries to X” hands over the same way',
      'The Water Ministry said it was reviewing the report. The ministry directed further inquiries to Harlan Water. A spokesperson said the utility had met every safety standard.',
      'the utility had met every safety standard', 'Harlan Water', 'organization'],
  ])('%s', (_rule, body, content, name, kind) => {
    const s = speakerOf(body, content);
    expect(s.name).toBe(name);
    expect(s.kind).toBe(kind);
  });
});

describe('a coalition, campaign or movement named as such is a group (LABELS)', () => {
  it.each([
    ['“… Coalition said”', 'The Harbour Clean Air Coalition said the new road would double traffic through the estate.', 'the new road would double', 'Harbour Clean Air Coalition'],
    ['“… Campaign said”', 'The Save Dunmore Library Campaign said the council had ignored 4,000 objections.', 'the council had ignored', 'Save Dunmore Library Campaign'],
  ])('%s', (_rule, body, content, name) => {
    expect(speakerOf(body, content)).toMatchObject({ name, kind: 'group' });
  });
});

describe('a time phrase between the subject and the cue is no speaker; the subject before it is', () => {
  it.each([
    ['an appositive, then “this past week”',
      'Orla Benning, the party treasurer, this past week announced a second donations office for Leeds.',
      'a second donations office', 'Orla Benning'],
    ['“had last month charged”',
      'Police had last month charged Denis Varkey after finding that he drove without a licence.',
      'Denis Varkey', 'Police'],
    ['a relative clause, then “on Friday”',
      'Mara Lindqvist, who chairs the harbour committee, on Friday declared the dredging plan dead.',
      'the dredging plan dead', 'Mara Lindqvist'],
    ['a party tag in brackets, then “last week”',
      'Senator Paul Okonjo (D-Ore.) last week said the rail bill had no chance this year.',
      'the rail bill had no chance', 'Paul Okonjo'],
    ['after a quote: “…,” X, a professor, wrote last week',
      '“The ruling will not survive an appeal,” Jo Hale, a law professor at Carden University, wrote last week.',
      'The ruling will not survive', 'Jo Hale'],
    ['a coordinated verb: “X has been critical … but on Tuesday wrote”',
      'The columnist Ruth Ambler has often mocked the mayor but on Tuesday wrote that his tram scheme deserved a fair hearing.',
      'his tram scheme deserved', 'Ruth Ambler'],
  ])('%s', (_rule, body, content, name) => {
    expect(speakerOf(body, content).name).toBe(name);
  });

  it.each([
    ['a dateline before the subject of a coordinated verb',
      'HALDEN, Minn. (AP) — Governor Rosa Velde toured the flooded farms on Thursday and said the state would pay for new levees.',
      'the state would pay for new levees', 'Rosa Velde'],
    ['the state after a city, inside a participle phrase on the subject',
      'Mayor Lionel Akers, speaking to farmers in Halden, Minn., warned that the levees would not hold another spring.',
      'the levees would not hold', 'Lionel Akers'],
    ['a dateline with an agency in brackets and a hyphen',
      'TARVIK, Maine (Reuters) - Governor Anne Roux toured the flooded farms on Thursday and said the state would pay for new dikes.',
      'the state would pay for new dikes', 'Anne Roux'],
    ['a dateline with a date',
      'RENNICK, Nov. 3 — Mayor Tom Hale toured the site and said the bridge would reopen in spring.',
      'the bridge would reopen', 'Tom Hale'],
  ])('a place is no speaker either: %s', (_rule, body, content, name) => {
    expect(speakerOf(body, content).name).toBe(name);
  });

  it.each([
    ['an acronym before an appositive', 'NATO, the Western military alliance, on Monday said it would send more jets to the region.', 'it would send more jets', 'NATO'],
    ['an agency before an appositive', 'AP, the news agency, on Tuesday reported that the talks on the port had failed.', 'the talks on the port had failed', 'Associated Press'],
    ['a union’s initials before an appositive', 'The strike went on.\nGMB, the union for the depot staff, on Friday said its members would walk out again.', 'its members would walk out', 'GMB'],
  ])('capitals opening a paragraph before a comma are no dateline without a dash: %s', (_rule, body, content, name) => {
    expect(speakerOf(body, content).name).toBe(name);
  });

  it.each([
    ['a time phrase after the subject of the first verb too', 'Senator Ruth Ames on Monday toured the bottling plant and on Tuesday said the jobs there were safe.', 'the jobs there were safe', 'Ruth Ames'],
    ['after a comma and “and”', 'The Velmor Water Board on Tuesday voted to close the pool, and on Wednesday said it would reopen in May.', 'it would reopen in May', 'Velmor Water Board'],
    ['with no time phrase after the first subject', 'Senator Ruth Ames toured the bottling plant and on Tuesday said the jobs there were safe.', 'the jobs there were safe', 'Ruth Ames'],
  ])('a time phrase before a coordinated verb is no speaker: %s', (_rule, body, content, name) => {
    expect(speakerOf(body, content).name).toBe(name);
  });

  it('a time phrase with no plain subject before it is still no speaker', () => {
    // (the subject left out after "Then": the one named last speaks, as for a pronoun)
    expect(speakerOf('Mayor Ida Brenn met the tenants. Then on Thursday said the roofs would be fixed by winter.', 'the roofs would be fixed').name).toBe('Ida Brenn');
  });

  it('a time word that is the subject’s own name stays: “Friday Ogun said”', () => {
    expect(speakerOf('Friday Ogun said the market would reopen in March.', 'the market would reopen').name).toBe('Friday Ogun');
  });
});

describe('a document named with what it is of or from is a document (LABELS: leaked files, the report)', () => {
  it.each([
    ['“a transcript of …”', 'A transcript of the planning inquiry shows that the inspector was told about the flooding twice.', 'the inspector was told', 'transcript of the planning inquiry'],
    ['“documents obtained from …”', 'Documents obtained from the port authority show that the council knew of the cracks.', 'the council knew of the cracks', 'documents obtained from the port authority'],
    ['a head with a number before it', 'The 9-count indictment says the broker hid losses from his clients.', 'the broker hid losses', '9-count indictment'],
    ['“log”, like “logs”', 'An engine maintenance log shows the valve was replaced in March.', 'the valve was replaced', 'engine maintenance log'],
    ['“the suit”, short for the lawsuit', 'The families sued the operator in May. The suit says the operator ignored three safety warnings.', 'the operator ignored three', 'suit'],
  ])('%s', (_rule, body, content, name) => {
    expect(speakerOf(body, content)).toMatchObject({ name, kind: 'document' });
  });

  it.each([
    ['“a memo from …” (a role word after the head is no role of the speaker)', 'A memo from the harbour master’s office warned that the dredging budget would run out by June.', 'the dredging budget would run out', 'memo', 'harbour master’s office'],
    ['“figures from …”', 'Figures from the transport directorate show that rail delays doubled in a year.', 'rail delays doubled', 'figures', 'transport directorate'],
  ])('a document “from” a body is named by its own noun phrase, the body its affiliation (the golds’ convention): %s', (_rule, body, content, name, affiliation) => {
    const r = analyzeArticle(`Council row deepens\n${body}\n`);
    const st = r.statements.find((x) => x.content.text.includes(content));
    expect(st?.speaker).toMatchObject({ name, kind: 'document', role: null, affiliation });
  });

  it.each([
    ['“a statement from …”', 'A statement from the Harbour Authority said the visit would go ahead next week.', 'the visit would go ahead', 'Harbour Authority', 'organization'],
    ['“a decision from …”', 'A decision from the Regional Court says the tenants may stay until the spring.', 'the tenants may stay', 'Regional Court', 'organization'],
    ['“a ruling of …”', 'A ruling of the Lorvik District Court says the permit was issued unlawfully.', 'the permit was issued unlawfully', 'Lorvik District Court', 'organization'],
  ])('a body’s statement or decision is the body speaking (LABELS): %s', (_rule, body, content, name, kind) => {
    expect(speakerOf(body, content)).toMatchObject({ name, kind });
  });

  it.each([
    ['the body named before', 'The Halvern Appeals Court heard the case in May. A ruling from the court says the fine must be repaid.', 'the fine must be repaid', 'Halvern Appeals Court', 'organization'],
    ['a body never named', 'A statement from the ministry said the inspections would resume in June.', 'the inspections would resume in June', 'ministry', 'organization'],
    ['“a decision of the tribunal”', 'A decision of the tribunal found the dismissal was unfair.', 'the dismissal was unfair', 'tribunal', 'organization'],
  ])('a body’s ruling or statement from a described body is that body speaking, not an anonymous source: %s', (_rule, body, content, name, kind) => {
    expect(speakerOf(body, content)).toMatchObject({ name, kind });
  });

  it('a document of a body stays a document', () => {
    expect(speakerOf('A report from the ministry says the inspections found no faults.', 'the inspections found no faults')).toMatchObject({ name: 'report', kind: 'document' });
  });

  it('officials from a body stay anonymous officials', () => {
    expect(speakerOf('Officials from the transport directorate said the delays would ease by spring.', 'the delays would ease').kind).toBe('anonymous');
  });
});

describe('a plural description opening a sentence stays a description though its first word is capitalised in a longer name', () => {
  it.each([
    ['“Environmental groups” after “the Environmental Standards Board”',
      'The Environmental Standards Board fined the operator in March. Environmental groups said the fine was far too small.', 'Environmental groups'],
    ['“Patients’ groups” after “the Patients Advocacy Trust”',
      'The fine was set after a complaint by the Patients Advocacy Trust. Patients’ groups said the fine was far too small.', 'Patients’ groups'],
  ])('%s (the text’s case kept: the word is capitalised inside a sentence)', (_rule, body, name) => {
    expect(speakerOf(body, 'the fine was far too small')).toMatchObject({ name, kind: 'group' });
  });

  it.each([
    ['a firm’s name', 'Last year the board of Norvane Systems cut 200 jobs. Norvane employees said the cuts came without warning.', 'the cuts came without warning', 'Norvane employees'],
    ['a party’s name', 'The vote split the Labour Party again. Labour lawmakers said the budget left out the north.', 'the budget left out the north', 'Labour lawmakers'],
  ])('a proper name opening such a description keeps its capital: %s', (_rule, body, content, name) => {
    expect(speakerOf(body, content).name).toBe(name);
  });

  it('a common word capitalised only at the sentence start is still lowered: “Consumer groups”', () => {
    expect(speakerOf('The fine was set in March. Consumer groups said the fine was far too small.', 'the fine was far too small').name).toBe('consumer groups');
  });

  it('not a word the article also writes alone: “Torvane employees” after “agreed with Torvane.”', () => {
    // (staff of the body are anonymous, GUIDE decision 66, under the description with the body's capital)
    expect(speakerOf('The fine was agreed with Torvane. Torvane employees said the fine was far too small.', 'the fine was far too small')).toMatchObject({ name: 'Torvane employees', kind: 'anonymous' });
  });
});

describe('“the governor”: the person the text named with that title, though they had not spoken yet', () => {
  it.each([
    ['an abbreviated title', 'Gov. Marta Quillen skipped the dinner in Bellrock. The governor said she had a budget meeting.'],
    ['a written title', 'Governor Marta Quillen skipped the dinner in Bellrock. The governor said she had a budget meeting.'],
    ['an appositive', 'Marta Quillen, the governor, skipped the dinner in Bellrock. The governor said she had a budget meeting.'],
  ])('%s', (_how, body) => {
    expect(speakerOf(body, 'she had a budget meeting')).toMatchObject({ name: 'Marta Quillen', kind: 'person', role: 'governor' });
  });

  it('a critic “of the mayor” is not the mayor', () => {
    const body = 'Mayor Ivo Brandt opened the bridge on Monday. Council member Rhea Tamsin, a frequent critic of the mayor, stayed away. '
      + 'The mayor said the bridge had come in under budget.';
    expect(speakerOf(body, 'the bridge had come in under budget')).toMatchObject({ name: 'Ivo Brandt', role: 'mayor' });
  });
});

describe('a body whose name holds a lower-case “of”, “for” or “and” is named whole', () => {
  it.each([
    ['after its clause', 'The fine was unlawful, the Court of Appeal said on Friday.', 'The fine was unlawful', 'Court of Appeal', 'organization'],
    ['opening the sentence', 'The Bank of Arden said rates would stay at 4 percent.', 'rates would stay at 4 percent', 'Bank of Arden', 'organization'],
    ['“and” inside', 'The ruling was welcomed by the Department of Health and Social Care, which said it would study it.', 'it would study it', 'Department of Health and Social Care', 'organization'],
    ['a classing noun before it', 'The charity Hoof and Heather asked the court to halt the cull.', 'to halt the cull', 'Hoof and Heather', 'organization'],
  ])('%s', (_how, body, content, name, kind) => {
    expect(speakerOf(body, content)).toMatchObject({ name, kind });
  });

  it('a person “of” a place is still the person', () => {
    expect(speakerOf('Representative Mike Delaney of Ohio said the bill would pass.', 'the bill would pass')).toMatchObject({ name: 'Mike Delaney', kind: 'person' });
  });

  it('“the leader of X” is not “of X” glued to a capital', () => {
    expect(speakerOf('The leader of the Harbour Party said the vote was rigged.', 'the vote was rigged').name).not.toMatch(/^of\b|leader of/u);
  });
});

describe('a surname that is also a word or a place', () => {
  it('“Marsh” after “Helen Marsh” is her', () => {
    const body = 'Treasury Secretary Helen Marsh said the deficit would narrow next year. Marsh added that tariffs were off the table.';
    expect(speakerOf(body, 'tariffs were off the table')).toMatchObject({ name: 'Helen Marsh', kind: 'person' });
  });
});

describe('a country, state or capital speaks for its government: a body, not a person', () => {
  it.each([
    ['Israel said the strike had hit a depot.', 'the strike had hit a depot', 'Israel'],
    ['Brussels warned it would retaliate against the tariffs.', 'it would retaliate against the tariffs', 'Brussels'],
    ['The United States said the talks would resume in May.', 'the talks would resume in May', 'United States'],
  ])('%s', (body, content, name) => {
    expect(speakerOf(body, content)).toMatchObject({ name, kind: 'organization' });
  });
});

describe('possessors and bodies named by their kind', () => {
  it('“the family’s lawyer” is the lawyer the text named for the family, not the body named last', () => {
    const body = 'The Harbour Workers Union called a strike. A lawyer for the family, Mark Stein, said they would sue. The family’s lawyer said the city had ignored warnings.';
    expect(speakerOf(body, 'the city had ignored warnings')).toMatchObject({ name: 'Mark Stein', kind: 'person', role: 'lawyer' });
  });

  it('an unnamed “family’s lawyer” is an unnamed source', () => {
    expect(speakerOf('Pellgate Foods recalled the soup. The family’s lawyer said the city had ignored warnings.', 'the city had ignored warnings')).toMatchObject({ kind: 'anonymous', role: 'lawyer' });
  });

  it('“the governor’s office” speaks as that office', () => {
    const body = 'Gov. Miles Orrin vetoed the bill on Friday. The governor’s office did not respond to questions about a special session.';
    expect(speakerOf(body, 'questions about a special session')).toMatchObject({ name: 'governor’s office', kind: 'organization' });
  });

  it('“Union leaders” are not the last body named, when it is no union', () => {
    const body = 'Dr. Amir Patel, an epidemiologist at Calder University, said cases were rising. Union leaders said the strike would continue.';
    expect(speakerOf(body, 'the strike would continue')).toMatchObject({ name: 'union leaders', kind: 'anonymous', role: 'leader' });
  });
});

describe('US party tags and party epithets', () => {
  it('“The Utah Republican” is the senator who spoke just before, not a place', () => {
    const body = 'Sen. Tom Berry, R-Utah, said the bill was dead. The Utah Republican said he would block it on the floor.';
    expect(speakerOf(body, 'he would block it on the floor')).toMatchObject({ name: 'Tom Berry', kind: 'person' });
  });

  it('a party tag is no body a later “the committee’s chairwoman” could speak for', () => {
    const body = 'Sen. Tom Berry, R-Utah, said the bill was dead. Maria Lopez, who chairs the housing committee, said rents had doubled. '
      + 'The committee’s chairwoman said a vote was likely.';
    expect(speakerOf(body, 'a vote was likely')).toMatchObject({ name: 'Maria Lopez', kind: 'person' });
  });

  it('“the board’s chairwoman” speaks for the board the text named', () => {
    const body = 'The Harbour Board met on Monday to set fees. The board’s chairwoman said the vote was close.';
    expect(speakerOf(body, 'the vote was close')).toMatchObject({ name: 'Harbour Board', kind: 'organization' });
  });
});

describe('“authorities” are unnamed officials, like “officials”', () => {
  it.each([
    ['Authorities said the fire at the depot was contained.', 'the fire at the depot was contained'],
    ['Authorities in Marsk said the strike killed four people.', 'the strike killed four people'],
  ])('%s', (body, content) => {
    expect(speakerOf(body, content).kind).toBe('anonymous');
  });
});

describe('roles and kinds from the words around a name', () => {
  it('a party tag with a dotted state is no sentence end and no speaker', () => {
    expect(speakerOf('Rep. Alicia Ferraro, D-N.Y., called the demands unworkable and urged moderates to sign a petition.', 'moderates to sign a petition'))
      .toMatchObject({ name: 'Alicia Ferraro', kind: 'person' });
  });

  it('“Mrs Justice Harcourt” is a judge, and “the judge” later is her', () => {
    const body = 'Mrs Justice Harcourt said the consultation had been a formality. The judge said the council had erred in law.';
    expect(speakerOf(body, 'the consultation had been a formality')).toMatchObject({ name: 'Harcourt', role: 'judge' });
    expect(speakerOf(body, 'the council had erred in law')).toMatchObject({ name: 'Harcourt', role: 'judge' });
  });

  it('a company whose name holds “sources” is no anonymous source', () => {
    expect(speakerOf('KALVARA (Wire) — Delmont Resources on Monday denied that its mine had fouled the river.', 'its mine had fouled the river'))
      .toMatchObject({ name: 'Delmont Resources', kind: 'organization' });
  });

  it.each([
    ['Alliance coordinator Tomas Brill demanded that the licence be suspended.', 'the licence be suspended', 'Tomas Brill', 'coordinator'],
    ['City Controller Ana Bautista warned that the fund faces a shortfall.', 'the fund faces a shortfall', 'Ana Bautista', 'controller'],
    ['House Speaker Dean Morrow accused the senators of stalling.', 'the senators of stalling', 'Dean Morrow', 'speaker'],
  ])('a title before a name is a role, not part of the name: %s', (body, content, name, role) => {
    expect(speakerOf(body, content)).toMatchObject({ name, kind: 'person', role });
  });
});

describe('a description with its own modifiers names its own body', () => {
  it('“The port authority” after a union is the port authority', () => {
    const body = 'Union leader Maria Santos said on Friday that dockworkers would stay out. The port authority said talks would resume on Monday.';
    expect(speakerOf(body, 'talks would resume on Monday')).toMatchObject({ name: 'port authority', kind: 'organization' });
  });
});

describe('review of this session’s speaker rules: near misses', () => {
  it.each([
    ['another party’s member', 'Rep. Jane Doe, D-Ohio, said the tax bill was unfair. The Ohio Republican said he would campaign on taxes.', 'he would campaign on taxes'],
    ['no party tag at all', 'Senator Ann Cole, a Democrat from California, said the bill was dead. The Texas Republican said he would block it.', 'he would block it'],
  ])('a party epithet is no member of another party or state: %s', (_how, body, content) => {
    expect(speakerOf(body, content).name).not.toMatch(/Doe|Cole/u);
  });

  it('a party epithet is the tagged member though another senator spoke since', () => {
    const body = 'Sen. Mike Lee, R-Utah, said the bill was dead. Sen. Bernie Sanders, I-Vt., said it was alive. The Utah Republican added that he would vote against it.';
    expect(speakerOf(body, 'he would vote against it')).toMatchObject({ name: 'Mike Lee', kind: 'person' });
  });

  it('a given name the oracle reads as a place stays a person', () => {
    expect(speakerOf('Georgia Clarke, 24, won the race on Sunday. Georgia said she had trained for four years.', 'she had trained for four years').kind).toBe('person');
  });

  it('a critic “of the mayor” who speaks is still not the mayor', () => {
    const body = 'Mayor Lena Ruiz said the city would appeal. Tom Baker, a frequent critic of the mayor, said the appeal would fail. The mayor said the city would win.';
    expect(speakerOf(body, 'the appeal would fail').role).not.toBe('mayor');
    expect(speakerOf(body, 'the city would win')).toMatchObject({ name: 'Lena Ruiz', role: 'mayor' });
  });

  it('a keynote speaker is no body speaking', () => {
    expect(speakerOf('The keynote speaker at the Helmark conference said the market would recover.', 'the market would recover').kind).toBe('anonymous');
  });

  it('“the senator’s spokesman” speaks for the senator; “the victim’s mother” is an unnamed source', () => {
    const body = 'Acme Rail cut services in May. Sen. Ruth Vale criticised the cuts. The senator’s spokesman said she would hold hearings. '
      + 'The victim’s mother said the family wanted answers.';
    expect(speakerOf(body, 'she would hold hearings')).toMatchObject({ name: 'Ruth Vale', kind: 'person', role: 'senator' });
    expect(speakerOf(body, 'the family wanted answers')).toMatchObject({ kind: 'anonymous' });
  });

  it('a body’s possessive stays in its name', () => {
    expect(speakerOf('A ruling from the state’s highest court said the map was lawful.', 'the map was lawful')).toMatchObject({ name: 'state’s highest court', kind: 'organization' });
  });

  it('a role word at the end of the sentence before is not the next name’s title', () => {
    const body = '“You need a pencil,” said Priscilla Yablonski, the center’s executive director.\nHouse Speaker Curtis Vandergrift did not respond to requests for comment.';
    expect(speakerOf(body, 'requests for comment')).toMatchObject({ name: 'Curtis Vandergrift', role: 'speaker' });
  });
});

describe('a named possessor of a role is the body speaking', () => {
  it.each([
    ['Talvern Rail cut services. The Pentagon’s top spokesman said the drill was routine.', 'the drill was routine', 'Pentagon'],
    ['Talvern Rail cut services. The European Union’s foreign policy chief said the bloc would respond.', 'the bloc would respond', 'European Union'],
  ])('%s', (body, content, name) => {
    expect(speakerOf(body, content)).toMatchObject({ name, kind: 'organization' });
  });
});

describe('broadcasters named by their medium, and capitals that modify an appositive noun', () => {
  const kindAndName = (body: string, content: string): string => { const s = speakerOf(body, content); return `${s.name} (${s.kind})`; };
  it('“Radio Velmont” is a broadcaster, and “Velmont” alone is the club, not the station', () => {
    const body = 'Velmont FC signed the winger in August. Radio Velmont reported that the fee was close to four million. Velmont insisted it had broken no rule. Television Nord said the league had opened a file.';
    expect(kindAndName(body, 'the fee was close')).toBe('Radio Velmont (media)');
    expect(kindAndName(body, 'it had broken no rule')).toBe('Velmont FC (organization)');
    expect(kindAndName(body, 'the league had opened')).toBe('Television Nord (media)');
  });
  it('a person whose surname a station also carries stays that person', () => {
    const body = 'Anna Velmont, the station’s former director, has sued it. Radio Velmont reported that a hearing was set for March. Velmont insisted that she had been dismissed unfairly.';
    expect(kindAndName(body, 'she had been dismissed')).toBe('Anna Velmont (person)');
  });
  it('“Her opponent, a Columbus businessman,” names no body “Columbus”; a name in apposition still speaks', () => {
    const body = 'Mayor Ann Lutz defended the budget. Her opponent, a Columbus businessman, said the mayor had wasted money. The buyer, Corran Holdings, said it would appeal. A Chicago lawyer, Tom Hale, said the deal was legal.';
    expect(speakerOf(body, 'the mayor had wasted').kind).toBe('anonymous');
    expect(speakerOf(body, 'the mayor had wasted').name).not.toMatch(/Columbus$/u);
    expect(kindAndName(body, 'it would appeal')).toBe('Corran Holdings (organization)');
    expect(kindAndName(body, 'the deal was legal')).toBe('Tom Hale (person)');
  });
});

describe('campaigns and coalitions described as such are groups; party members named by the plural are a group', () => {
  const kindOf = (body: string, content: string): string => { const s = speakerOf(body, content); return `${s.name} (${s.kind})`; };
  it.each([
    ['a coalition in apposition', 'The Quiet Lanes Alliance, a coalition of parish councils and residents’ groups, said the plan served airlines only.', 'the plan served', 'Quiet Lanes Alliance (group)'],
    ['a campaign group in apposition', 'Fabricwatch, a campaign group that monitors clothing brands, said the label was false.', 'the label was false', 'Fabricwatch (group)'],
    ['a possessive plural’s group in apposition', 'Harwick Air Watch, a residents’ group that has opposed the plant for two years, accused the operator of hiding the leaks.', 'hiding the leaks', 'Harwick Air Watch (group)'],
    ['“the campaign group X”', 'The campaign group Kessel Home said the act could be amended in an afternoon.', 'the act could be amended', 'Kessel Home (group)'],
    ['“a group calling itself X”', 'A criminal group calling itself Nightowl claimed that it had copied the files.', 'it had copied the files', 'Nightowl (group)'],
    ['an advocacy group is an organisation (GUIDE: NGOs with a formal body)', 'The Safe Streets Alliance, an advocacy group, said it was pleased with the ruling.', 'it was pleased', 'Safe Streets Alliance (organization)'],
    ['an environmental group likewise', 'Reactor Watch, an environmental group, said the plant was unsafe.', 'the plant was unsafe', 'Reactor Watch (organization)'],
    ['“Democrats” alone are the members, a group', 'Democrats accused the chairman of staging a political show.', 'the chairman of staging', 'Democrats (group)'],
    ['a party’s own name stays an organisation', 'The Social Democrats said they would abstain in the vote.', 'they would abstain', 'Social Democrats (organization)'],
    ['“The Greens”: a party named by its plural with the article is an organisation (GUIDE)', 'The Greens said the fuel tax was unfair.', 'the fuel tax was unfair', 'Greens (organization)'],
    ['“The Conservatives” likewise', 'The Conservatives said the budget was sound.', 'the budget was sound', 'Conservatives (organization)'],
    ['“the Liberals” inside a sentence likewise', 'On Monday the Liberals said the budget was sound.', 'the budget was sound', 'Liberals (organization)'],
    ['“House Republicans” stay the members', 'On Monday the House Republicans said the bill was dead.', 'the bill was dead', 'House Republicans (group)'],
  ])('%s', (_rule, body, content, expected) => {
    expect(kindOf(body, content)).toBe(expected);
  });
  it('a member of a campaign is a person, not the campaign', () => {
    expect(kindOf('Ana Berg, a member of the campaign, said she was angry.', 'she was angry')).toBe('Ana Berg (person)');
  });
  it.each([
    ['“a campaign director at X”', 'Priya Shah, a campaign director at Greenwatch, said the plan would fail.', 'the plan would fail', 'Priya Shah (person)'],
    ['“a campaign manager for X”', 'Mark Hill, a campaign manager for the mayor, said the vote was close.', 'the vote was close', 'Mark Hill (person)'],
    ['“the campaign spokesman”', 'Dana Ruiz, the campaign spokesman, said the ad was fair.', 'the ad was fair', 'Dana Ruiz (person)'],
    ['“a group managing director”', 'Mark Hill, a group managing director at Corran Holdings, said profits rose.', 'profits rose', 'Mark Hill (person)'],
    ['“a movement organizer”', 'Lena Ortiz, a movement organizer in Tucson, said the march would go ahead.', 'the march would go ahead', 'Lena Ortiz (person)'],
  ])('a collective word that only modifies a role noun describes a person: %s', (_rule, body, content, expected) => {
    expect(kindOf(body, content)).toBe(expected);
  });
  it('a collective in apposition that ends its noun phrase before a preposition is still one', () => {
    expect(kindOf('Clearwater Network, a campaign for cleaner rivers, said the permit was unlawful.', 'the permit was unlawful')).toBe('Clearwater Network (group)');
  });
  it('“the company” is no party’s members', () => {
    const body = 'Brightmoor Homes won the contract in May. Republicans said the award showed political pressure. The company said in a statement that it had followed every rule.';
    expect(kindOf(body, 'it had followed every rule')).toBe('Brightmoor Homes (organization)');
  });
});

describe('a lead describes a body of a place that the next sentences name', () => {
  it('“the country’s financial regulator found” is the authority named in the next sentence, not the bank named before', () => {
    const body = 'Halden Bank must keep its rural branches open after the country’s financial regulator found that the closures would leave towns without cash. The Banking Conduct Authority said on Wednesday that it would write to every lender.';
    expect(speakerOf(body, 'the closures would leave').name).toBe('Banking Conduct Authority');
  });
  it('“the financial regulator found” is the board named next', () => {
    const body = 'The lender Coinfold was fined on Wednesday after the financial regulator found it had pushed loans on students. The Financial Conduct Board said the fine was its largest this year.';
    expect(speakerOf(body, 'it had pushed loans').name).toBe('Financial Conduct Board');
  });
  it('a body named inside a relative clause after it is no speaker for the description', () => {
    const body = 'The country’s competition regulator said it would look at the merger. The deal, which the European Commission cleared last year, has drawn criticism.';
    expect(speakerOf(body, 'it would look at the merger').name).toBe('competition regulator');
    const who = 'The country’s financial regulator found that the lender had broken the rules. Halden Bank, whose licence the Banking Conduct Authority renewed in May, declined to comment.';
    expect(speakerOf(who, 'the lender had broken the rules').name).not.toBe('Banking Conduct Authority');
  });
  it('no body named soon after: the description as written', () => {
    const body = 'Halden Bank must keep its branches open after the country’s financial regulator found that the closures were too fast. Customers in three towns had complained for a year. Many had written to their MPs. Halden Bank said it would comply.';
    expect(speakerOf(body, 'the closures were too fast').name).toBe('financial regulator');
  });
  it('“the city’s mayor” is the mayor the text named, else an unnamed source, not a body', () => {
    const body = 'Halden Bank said it would close the branch. The city’s mayor said the bank was wrong.';
    expect(speakerOf(body, 'the bank was wrong')).toEqual({ name: 'city’s mayor', kind: 'anonymous', role: 'mayor' });
    const named = 'Mayor Tom Reyes took office in May. Halden Bank said it would close the branch. The city’s mayor said the bank was wrong.';
    expect(speakerOf(named, 'the bank was wrong')).toEqual({ name: 'Tom Reyes', kind: 'person', role: 'mayor' });
  });
});

describe('a report by an author who is no media outlet: the document speaks', () => {
  it.each([
    ['by engineers', 'According to a preliminary report by Harbeck engineers, a valve in the second stage had failed.', 'a valve in the second stage', { name: 'preliminary report', kind: 'document', role: null }],
    ['by a university', 'An investigation by Marrowfield University found that the images had been altered twice.', 'the images had been altered', { name: 'investigation', kind: 'document', role: null }],
    ['by a newspaper the outlet speaks (LABELS)', 'A joint report by the Rennick Evening Post and Local Wire revealed that the mayor had misled the council.', 'the mayor had misled', { name: 'The Rennick Evening Post', kind: 'media', role: null }],
  ])('%s', (_rule, body, content, expected) => {
    expect(speakerOf(body, content)).toEqual(expected);
  });
});
