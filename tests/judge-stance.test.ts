// Speech act and stance, construction by construction. Sentences are our own; expectations were written from the
// sentences by hand (LABELS.md, corpus/GUIDE.md decisions 7, 16, 18–20).
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/analyze.js';

/** Paragraphs separated by `|`; returns each statement's act and targets. */
const run = (paragraphs: string) => analyzeArticle(`Headline\n${paragraphs.replace(/\|/gu, '\n')}\n`).statements.map((s) => ({
  act: s.act,
  content: s.content.text,
  targets: Object.fromEntries(s.targets.map((t) => [t.name, t.stance])),
}));
const only = (paragraphs: string) => {
  const got = run(paragraphs);
  expect(got).toHaveLength(1);
  return got[0]!;
};

describe('act from the content of a neutral cue', () => {
  it.each([
    ['doubt without a question mark is QUESTION', '“The figures do not tell the whole story,” she said.', 'QUESTION'],
    ['a negated wrongdoing word that is itself the charge', '“The accounts were not honest,” the director said.', 'ACCUSE'],
    ['a negation governing the wrongdoing is a denial', 'The firm did not violate any rule, its lawyer said.', 'DENY'],
    ['a negation of something else leaves the accusation', 'The families said the operator had never been held to account for ignoring warnings.', 'ACCUSE'],
    ['"had lied to" is a charge, not the speaker being lied to', 'Prosecutors said Dario Vell had lied to investigators.', 'ACCUSE'],
    ['an admission with an apology', 'Northfield Rovers lost again on Saturday.|“We got it wrong and we are sorry,” the club said in a statement.', 'ADMIT'],
    ['"according to" still reports a clear denial', 'According to a spokesperson, the company had done nothing wrong.', 'DENY'],
    ['"the failure" of a machine is no criticism', 'Verrow Chemical maintained that the failure was sudden and could not have been foreseen.', 'ASSERT'],
    ['"a failure of leadership" is', '“This was a failure of leadership from start to finish,” the councillor said.', 'CRITICIZE'],
    ['naming something by a judgement of its character is criticism', 'Mayor Ruiz called the harbour plan “divisive and cynical.”', 'CRITICIZE'],
    ['naming something by a neutral description is not', 'Mayor Ruiz called the harbour plan a first step.', 'SAY'],
    ['breaching rules is a charge', 'Sorell argues that the order breaches the trade ministry’s own published guidelines.', 'ACCUSE'],
    ['"the breach" that happened to a company is none', 'Northvale Data said its shares had fallen since the breach was first reported.', 'SAY'],
    ['choosing to look away is a charge, like ignoring', '“The government has seen the evidence. It has chosen to look away,” said Noor Haddad, a campaigner.', 'ACCUSE'],
  ])('%s', (_name, text, act) => {
    expect(only(text).act).toBe(act);
  });

  it.each([
    ['"would not say whether" is a non-answer', 'The mayor would not say whether the council had met the deadline.'],
    ['"could not confirm" is a non-answer', 'A spokesperson could not confirm the newspaper’s account.'],
  ])('%s: NO_COMMENT', (_name, text) => {
    expect(only(text).act).toBe('NO_COMMENT');
  });

  it.each([
    ['"stop" in a purpose clause is no demand', '“We built this app to stop people getting lost,” she said.'],
    ['a mention of a demand is no demand', '“The union’s demand for a raise is on the table,” the minister said.'],
    ['"for fear of retaliation" is no warning', '“This is the first step,” said an engineer who asked not to be named for fear of retaliation.'],
    ['"did not deny" is not a denial', 'The mayor did not deny that the contract had gone to his cousin.'],
    ['"according to" sources a report: its wrongdoing words are no accusation by the source', 'According to the newspaper, the company violated the rules.'],
    ['"according to" with a warning word in what is reported', 'According to the audit, the scheme could lead to losses of 40 million.'],
  ])('%s: SAY', (_name, text) => {
    expect(only(text).act).toBe('SAY');
  });
});

