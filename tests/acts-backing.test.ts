// Acts decided by the structure of an article rather than by a statement's own words (src/stages/stance/judge-stance.ts,
// the act hook). Sentences are our own; each expectation was written by hand from LABELS.md (Act) and corpus/GUIDE.md
// (decisions 10, 18, 22), with the near misses that must stay SAY beside each construction.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/analyze.js';

const acts = (paragraphs: string): Array<[string, string]> =>
  analyzeArticle(`Headline\n${paragraphs}\n`).statements.map((s) => [s.speaker.name, s.act]);

describe('a direct quote backing what its speaker was just reported to say (GUIDE decisions 10, 18)', () => {
  it.each<[string, string, Array<[string, string]>]>([
    ['an accusation, then the quote that backs it with a complaint of its own (negative tone): CRITICIZE',
      'Councillor Rhona Tait accused the water company of hiding the scale of the leaks.\n“Every family on this street has had dirty, smelly water for a month,” Tait said.',
      [['Rhona Tait', 'ACCUSE'], ['Rhona Tait', 'CRITICIZE']]],
    ['a question, then the quote that voices the doubt (QUESTION)',
      'Opposition leader Marek Dunne questioned whether the figures were accurate. “We were shown one set of numbers in May and a different set today, and I doubt either is right,” Dunne said.',
      [['Marek Dunne', 'QUESTION'], ['Marek Dunne', 'QUESTION']]],
    ['a denial, then the quote that backs it with a negation (DENY)',
      'Karl Nyberg, the operator’s director, denied that the valves had been left open. “Our engineers checked every valve twice that week. Not one was open,” Nyberg said.',
      [['Karl Nyberg', 'DENY'], ['Karl Nyberg', 'DENY']]],
    ['not: another speaker’s quote after the accusation',
      'Councillor Rhona Tait accused the water company of hiding the scale of the leaks.\n“The pipes were laid in 1962,” said Ian Moss, a local historian.',
      [['Rhona Tait', 'ACCUSE'], ['Ian Moss', 'SAY']]],
    ['not: a quote after a neutral report by the same speaker',
      'Councillor Rhona Tait said the council would meet the company on Tuesday.\n“We will publish the agenda on Friday,” Tait said.',
      [['Rhona Tait', 'SAY'], ['Rhona Tait', 'SAY']]],
    ['not: a quote two paragraphs of the reporter’s own text later',
      'Councillor Rhona Tait accused the water company of hiding the scale of the leaks.\nThe company supplies 40,000 homes in the district and has been owned by a pension fund since 2014. It plans to replace 30 kilometres of pipe by 2027.\n“We will publish the agenda on Friday,” Tait said.',
      [['Rhona Tait', 'ACCUSE'], ['Rhona Tait', 'SAY']]],
    ['an accusation joined to a demand ("accused … and demanded …"), then the quote',
      'Councillor Rhona Tait accused the water company of hiding the scale of the leaks and demanded that the chief executive resign.\n“Every family on this street has had dirty, smelly water for a month,” Tait said.',
      [['Rhona Tait', 'ACCUSE'], ['Rhona Tait', 'DEMAND'], ['Rhona Tait', 'CRITICIZE']]],
    ['not: a quote after the speaker’s own critical quote (the act of a quote is its own)',
      'Councillor Rhona Tait was at the meeting.\n“The company has failed every family on this street,” Tait said.\n“We will meet again on Tuesday,” Tait said.',
      [['Rhona Tait', 'CRITICIZE'], ['Rhona Tait', 'SAY']]],
    ['an accusation, then a quote pointing back at the conduct with a demonstrative (CRITICIZE)',
      'Councillor Ann Hale accused the council of wasting money on consultants. “Somebody signed those contracts, and we will find out who,” Hale said.',
      [['Ann Hale', 'ACCUSE'], ['Ann Hale', 'CRITICIZE']]],
    ['a denial, then a quote with a verb negated in one word (DENY)',
      'Karl Nyberg, the operator’s director, denied that the valves had been left open. “Our crews haven’t been near the plant since March,” Nyberg said.',
      [['Karl Nyberg', 'DENY'], ['Karl Nyberg', 'DENY']]],
    ['not: "that evening" is a time, not a pointer back at the conduct',
      'Councillor Ann Hale accused the council of wasting money on consultants. “I will be at the library that evening,” Hale said.',
      [['Ann Hale', 'ACCUSE'], ['Ann Hale', 'SAY']]],
    // (the quote must carry the act's mark itself: informative content after a critic's statement is SAY, GUIDE 18)
    ['not: a quote with nothing but arrangements after an accusation',
      'Councillor Ann Hale accused the council of wasting money on consultants. “We will hold a public meeting on Thursday at the library,” Hale said.',
      [['Ann Hale', 'ACCUSE'], ['Ann Hale', 'SAY']]],
    ['not: a quote with nothing but arrangements after a denial',
      'Karl Nyberg, the operator’s director, denied that the valves had been left open. “The plant will reopen on Monday at nine,” Nyberg said.',
      [['Karl Nyberg', 'DENY'], ['Karl Nyberg', 'SAY']]],
    ['not: a plain account after a denial, with no negation in the quote',
      'Karl Nyberg, the operator’s director, denied that the valves had been left open. “Our engineers checked every valve twice that week,” Nyberg said.',
      [['Karl Nyberg', 'DENY'], ['Karl Nyberg', 'SAY']]],
    ['not: a quote with nothing but arrangements after a question',
      'Opposition leader Marek Dunne questioned whether the figures were accurate. “The committee meets again on Monday,” Dunne said.',
      [['Marek Dunne', 'QUESTION'], ['Marek Dunne', 'SAY']]],
    ['not: reported speech after the accusation (only a quote backs it)',
      'Councillor Rhona Tait accused the water company of hiding the scale of the leaks.\nShe said the council would meet the company on Tuesday.',
      [['Rhona Tait', 'ACCUSE'], ['Rhona Tait', 'SAY']]],
  ])('%s', (_name, text, expected) => {
    expect(acts(text)).toEqual(expected);
  });
});

