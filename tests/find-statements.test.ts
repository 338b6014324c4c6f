// Statement extraction, construction by construction. Expected values were written from the sentences, by hand.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/analyze.js';

const run = (sentence: string) => {
  const text = `Headline\n${sentence}\n`;
  return analyzeArticle(text).statements.map((s) => ({ type: s.type, content: s.content.text, speaker: s.speaker.name }));
};

describe('finds attributed statements', () => {
  it.each([
    ['X said that …', 'The ministry said that the plan would go ahead.', [{ type: 'indirect', content: 'the plan would go ahead', speaker: 'ministry' }]],
    ['inverted direct', '“We acted lawfully,” said Lena Hart, a spokesperson for Norvane.', [{ type: 'direct', content: 'We acted lawfully,', speaker: 'Lena Hart' }]],
    ['told X that', 'Dr. Amal Reyes told Reuters that the trial had been halted.', [{ type: 'indirect', content: 'the trial had been halted', speaker: 'Amal Reyes' }]],
    ['according to X, …', 'According to court filings, the firm paid the fine in March.', [{ type: 'indirect', content: 'the firm paid the fine in March', speaker: 'court filings' }]],
    ['…, according to X', 'The firm paid the fine in March, according to court filings.', [{ type: 'indirect', content: 'The firm paid the fine in March', speaker: 'court filings' }]],
    ['X said: “…”', 'The coach said: “We were simply not good enough tonight.”', [{ type: 'direct', content: 'We were simply not good enough tonight.', speaker: 'coach' }]],
    ['subject with a relative clause', 'Mayor Ada Brun, who backed the plan, said the tram would open in May.', [{ type: 'indirect', content: 'the tram would open in May', speaker: 'Ada Brun' }]],
    ['subject with two appositives', 'The developer, Kestrel Wind, a joint venture of two utilities, said work could begin next spring.', [{ type: 'indirect', content: 'work could begin next spring', speaker: 'Kestrel Wind' }]],
    ['subject with a participial phrase', 'The newspaper, citing court records, reported that the deal had been signed in 2021.', [{ type: 'indirect', content: 'the deal had been signed in 2021', speaker: 'newspaper' }]],
    ['relative clause without commas', '“The bid was the strongest,” a senior official who spoke on condition of anonymity said.', [{ type: 'direct', content: 'The bid was the strongest,', speaker: 'senior official' }]],
    ['records obtained by …', 'Invoices obtained by the newspaper show that the ministry paid twice.', [{ type: 'indirect', content: 'the ministry paid twice', speaker: 'Invoices' }]],
    ['addressee after an inverted cue', '“The rules have not changed,” she told reporters in Kerrow.', [{ type: 'direct', content: 'The rules have not changed,', speaker: 'she' }]],
    ['inverted after a long adverbial', 'Migrants are held for weeks, a rights group said in a report published on Thursday.', [{ type: 'indirect', content: 'Migrants are held for weeks', speaker: 'rights group' }]],
    ['content before according to, relative after', 'Two patients are in a serious condition, according to the hospital, which gave no names.', [{ type: 'indirect', content: 'Two patients are in a serious condition', speaker: 'hospital' }]],
    ['a naming cue', 'Ana Sirbu called the hacking “a scandal for our democracy.”', [{ type: 'mixed', content: 'the hacking “a scandal for our democracy.”', speaker: 'Ana Sirbu' }]],
    ['a quoted question ending its sentence', '“Why did the ministry wait?” she said.', [{ type: 'direct', content: 'Why did the ministry wait?', speaker: 'she' }]],
    ['a quoted question, then a capitalised speaker', '“Why did the ministry wait?” Mayor Ada Brun said.', [{ type: 'direct', content: 'Why did the ministry wait?', speaker: 'Ada Brun' }]],
    ['a quoted exclamation, then a name and an adverbial', '“We will not move!” Karl Osei told the rally.', [{ type: 'direct', content: 'We will not move!', speaker: 'Karl Osei' }]],
    ['an inverted "told" with a pronoun addressee', 'The plant would reopen in May, the minister told her.', [{ type: 'indirect', content: 'The plant would reopen in May', speaker: 'minister' }]],
    ['"continued" closing a quote', '“We will keep fighting,” Carla Ruiz continued.', [{ type: 'direct', content: 'We will keep fighting,', speaker: 'Carla Ruiz' }]],
    ['"continued" opening a quote', 'Ruiz continued: “Nobody listened to us.”', [{ type: 'direct', content: 'Nobody listened to us.', speaker: 'Ruiz' }]],
    ['a surname opening with a capitalised particle', 'De Vries, speaking on a radio show, called the plan a “mess,” and said the council would vote again.', [
      { type: 'mixed', content: 'the plan a “mess,”', speaker: 'De Vries' },
      { type: 'indirect', content: 'the council would vote again', speaker: 'De Vries' },
    ]],
    ['a relative clause closed by a comma inside a quote', 'The Kessel Tenants Union, which has accused the council of “sitting on the repairs,” said some families had waited two winters.', [
      { type: 'mixed', content: 'the council of “sitting on the repairs,”', speaker: 'Kessel Tenants Union' },
      { type: 'indirect', content: 'some families had waited two winters', speaker: 'Kessel Tenants Union' },
    ]],
    ['a participial parenthetical ending in a quote', 'Mr. Dunleavy, citing “the pressures of the job,” said the coach could stay until March.', [{ type: 'indirect', content: 'the coach could stay until March', speaker: 'Dunleavy' }]],
    ['an inverted speaker with a past participle after it', '“There was never an order,” said the station chief known as Ray, speaking for the first time.', [{ type: 'direct', content: 'There was never an order,', speaker: 'station chief' }]],
    ['an inverted speaker with a setting after it', '“We will keep going,” says Lorna Vick in the new advert titled “Onward.”', [{ type: 'direct', content: 'We will keep going,', speaker: 'Lorna Vick' }]],
    ['", but" and a verb of the subject', 'The minister said the plan was sound, but declined to give a date.', [{ type: 'indirect', content: 'the plan was sound', speaker: 'minister' }]],
    ['", but" and a clause of the reporter', 'The minister said the plan was sound, but opposition leaders were unconvinced.', [{ type: 'indirect', content: 'the plan was sound', speaker: 'minister' }]],
    ['", but that" goes on reporting', 'The minister said the plan was sound, but that it needed more money.', [{ type: 'indirect', content: 'the plan was sound, but that it needed more money', speaker: 'minister' }]],
    ['", but" and an adjective goes on reporting', 'The minister said the plan was sound, but expensive.', [{ type: 'indirect', content: 'the plan was sound, but expensive', speaker: 'minister' }]],
    ['a quantifier as the subject', 'Another said the count had been rushed.', [{ type: 'indirect', content: 'the count had been rushed', speaker: 'Another' }]],
    ['a quantifier as the subject after a conjunction', 'The vote was close, and many said the count had been rushed.', [{ type: 'indirect', content: 'the count had been rushed', speaker: 'many' }]],
    ['a relative clause set off by double hyphens', 'The judge -- who has been in a dispute with the mayor for weeks -- said she regretted her words.', [{ type: 'indirect', content: 'she regretted her words', speaker: 'judge' }]],
    ['an appositive set off by spaced hyphens', 'The chair - a former banker - said the fund was solvent.', [{ type: 'indirect', content: 'the fund was solvent', speaker: 'chair' }]],
    ['"added to" and its addressee', '“The turnout was far higher,” Mayor Ada Brun added to reporters.', [{ type: 'direct', content: 'The turnout was far higher,', speaker: 'Ada Brun' }]],
    ['a quoted sentence with no comma before the speaker', '“The race is a contest of turnout” Jones said.', [{ type: 'direct', content: 'The race is a contest of turnout', speaker: 'Jones' }]],
    ['a fronted cue before its speaker and quote', 'Said Dora Platt, who grew up on the same street, “The whole street turned out for her.”', [{ type: 'direct', content: 'The whole street turned out for her.', speaker: 'Dora Platt' }]],
    ['a fronted cue after a conjunction', 'But, said Miller, “We cannot fight that.”', [{ type: 'direct', content: 'We cannot fight that.', speaker: 'Miller' }]],
    ['a name with a party tag', '“Subpoenas are not optional,” Rep. Jason Hale (R-Utah) said.', [{ type: 'direct', content: 'Subpoenas are not optional,', speaker: 'Jason Hale' }]],
    ['doubled apostrophes as quote marks', "''We will appeal,'' Mr. Dorn said.", [{ type: 'direct', content: 'We will appeal,', speaker: 'Dorn' }]],
    ['passive with an agent and a clause', 'It was announced by the commission that the fine would be doubled.', [{ type: 'indirect', content: 'the fine would be doubled', speaker: 'commission' }]],
    ['no-comment with what was not said', 'The official declined to say whether force would be used.', [{ type: 'indirect', content: 'declined to say whether force would be used', speaker: 'official' }]],
    ['a belief verb with a clause (HEDGE)', 'Her aides think the bridge vote can still pass.', [{ type: 'indirect', content: 'the bridge vote can still pass', speaker: 'aides' }]],
    ['"expects" with a finite clause', 'Analysts expect the central bank will raise rates in March.', [{ type: 'indirect', content: 'the central bank will raise rates in March', speaker: 'Analysts' }]],
    ['"thinks that"', 'The company thinks that the market will recover.', [{ type: 'indirect', content: 'the market will recover', speaker: 'company' }]],
    ['an inverted belief verb', 'The plan will fail, she thinks.', [{ type: 'indirect', content: 'The plan will fail', speaker: 'she' }]],
    ['a parenthetical between a belief verb and its clause', 'He believes, for example, that the tax should be cut.', [{ type: 'indirect', content: 'the tax should be cut', speaker: 'He' }]],
    ['a belief inside a speech act is one statement', 'Two officials said they believe the plan will fail.', [{ type: 'indirect', content: 'they believe the plan will fail', speaker: 'officials' }]],
    ['a poll with a prepositional phrase shows', 'The poll by the Carrow Institute showed the mayor leading her rival by six points.', [{ type: 'indirect', content: 'the mayor leading her rival by six points', speaker: 'Carrow Institute' }]],
    ['polls released on a day show', 'New polls released Sunday showed the mayor taking a lead.', [{ type: 'indirect', content: 'the mayor taking a lead', speaker: 'polls' }]],
    ['a poll sample with its participle', 'Some 40 percent of voters polled said they would back the levy.', [{ type: 'indirect', content: 'they would back the levy', speaker: 'percent of voters polled' }]],
    ['"those surveyed"', 'Thirty percent of those surveyed say the council is doing well.', [{ type: 'indirect', content: 'the council is doing well', speaker: 'those surveyed' }]],
    ['a place adverb after the subject', 'The volunteers here said they had knocked on every door.', [{ type: 'indirect', content: 'they had knocked on every door', speaker: 'volunteers' }]],
    ['a cue inside a relative clause with a gapped subject', 'The deal, which the mayor said would create 300 jobs, was approved.', [{ type: 'indirect', content: 'would create 300 jobs', speaker: 'mayor' }]],
    ['"rejected" after a relative clause is not inverted', 'The union, which the mayor said was unreasonable, rejected the offer.', [{ type: 'indirect', content: 'was unreasonable', speaker: 'mayor' }, { type: 'indirect', content: 'the offer', speaker: 'union' }]],
    ['"what X called “…”"', 'The row led to what aide Kevin Dorsey called “the end of an era” in his memoir.', [{ type: 'direct', content: 'the end of an era', speaker: 'Kevin Dorsey' }]],
    ['"which X called “…”"', 'The plan, which critics called “reckless,” passed on Monday.', [{ type: 'direct', content: 'reckless,', speaker: 'critics' }]],
    ['a naming verb with an appositive after its object', 'At a rally, Smith called Jones, his rival, a “fraud.”', [{ type: 'mixed', content: 'Jones, his rival, a “fraud.”', speaker: 'Smith' }]],
    ['"what she called" inside another statement stays in it', 'The mayor praised the council for passing what she called “a grown-up budget.”', [{ type: 'mixed', content: 'the council for passing what she called “a grown-up budget.”', speaker: 'mayor' }]],
    ['"which X described as “…”"', 'The clerk kept the ledger, which he described as “a mess from the first page.”', [{ type: 'direct', content: 'a mess from the first page.', speaker: 'he' }]],
    ['"who X dubbed “…”"', 'The fee, which drivers dubbed “a tax on breathing,” was scrapped.', [{ type: 'direct', content: 'a tax on breathing,', speaker: 'drivers' }]],
    ['"assured" and its addressee', 'The mayor assured voters he would cut taxes.', [{ type: 'indirect', content: 'he would cut taxes', speaker: 'mayor' }]],
    ['"indicated" with a clause', 'An internal memo indicated the ferry would sail on Monday.', [{ type: 'indirect', content: 'the ferry would sail on Monday', speaker: 'memo' }]],
    ['an inverted "read" after a sign', '“Vote them out,” read one sign.', [{ type: 'direct', content: 'Vote them out,', speaker: 'sign' }]],
    ['"the statement read:"', 'The statement read: “We regret the error.”', [{ type: 'direct', content: 'We regret the error.', speaker: 'statement' }]],
    ['"mocked" like "criticized"', 'He mocked the council for “sleeping through the flood.”', [{ type: 'mixed', content: 'the council for “sleeping through the flood.”', speaker: 'He' }]],
    ['"wrote in an op-ed that"', 'The mayor wrote in an op-ed that the city could not afford the stadium.', [{ type: 'indirect', content: 'the city could not afford the stadium', speaker: 'mayor' }]],
    ['a question put to the speaker between commas', 'Hart, asked about the delay, said the contractor was to blame.', [{ type: 'indirect', content: 'the contractor was to blame', speaker: 'Hart' }]],
    ['a naming participle after plain saying is a second act', '“We will appeal,” Hart said, calling the ruling “a travesty.”', [{ type: 'direct', content: 'We will appeal,', speaker: 'Hart' }, { type: 'mixed', content: 'the ruling “a travesty.”', speaker: 'Hart' }]],
    ['a naming participle after a criticism goes on with it', 'The union criticized the decision, calling it “a betrayal.”', [{ type: 'mixed', content: 'the decision, calling it “a betrayal.”', speaker: 'union' }]],
    ['"Yet another said"', 'Yet another said, “The count was rushed from the start.”', [{ type: 'direct', content: 'The count was rushed from the start.', speaker: 'another' }]],
    ['"and others have said" starts a clause of its own', 'Some said they would stay home and others have said they would not speak.', [{ type: 'indirect', content: 'they would stay home', speaker: 'Some' }, { type: 'indirect', content: 'they would not speak', speaker: 'others' }]],
    ['", but" and a time adverbial before a new subject', 'She first defended the levy, but on Friday night she announced she wanted it scrapped.', [{ type: 'indirect', content: 'the levy', speaker: 'She' }, { type: 'indirect', content: 'she wanted it scrapped', speaker: 'she' }]],
    ['"charged that" accuses', 'Prosecutors charged that the mayor took bribes.', [{ type: 'indirect', content: 'the mayor took bribes', speaker: 'Prosecutors' }]],
    ['"charged" people with a crime', 'Prosecutors charged two developers with defrauding investors.', [{ type: 'indirect', content: 'two developers with defrauding investors', speaker: 'Prosecutors' }]],
    ['a belief verb whose clause has a participle in its subject', 'Some believe the money being spent on posters shows the party is nervous.', [{ type: 'indirect', content: 'the money being spent on posters shows the party is nervous', speaker: 'Some' }]],
    ['"responded that"', 'The mayor responded that the plan was legal.', [{ type: 'indirect', content: 'the plan was legal', speaker: 'mayor' }]],
    ['"responded," and a quote', 'Another pupil responded, “That was the old bridge.”', [{ type: 'direct', content: 'That was the old bridge.', speaker: 'pupil' }]],
    ['an inverted "replied X"', '“Mostly the tenants pay on time,” replied Ortiz.', [{ type: 'direct', content: 'Mostly the tenants pay on time,', speaker: 'Ortiz' }]],
    ['"posted on Facebook that"', 'The mayor posted on Facebook that the stadium was a waste.', [{ type: 'indirect', content: 'the stadium was a waste', speaker: 'mayor' }]],
    ['"has maintained that"', 'She has maintained that the invoices were never sent to her office.', [{ type: 'indirect', content: 'the invoices were never sent to her office', speaker: 'She' }]],
    ['a fronted adverbial before "according to"', 'In the long run, according to the treasury, the gap will keep widening.', [{ type: 'indirect', content: 'the gap will keep widening', speaker: 'treasury' }]],
    // ", and" with a finite verb and no subject: more of the reported clause unless the verb takes the cue's tense
    ['", and" + a past verb goes on with the reported subject', 'Officials said the storm killed 12 people, and left thousands of homes without power.', [{ type: 'indirect', content: 'the storm killed 12 people, and left thousands of homes without power', speaker: 'Officials' }]],
    ['", and" + a present verb after a backshifted clause is still reported', 'The union said the firm had broken its promise to staff, and owes every worker an apology.', [{ type: 'indirect', content: 'the firm had broken its promise to staff, and owes every worker an apology', speaker: 'union' }]],
    ['", and" + a passive after a passive is reported', 'Police said the driver was arrested at the scene, and was taken to a cell in Dunmore.', [{ type: 'indirect', content: 'the driver was arrested at the scene, and was taken to a cell in Dunmore', speaker: 'Police' }]],
    ['", and had …" after "said … had" is backshifted and reported', 'The board said it had reviewed the accounts, and had closed two branches in the north.', [{ type: 'indirect', content: 'it had reviewed the accounts, and had closed two branches in the north', speaker: 'board' }]],
    ['", and" + the cue\'s tense after a pronoun for the speaker is the speaker\'s act', 'She said she was tired, and left.', [{ type: 'indirect', content: 'she was tired', speaker: 'She' }]],
    ['", and" + the cue\'s present after a modal clause is the speaker\'s act', 'The minister insists the party must change, and has backed a younger leader.', [{ type: 'indirect', content: 'the party must change', speaker: 'minister' }]],
    ['", and" + the cue\'s present after a past clause is the speaker\'s act', 'The mayor says the storm ruined the harvest, and wants help from the capital.', [{ type: 'indirect', content: 'the storm ruined the harvest', speaker: 'mayor' }]],
    ['", and" + a singular verb after a plural subject is the speaker\'s act', 'The governor says voters are tired of the fight, and wants a new vote in May.', [{ type: 'indirect', content: 'voters are tired of the fight', speaker: 'governor' }]],
    // two dashes right after the cue: a parenthetical before the clause, or the reported clause itself
    ['a clause between dashes after the cue is the content', 'Ruiz said — the plan would cost jobs — but did not give details.', [{ type: 'indirect', content: 'the plan would cost jobs', speaker: 'Ruiz' }]],
    ['a phrase with no verb between dashes is skipped', 'Ruiz said — after a long pause — the plan would cost jobs.', [{ type: 'indirect', content: 'the plan would cost jobs', speaker: 'Ruiz' }]],
    ['a dashed clause before "that" is skipped', 'The coach said — and he was smiling — that the squad was ready.', [{ type: 'indirect', content: 'the squad was ready', speaker: 'coach' }]],
    // a trailing ", as X said …": only a setting may follow the cue
    ['a trailing "as X said" with a time adverbial', 'Fares will rise again in May, as the transport minister said last week.', [{ type: 'indirect', content: 'Fares will rise again in May', speaker: 'minister' }]],
    ['a trailing "as X reported" with an object is a report of the object', 'Shares fell sharply, as the company reported a loss for the quarter.', [{ type: 'indirect', content: 'a loss for the quarter', speaker: 'company' }]],
    // (a clause with its own cue and speaker: the trailing "as" names a second source, not this clause's speaker)
    // (and LABELS.md leaves the trailing attribution out of the first speaker's content)
    ['a trailing "as X said" after a clause that has its own speaker gives no second statement', 'The agency\'s spokesman said the airline was fined lawfully, as regulators said in March.', [{ type: 'indirect', content: 'the airline was fined lawfully', speaker: 'agency' }]],
    ['a noun-tagged "claims" after a possessive subject', 'Her lawyer claims she was never told about the audit.', [{ type: 'indirect', content: 'she was never told about the audit', speaker: 'lawyer' }]],
  ])('%s', (_name, sentence, expected) => {
    const got = run(sentence);
    expect(got.map((g) => ({ type: g.type, content: g.content }))).toEqual(expected.map((e) => ({ type: e.type, content: e.content })));
    expect(got[0]?.speaker.toLowerCase()).toContain(expected[0]!.speaker.toLowerCase());
  });

  it('holds no statement in a headline (the first paragraph when it is the title)', () => {
    const r = analyzeArticle('Watchdog says police software broke the law\n\nThe regulator said the force had broken the law.\n');
    expect(r.statements.map((s) => s.content.text)).toEqual(['the force had broken the law']);
  });

  it('takes the quote after a sentence ending in "said:" in the next paragraph', () => {
    const r = analyzeArticle('Headline\n\nThe minister said:\n\n“We will not negotiate at gunpoint.”\n');
    expect(r.statements.map((s) => [s.type, s.content.text])).toEqual([['direct', 'We will not negotiate at gunpoint.']]);
  });

  it('makes two pieces of an attribution that interrupts its clause', () => {
    const r = analyzeArticle('Headline\nSurvival, the editor says, depends on loyal readers.\n');
    expect(r.statements).toHaveLength(1);
    expect(r.statements[0]!.content.pieces?.map((p) => p.text)).toEqual(['Survival', 'depends on loyal readers']);
  });

  it('makes one statement of a quote split around its cue, with two pieces', () => {
    const r = analyzeArticle('Headline\n“We acted lawfully,” she said. “We will keep doing so.”\n');
    expect(r.statements).toHaveLength(1);
    expect(r.statements[0]!.content.pieces?.map((p) => p.text)).toEqual(['We acted lawfully,', 'We will keep doing so.']);
  });

  it('gives a mixed statement and a second statement for a coordinated cue', () => {
    const r = analyzeArticle('Headline\nThe union, which has accused the council of “gross negligence” and has demanded that the mayor resign, met on Monday.\n');
    const got = r.statements.map((s) => [s.type, s.content.text, s.act]);
    expect(got).toContainEqual(['mixed', 'the council of “gross negligence”', 'ACCUSE']);
    expect(got.map((g) => g[2])).toContain('DEMAND');
  });

  it.each([
    ['a quoted title', 'The report, titled “Blind Spots”, was published on Monday.'],
    ['scare quotes', 'The company promotes its so-called “ethical AI” standards.'],
    ['a campaign name', 'Members of the “Stop the Feeds” campaign gathered outside.'],
    ['narrative', 'The review was launched earlier this year amid internal opposition.'],
    ['a passive cue with no agent', 'The platoon was ordered to sleep in tents.'],
    ['a participle after a noun', 'In a video posted on social media, the crowd cheered.'],
    ['an anonymity formula', 'An engineer who asked not to be named left the meeting early.'],
    ['"ruled out"', 'The union has not ruled out further strikes.'],
    ['a noun "calls on"', 'The office received phone calls on Tuesday.'],
    ['a quoted question, then a new sentence with a cue of its own', 'The crowd chanted “Why not?” He said nothing more.'],
    ['"added to" a cost', 'The delay added to the costs of the project.'],
    ['"added to" a possessive', 'The scandal added to Brun’s troubles.'],
    ['a fronted participle that reports nothing', 'Said otherwise, the plan fails.'],
    ['"called" with no naming complement', 'The mayor called a meeting for Friday.'],
    ['a naming participle ("a firm called “…”")', 'She works for a firm called “Bright Path.”'],
    ['"read" by a reader', 'She read the report twice before the meeting.'],
    ['"indicate" with a noun phrase', 'The results indicate a shift to the left.'],
    ['a participle modifying a plural noun after a number', 'The party counted 212 elected members at the count.'],
    ['"pledged delegates" after a preposition', 'She kept a share of elected members on Tuesday.'],
    ['"requested anonymity"', 'The engineer requested anonymity to describe the repairs.'],
    ['"indicates" before a noun phrase and a subordinate clause', 'The survey indicates a closer contest as the mayor wins back support.'],
    ['"responded by" an action', 'The campaign responded by blocking access to the data.'],
    ['"maintained a lead"', 'He maintained a large lead over the pack.'],
    ['"posted a photo"', 'He posted a photo of himself online.'],
    ['"challenging" a rival in an election', 'She is challenging Rep. Ada Quell in the northern district.'],
    ['"charged" a price', 'The marina charged a $4,000 mooring fee.'],
    ['"believe in"', 'Her advisers believe in the plan.'],
    ['"think about"', 'I think about the flood every day.'],
    ['"expect to" (an intention)', 'The two mills expect to cut their costs by a fifth.'],
    ['"expect him to"', 'Officials expect him to resign.'],
    ['a question with "think"', 'Do you think the law should change?'],
    ['"asked whether" with a belief verb', 'Asked whether she thought the deal was fair, the minister smiled.'],
    ['"showed" with a person as subject', 'The mayor showed reporters the new bridge.'],
    ['"continued to" an action', 'Prices continued to rise in March.'],
    ['"continued" after a clause, with no quote', 'Even after growth cooled, the borrowing continued.'],
    ['a plural "claims" as the object of a verb', 'She dropped her claims the firm owed her money.'],
  ])('finds no statement in %s', (_name, sentence) => {
    expect(run(sentence)).toEqual([]);
  });
});
