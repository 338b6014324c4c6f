// Acts of a neutral cue's content from a new user's trial (nu26): a third party's shortfall, an emphatic "cannot
// possibly", a difficulty before a demand verb, a first-person "I ask … to", a complaint of not being asked with a place
// after "nobody", and criticism words (a grab, second-guessing, an afterthought, every chance given). Sentences are our
// own; every expectation was set by hand from LABELS.md and corpus/GUIDE.md (section 4, decisions 7, 18, 34, 35), with
// ordinary news sentences sharing the trigger words beside each.
import { describe } from 'vitest';
import { table } from './act-table.js';

describe('a shortfall is the speaker’s admission only when its subject is the speaker’s side', () => {
  table([
    ['a third party’s decision fell short: criticism',
      'The tribunal ruled on Monday.\nThe tenants’ union Fair Lets said the tribunal’s award fell short.',
      [['Fair Lets', 'CRITICIZE']]],
    ['must not fire: the speaker’s own response fell short',
      'The outage lasted nine hours.\nThe water company Brookmere said its response on the first night fell short.',
      [['Brookmere', 'ADMIT']]],
    ['must not fire: "we fell short"',
      'The outage lasted nine hours.\n“We fell short, and we are sorry,” said Ines Carrow, Brookmere’s chief executive.',
      [['Ines Carrow', 'ADMIT']]],
    ['must not fire: a figure below forecasts',
      'The results were published on Tuesday.\nKestwick, a clothing retailer, said sales fell short of analysts’ forecasts in the second quarter.',
      [['Kestwick', 'SAY']]],
  ]);
});

describe('"cannot possibly" stresses an impossibility; it is no hedge', () => {
  table([
    ['"cannot possibly"',
      'The audit was published on Friday.\n“Those figures cannot possibly add up,” said Omar Dade, an accountant.',
      [['Omar Dade', 'SAY']]],
    ['must not fire: "possibly" as a guess',
      'The bridge was closed on Friday.\n“The crack was possibly caused by the cold snap,” said Omar Dade, an engineer.',
      [['Omar Dade', 'HEDGE']]],
    ['must not fire: "could possibly" as a guess',
      'The bridge was closed on Friday.\nOmar Dade, an engineer, said the repairs could possibly take until spring.',
      [['Omar Dade', 'HEDGE']]],
  ]);
});

describe('a demand verb after "hard to", "unlikely to" is a forecast, not a demand (decision 35)', () => {
  table([
    ['"would be hard to reverse"',
      'The mine closed in March.\nEconomists said the decline of the town would be hard to reverse.',
      [['Economists', 'SAY']]],
    ['"difficult to withdraw"',
      'The vote was lost on Monday.\nParty officials said the bill would be difficult to withdraw before the summer.',
      [['party officials', 'SAY']]],
    ['must not fire: "should reverse"',
      'The mine closed in March.\nThe miners’ union said the owners should reverse the decision.',
      [['miners’ union', 'DEMAND']]],
    ['must not fire: "must halt"',
      'The mine closed in March.\nThe miners’ union said the board must halt the sale of the site.',
      [['miners’ union', 'DEMAND']]],
  ]);
});

describe('a state that has come and is hard to undo is no warning', () => {
  table([
    ['"the slump will be hard to reverse"',
      'Orders fell again in May.\nAnalysts said the slump would be hard to reverse this year.',
      [['Analysts', 'SAY']]],
    ['must not fire: a collapse foreseen',
      'Orders fell again in May.\nAnalysts said a collapse of the supplier would cost hundreds of jobs.',
      [['Analysts', 'WARN']]],
  ]);
});

describe('a first-person "I ask … to" is a request (DEMAND)', () => {
  table([
    ['"I ask everyone … to"',
      'The match ends a long season.\n“I ask all fans at the ground to respect the stewards,” said Rhys Ambler, the club’s chairman.',
      [['Rhys Ambler', 'DEMAND']]],
    ['must not fire: "I ask myself"',
      'The match ends a long season.\n“I ask myself every night how we lost that final,” said Rhys Ambler, the club’s chairman.',
      [['Rhys Ambler', 'SAY']]],
    ['must not fire: others ask the speaker',
      'The match ends a long season.\n“People ask me to sign shirts all the time,” said Rhys Ambler, the club’s captain.',
      [['Rhys Ambler', 'SAY']]],
  ]);
});

describe('"nobody at/in … has asked us" is a complaint of not being asked (CRITICIZE)', () => {
  table([
    ['a place after "nobody"',
      'The depot will close in June.\n“Nobody at the head office has asked us what we think,” said Dora Pell, a driver.',
      [['Dora Pell', 'CRITICIZE']]],
    ['must not fire: nobody hurt',
      'The depot was evacuated on Monday.\n“Nobody at the depot was hurt,” said Dora Pell, a manager.',
      [['Dora Pell', 'SAY']]],
    ['must not fire: nobody asked for something',
      'The depot was evacuated on Monday.\n“Nobody in the village has asked for a refund yet,” said Dora Pell, a manager.',
      [['Dora Pell', 'SAY']]],
  ]);
});

describe('criticism words: a grab, second-guessing, an afterthought, every chance given', () => {
  table([
    ['"a cash grab"',
      'The fee starts in April.\n“This is a cash grab dressed up as reform,” said Lena Moor, a councillor.',
      [['Lena Moor', 'CRITICIZE']]],
    ['"second-guessed"',
      'The referee sent off two players.\n“A panel in an office second-guessed a call made on the pitch,” said Lena Moor, the coach.',
      [['Lena Moor', 'CRITICIZE']]],
    ['must not fire: will not second-guess',
      'The referee sent off two players.\n“We will not second-guess the referee,” said Lena Moor, the coach.',
      [['Lena Moor', 'SAY']]],
    ['"treated as an afterthought"',
      'The cycle lane plan was published on Monday.\nLena Moor, a councillor, said cyclists had been treated as an afterthought.',
      [['Lena Moor', 'CRITICIZE']]],
    ['must not fire: added as an afterthought',
      'The museum reopened on Monday.\nLena Moor, the architect, said the garden was first drawn in as an afterthought.',
      [['Lena Moor', 'SAY']]],
    ['"we gave them every chance"',
      'The contract was cancelled on Monday.\n“We gave them every chance. They missed every deadline,” said Lena Moor, the council leader.',
      [['Lena Moor', 'CRITICIZE']]],
    ['must not fire: every chance of survival',
      'The boat sank on Monday.\n“The lifeboat crew gave them every chance of survival,” said Lena Moor, a coastguard.',
      [['Lena Moor', 'SAY']]],
  ]);
});