describe('targets and stance', () => {
  it('an official’s denial defends the body named beside them, even one no earlier stage resolved', () => {
    const s = only('Harwell General Hospital closed its ward on Monday.|Dr. Lena Hart, the hospital’s medical director, denied that staff had withheld information.');
    expect(s.act).toBe('DENY');
    expect(s.targets['Harwell General Hospital']).toBe('FAVOR');
  });

  it('"the hospital" names the latest hospital named before it, not the last organisation', () => {
    const s = only('St. Anselm’s University Hospital closed a ward after Klebsiella was found.|Parents said the hospital had ignored their complaints.');
    expect(s.targets).toEqual({ 'St. Anselm’s University Hospital': 'AGAINST' });
  });

  it('a demand is against the one it asks to resign', () => {
    expect(only('The opposition called on the interior minister, Karl Heyn, to resign.').targets['Karl Heyn']).toBe('AGAINST');
  });

  it('a request to review something is no stance against the body asked', () => {
    const s = only('The Greenfield Council asked the Water Authority to review the permit.');
    expect(s.act).toBe('DEMAND');
    expect(s.targets['Water Authority']).toBe('NONE');
  });

  it('what a newspaper reveals about a company counts against it', () => {
    expect(only('The Daily Ledger revealed that Norvane Systems had paid the consultant twice.').targets['Norvane Systems']).toBe('AGAINST');
  });

  it('"welcomed the decision" is in favour of the body that took it', () => {
    const s = only('The Harbour Licensing Board refused the casino’s application on Monday.|The Residents’ Association welcomed the decision.');
    expect(s.act).toBe('PRAISE');
    expect(s.targets['Harbour Licensing Board']).toBe('FAVOR');
  });

  it('an organisation defending its own conduct is in favour of itself', () => {
    expect(only('The Transport Department said it would robustly defend the decision in court.').targets['Transport Department']).toBe('FAVOR');
    expect(only('“We acted lawfully and in full compliance with the rules,” the Harbour Authority said.').targets['Harbour Authority']).toBe('FAVOR');
  });

  it('an admission is against the speaker', () => {
    const s = only('Northfield Rovers lost again on Saturday.|“We got it wrong and we are sorry,” the club said in a statement.');
    expect(s.targets).toEqual({ 'Northfield Rovers': 'AGAINST' });
  });

  it('"her client" is the person the lawyer defends, not the lawyer', () => {
    const [, defence] = run('Prosecutors said Dario Vell had lied to investigators. His lawyer, Ana Ruiz, said her client had done nothing wrong.');
    expect(defence?.act).toBe('DENY');
    expect(defence?.targets['Dario Vell']).toBe('FAVOR');
  });

  it('an evaluation naming no one is not guessed about the party named just before it, nor about the speaker', () => {
    // (session 12 review: the party named before was wrong for most blame that names no one; only the speaker's named
    // opponent is guessed, tests/stance13.test.ts)
    const s = only('The Harbour Port Authority published its accounts on Monday. Senator Ana Ruiz read them overnight.|“There was gross incompetence at every level,” Ruiz said.');
    expect(s.act).toBe('CRITICIZE');
    expect(s.targets).toEqual({});
  });

  it('the outlet a speaker talks to is no party: not as the addressee, not as the party just discussed', () => {
    const told = only('Marit Elling told the Westbury Ledger that the Harwell Water Board had “ignored every warning.”');
    expect(told.act).toBe('ACCUSE');
    expect(told.targets).toEqual({ 'Harwell Water Board': 'AGAINST' });
    const guessed = run('The Harwell Water Board closed the reservoir in May. Residents spoke to the Westbury Ledger.|“There was gross incompetence at every level,” Marit Elling said.');
    expect(guessed.at(-1)?.targets['Westbury Ledger']).toBeUndefined();
  });

  it('a minister’s denial defends the ministry named in their title', () => {
    const s = only('The Interior Ministry opened a review on Monday.|“We did nothing wrong,” said Deputy Interior Minister Sofia Reyes.');
    expect(s.act).toBe('DENY');
    expect(s.targets['Interior Ministry']).toBe('FAVOR');
  });

  it('"the force" is the constabulary named before it, not a commission that has "Police" inside its name', () => {
    const s = only('Eastvale Constabulary suspended two officers. The Police Standards Commission opened an inquiry.|Residents said the force had ignored their complaints for years.');
    expect(s.targets).toEqual({ 'Eastvale Constabulary': 'AGAINST' });
  });

  it('a quote followed by "said of X" is about X; a plainly negative quote leans against X when no rule decides', () => {
    const s = only('“Not one word of his account holds up, and none of it is accurate,” Ruiz said of Governor Tom Hale.');
    expect(s.targets).toEqual({ 'Tom Hale': 'AGAINST' });
  });

  it('rejecting someone’s comments is against whoever made them', () => {
    const s = run('Senator Paula Greaves said the port deal would cost 2,000 jobs.|Mayor Ivan Brook said Greaves’s comments were “wildly inaccurate.”').at(-1)!;
    expect(s.act).toBe('DENY');
    expect(s.targets['Paula Greaves']).toBe('AGAINST');
  });

  it('"she" in a quote is the woman named before, not the man named last', () => {
    const s = run('Ms. Ana Ruiz, the mayor, met Mr. Tom Hale, a developer, on Monday.|“She has not been honest with this town,” said Councillor Paul Dent.').at(-1)!;
    expect(s.targets['Ana Ruiz']).toBe('AGAINST');
    expect(s.targets['Tom Hale']).toBeUndefined();
  });

  it('a denial supposed in a condition denies nothing: "if X is sure it did nothing wrong, …"', () => {
    const s = run('Kelby Foods sacked four warehouse staff last week.|“If Kelby Foods is sure it did nothing wrong, it can put the four back on the rota tomorrow,” said Ann Lowe, the union’s organiser.').at(-1)!;
    expect(s.act).not.toBe('DENY');
    expect(s.targets['Kelby Foods']).not.toBe('FAVOR');
  });

  // GUIDE decision 7: calling everything someone said inaccurate is a criticism; no word list carries it, the trained
  // act model (act-model.ts) decides it. A known gap from session 11 (with function words, "not one", "none of it", no
  // longer features of the act model, it stayed below its threshold) until the model trained in session 23 on the read
  // half of the corpus, on by default, reached it; a retraining that misses it makes this `it` fail again.
  it('"not one word of his account holds up" is CRITICIZE', () => {
    expect(only('“Not one word of his account holds up, and none of it is accurate,” Ruiz said of Governor Tom Hale.').act).toBe('CRITICIZE');
  });

  it('a plainly positive neutral report leans in favour of the one it names', () => {
    const s = only('“Tom Hale was terrific tonight,” Ruiz said.');
    expect(s.targets['Tom Hale']).toBe('FAVOR');
  });

  it('the tone never overrides the news vocabulary: a denial of wrongdoing still favours the one cleared', () => {
    const s = only('The regulator said it had found no evidence that Harwick Water had broken the law.');
    expect(s.act).toBe('DENY');
    expect(s.targets['Harwick Water']).toBe('FAVOR');
  });

  it('a denial that shifts the blame is against the one blamed', () => {
    const s = only('Pallwick Analytics said it had supplied the software in good faith and that responsibility for the data lay with Greyford Police.');
    expect(s.act).toBe('DENY');
    expect(s.targets).toMatchObject({ 'Pallwick Analytics': 'FAVOR', 'Greyford Police': 'AGAINST' });
  });

  it('"the governor" is the person last named with that title', () => {
    const s = only('Gov. Ana Ruiz signed the budget on Monday.|Senator Tom Hale said the governor had broken the law.');
    expect(s.act).toBe('ACCUSE');
    expect(s.targets['Ana Ruiz']).toBe('AGAINST');
  });

  it('a rebutted claim ("dismissed the allegations as …") is against whoever made it, and for the one who rebuts', () => {
    const [claim, rebuttal] = run('“The mill has poisoned the river for a decade,” said Hana Ostrova, a campaigner.|Dunmore Paper dismissed the allegations as “baseless.”');
    // (the campaigner names no one, but the article's one conflict is hers with Dunmore Paper, whose mill it is)
    expect(claim?.targets).toEqual({ 'Dunmore Paper': 'AGAINST' });
    expect(rebuttal?.act).toBe('DENY');
    expect(rebuttal?.targets).toMatchObject({ 'Dunmore Paper': 'FAVOR', 'Hana Ostrova': 'AGAINST' });
  });

  it('an ally a denial cites with "said" is no claimant: it stays on the denier\'s side', () => {
    const got = run('Talbot Foods rejected the claims, saying it had done nothing wrong and that the Food Standards Agency said in May its factory was safe.');
    for (const s of got.filter((x) => x.act === 'DENY')) expect(s.targets['Food Standards Agency']).toBe('FAVOR');
    expect(got.filter((x) => x.act === 'DENY').length).toBeGreaterThan(0);
  });
  it('a denial whose content is about a report, not the report rebutted, names no author', () => {
    const [, denial] = run('“The mill has poisoned the river,” said Hana Ostrova.|Dunmore Paper denied that the report had been delayed.');
    expect(denial?.act).toBe('DENY');
    expect(denial?.targets['Hana Ostrova']).toBeUndefined();
  });

  it.each([
    ['a described employer’s role before the name', 'The Kestrel Water Authority raised prices in May.|The authority’s deputy director, Ines Varga, denied that the rise was unlawful.', 'Kestrel Water Authority', 'FAVOR'],
    ['a named employer’s role before the name', 'Orrin Robotics sold the drones to the army.|Orrin’s chief executive, Tobias Wren, said the company had done nothing wrong.', 'Orrin Robotics', 'FAVOR'],
    ['an institution’s leader', 'Hollins Borough Council lost residents’ files in a cyberattack.|The council leader, Mara Quint, said she was sorry.', 'Hollins Borough Council', 'AGAINST'],
  ])('an official speaks for the employer written before their name: %s', (_name, text, body, stance) => {
    const got = run(text);
    expect(got.at(-1)?.targets[body]).toBe(stance);
  });

  it.each([
    ['"management" is the company discussed', 'Pellow Foods closed nine stores on Friday.|The Retail Staff Union accused management of treating staff like stock.', 'Pellow Foods'],
    ['a possessor’s leadership is the organisation named before', 'Vantor Labs signed a contract with the army.|The engineers accused Vantor’s leadership of breaking its pledge.', 'Vantor Labs'],
  ])('those who run an organisation stand for it: %s', (_name, text, org) => {
    expect(run(text).at(-1)?.targets[org]).toBe('AGAINST');
  });

  it('"its management" in an organisation’s own statement is not another party', () => {
    const got = run('Pellow Foods closed nine stores on Friday.|The Harlow Trust said its management had acted quickly.');
    expect(got.at(-1)?.targets['Pellow Foods']).toBeUndefined();
  });
});


