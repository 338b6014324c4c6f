// Acts and stances from a new user's trial (nu33: a pension fraud verdict, a research misconduct inquiry, a football
// transfer row, a closed heat-pump grant). Sentences written for these tests (one per rule may echo the user's own
// construction in other words); each rule has at least two sentences of its construction and one near miss that must
// keep what it had (LABELS.md "Act" and "Stance", GUIDE sections 4 and 6).
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/analyze.js';

type Statement = ReturnType<typeof analyzeArticle>['statements'][number];

const analyze = (paragraphs: string): Statement[] => analyzeArticle(`Headline\n${paragraphs}\n`).statements;
/** The statement whose content begins with `start`. */
const find = (paragraphs: string, start: string): Statement => {
  const s = analyze(paragraphs).find((x) => x.content.text.startsWith(start));
  if (!s) throw new Error(`no statement starting "${start}"`);
  return s;
};
const polar = (s: Statement): Array<[string, string]> => (s.targets ?? []).filter((t) => t.stance !== 'NONE').map((t) => [t.name, t.stance]);
const stanceOf = (s: Statement, name: string): string | undefined => (s.targets ?? []).find((t) => t.name === name)?.stance;

describe('a refusal to answer a question about a party takes no side on it (GUIDE decision 9; NO_COMMENT)', () => {
  it('"would not say whether Dan Hale had been suspended": Hale not AGAINST', () => {
    const s = find('The club was fined in May.\nA spokesman for the league, Tim Orr, would not say whether Dan Hale had been suspended.', 'would not say');
    expect(s.act).toBe('NO_COMMENT');
    expect(polar(s)).toEqual([]);
  });
  it('"declined to comment on whether Brell Homes would be fined for the breach": no AGAINST', () => {
    const s = find('The flats flooded in May.\nThe council declined to comment on whether Brell Homes would be fined for the breach.', 'declined to comment');
    expect(s.act).toBe('NO_COMMENT');
    expect(polar(s)).toEqual([]);
  });
  it('near miss: the same words said, not refused, stay against the party', () => {
    const s = find('The club was fined in May.\nA spokesman, Tim Orr, said Dan Hale had been suspended for fraud.', 'Dan Hale');
    expect(stanceOf(s, 'Dan Hale')).toBe('AGAINST');
  });
});

describe('a wrongdoing word naming what is alleged or investigated is no charge of the speaker\'s (GUIDE decisions 37, 49)', () => {
  it('"takes all allegations of clinical negligence extremely seriously" is not ACCUSE', () => {
    const s = find('The ward closed in May.\nThe hospital said it took all allegations of clinical negligence extremely seriously.', 'it took');
    expect(s.act).toBe('SAY');
    expect(polar(s).filter(([, st]) => st === 'AGAINST')).toEqual([]);
  });
  it('"has opened a formal misconduct investigation into one of its lecturers" is an announced step, SAY', () => {
    const s = find('The lab closed in May.\nHarlow College has opened a formal misconduct investigation into one of its senior lecturers, the college said.', 'Harlow College has opened');
    expect(s.act).toBe('SAY');
  });
  it('"had opened an inquiry into possible fraud at the bank" is SAY', () => {
    const s = find('The bank closed in May.\nThe regulator said it had opened an inquiry into possible fraud at the bank.', 'it had opened');
    expect(s.act).toBe('SAY');
  });
  it('near miss: complaints of a wrong that a party ignored still charge it (GUIDE decision 79)', () => {
    const s = find('The depot closed in May.\nThe council said managers had ignored complaints of harassment by staff for years.', 'managers had');
    expect(s.act).toBe('ACCUSE');
  });
  it('near miss: fraud charged to a party is still ACCUSE', () => {
    const s = find('The Brell Homes site closed in May.\nThe council said Brell Homes had committed fraud on a massive scale.', 'Brell Homes had');
    expect(s.act).toBe('ACCUSE');
    expect(stanceOf(s, 'Brell Homes')).toBe('AGAINST');
  });
});