describe('"defended" one’s own conduct in answer to criticism is DENY (GUIDE decision 22), defending people is PRAISE', () => {
  it.each<[string, string, string]>([
    ['its own decision, after residents’ charge', 'Residents accused the council of wasting money on consultants.\nThe council has defended its decision to close the pool.', 'DENY'],
    ['her own record, against critics named in the sentence', 'The mayor defended her record on housing against critics on the council.', 'DENY'],
    ['after another speaker’s criticism of the speaker', 'Tenants criticised the housing board for slow repairs.\nThe housing board defended its record on repairs.', 'DENY'],
    ['after a criticism of someone else on her side, in the paragraph before', 'A committee chair accused the transport agency of buying trains it could not run.\nThe agency’s director, Ruth Adeyemi, defended the choice.', 'DENY'],
    // (GUIDE 22: the same words with no criticism to answer stay SAY, or ASSERT for the cue)
    ['not: her own record with no criticism reported', 'The mayor defended her record on housing.', 'ASSERT'],
    ['not: a timetable, with no criticism reported', 'Officials defended the new timetable, which starts in May.', 'ASSERT'],
    ['not: her players (people, not conduct)', 'Fans booed the team on Saturday.\nThe coach, Mara Lind, defended her players after the defeat.', 'PRAISE'],
    ['not: "him"', 'The minister defended him on Tuesday.', 'PRAISE'],
    ['not: the officers involved', 'The board defended the officers involved in the raid.', 'PRAISE'],
    ['not: people a lawyer once represented', 'As a lawyer, Reyes defended people accused of fraud.', 'PRAISE'],
  ])('%s', (_name, text, act) => {
    const defended = analyzeArticle(`Headline\n${text}\n`).statements.find((s) => s.cue?.text.startsWith('defended'));
    expect(defended?.act).toBe(act);
  });

  // A negated praise verb reports no speech at all (fixnu20a: "The union has not welcomed the offer" is no statement);
  // what must never happen is a DENY or PRAISE from it.
  it('not: "does not defend" (negated) is no statement', () => {
    const sts = analyzeArticle('Headline\nThe senator has admitted using the loophole, but she does not defend it.\n').statements;
    expect(sts.find((s) => s.cue?.text === 'defend')).toBeUndefined();
    expect(sts.some((s) => s.act === 'DENY' || s.act === 'PRAISE')).toBe(false);
  });
});