// With no criticism reported before it, defending one's own conduct denies nothing (GUIDE decision 22: "the same words
// with no criticism to answer stay SAY"; the cue keeps its ASSERT); tests/acts-backing.test.ts has the DENY cases.
describe('"defend": one’s own conduct with no criticism to answer (GUIDE decision 22), someone else (PRAISE defends others)', () => {
  it.each([
    ['its own plan', 'The Brightwater Water Authority has defended its plan to raise charges.', 'ASSERT'],
    ['a decision of its own, with no one else named', 'The minister defended the decision, saying it was lawful.', 'ASSERT'],
    ['a named person', 'The club chairman, Ian Reed, defended coach Lena Ortiz after the defeat.', 'PRAISE'],
  ])('%s', (_name, text, act) => {
    expect(run(text)[0]?.act).toBe(act);
  });
});

describe('what is no target, and a target’s full name', () => {
  it('a capitalised common word opening a quote is no party', () => {
    const s = run('Families in Brockley were told to boil their water.|“Families deserve answers, and the Brockley Water Company has failed them,” said Ana Ruiz, a resident.').at(-1)!;
    expect(s.targets).toEqual({ 'Brockley Water Company': 'AGAINST' });
  });

  it('a party tag after a name is no party', () => {
    expect(only('“The agency acted lawfully,” said Rep. Elena Cortez, D-Md., who chairs the panel.').targets['D-Md']).toBeUndefined();
  });

  it('a given name alone is the person of that name', () => {
    const s = run('Marta Velez met the mayor on Monday.|“Marta has done nothing wrong,” her lawyer, Tom Eide, said.').at(-1)!;
    expect(s.act).toBe('DENY');
    expect(s.targets['Marta Velez']).toBe('FAVOR');
    expect(s.targets.Marta).toBeUndefined();
  });
});

describe('a party named by a description no name stands for', () => {
  it.each([
    ['a possessor and a plural role, the cue’s object', 'The parents’ group accused the district’s librarians of “pushing an agenda.”', 'district’s librarians', 'AGAINST'],
    ['a demonstrative before a plural possessive', '“These officers’ accounts were not honest,” the director said.', 'officers', 'AGAINST'],
    ['a modifier and an institution’s head', 'Sorell argues that the trade ministry broke its own published guidelines.', 'trade ministry', 'AGAINST'],
    ['a body’s unit after its named possessor', 'Belka accused the Interior Ministry’s border directorate of operating “outside any legal framework.”', 'border directorate', 'AGAINST'],
    ['the speaker’s own unit defended', 'The embassy said its coastguard “operates in full accordance with international law.”', 'coastguard', 'FAVOR'],
  ])('%s', (_name, text, target, stance) => {
    expect(run(text).at(-1)?.targets[target]).toBe(stance);
  });

  it('a description is only the words of a noun phrase, not the verb or conjunction before it', () => {
    const s = only('“We told lawmakers the truth while these officers sat in a van,” she said.');
    expect(Object.keys(s.targets).filter((n) => /lawmakers|while/u.test(n))).toEqual([]);
    expect(s.targets.officers).toBeDefined();
  });

  it('names before a plural role: "Dorset officials"', () => {
    expect(run('“Dorset officials have no right to rewrite our bylaws,” Amsel said.').at(-1)?.targets['Dorset officials']).toBeDefined();
  });

  it('the attribution between the pieces of a split quote is not what the quote is about', () => {
    const s = only('“Dorset officials keep threatening the town,” Amsel told the Wessex Herald. “They should spend their money on roads.”');
    expect(s.targets['Wessex Herald']).toBeUndefined();
  });

  it('a closing quote mark is no possessive', () => {
    expect(Object.keys(run('The mayor called it a ‘role model’ department.')[0]?.targets ?? {})).toEqual([]);
  });
});