describe('a doubt the speaker says nothing gave them is no question', () => {
  it('"had never seen anything … that gave him a moment\'s doubt about her integrity"', () => {
    const s = find('The lab closed in May.\nAlan Brisk, a colleague, said he had never seen anything in that lab that gave him a moment\'s doubt about her integrity.', 'he had never');
    expect(s.act).not.toBe('QUESTION');
  });
  it('"nothing in the accounts had ever given her any doubt about the treasurer\'s honesty"', () => {
    const s = find('The fund closed in May.\nA former student, Ana Petrov, said nothing in the accounts had ever given her any doubt about the treasurer\'s honesty.', 'nothing in');
    expect(s.act).not.toBe('QUESTION');
  });
  it('near miss: a doubt the accounts gave is still QUESTION', () => {
    const s = find('The fund closed in May.\nA trustee, Joe Lund, said the accounts gave him serious doubt about the treasurer\'s honesty.', 'the accounts');
    expect(s.act).toBe('QUESTION');
  });
});

describe('a person\'s hardship told with a word of proper conduct is a lament, not self-defence (GUIDE decisions 22, 34)', () => {
  it('"I still can\'t afford to feed the dog properly"', () => {
    const s = find('The fund collapsed in 2020.\n"I lost my savings," said Jean Moss, a retired nurse. "I still can\'t afford to feed the dog properly."', 'I lost');
    expect(polar(s)).toEqual([]);
  });
  it('"We can no longer run the bakery properly"', () => {
    const s = find('The river burst its banks in March.\n"We can no longer run the bakery properly," said Ana Ruiz, whose shop flooded in March.', 'We can no longer');
    expect(polar(s)).toEqual([]);
  });
  // (a known misfire since the twenty-fifth session, fixed in session 28: the attribution's relative clause "who had been
  // accused of fraud" is the charge the words answer, GUIDE decision 22)
  it('near miss: the person charged who says it was done properly defends themselves', () => {
    const s = find('The fund collapsed in 2020.\n"We did everything properly," said Tom Hale, the fund\'s manager, who had been accused of fraud by the regulator.', 'We did');
    expect(stanceOf(s, 'Tom Hale')).toBe('FAVOR');
  });
});

describe('a promise that something "would be honoured" praises no one (LABELS.md: insist is ASSERT)', () => {
  it('"insisted that every ticket bought before the strike would be honoured" is ASSERT', () => {
    const s = find('The trains stopped in May.\nThe transport minister, Eva Lind, insisted that every ticket bought before the strike would be honoured.', 'every ticket');
    expect(s.act).toBe('ASSERT');
  });
  it('"all bookings made before Friday will be honored in full" is SAY', () => {
    const s = find('The planes stayed on the ground in May.\nThe airline said all bookings made before Friday will be honored in full.', 'all bookings');
    expect(s.act).toBe('SAY');
  });
  it('near miss: people who deserve to be honoured for their bravery are praised', () => {
    const s = find('The fire was put out in May.\nThe mayor said the firefighters deserved to be honoured for their bravery.', 'the firefighters');
    expect(s.act).toBe('PRAISE');
  });
});

describe('"a matter for X" passes a question on only when its subject is "that", "this" or "it" (GUIDE decision 19)', () => {
  it('"officials were studying the case but that any refund would be a matter for the operator" is SAY', () => {
    const s = find('The line closed in May.\nA spokesperson for the Ministry of Transport said officials were studying the case but that any refund would be a matter for the operator.', 'officials were');
    expect(s.act).toBe('SAY');
  });
  it('"ticket prices were a matter for each operator" is SAY', () => {
    const s = find('The line closed in May.\nThe ministry said ticket prices were a matter for each operator.', 'ticket prices');
    expect(s.act).toBe('SAY');
  });
  it('near miss: "that was a matter for the courts" is NO_COMMENT', () => {
    const s = find('The firm was fined in May.\nAsked about the fine, the minister said that was a matter for the courts.', 'that was');
    expect(s.act).toBe('NO_COMMENT');
  });
});

