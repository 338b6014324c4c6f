// fixnu40a: acts that two new users' own articles showed wrong (nu38, nu39), each fixed as a general rule of English news
// language, with two or more invented sentences of the same construction and a near miss the change must not touch.
// Expectations were set by hand from LABELS.md (Act) and corpus/GUIDE.md; sentences are our own.
import { describe, expect, it } from 'vitest';
import { acts, table } from './act-table.js';

/** The act of the one statement whose speaker is `who`. */
const actOf = (paragraphs: string, who: string): string | undefined => acts(paragraphs).find(([s]) => s === who)?.[1];

describe('"there is no …" denies only a charge against the speaker’s side (judge-stance EXISTENTIAL_NO)', () => {
  it('a general fact about a danger is no denial', () => {
    expect(actOf('\n“There is no safe dose of mercury for a pregnant woman,” said Dr Nora Ellwood, a toxicologist at Brenmoor Hospital.', 'Nora Ellwood')).not.toBe('DENY');
  });
  it('an absence reported with no charge before it is no denial', () => {
    expect(actOf('\nCoastguard officer Ivo Brandt said there were no boats in the bay when the storm hit.', 'Ivo Brandt')).toBe('SAY');
  });
  table([
    ['near miss: the same words answering a charge against the speaker’s side stay DENY',
      '\nResidents accused the Harlow Water Company of hiding a chemical leak. The company said there was no leak at any of its sites.',
      [['residents', 'ACCUSE'], ['Harlow Water Company', 'DENY']]],
  ]);
});

describe('a regret denied or an apology asked of another is no admission (judge-stance admission)', () => {
  it('"had no regrets about …"', () => {
    expect(actOf('\nThe former nurse Aida Kerr said she had no regrets about going to the press.', 'Aida Kerr')).toBe('SAY');
  });
  it('"I am not sorry …"', () => {
    expect(actOf('\n“I am not sorry for telling the truth,” said the whistleblower Piet Lang.', 'Piet Lang')).not.toBe('ADMIT');
  });
  it('"the minister should apologise" asks the apology of another party', () => {
    expect(actOf('\nOpposition leader Rena Voss said the minister should apologise to the families.', 'Rena Voss')).not.toBe('ADMIT');
  });
  it('near miss: the speaker’s own regret and apology stay ADMIT', () => {
    expect(actOf('\nThe hospital’s chief executive, Omar Blake, said the trust regretted the delays and apologised to the families.', 'Omar Blake')).toBe('ADMIT');
  });
});

describe('thanks the speaker received, in an account of being wronged, is not praise (judge-stance praise)', () => {
  it('"The council thanked me … and then shelved it"', () => {
    expect(actOf('\n“The council thanked me for my report and then quietly shelved it,” said the engineer Lea Marsh.', 'Lea Marsh')).not.toBe('PRAISE');
  });
  it('"They thanked us … and then cut our funding"', () => {
    expect(actOf('\n“They thanked us, shook our hands and then cut our funding,” said Ravi Shore, who runs the youth club.', 'Ravi Shore')).not.toBe('PRAISE');
  });
  it('near miss: the speaker’s own thanks stay PRAISE', () => {
    expect(actOf('\n“We thank the volunteers for their courage,” said the mayor, Jon Pike.', 'Jon Pike')).toBe('PRAISE');
  });
});

describe('a non-answer the speaker turns from to an answer is not NO_COMMENT (judge-stance ANSWER_TURN)', () => {
  it('"not in a position to say … What we can say is that …"', () => {
    expect(actOf('\n“We are not in a position to say who fired first,” said Tove Lind, who heads the observer mission. “What we can say is that the count was badly flawed.”', 'Tove Lind')).not.toBe('NO_COMMENT');
  });
  it('"cannot comment … But I can confirm that …"', () => {
    expect(actOf('\n“I cannot comment on the investigation,” said police spokesman Dan Ree. “But I can confirm that two men were arrested.”', 'Dan Ree')).not.toBe('NO_COMMENT');
  });
  it('near miss: a non-answer alone stays NO_COMMENT', () => {
    expect(actOf('\n“We are not in a position to say anything while the inquiry continues,” said the ministry spokeswoman, Ana Roe.', 'Ana Roe')).toBe('NO_COMMENT');
  });
});

describe('a request in the present tense, "urges X to …", is DEMAND (content-act presentRequest)', () => {
  it('"The Secretary-General urges both sides to …"', () => {
    expect(actOf('\n“The Secretary-General urges both sides to return to the talks,” said U.N. spokesman Karl Enns.', 'Karl Enns')).toBe('DEMAND');
  });
  it('"The union implores ministers to …"', () => {
    expect(actOf('\n“The union implores ministers to reopen the talks,” said Bo Lane, the union’s general secretary.', 'Bo Lane')).toBe('DEMAND');
  });
  it('near miss: a past request by another party, told, stays SAY', () => {
    expect(actOf('\nUlla Berg said the council had once urged residents to keep their cars off the bridge.', 'Ulla Berg')).toBe('SAY');
  });
});