describe('a neutral report that judges a party in general news language (stance only, the act stays)', () => {
  it('a negative judgement of the party named', () => {
    const s = only('“Frankly, the tone Senator Mara Quint took with the nurses was condescending,” said Rep. Oskar Lind.');
    expect(s.act).toBe('SAY');
    expect(s.targets['Mara Quint']).toBe('AGAINST');
  });

  it('each party takes the judgement of its own sentence', () => {
    const s = only('“Tomas Berg is a good man. Mara Quint was petty and divisive,” said Ines Holt.');
    expect(s.targets['Tomas Berg']).toBe('FAVOR');
    expect(s.targets['Mara Quint']).toBe('AGAINST');
  });

  it('a judgement in another sentence belongs to the party named there', () => {
    const s = only('“Tomas Berg stayed calm all evening. Mara Quint was petty and divisive,” said Ines Holt.');
    expect(s.targets['Mara Quint']).toBe('AGAINST');
    expect(s.targets['Tomas Berg']).toBeDefined();
    expect(s.targets['Tomas Berg']).not.toBe('AGAINST');
  });

  it('a negated judgement is none', () => {
    expect(only('“Mark Dunn is not a racist,” said his lawyer, Ann Toll.').targets['Mark Dunn']).not.toBe('AGAINST');
  });
});

describe('holding one’s own position (insist, maintain, argue, claim) is for oneself', () => {
  it.each([
    ['maintained, about its own failure', 'Verrow Chemical Co. was charged on Monday.|Verrow Chemical Co. maintained that the failure was sudden and could not have been foreseen.', 'Verrow Chemical Co.'],
    ['will argue, about a penalty it faces', 'Halcyon Cloud will argue that the fine is disproportionate.', 'Halcyon Cloud'],
  ])('%s', (_name, text, self) => {
    const s = run(text).at(-1)!;
    expect(s.act).toBe('ASSERT');
    expect(s.targets[self]).toBe('FAVOR');
  });

  it('but not when what is maintained is a charge against someone else', () => {
    const s = only('Tarrow maintained that Keld Ostrow had violated the contract.');
    expect(s.targets).toEqual({ 'Keld Ostrow': 'AGAINST' });
  });
});

it('the source after "according to" is the speaker, not a target', () => {
  const s = run('The contract was first reported by the Harbour Chronicle on Monday.|According to the Chronicle, the contract was awarded without a tender.')[0]!;
  expect(s.targets['Harbour Chronicle']).toBeUndefined();
});

it('a possessor before a description is one name, not the word before it', () => {
  const s = only('The Guardian revealed that Israel’s military surveillance agency had stored the calls.');
  expect(Object.keys(s.targets).some((n) => n.startsWith('that'))).toBe(false);
});

it('a denial is against the newspaper that reported the charge, however its short name was typed', () => {
  const s = run('The contract was first reported by the Harbour Chronicle on Monday.|According to the Chronicle, the contract was awarded without a tender.|“There is nothing unusual about a single-source contract. The Chronicle has confused urgency with impropriety,” said Anika Vos, a ministry spokesperson.').at(-1)!;
  expect(s.act).toBe('DENY');
  expect(s.targets['Harbour Chronicle']).toBe('AGAINST');
});

describe('a description the speaker speaks against is not the speaker itself', () => {
  it('"the team" criticised by a supporters’ group is the club', () => {
    const s = run('Northgate Rovers sacked their coach on Sunday.|The Rovers Supporters’ Trust described the team’s recent performances as “unacceptable for a club of this size.”').at(-1)!;
    expect(s.targets).toEqual({ 'Northgate Rovers': 'AGAINST' });
  });

  // (a known failure since the twenty-fifth session: the target is now named as the article names the party in full,
  // "Brightwater Offshore", the canonical name GUIDE section 6 asks for, where this test once expected the short
  // "Brightwater"; session 28 updated the expectation)
  it('"the developer" accused by an association is the developer named before, not part of the association’s name', () => {
    const s = run('Brightwater Offshore will build the wind farm.|Brightwater has promised jobs.|The Port Aldous Fishermen’s Association, which has accused the developer of ignoring fishermen for years, said it would appeal.')
      .find((x) => x.act === 'ACCUSE')!;
    expect(s.targets).toEqual({ 'Brightwater Offshore': 'AGAINST' });
  });

  it('a description modifying a noun ("the city manager’s office") names no party of its own', () => {
    const s = run('The Guardian revealed the plan on Monday.|A memo said the city manager’s office had approved the plan.').at(-1)!;
    expect(s.targets['The Guardian']).toBeUndefined();
  });
});

describe('a quote that goes on from the same speaker’s statement before it', () => {
  const accusation = 'The Harlow Water Board raised prices by 40 percent on Monday.|Councillor Maya Brandt accused the Harlow Water Board of “gouging families who have nowhere else to go.”';

  it('is about what that statement was about, with its stance', () => {
    const s = run(`${accusation}|“They knew exactly what they were doing,” Brandt said. “Nobody believes a word of it any more.”`).at(-1)!;
    expect(s.targets).toEqual({ 'Harlow Water Board': 'AGAINST' });
  });

  it('a quote by someone else naming no one is not', () => {
    const s = run(`${accusation}|“It rained all week,” said Tom Ellery, a resident of the town.`).at(-1)!;
    expect(s.targets['Harlow Water Board']).toBeUndefined();
  });

  it('its own act decides over the stance carried', () => {
    const s = run('The Harlow Water Board repaired the main on Monday.|Councillor Maya Brandt praised the Harlow Water Board for its quick repairs.|“But the price rise is unacceptable,” she said.').at(-1)!;
    expect(s.act).toBe('CRITICIZE');
    expect(s.targets).toEqual({ 'Harlow Water Board': 'AGAINST' });
  });
});

