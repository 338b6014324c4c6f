// Acts of a neutral cue's content in four constructions of political and business news (issue 6, session 17b): a speaker's
// own strong support for a named person (PRAISE), a charge said to lack substance, merit or basis (DENY), and two
// necessities that are no demand: a departure announced or foretold ("she will step down"), and a role's need to
// deliberate ("regulators have to decide …"). Sentences are our own, written for each class; every expectation was set by
// hand from LABELS.md (Act) and corpus/GUIDE.md (section 4, decisions 7 and 35), with ordinary news sentences sharing the
// trigger words beside each construction.
import { describe, it } from 'vitest';
import { table } from './act-table.js';

describe('the speaker’s strong support for a named person is praise (LABELS.md: PRAISE, supports)', () => {
  table([
    ['first person in a quote, a full name',
      'The primary is in June.\n“I strongly support Dana Ortiz and I hope every voter here does too,” said Kemp Hale, the county chairman.',
      [['Kemp Hale', 'PRAISE']]],
    ['"we fully support" a pronoun',
      'The coach was criticised after the loss.\n“We fully support him and his staff,” said Rhea Lund, the club’s president.',
      [['Rhea Lund', 'PRAISE']]],
    ['must not fire: plain "support" of a measure with no adverb of strength',
      'The levy would raise $40 million a year.\n“We support the levy because the roads need it,” said Rhea Lund, the mayor.',
      [['Rhea Lund', 'SAY']]],
    ['must not fire: another party’s support reported in the quote',
      'The vote is on Tuesday.\n“The unions strongly support Dana Ortiz, and that will matter,” said Kemp Hale, a pollster.',
      [['Kemp Hale', 'SAY']]],
  ]);
});

describe('a charge said to lack substance, merit or basis is rebutted (LABELS.md: DENY, refute)', () => {
  table([
    ['a lawyer on the complaints, quoted words in a reported clause',
      'Two former tenants sued the landlord in March.\nA lawyer for Brandt Homes said in a statement that the complaints had “no merit.”',
      [['Brandt Homes', 'DENY']]],
    ['"the allegations are without any factual basis"',
      'The mayor was accused of favouring a donor.\nA spokesman for Mayor Ines Graf said the allegations were without any factual basis.',
      [['Mayor Ines Graf', 'DENY']]],
    ['must not fire: a plan said to lack merit is criticised, not a charge rebutted',
      'The council voted on the bypass.\n“The plan has no merit and no money behind it,” said Ivo Marsh, a lawyer.',
      [['Ivo Marsh', 'SAY']]],
    ['must not fire: a charge noun before "no" and a word that is no lack of merit',
      'The bakery was criticised online in April.\n“The complaints had no effect on our sales,” said Ivo Marsh, its owner.',
      [['Ivo Marsh', 'SAY']]],
    ['must not fire: a general remark on claims with no determiner, and a lack that is no merit ("no place")',
      'The inquiry heard from four witnesses.\n“Claims like these have no place in a courtroom,” said Ivo Marsh, the presiding judge.',
      [['Ivo Marsh', 'SAY']]],
  ]);
});

describe('a departure announced or foretold is no demand (GUIDE decision 35: forecasts and one’s own plans are SAY)', () => {
  table([
    ['"announced she will step down"',
      'The trust has run the harbour since 1990.\nOn Monday, Ella Marsh announced she will step down from leading the Harbor Trust in May.',
      [['Ella Marsh', 'SAY']]],
    ['"plans to resign"',
      'The budget passed on Friday.\nThe finance chief, Otto Rask, said he plans to resign after the audit.',
      [['Otto Rask', 'SAY']]],
    ['must not fire: "should step down" is still a demand',
      'The report was published on Monday.\nRep. Tom Ilse said the mayor should step down.',
      [['Tom Ilse', 'DEMAND']]],
    ['must not fire: "must resign" in a quote is still a demand',
      'The strike is in its third week.\n“The chairman must resign,” said the union leader, Ann Voss.',
      [['Ann Voss', 'DEMAND']]],
  ]);
});