describe('reported speech giving the grounds of its own side’s denial just before it is DENY (GUIDE decision 22)', () => {
  it.each<[string, string, Array<[string, string]>]>([
    ['a person speaking for the body that denied the charge',
      'The hauliers’ association denied the charge. Its chair, Ewan Price, said every lorry had been weighed and checked at the depot before it left.',
      [['hauliers’ association', 'DENY'], ['Ewan Price', 'DENY']]],
    ['the body’s spokeswoman after it rejected an account',
      'Norland Water rejected that account. A spokeswoman said the pipes had been inspected in March and found sound.',
      [['Norland Water', 'DENY'], ['Norland Water', 'DENY']]],
    ['after disputing the figures',
      'Brightmoor Buses disputed the figures. A spokesman for Brightmoor Buses said the timetable had been checked against every route in January.',
      [['Brightmoor Buses', 'DENY'], ['Brightmoor Buses', 'DENY']]],
    ['after a denial, a negation in the first clause',
      'The haulage firm denied the charge. Its director, Jan Orme, said no driver had been asked to work past his hours.',
      [['haulage firm', 'DENY'], ['Jan Orme', 'DENY']]],
    // (a fact beside the charge gives no grounds for the denial: GUIDE decision 22 needs proper conduct, a check or a
    // negation of what was charged)
    ['not: cooperation with a watchdog after a denial',
      'Kestrel Bank denied the allegations. A spokeswoman said the bank was working closely with the watchdog.',
      [['Kestrel Bank', 'DENY'], ['Kestrel Bank', 'SAY']]],
    ['not: trading figures after a denial',
      'Tarrow Brewery denied the charges. A spokesman said the brewery’s sales had grown by 6 percent last year.',
      [['Tarrow Brewery', 'DENY'], ['Tarrow Brewery', 'SAY']]],
    ['not: where the official is after a rejection of claims',
      'The department rejected the claims. A spokesman said the secretary was abroad and could not be reached.',
      [['department', 'DENY'], ['department', 'SAY']]],
    ['not: a club’s history after it disputed figures (a negation after "and")',
      'The rowing club disputed the figures. Its captain, Will Harte, said the club had been formed in 1902 and had never lost a boat.',
      [['rowing club', 'DENY'], ['Will Harte', 'SAY']]],
    ['not: an inquiry opened after a denial',
      'The care company denied the accusation. A spokesman said an investigation had begun and two nurses had been questioned.',
      [['care company', 'DENY'], ['care company', 'SAY']]],
    ['not: staff suspended after a denial (nearer an admission)',
      'The prison service denied the story. A spokeswoman said three guards had been sent home pending a hearing.',
      [['prison service', 'DENY'], ['prison service', 'SAY']]],
    ['not: a candidate’s plans after a denial',
      'The party denied the report. A spokesman said its leader was looking forward to the hustings.',
      [['party', 'DENY'], ['party', 'SAY']]],
    ['not: what the body will do next (a plan)',
      'Norland Water rejected that account. A spokeswoman said the company would publish its inspection figures in May.',
      [['Norland Water', 'DENY'], ['Norland Water', 'SAY']]],
    ['not: after a turn ("however")',
      'Norland Water rejected that account. However, a spokeswoman said the pipes had been inspected in March.',
      [['Norland Water', 'DENY'], ['Norland Water', 'SAY']]],
    ['not: another party’s speaker',
      'Norland Water rejected that account. A council spokesman said the pipes had been inspected in March.',
      [['Norland Water', 'DENY'], ['council', 'SAY']]],
    ['not: in the next paragraph',
      'Norland Water rejected that account.\nA spokeswoman said the pipes had been inspected in March and found sound.',
      [['Norland Water', 'DENY'], ['Norland Water', 'SAY']]],
    // (rejecting an application, an offer or a case answers no charge: the explanation after it is SAY)
    ['not: a committee that rejected an application, then its chair’s reason',
      'The planning committee rejected the application for a second supermarket. Its chair, Moira Keane, said the site had been set aside for housing since 2019.',
      [['planning committee', 'DENY'], ['Moira Keane', 'SAY']]],
    ['not: a union that rejected a pay offer, then its leader’s account of the ballot',
      'The union rejected the pay offer. Its leader, Dana Holt, said members had voted by four to one to strike.',
      [['union', 'DENY'], ['Dana Holt', 'SAY']]],
    ['not: a court that dismissed a case, then the judge’s reason',
      'The court dismissed the case on Tuesday. The judge, Alan Prior, said the evidence had been gathered lawfully.',
      [['court', 'DENY'], ['Alan Prior', 'SAY']]],
  ])('%s', (_name, text, expected) => {
    expect(acts(text)).toEqual(expected);
  });
});