it('the speaker’s full name after a title is the speaker, not the party criticised', () => {
  const s = run('Nurses at 40 hospitals walked out on Monday, Health Minister Dariusz Kern said.|He described the walkout as “irresponsible”.').at(-1)!;
  expect(s.act).toBe('CRITICIZE');
  expect(s.targets['Health Minister Dariusz Kern']).toBeUndefined();
});

describe('the decision a statement names stands for the body the article wrote taking it', () => {
  it('"welcomed the vote" is about the board that voted, not the body named last', () => {
    const s = run('The Harlow Planning Board voted 6-3 on Monday to approve the riverside tower.|Councillor Ann Roe, who voted against the tower, said she was worried about flooding.|The Riverside Residents’ Association has opposed the plan for two years.|Mayor Tessa Lund welcomed the vote, calling it “a win for the whole city.”')
      .find((x) => x.act === 'PRAISE')!;
    expect(s.targets).toEqual({ 'Harlow Planning Board': 'FAVOR' });
  });

  it('"condemned the award" is against the agency that awarded it', () => {
    const s = run('The Foreign Signals Agency has awarded a cloud contract to Brightline Cloud.|Brightline Cloud said it was proud to win.|The Open Data Network condemned the award, describing it as “reckless.”').at(-1)!;
    expect(s.targets).toEqual({ 'Foreign Signals Agency': 'AGAINST' });
  });

  it('"welcomed the suspension" is for the body that suspended it', () => {
    const s = run('The Harlow Licensing Board suspended the nightclub’s licence for three months on Friday.|The Quayside Residents’ Association welcomed the suspension.').at(-1)!;
    expect(s.act).toBe('PRAISE');
    expect(s.targets).toEqual({ 'Harlow Licensing Board': 'FAVOR' });
  });

  it('"criticised the closure" is against the body that closed it', () => {
    const s = run('The Eastbrook Health Trust closed the maternity unit at Calder General in March.|The Calder Parents’ Network criticised the closure, saying mothers now faced a 40-mile drive.').find((x) => x.act === 'CRITICIZE')!;
    expect(s.targets['Eastbrook Health Trust']).toBe('AGAINST');
  });
});

it('a day of the week is no target: the vote criticised is the council’s', () => {
  const s = run('The Harlow City Council approved a budget that closes the libraries on Sundays.|The Harlow Library Trust said it was “deeply disappointed” by the vote and would raise money to open on Sundays.').at(-1)!;
  expect(s.act).toBe('CRITICIZE');
  expect(s.targets).toEqual({ 'Harlow City Council': 'AGAINST' });
});


describe('the court or body that took a ruling, not the one it may be appealed to', () => {
  it('"welcomed the judgment" is for the court that ruled', () => {
    const got = run('Night riders for Zipway are employees, the Harlow Crown Court ruled on Monday.|Zipway said it would seek permission to appeal to the Court of Appeal.|The transport minister, Ada Quist, welcomed the judgment.');
    expect(got.find((s) => s.content === 'the judgment')?.targets).toEqual({ 'Harlow Crown Court': 'FAVOR' });
  });
  it('"welcomed the ruling" is for the regulator whose ruling it was, not the tribunal named for an appeal', () => {
    const got = run('The Water Services Regulation Board said in its ruling that Ostrel Water must cut bills by 8 percent.|Ostrel Water said it would consider an appeal to the Competition Tribunal.|Consumer groups welcomed the ruling.');
    expect(got.find((s) => s.content === 'the ruling')?.targets).toEqual({ 'Water Services Regulation Board': 'FAVOR' });
  });
});

describe('"the company" is the company the article is about', () => {
  const story = 'Brightline Foods will close 12 stores, Brightline Foods said on Monday.|Workers at Brightline Foods learned of the closures from the news.|Its largest shareholder, the investment firm Oakhurst Capital, declined to comment.';

  it('not the company named last', () => {
    const s = run(`${story}|Mayor Lena Ruiz called on the company to reverse the closures.`).at(-1)!;
    expect(s.act).toBe('DEMAND');
    // (the company asked to reverse its own closures is NONE by GUIDE decision 44; the target's name is what this tests)
    expect(s.targets).toEqual({ 'Brightline Foods': 'NONE' });
  });

  it('a dateline in capitals is no company', () => {
    const s = run(`PORT HARLOW — ${story}|PORT HARLOW residents were angry.|PORT HARLOW shops were shut.|PORT HARLOW schools closed early.|Mayor Lena Ruiz called on the company to reverse the closures.`).at(-1)!;
    // (NONE by GUIDE decision 44, as above)
    expect(s.targets).toEqual({ 'Brightline Foods': 'NONE' });
  });
});

it('the place a company is based in is no target', () => {
  const s = run('Prosecutors said a Velden-based distributor had shipped banned chips to a blacklisted buyer.').at(-1)!;
  expect(s.targets['Velden']).toBeUndefined();
});

describe('"the company" is the company the article writes out most, not a public body named more often', () => {
  it('a council named three times does not take "the company"', () => {
    const got = run('Harlow District Council fined Brightline Foods on Monday.|Harlow District Council will review the case in May, and Harlow District Council has hired an auditor.|Brightline Foods has appealed.|Campaigners called on the company to apologise.');
    const demand = got.find((s) => s.act === 'DEMAND');
    expect(demand?.targets).toMatchObject({ 'Brightline Foods': 'AGAINST' });
  });
});