describe('the speaker’s side "could have … better" admits (act-words ownFaults)', () => {
  it('"We could have handled the recall better"', () => {
    expect(actOf('\n“We could have handled the recall better,” said the firm’s chief executive, Lars Ohm.', 'Lars Ohm')).toBe('ADMIT');
  });
  it('"I could have done more to warn the tenants"', () => {
    expect(actOf('\n“I could have done more to warn the tenants,” the landlord, Peter Gray, said.', 'Peter Gray')).toBe('ADMIT');
  });
  it('near miss: a thing that "could have been better" is no admission of the speaker’s', () => {
    expect(actOf('\n“The weather could have been better,” said the organiser, Ada Finch.', 'Ada Finch')).not.toBe('ADMIT');
  });
});

describe('a party said to hold a city, a club or the budget hostage is criticised (content-act heldHostage)', () => {
  it('"holding the whole league hostage"', () => {
    expect(actOf('\nThe league’s chairman, Oskar Lund, says the owner is holding the whole league hostage.', 'Oskar Lund')).toBe('CRITICIZE');
  });
  it('"holding the budget to ransom"', () => {
    expect(actOf('\nUnion leader Mae Toft said the minister was holding the budget to ransom.', 'Mae Toft')).toBe('CRITICIZE');
  });
  it('near miss: people held hostage is a crime told, not this criticism', () => {
    expect(actOf('\nPolice said the gunmen were holding three people hostage in the bank.', 'Police')).not.toBe('CRITICIZE');
  });
});

describe('"every option on the table, including …" warns only when a sanction is named (content-act threatTabled)', () => {
  it('a new stadium among the options', () => {
    expect(actOf('\nThe mayor’s office says she wants to keep every option on the table, including a new stadium.', 'mayor’s office')).toBe('SAY');
  });
  it('a longer school day among the options', () => {
    expect(actOf('\nThe minister, Eva Holm, said all options were on the table, such as a longer school day.', 'Eva Holm')).toBe('SAY');
  });
  it('near miss: sanctions among the options still warn', () => {
    expect(actOf('\nThe minister, Eva Holm, said all options were on the table, including sanctions.', 'Eva Holm')).toBe('WARN');
  });
});

describe('"put profit before people/safety" criticises (stance-words criticism)', () => {
  it('a judge’s words', () => {
    expect(actOf('\n“This firm put profit before safety,” said Judge Ada Nkem.', 'Ada Nkem')).toBe('CRITICIZE');
  });
  it('a union’s words', () => {
    expect(actOf('\nThe union’s leader, Colm Rea, said the airline had put profits ahead of people.', 'Colm Rea')).toBe('CRITICIZE');
  });
  it('near miss: "profit before tax" is a figure', () => {
    expect(actOf('\nThe firm’s finance chief, Ines Roth, said its profit before tax rose by 8 percent.', 'Ines Roth')).toBe('SAY');
  });
});

describe('"crossed the line" is wrongdoing; the speaker’s side’s denial of it is DENY (stance-words wrongdoing)', () => {
  it('"Our troops did not cross any line"', () => {
    expect(actOf('\n“Our troops did not cross any line,” said the defence minister, Ola Vik.', 'Ola Vik')).toBe('DENY');
  });
  it('"We never crossed the line"', () => {
    expect(actOf('\n“We never crossed the line,” said the club’s lawyer, Eva Stam.', 'Eva Stam')).toBe('DENY');
  });
  it('near miss: a halfway line crossed in a match is no wrong', () => {
    expect(actOf('\nThe coach, Ray Dunn, said his team had crossed the halfway line too slowly.', 'Ray Dunn')).toBe('SAY');
  });
});

describe('a charge against the speaker’s side described by a negative name is dismissed: DENY (GUIDE decision 100)', () => {
  it('"described the residents’ claims as a cynical smear"', () => {
    expect(actOf('\nResidents accused the Tollway Company of hiding crash data. Its lawyer, Ida Quist, described the residents’ claims as a cynical distraction.', 'Ida Quist')).toBe('DENY');
  });
  it('"described the allegations as the work of a disgruntled few"', () => {
    expect(actOf('\nThe union has accused Dunmore Hospital of bullying nurses. The hospital’s director, Mark Ode, described the allegations as the spiteful grievance of a disgruntled few.', 'Mark Ode')).toBe('DENY');
  });
  it('near miss: a panel with no charge against it describing allegations as serious', () => {
    expect(actOf('\nThe review panel’s chair, Sue Lamb, described the allegations as serious.', 'Sue Lamb')).not.toBe('DENY');
  });
});

describe('another party’s account denied every truth is criticised (content-act discredited)', () => {
  it('"Not a single line of the mayor’s story stands up"', () => {
    expect(actOf('\n“Not a single line of the mayor’s story stands up,” said the councillor Bea Holt.', 'Bea Holt')).toBe('CRITICIZE');
  });
  it('"none of their figures adds up"', () => {
    expect(actOf('\n“None of their figures adds up,” said the auditor Finn Ray.', 'Finn Ray')).toBe('CRITICIZE');
  });
  it('near miss: part of an account that holds up is no verdict against it', () => {
    expect(actOf('\n“Most of his account holds up,” said the auditor Finn Ray.', 'Finn Ray')).not.toBe('CRITICIZE');
  });
});