describe('dismissing a party\'s concerns, complaints or fears is against that party (GUIDE decision 23)', () => {
  it('"dismissed the union\'s concerns as exaggerated": the union AGAINST', () => {
    const s = find('The Riverside Tenants Union wrote to the council in May.\nThe housing director, Ann Cole, dismissed the union\'s concerns as exaggerated.', 'the union');
    expect(stanceOf(s, 'Riverside Tenants Union')).toBe('AGAINST');
  });
  it('"dismissed the club\'s fears as groundless": the club AGAINST', () => {
    const s = find('The Harwick Anglers Club wrote to the mayor last week.\nThe mayor, Joan Pike, dismissed the club\'s fears as groundless.', 'the club');
    expect(stanceOf(s, 'Harwick Anglers Club')).toBe('AGAINST');
  });
  it('near miss: dismissing the club\'s vote (no account of theirs) is not against the club', () => {
    const s = find('The Harwick Anglers Club wrote to the mayor last week.\nThe mayor, Joan Pike, dismissed the club\'s vote as irrelevant.', 'the club');
    expect(stanceOf(s, 'Harwick Anglers Club')).not.toBe('AGAINST');
  });
});

describe('an advocate\'s client stays the one spoken for, in "my client" and in the advocate\'s later quotes (LABELS.md: defend others)', () => {
  const trial = 'Tomas Reyes, a former fund manager, was convicted of fraud on Tuesday.\n'
    + 'His solicitor, Hannah Ortiz, said her client was considering an appeal. "My client has been vilified in the press for two years," Ortiz said. "It is a scandal."\n'
    + '"The verdict is in, and we respect it," Ortiz said. "But there are serious questions about how this prosecution was run."\n'
    + 'The prosecutor, Eve Lang, said Reyes was a disgrace to his profession.';
  it('"My client has been vilified in the press … It is a scandal": the client FAVOR', () => {
    expect(stanceOf(find(trial, 'My client'), 'Tomas Reyes')).toBe('FAVOR');
  });
  it('"… serious questions about how this prosecution was run": the client is not AGAINST', () => {
    expect(stanceOf(find(trial, 'The verdict is in'), 'Tomas Reyes')).not.toBe('AGAINST');
  });
  it('"My client was named in the newspapers before she had even been interviewed … That is shameful"', () => {
    const s = find('Sofia Brandt, a former treasurer of the charity, was charged with fraud in May.\nHer lawyer, Mark Dunn, said: "My client was named in the newspapers before she had even been interviewed." He added: "That is shameful."', 'My client');
    expect(stanceOf(s, 'Sofia Brandt')).toBe('FAVOR');
  });
  it('near miss: the prosecutor\'s criticism of the same person stays AGAINST', () => {
    expect(stanceOf(find(trial, 'Reyes was'), 'Tomas Reyes')).toBe('AGAINST');
  });
});

const names = (s: Statement): string[] => (s.targets ?? []).map((t) => t.name);

describe('"rushed to" before a verb tells people hurrying, no criticism', () => {
  it('"as families rushed to apply for the grant" is SAY', () => {
    const s = find('The scheme closed in May.\nThe ministry said applications had tripled as families rushed to apply for the grant before the deadline.', 'applications');
    expect(s.act).toBe('SAY');
  });
  it('"as fans rushed to buy season tickets" is SAY', () => {
    const s = find('The season ended in May.\nThe club said sales had doubled as fans rushed to buy season tickets.', 'sales');
    expect(s.act).toBe('SAY');
  });
  it('near miss: "had rushed to judgment" still criticises', () => {
    const s = find('The case closed in May.\nThe opposition said the minister had rushed to judgment on the case.', 'the minister');
    expect(s.act).toBe('CRITICIZE');
  });
});