describe('a country and its government under one name', () => {
  // Invented countries: the link between "Brallia" and "Brallian" is read from the article itself.
  const setting = 'Brallia seized two cargo ships off the coast of Tesmir on Monday. The Brallian government has not explained the seizure.';
  it('"Brallia’s government" is the Brallian government', () => {
    const got = run(`${setting}|A Tesmiri minister accused Brallia’s government of piracy.`);
    const st = got.find((s) => /piracy/u.test(s.content))!;
    expect(st.targets['Brallian government']).toBe('AGAINST');
    expect(st.targets['Brallia’s government']).toBeUndefined();
  });
  it('the country by its name alone is its government when the article writes of that government', () => {
    const got = run(`${setting}|The harbour master said Brallia had broken the law.`);
    const st = got.find((s) => /broken the law/u.test(s.content))!;
    expect(st.targets).toEqual({ 'Brallian government': 'AGAINST' });
  });
  it('"Brallian officials" join it; the adjective alone does not', () => {
    const got = run(`${setting}|Port workers said Brallian officials had lied about the cargo.|The captain said Brallian waters were calm that night.`);
    expect(got.find((s) => /lied/u.test(s.content))!.targets['Brallian government']).toBe('AGAINST');
    expect(Object.keys(got.find((s) => /waters/u.test(s.content))!.targets)).not.toContain('Brallian government');
  });
  it('a country whose government the article never names stays as written', () => {
    const got = run('Brallia seized two Tesmiri cargo ships on Monday.|The harbour master said Brallia had broken the law.');
    const st = got.find((s) => /broken the law/u.test(s.content))!;
    expect(st.targets).toEqual({ Brallia: 'AGAINST' });
  });
});

describe('a body named by a description of its kind', () => {
  it('"the league" beside another party is the league named before', () => {
    const st = only('The Western Counties Hockey League fined Brackley Town on Friday after a complaint from Marlow Athletic.|Owen Tarrant, a Brackley Town director, said Marlow Athletic and the league had misled supporters.');
    expect(st.targets).toEqual({ 'Marlow Athletic': 'AGAINST', 'Western Counties Hockey League': 'AGAINST' });
  });
  it('a modifier must be in the name: "the water service" is the Lowland Water Service, "the fire service" is not', () => {
    const setting = 'The Lowland Water Service cut supplies to 400 homes in Eastmere.';
    expect(only(`${setting}|Residents said the Eastmere Housing Trust and the water service had ignored their complaints for a month.`).targets)
      .toEqual({ 'Eastmere Housing Trust': 'AGAINST', 'Lowland Water Service': 'AGAINST' });
    expect(only(`${setting}|Residents said the Eastmere Housing Trust and the fire service had ignored their complaints for a month.`).targets)
      .toEqual({ 'Eastmere Housing Trust': 'AGAINST' });
  });
});

describe('speaking against someone the statement does not name: the party the speaker is in conflict with', () => {
  const setting = 'Greyline Homes raised rents at Birch Court by 12 percent in March.|The tenants’ union accused Greyline Homes of ignoring damp in dozens of flats. A housing charity said Greyline Homes had misled tenants about the cost of repairs.|Councillor Tom Bray said the council would inspect the block next week.';
  it('"they" in a tenant’s charge is the party the article’s statements speak against, not the councillor named last', () => {
    const got = run(`${setting}|“They ignored every complaint we made,” said Mira Kell, who has lived in the block since 2009.`);
    // (session 12's review stopped guessing an opponent for a speaker with none named, and the councillor named last
    // stays out; but GUIDE decisions 34 and 78 give a complaint that names no party the party the article makes plain
    // it is about: Greyline Homes, charged twice in the paragraph before, as brief stance23's impliedParties reads it)
    expect(got.find((s) => /ignored every complaint/u.test(s.content))?.targets).toEqual({ 'Greyline Homes': 'AGAINST' });
  });
  it('one that answers a charge speaks against whoever made it', () => {
    const got = run('The Kessel Water Board accused Tamsin Dairy of polluting the Arden river.|“This is a cynical and reckless attack on a family business,” said Ana Roth, the chief executive of Tamsin Dairy.');
    expect(got.find((s) => /cynical/u.test(s.content))?.targets).toMatchObject({ 'Kessel Water Board': 'AGAINST' });
  });
  it('a party the speaker has spoken against before comes first', () => {
    const got = run('Ferro Steel accused the Lindner Group of dumping cheap steel.|The Lindner Group said Ferro Steel had misled investors about its debts.|Ferro Steel said the Lindner Group had broken its promise to the workers.|“It is a disgrace,” said Ferro Steel’s chairman, Piet Vos.');
    expect(got.find((s) => /disgrace/u.test(s.content))?.targets).toMatchObject({ 'Lindner Group': 'AGAINST' });
  });
});

describe('a denial is for the party it clears and against the one whose claim it answers', () => {
  it('"disagrees with X’s findings": X is against, the speaker for itself', () => {
    expect(only('Corran Air said it disagreed with the Skyway Authority’s findings and would appeal.').targets)
      .toEqual({ 'Corran Air': 'FAVOR', 'Skyway Authority': 'AGAINST' });
  });
  it('"X knows it" after a denial may cite an ally as well as the accuser: no stance against X from it', () => {
    expect(['FAVOR', 'NONE']).toContain(only('“We have done nothing wrong, and the Food Standards Agency knows it,” said Talbot Foods’ chief executive, Ann Ode.').targets['Food Standards Agency']);
  });
  it('words of denial beside a charge that stands do not clear the party charged', () => {
    expect(only('The review panel said Ilse Varga had failed to keep her lab notebooks and had given it untrue accounts of the experiments.').targets)
      .toEqual({ 'Ilse Varga': 'AGAINST' });
  });
  it('"no evidence of X violating …" covers the charge after it: X is cleared', () => {
    expect(only('Fenwick Bank said it had found no evidence of the Harlow Trust violating its lending rules.').targets)
      .toEqual({ 'Fenwick Bank': 'FAVOR', 'Harlow Trust': 'FAVOR' });
  });
  it('a party named in another sentence of the quote is not cleared by it', () => {
    expect(only('“We have done nothing wrong,” said Ada Brenn, a director of Kelso Mills. “Our lawyers met the Harbour Authority on Monday.”').targets)
      // (the director defends the body, "we": the body is the target, not the person: see 'a person who speaks for a body')
      .toEqual({ 'Kelso Mills': 'FAVOR', 'Harbour Authority': 'NONE' });
  });
  it('but a party the quote names only by "he" is what it is about', () => {
    expect(only('Piet Vos was charged with fraud in May.|“My client was misled by people he trusted,” said Lena Ward, his lawyer. “He is not a criminal.”').targets)
      .toMatchObject({ 'Piet Vos': 'FAVOR' });
  });
});