describe('a statement right after the reporter’s own sentence of its side’s denial is DENY (GUIDE decision 22)', () => {
  const actOf = (text: string, speaker: string): string | undefined =>
    analyzeArticle(`Headline\n${text}\n`).statements.find((s) => s.speaker.name === speaker)?.act;
  it.each<[string, string, string, string]>([
    ['a quote with a negation after the company "rejected the accusations"',
      'Tenants say the landlord ignored damp for years. Orrin Homes rejected the accusations. “Every request was logged, and nobody waited longer than a week for a repair,” said Maud Kessler, a director of Orrin Homes.',
      'Maud Kessler', 'DENY'],
    ['a quote after "has strongly denied any wrongdoing", the speaker a pronoun both times',
      'Auditors found gaps in the tender file. Councillor Idris Vane has strongly denied any wrongdoing. “I never spoke to anyone about that tender,” he said.',
      'Idris Vane', 'DENY'],
    ['reported grounds after "disputed that account"',
      'Walkers said the path had been closed without notice. The Fenwick Estate disputed that account. Its manager, Colm Ashby, said the estate had followed the county’s procedure for closing a path.',
      'Colm Ashby', 'DENY'],
    // (the reporter's sentence must be the speaker's side's, a charge, and the quote must carry a negation)
    ['not: another party’s quote after the denial',
      'Tenants say the landlord ignored damp for years. Orrin Homes rejected the accusations. “Nobody from the company has been to see us,” said Ada Price, who rents a flat on Mill Lane.',
      'Ada Price', 'CRITICIZE|SAY'],
    ['not: a quote with no negation after the denial (arrangements)',
      'Tenants say the landlord ignored damp for years. Orrin Homes rejected the accusations. “We will meet the tenants’ association on Friday,” said Maud Kessler, a director of Orrin Homes.',
      'Maud Kessler', 'SAY'],
    ['not: rejecting a bid is no denial of a charge',
      'The rail operator rejected the takeover bid. “We are not for sale at that price,” said Hugo Bram, the operator’s chairman.',
      'Hugo Bram', 'SAY'],
    ['not: a court that dismissed an appeal, then the judge’s remark with a negation',
      'The high court dismissed the appeal. “The tribunal’s reasoning cannot be faulted,” said Judge Nina Holt.',
      'Nina Holt', 'SAY'],
    ['not: the club denied the report, then a fan group’s chair',
      'The club denied the report. “We have not been told anything,” said Ann Bell, who chairs the supporters’ trust.',
      'Ann Bell', 'SAY'],
    // (review 15: a non-answer after the denial gives no grounds; its "no" denies nothing)
    ['not: "no plans to comment further" after the denial is a non-answer',
      'Grenlow Quarries denied the report. “We have no plans to comment further,” said Piet Vosloo, a director of Grenlow Quarries.',
      'Piet Vosloo', 'NO_COMMENT'],
    ['not: "nothing further to add" after the denial is a non-answer',
      'Grenlow Quarries denied the report. “We have nothing further to add at this stage,” said Piet Vosloo, a director of Grenlow Quarries.',
      'Piet Vosloo', 'NO_COMMENT'],
    ['not: a plain statement that the company will comment later',
      'Grenlow Quarries published its annual results on Tuesday. “We will comment further when the survey is finished,” said Piet Vosloo, a director of Grenlow Quarries.',
      'Piet Vosloo', 'NO_COMMENT|SAY'],
    ['not: "no plans to close" is no non-answer (the denial stands)',
      'Grenlow Quarries denied the report. “We have no plans to close the quarry at Hesketh,” said Piet Vosloo, a director of Grenlow Quarries.',
      'Piet Vosloo', 'DENY|SAY'],
    ['not: "no plans to commence" shares the letters, not the non-answer',
      'Grenlow Quarries published its annual results on Tuesday. Piet Vosloo, a director of Grenlow Quarries, said the firm had no plans to commence blasting before May.',
      'Piet Vosloo', 'SAY|DENY'],
    ['still DENY: grounds with a negation after the denial',
      'Grenlow Quarries denied the report. “No blasting took place on the days the residents named,” said Piet Vosloo, a director of Grenlow Quarries.',
      'Piet Vosloo', 'DENY'],
  ])('%s', (_name, text, speaker, expected) => {
    expect(expected.split('|')).toContain(actOf(text, speaker));
  });
});