describe('an opponent guessed for a complaint that names no one is a party by its name, not a document\'s description', () => {
  const article = 'The Ministry of Water Supply cut the budget in May.\n'
    + 'The ministry denied that officials had known about the leaks in advance. A spokeswoman said the whole episode was "a disgrace".\n'
    + 'A report published in July found the ministry had ignored the leaks for years.';
  it('the report that attacks the ministry later is no target of the ministry\'s complaint', () => {
    expect(names(find(article, 'the whole episode'))).not.toContain('report');
  });
  it('near miss: a named party that attacked the speaker is still its guessed opponent', () => {
    const s = find(`${article}\nThe Harlow Anglers Club said the ministry had failed the town.`, 'the whole episode');
    expect(polar(s)).toEqual([['Harlow Anglers Club', 'AGAINST']]);
  });
});

describe('a minister\'s portfolio word is no body; the ministry the article names with it is (GUIDE decision 29)', () => {
  it('"Rail Minister Karen Holt" then "Holt admitted …": the Ministry of Rail Reform AGAINST, no "Rail"', () => {
    const s = find('The Ministry of Rail Reform closed the line on Friday, the ministry said.\n"This line has served us well," Rail Minister Karen Holt told parliament.\nHolt admitted that the closure had come "with less warning than we wanted".', 'the closure');
    expect(names(s)).not.toContain('Rail');
    expect(stanceOf(s, 'Ministry of Rail Reform')).toBe('AGAINST');
  });
  it('"Energy Minister Paul Dane" then "Dane acknowledged …": no "Energy" target', () => {
    const s = find('The Ministry of Energy Security closed the grant on Friday.\n"This grant did a great deal of good," Energy Minister Paul Dane told parliament.\nDane acknowledged that the closure had come "with less notice than we would have liked".', 'the closure');
    expect(names(s)).not.toContain('Energy');
  });
  it('near miss: a company\'s chief executive keeps the company', () => {
    const s = find('Corvane chief executive Ana Roe announced the cuts on Monday. Corvane said the cuts were needed.\nRoe admitted that the cuts had come "with less warning than we wanted".', 'the cuts had');
    expect(stanceOf(s, 'Corvane')).toBe('AGAINST');
  });
});

describe('a short name is the party whose full name the article wrote: one target, not two', () => {
  it('"Wanderers" for "Kelso Wanderers"', () => {
    const s = find('Kelso Wanderers completed the signing of the striker on Monday.\nThe fans\' group chair, Ella Dunn, said Wanderers had broken every promise to supporters.', 'Wanderers had');
    expect(polar(s)).toEqual([['Kelso Wanderers', 'AGAINST']]);
  });
  it('"Kelso Wanderers … and Wanderers …" in one statement is one target', () => {
    const s = find('Kelso Wanderers completed the signing of the striker on Monday.\nMark Ives, a local councillor, said Kelso Wanderers had misled the town and Wanderers had ignored the fans.', 'Kelso Wanderers had');
    expect(names(s)).toEqual(['Kelso Wanderers']);
  });
  it('near miss: with two clubs whose names end in "Wanderers", the short name stays as written', () => {
    const s = find('Kelso Wanderers beat Dunmore Wanderers on Saturday.\nThe fans\' group chair, Ella Dunn, said Wanderers had broken every promise to supporters.', 'Wanderers had');
    expect(names(s)).not.toContain('Kelso Wanderers');
    expect(names(s)).not.toContain('Dunmore Wanderers');
  });
});

