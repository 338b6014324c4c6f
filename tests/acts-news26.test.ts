// Session 26 (issue 6): two rules about the structure of reported speech, each with a near miss. Sentences are our own;
// every expectation was set by hand from LABELS.md (Act) and corpus/GUIDE.md (ACCUSE for a specific wrongful act pinned
// on a party, WARN for a threat or predicted harm, DENY for a defence against a charge, SAY for a plain report).
// - A partial quotation inside a reported clause does not change what the clause does: "would “not hesitate” to close
//   the berth if …" warns as "would not hesitate to close the berth if …" does (judge-stance readPastQuoteMarks).
// - A party's conduct set against the rule it broke (a minimum fallen short of, a maximum exceeded, an act done when a
//   rule forbids it) pins a wrongful act on that party: ACCUSE (content-act normBroken). Not a rule kept or exceeded
//   where it sets a minimum, not a general procedure, not the speaker's own side.
import { describe } from 'vitest';
import { table } from './act-table.js';

describe('a partial quotation inside a reported clause keeps the clause’s act (session 26)', () => {
  table([
    ['WARN: a threat whose key words are quoted',
      '\nPort director Elsa Brandvik said the authority would “not hesitate” to close the berth if the operator ignored the order.',
      [['Elsa Brandvik', 'WARN']]],
    ['near miss: a plan whose words are quoted threatens no one',
      '\nPort director Elsa Brandvik said the authority would “review the timetable” before the summer.',
      [['Elsa Brandvik', 'SAY']]],
    ['DENY: a reporter standing by her article, her own words quoted, after a charge against it',
      '\nThe dockers’ union accused the reporter Ines Kell of inventing quotes. Kell said she stood by “every word” of her article.',
      [['dockers’ union', 'ACCUSE'], ['Ines Kell', 'DENY']]],
  ]);
});

describe('conduct set against the rule it broke is an accusation (session 26)', () => {
  table([
    ['ACCUSE: a minimum fallen short of',
      '\nA former driver, Tomas Verel, said the depot had sent buses out with fewer inspections than the safety code requires.',
      [['Tomas Verel', 'ACCUSE']]],
    ['ACCUSE: a duty not done, "as the law requires"',
      '\nTomas Verel said the depot had not reported the brake faults to the regulator, as the law requires.',
      [['Tomas Verel', 'ACCUSE']]],
    ['near miss: the same rule kept',
      '\nTomas Verel said the depot had reported the brake faults to the regulator, as the law requires.',
      [['Tomas Verel', 'SAY']]],
    ['ACCUSE: a maximum exceeded',
      '\nLina Moor, who chairs the residents’ group, said the quarry had been extracting far more than its permit allows.',
      [['Lina Moor', 'ACCUSE']]],
    ['near miss: going beyond a minimum is no wrong',
      '\nLina Moor, who chairs the residents’ group, said the quarry had gone beyond what the law requires to screen the village from dust.',
      [['Lina Moor', 'SAY']]],
    ['near miss: a general procedure with a negation and a rule, no party charged',
      '\nTax office spokeswoman Hana Oduya said firms that do not file the return required by law will receive a reminder.',
      [['Hana Oduya', 'SAY']]],
    ['near miss: two words of shortfall cancel out, the rule kept',
      '\nDepot spokesman Arno Velt said no bus had left the yard without the two checks required by its licence.',
      [['Arno Velt', 'SAY']]],
    ['near miss: "as the law requires" going on to what the rule asks',
      '\nTax office spokeswoman Hana Oduya said no firm had been fined yet, as the law requires a written warning first.',
      [['Hana Oduya', 'SAY']]],
  ]);
});

// Another party's knowledge of a danger before it came about, told by one who charges it: ACCUSE (content-act
// culpableKnowledge). Not the speaker's own side's knowledge, not a person known, not a question, not a document's report.
describe('another party’s prior knowledge of a danger is an accusation (session 26)', () => {
  table([
    ['ACCUSE: managers who had known of the fault',
      '\nA former engineer, Piet Loran, said managers had known for months about the cracked valve.',
      [['Piet Loran', 'ACCUSE']]],
    ['ACCUSE: a club warned for years',
      '\nFans’ group chair Rhona Vail said the club had been warned for years about the crush at the north gate.',
      [['Rhona Vail', 'ACCUSE']]],
    ['near miss: the speaker’s own side warned, and what it did',
      '\n“We had been warned about the storm, so we moved the boats inland,” said harbour master Colm Reddan.',
      [['Colm Reddan', 'SAY']]],
    ['near miss: people known, not a danger',
      '\nAda Finch, a neighbour, said the couple knew her name and her dog’s name.',
      [['Ada Finch', 'SAY']]],
    ['near miss: whether a board was warned is the inquiry’s question',
      '\nInspector Ruth Calder said the inquiry would establish whether the board had been warned about the cracks.',
      [['Ruth Calder', 'SAY']]],
    ['near miss: knowledge told in words that read well',
      '\nBus company manager Ivo Brandt said the new drivers knew the hill route well and were happy with it.',
      [['Ivo Brandt', 'SAY']]],
  ]);
});

// A step held over a party on the condition that it fails (content-act conditionalThreat): WARN, in either order. Not the
// speaker's own side on both sides of the condition, not a condition about a thing (the weather), not a feeling.
describe('a step held over a party on its failure is a threat (session 26)', () => {
  table([
    ['WARN: the condition first, in a quote',
      '\n“If the bank will not answer our letters, we will take our savings elsewhere,” said Nora Quist, who chairs the Dalby tenants’ co-operative.',
      [['Nora Quist', 'WARN']]],
    ['WARN: the step first, in reported speech',
      '\nMayor Ilse Dorn said the city would take over the routes itself if the operator did not publish a timetable by May.',
      [['Ilse Dorn', 'WARN']]],
    ['near miss: the speaker’s own side on both sides of the condition',
      '\n“If we do not finish the roof this week, we will finish it next week,” said Tom Ager, a builder.',
      [['Tom Ager', 'SAY']]],
    ['near miss: a condition about the weather, no party',
      '\nHarbour manager Ola Brun said the ferry would sail at noon if the wind did not pick up.',
      [['Ola Brun', 'SAY']]],
    ['near miss: help offered on an inability, no failure',
      '\nHousing minister Pia Sand said the state would cover tenants’ repairs if they could not afford them.',
      [['Pia Sand', 'SAY']]],
    ['near miss: a plan on a party\'s not objecting, a permission',
      '\nHarbour manager Ola Brun said the company would put a second ferry on the route in June if the port authority did not object.',
      [['Ola Brun', 'SAY']]],
    ['WARN: the failure to stop a practice, a step held over it',
      '\nMayor Ilse Dorn said the city would revoke the licence if the operator did not stop dumping waste in the bay.',
      [['Ilse Dorn', 'WARN']]],
  ]);
});