describe('the body an official speaks for', () => {
  it('"the club’s chairman" is the club its paragraph speaks of, not the club named last', () => {
    const got = run('The Southern League fined Kelso FC on Friday over the transfer of the defender Tom Hale from Arden Athletic.|Kelso insisted it had broken no rules. “We have nothing to hide,” the club’s chairman, Ian Marr, told reporters.');
    // (the chairman defends the club, "we": the club is the target, not the chairman himself)
    expect(got.find((s) => /nothing to hide/u.test(s.content))?.targets).toEqual({ 'Kelso FC': 'FAVOR' });
  });
});

describe('criticism of the speaker\'s own side names no opponent', () => {
  const story = 'The Transport Workers Union accused Harlow Bus Company of putting passengers at risk.|';
  it('"we got this badly wrong" from the accused company is not against its accuser', () => {
    const got = run(`${story}“We got this badly wrong and we let our passengers down,” said Harlow Bus Company’s chief executive, Ann Ode.`);
    expect(got).toHaveLength(2);
    expect(got[1]!.targets['Transport Workers Union']).toBeUndefined();
  });
  it('"I think their treatment of us is a disgrace": another party\'s pronoun on the way, so no self-blame', () => {
    const got = run('Harlow Bus Company cut drivers’ pay on Monday.|“I think their treatment of us is a disgrace,” said Ann Price, a driver.');
    expect(got.at(-1)!.targets['Ann Price']).toBeUndefined();
  });
  it('criticism of "they" from the accuser still goes to the party it is in conflict with', () => {
    const got = run(`${story}“This is a disgraceful way to treat drivers,” said the union’s leader, Ann Ode.`);
    expect(got[1]!.targets).toEqual({ 'Harlow Bus Company': 'AGAINST' });
  });
});

describe('a demand is against the party it wants looked into or made to pay, not the one asked to act', () => {
  it('"called on the board to open an inquiry into whether X had …": X against, the board none', () => {
    expect(only('The Tenants’ Alliance called on the Housing Standards Board to open an inquiry into whether Greyline Homes had ignored repair requests.').targets)
      .toEqual({ 'Housing Standards Board': 'NONE', 'Greyline Homes': 'AGAINST' });
  });
  it('"must pay" is punitive (GUIDE: cut ties, resign, pay)', () => {
    expect(only('The Rail Passengers Council said Corran Rail must pay interest on every refund it still owes.').targets).toEqual({ 'Corran Rail': 'AGAINST' });
  });
  it('"look into how it could help X" asks a favour for X: no inquiry against X', () => {
    expect(only('The Harbour Traders Association urged Kelby Council to look into how it could help Talbot Foods expand its factory.').targets)
      .toEqual({ 'Kelby Council': 'NONE', 'Talbot Foods': 'NONE' });
  });
  it('"pay for" asks a favour: the one asked to pay is not against', () => {
    expect(only('The mayor urged the Treasury to pay for new flood defences.').targets).toEqual({ Treasury: 'NONE' });
  });
  it('"pay compensation" is punitive', () => {
    expect(only('The Rail Passengers Council urged Corran Rail to pay compensation to every stranded passenger.').targets).toEqual({ 'Corran Rail': 'AGAINST' });
  });
  it('"look into whether X had …" is an inquiry into X', () => {
    expect(only('The Harbour Traders Association urged Kelby Council to look into whether Talbot Foods had broken the law.').targets)
      .toEqual({ 'Kelby Council': 'NONE', 'Talbot Foods': 'AGAINST' });
  });
  it('asking a regulator to order a company to compensate is against the company, not the regulator', () => {
    expect(only('The Rail Passengers Council urged the Transport Standards Board to order Corran Rail to compensate every stranded passenger.').targets)
      .toEqual({ 'Transport Standards Board': 'NONE', 'Corran Rail': 'AGAINST' });
  });
  it('asking a minister to freeze payments to a contractor is against the contractor, not the minister', () => {
    const t = only('The Public Accounts Committee urged Finance Minister Ola Brandt to freeze all payments to Gresham Construction.').targets;
    expect(t).toEqual({ 'Ola Brandt': 'NONE', 'Gresham Construction': 'AGAINST' });
  });
  it('asking a ministry to fine a company (verb “fine”) and to freeze bonuses of its directors is against the company only', () => {
    expect(only('Rail Watch called on the Transport Ministry to fine Corran Rail and to freeze bonuses for its directors.').targets)
      .toEqual({ 'Transport Ministry': 'NONE', 'Corran Rail': 'AGAINST' });
  });

  it('a request to do something that punishes no one stays none', () => {
    expect(only('The Rail Passengers Council urged Corran Rail to restore the early trains.').targets).toEqual({ 'Corran Rail': 'NONE' });
  });
});

describe('the general sentiment lexicon breaks ties only where it can be trusted', () => {
  it('a negated charge reads as positive to the lexicon but praises no one: no FAVOR from tone', () => {
    const s = run('The Wetlands Agency raided Dunmore Farm on Monday.|“Inspectors found a happy, tidy family farm, not a crime scene,” said Tom Reed, a neighbour.').at(-1)!;
    expect(s.act).toBe('SAY');
    expect(Object.values(s.targets)).not.toContain('FAVOR');
  });
  it('after a contrasting "But" the tone is read from what follows it', () => {
    const s = only('“Harlow Water has a lovely history, happy staff and beautiful old pumping stations. But this winter its customers have been miserable, cold and sad,” said Ana Ruiz, a resident.');
    expect(s.act).toBe('SAY');
    expect(s.targets['Harlow Water']).toBe('AGAINST');
  });
  it('a reported clause it reads as positive stays neutral toward the party named', () => {
    expect(only('Two people briefed on the audit said inspectors were also looking at a generous bonus that Marden Freight paid to a director.').targets)
      .toEqual({ 'Marden Freight': 'NONE' });
  });
});