describe('words that are no party\'s name: "Several of X", "a Spanish club", "the West Stand"', () => {
  const club = 'The chair of the fans\' forum, Ruth Kane, said the club had let supporters down.\n'
    + 'Several of Kane\'s fellow members have come to her defence. One former director said she was "the most honest person in the club".\n'
    + 'Ruth Kane said the roof of the West Stand had leaked for years and the club had done nothing.';
  it('"Several of Kane\'s fellow members … she": she is Ruth Kane, no "Several of Kane"', () => {
    expect(names(find(club, 'she was'))).toEqual(['Ruth Kane']);
  });
  it('"the roof of the West Stand": no "West Stand" target', () => {
    expect(names(find(club, 'the roof'))).not.toContain('West Stand');
  });
  it('"to a Spanish club": no "Spanish" target', () => {
    const s = find('The club signed a striker on Monday.\nThe chairman, Paul Rees, insisted the fee would be funded from the sale of defender Tom Abel to a Spanish club last month.', 'the fee');
    expect(names(s)).not.toContain('Spanish');
    expect(names(s)).toContain('Tom Abel');
  });
  it('near miss: "a Silverline affiliate" where the article names Silverline Resorts keeps the company', () => {
    const s = find('Silverline Resorts opened a casino in May.\nThe forum\'s chair, Ruth Kane, said a Silverline affiliate had broken the rules on donations.', 'a Silverline');
    expect(stanceOf(s, 'Silverline Resorts')).toBe('AGAINST');
  });
});

describe('the doer after "wrongdoing by" is the party a denial clears (GUIDE section 6: clears of wrongdoing)', () => {
  const club = 'Harcastle Rovers signed a striker on Monday.\n';
  it('"this did not imply any wrongdoing by the club": the club FAVOR', () => {
    const s = find(`${club}A spokeswoman for the league stressed that this did not imply any wrongdoing by the club.`, 'this did not');
    expect(stanceOf(s, 'Harcastle Rovers')).toBe('FAVOR');
  });
  it('"there had been no misconduct by Harcastle Rovers": the club FAVOR', () => {
    const s = find(`${club}The league said there had been no misconduct by Harcastle Rovers.`, 'there had been');
    expect(stanceOf(s, 'Harcastle Rovers')).toBe('FAVOR');
  });
  it('near miss: "serious misconduct by Harcastle Rovers" said plainly accuses it', () => {
    const s = find(`${club}The inspector said there had been serious misconduct by Harcastle Rovers.`, 'there had been');
    expect(stanceOf(s, 'Harcastle Rovers')).toBe('AGAINST');
  });
});

describe('prosecutors\' account of what the accused did is their charge: ACCUSE, the accused AGAINST (GUIDE decision 58)', () => {
  const trial = 'The trial of Tom Hale opened on Monday.\n';
  it('"Prosecutors said Hale had taken £3 million from the Harbour Trust …": Hale AGAINST, the trust not', () => {
    const s = find(`${trial}Prosecutors said Hale had taken £3 million from the Harbour Trust and hidden it in accounts he secretly controlled.`, 'Hale had');
    expect(s.act).toBe('ACCUSE');
    expect(polar(s)).toEqual([['Tom Hale', 'AGAINST']]);
  });
  it('"Prosecutors said Dana Reyes moved the money through three shell companies"', () => {
    const s = find(`${trial}Prosecutors said Dana Reyes moved the money through three shell companies in Cyprus.`, 'Dana Reyes');
    expect(s.act).toBe('ACCUSE');
    expect(stanceOf(s, 'Dana Reyes')).toBe('AGAINST');
  });
  it('near miss: what the accused did in court, "Hale appeared relaxed", is no charge', () => {
    const s = find(`${trial}Prosecutors said Hale appeared relaxed in court.`, 'Hale appeared');
    expect(s.act).toBe('SAY');
  });
  it('near miss: the same words from a witness are not the prosecution\'s case', () => {
    const s = find(`${trial}The charity's chair, Ann Poll, said Hale had moved to Spain in 2019.`, 'Hale had');
    expect(s.act).toBe('SAY');
  });
});