describe('a necessity of deliberation tells a role’s difficulty, not a demand (GUIDE section 4: DEMAND is a request)', () => {
  table([
    ['"have to decide" with a plural role as subject',
      'The bank changed its lending rules in May.\nStill, he said, regulators have to decide which loans get a second review.',
      [['he', 'SAY']]],
    ['"must weigh whether"',
      'The case turns on the sealed files.\nThe judge, Mara Quist, said courts must weigh whether the public interest outweighs privacy.',
      [['Mara Quist', 'SAY']]],
    ['must not fire: "has to repay" an action pressed on a party',
      'The grant was spent on a new office.\n“The council has to repay every cent,” said Ann Voss, a resident.',
      [['Ann Voss', 'DEMAND']]],
    ['must not fire: "needs to consider" an effect is advice pressed on a party',
      // (under a neutral cue: under "argued" the act is ASSERT whatever the content asks, GUIDE decision 54)
      'Farm incomes fell by a fifth last year.\nThe governor, Lise Ahn, has said that the bank needs to consider the effect of its rates on farmers.',
      [['Lise Ahn', 'DEMAND']]],
    ['must not fire: "must act" on a party',
      'The river rose again overnight.\n“The agency must act now,” said Ann Voss, a farmer.',
      [['Ann Voss', 'DEMAND']]],
  ]);
});

describe('receiving guests is not praise (LABELS.md: PRAISE praises, welcomes a decision or a party)', () => {
  table([
    ['"glad to welcome" travellers "to this city"',
      'The border checks were tightened in May.\n“Nothing separates them from the travellers we would be glad to welcome to this city,” said Ana Ruiz, a former official.',
      [['Ana Ruiz', 'SAY']]],
    ['"welcome the students into their homes"',
      'The exchange began in 1998.\n“Our families will welcome the students into their homes again this summer,” said Ana Ruiz, the organiser.',
      [['Ana Ruiz', 'SAY']]],
    ['must not fire: welcoming a decision "to" do something stays praise',
      'The plant has polluted the river for years.\n“We welcome the decision to close the plant,” said Ana Ruiz, a resident.',
      [['Ana Ruiz', 'PRAISE']]],
    ['must not fire: welcoming a report, with no place after it',
      'The audit was published on Tuesday.\n“We welcome this report and its findings,” said Ana Ruiz, the union’s secretary.',
      [['Ana Ruiz', 'PRAISE']]],
  ]);
});

describe('the making of a falsehood described is no denial (LABELS.md: DENY is content that denies)', () => {
  table([
    ['"make false or misleading claims" in a rule',
      'The agency fined three dealers last year.\nA fine can be imposed “when traders make false or misleading claims to buyers,” according to the consumer agency.',
      [['consumer agency', 'SAY']]],
    ['"filed false reports" in a charge (no denial; the charge is not read as one yet, so SAY)',
      'The inspector was suspended in June.\nProsecutors said the inspector had filed false reports on four bridges.',
      [['prosecutors', 'SAY']]],
    ['must not fire: a claim called false is denied',
      'The newspaper said the firm had hidden its losses.\nThe firm said the report was false.',
      [['newspaper', 'SAY'], ['firm', 'DENY']]],
    ['must not fire: "gave no false figures" denies',
      'The ministry was accused of misleading the committee.\nThe ministry said it had given no false figures to the committee.',
      [['ministry', 'DENY']]],
  ]);
});

describe('no incriminating or derogatory information held on a party is a denial (LABELS.md: DENY, no evidence, no knowledge)', () => {
  table([
    ['"no incriminating information on"',
      'The couple had passed three checks.\nThe bureau told the court there was no incriminating information on Mr. Lund or Ms. Pike in its files.',
      [['bureau', 'DENY']]],
    ['"found no derogatory material"',
      'The nominee was vetted in March.\nThe committee said its staff found no derogatory material in the nominee’s file.',
      [['committee', 'DENY']]],
    ['must not fire: incriminating messages found',
      'The trial opened on Monday.\nProsecutors said officers found incriminating messages on Mr. Lund’s phone.',
      [['prosecutors', 'SAY']]],
    ['must not fire: derogatory remarks condemned are criticism, no denial',
      'The minister spoke at a rally on Friday.\nThe mayor, Ana Ruiz, said the derogatory remarks about nurses were unacceptable.',
      [['Ana Ruiz', 'CRITICIZE']]],
  ]);
});