describe('act vocabulary read in its construction (issue 6)', () => {
  it.each([
    // 1. "there is no …" denies a charge or a claim, not a lack of resources, options or reasons.
    ['"there is no" before a lack of money is no denial', '“There is no money left to mend the roof,” the caretaker said.', 'SAY'],
    ['"there was no" before an option is no denial', '“There was no other choice but to close the ward,” the manager said.', 'SAY'],
    ['"there is no evidence" still denies', '“There is no evidence that our staff broke any rule,” the spokesman said.', 'DENY'],
    ['"there was no" before the charge itself still denies', '“There was no cover-up at the depot,” the director said.', 'DENY'],
    ['"there is no doubt" asserts, it denies nothing', '“There is no doubt the bridge will open in spring,” the engineer said.', 'SAY'],
    // 2. "challenge" is doubt as the predicate of doubt about a claim, not a legal challenge announced (GUIDE 4: SAY,
    //    or WARN on a condition).
    ['a legal challenge announced is no question', 'The residents’ association said it would challenge the planning decision in court.', 'SAY'],
    ['so is a challenge of a report', 'The landlord’s lawyer said his client would challenge the inspectors’ report.', 'SAY'],
    ['challenging the accuracy of figures is doubt', '“Anyone who has waited a year will challenge the accuracy of these figures,” the opposition spokesman said.', 'QUESTION'],
    ['doubt in words is still doubt', '“I doubt the new timetable will survive the winter,” the driver said.', 'QUESTION'],
    // 4. Only the statement's own words count: not the reporter's between the pieces of a split quote.
    ['a charge in the reporter\'s words between the pieces is not the speaker\'s', '“I will not name the driver,” he said, for fear of retaliation, “but the roads here are bad.”', 'SAY'],
    ['a charge in a piece is still read', '“The landlord lied to us,” she said, standing outside the block, “and everyone on this street knows it.”', 'ACCUSE'],
    // 3. A question mark in one sentence of several does not decide the act when another sentence carries a stronger one.
    ['a question before a request: the request decides', '“Why won’t the agency just give us the back pay? We want them to pay every penny by Friday,” a driver said.', 'DEMAND'],
    ['a question before a warning: the warning decides', '“Who is checking these cranes? Sooner or later one of them will collapse,” the site foreman said.', 'WARN'],
    ['a question alone is still a question', '“Why won’t the agency just answer our letters?” a driver said.', 'QUESTION'],
    ['a question among plain sentences is still a question', '“The forms were sent in March. Who lost them?” the tenant said.', 'QUESTION'],
  ])('%s', (_name, text, act) => {
    expect(only(text).act).toBe(act);
  });

  // 5. "concluded": a finding when an inquiry or a document concludes, a person's closing words otherwise.
  it.each([
    ['an inquiry concluding reports a finding', 'The inquiry concluded that the council had followed its own rules.', 'REVEAL', 'ENDORSING'],
    ['an audit panel concluding reports a finding', 'The audit panel concluded that the trust had overspent by £4m.', 'REVEAL', 'ENDORSING'],
    ['a person ending what she said', '“We will rebuild the hall, brick by brick,” she concluded.', 'SAY', 'NEUTRAL'],
  ])('%s', (_name, text, act, framing) => {
    const st = analyzeArticle(`Headline\n${text}\n`).statements;
    expect(st).toHaveLength(1);
    expect([st[0]!.act, st[0]!.framing]).toEqual([act, framing]);
  });
});

describe('the party a criticism says was wronged is its victim, defended, not accused', () => {
  const second = (body: string) => run(body)[1]!;
  it.each([
    ['“he had been treated unfairly” (a passive of harm, pronoun subject)',
      'Mr. Osei said he would appeal the ruling. Sarah Quinn, his lawyer, said he had been treated unfairly by the tribunal.'],
    ['“had misled him” (the pronoun is the object of a verb of harm)',
      'Mr. Osei said he would appeal the ruling. Sarah Quinn, his lawyer, said the tribunal had misled him and ignored the evidence.'],
    ['“Osei was wrongly accused” (an adverb of wrong on any passive, name subject)',
      'Mr. Osei said he would appeal the ruling. Sarah Quinn, his lawyer, said Osei was wrongly accused of fraud.'],
  ])('%s', (_rule, body) => {
    expect(second(body).targets).toEqual({ Osei: 'FAVOR' });
  });
  it('the one who did the harm is still accused (“he had cheated investors”)', () => {
    expect(second('Mr. Osei said he would appeal the ruling. Sarah Quinn, a former partner, said he had cheated investors out of millions.').targets)
      .toEqual({ Osei: 'AGAINST' });
  });
});

describe('an event-like decision noun stands for a party only when a party took it', () => {
  it('“The wind changed direction … the change” is no council’s decision, even after a council vote', () => {
    const got = run('Harwick Town Council voted on Tuesday to close the depot. The wind changed direction overnight. Firefighters said the change had made the blaze far more dangerous.');
    expect(got.at(-1)!.targets).toEqual({});
  });
  it('“welcomed the change” after the wind changed: no target either', () => {
    const got = run('Harwick Town Council voted on Tuesday to close the depot. The wind changed direction overnight. Firefighters welcomed the change, which had made the blaze easier to fight.');
    expect(got.at(-1)!.targets).toEqual({});
  });
  it('“the change” the council made is the council’s', () => {
    const got = run('Harwick Town Council changed the bin collection day on Tuesday. Residents criticised the change, which will leave rubbish on their street.');
    expect(got.at(-1)!.targets).toEqual({ 'Harwick Town Council': 'AGAINST' });
  });
});