describe('a doubt about a party\'s merit that the speaker denies having is confidence in it: PRAISE, the party FAVOR', () => {
  it('"never seen anything … that gave him a moment\'s doubt about her integrity"', () => {
    const s = find('The lab closed in May. Ingrid Moss led it for ten years.\nAlan Brisk, a colleague, said he had never seen anything in that lab that gave him a moment\'s doubt about her integrity.', 'he had never');
    expect(s.act).toBe('PRAISE');
    expect(polar(s)).toEqual([['Ingrid Moss', 'FAVOR']]);
  });
  it('"she had never once doubted his honesty"', () => {
    const s = find('Tom Hale ran the fund until 2020.\nThe fund\'s former secretary, Ruth Kane, said she had never once doubted his honesty.', 'she had never');
    expect(s.act).toBe('PRAISE');
    expect(polar(s)).toEqual([['Tom Hale', 'FAVOR']]);
  });
  it('near miss: "no doubt about his guilt" vouches for nothing', () => {
    const s = find('Tom Hale ran the fund until 2020.\nThe prosecutor, Eve Lang, said she had no doubt about his guilt.', 'she had no');
    expect(s.act).not.toBe('PRAISE');
  });
  it('near miss: a speaker\'s own "she" in a report still names no one else ("her lawyers")', () => {
    const s = find('Tom Hale ran the fund until 2020.\nRuth Kane said she would fight the decision and that her lawyers were ready.', 'she would');
    expect(polar(s)).toEqual([]);
  });
});

describe('where a party is to go ("come to the House", "go back to the Senate") is the forum, no target', () => {
  const head = 'The Ministry of Water Supply cut the budget in May.\n';
  it('"Ministers need to come to the House and explain": no "House"', () => {
    expect(names(find(`${head}"Ministers need to come to the House and explain," said Ana Vey, the opposition spokesperson.`, 'Ministers'))).not.toContain('House');
  });
  it('"The minister must go back to the Senate and tell the truth": no "Senate"', () => {
    expect(names(find(`${head}"The minister must go back to the Senate and tell the truth," said Omar Hill.`, 'The minister'))).not.toContain('Senate');
  });
  it('near miss: the House as the subject of what it did stays a target', () => {
    expect(names(find(`${head}"The House has let down every family in this town," said Ana Vey.`, 'The House'))).toContain('House');
  });
});

describe('a judge\'s words to the convicted about what they did are a rebuke: CRITICIZE or stronger, the convicted AGAINST', () => {
  const court = 'Tom Hale was convicted of fraud on Tuesday.\nJudge Ruth Amsel remanded Hale in custody and told him he faced a long sentence.\n';
  it('"The families whose savings you squandered were not rich. They were nurses and porters who trusted you"', () => {
    const s = find(`${court}"The families whose savings you squandered were not rich. They were nurses and porters who trusted you," the judge said.`, 'The families');
    expect(s.act).toBe('CRITICIZE');
    expect(stanceOf(s, 'Tom Hale')).toBe('AGAINST');
  });
  it('"You were elected to serve this town. Instead, you sold it to the highest bidder"', () => {
    const s = find(`${court}"You were elected to serve this town. Instead, you sold it to the highest bidder," Amsel told Hale.`, 'You were');
    expect(s.act).toBe('CRITICIZE');
    expect(stanceOf(s, 'Tom Hale')).toBe('AGAINST');
  });
  it('near miss: what will happen next ("you will be sentenced next month") is no rebuke', () => {
    const s = find(`${court}"The jury has heard all the evidence and you will be sentenced next month," the judge said.`, 'The jury');
    expect(s.act).toBe('SAY');
  });
  it('near miss: the same words from a witness are no judge\'s rebuke', () => {
    const s = find(`${court}"The families whose savings you squandered were not rich," said Ann Poll, a neighbour.`, 'The families');
    expect(s.act).toBe('SAY');
  });
});
