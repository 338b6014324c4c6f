// Acts of a neutral cue's content from two new users' trials (issue 6, nu24/nu25): a praise verb whose subject is a third
// party, a harm denied, a wrongful act only supposed or investigated, a step held over a party on a condition, and
// "there is no" before a solution. Sentences are our own; every expectation was set by hand from LABELS.md and
// corpus/GUIDE.md (section 4, decisions 7, 24, 49), with ordinary news sentences sharing the trigger words beside each.
import { describe } from 'vitest';
import { table } from './act-table.js';

describe('a praise verb whose subject is a third party is praise reported, not the speaker’s own', () => {
  table([
    ['a third party applauds in the speaker’s quote',
      'The library reopened on Monday.\n“The mayor cut the library budget twice and now she applauds the volunteers who keep it open,” said Ana Velde, a councillor.',
      [['Ana Velde', 'SAY']]],
    ['must not fire: the speaker’s side applauds',
      'The library reopened on Monday.\n“We applaud the volunteers who kept the library open,” said Ana Velde, a councillor.',
      [['Ana Velde', 'PRAISE']]],
    ['must not fire: the speaker welcomes, in an indirect content',
      'The library reopened on Monday.\nAna Velde, a councillor, said she welcomed the decision to restore the library budget.',
      [['Ana Velde', 'PRAISE']]],
  ]);
});

describe('a harm denied foretells none (no WARN)', () => {
  table([
    ['"were not at risk"',
      'The ward was closed on Friday.\nA hospital spokesman, Karl Rune, said residents of the east wing were not at risk.',
      [['Karl Rune', 'SAY']]],
    ['must not fire: "were at risk"',
      'The ward was closed on Friday.\nA hospital spokesman, Karl Rune, said residents of the east wing were at risk.',
      [['Karl Rune', 'WARN']]],
    ['must not fire: "a danger to"',
      'The pier was closed on Friday.\nKarl Rune, the harbour master, said the old pier was a danger to swimmers.',
      [['Karl Rune', 'WARN']]],
  ]);
});

describe('a wrongful act supposed or investigated is pinned on no one; a step held over a party on a condition is WARN (decision 24)', () => {
  table([
    ['an inquiry into whether a party broke rules',
      'Prices rose again in May.\nThe watchdog said it had opened an inquiry into whether Brightlane had breached competition rules.',
      [['watchdog', 'SAY']]],
    ['"if" the evidence shows a wrong, "we will act"',
      'Prices rose again in May.\n“If the audit shows Brightlane misled its customers, we will act,” said Mira Olsen, the watchdog’s chair.',
      [['Mira Olsen', 'WARN']]],
    ['"if" a deadline is missed, "there will be consequences"',
      'The roof collapsed in March.\n“If the repairs are not finished by June, there will be consequences,” said Ola Brenn, the housing minister.',
      [['Ola Brenn', 'WARN']]],
    ['must not fire: the wrong stated, not supposed',
      'Prices rose again in May.\nThe watchdog said Brightlane had breached competition rules.',
      [['watchdog', 'ACCUSE']]],
    ['must not fire: the wrong stated before "we will act"',
      'Prices rose again in May.\n“Brightlane misled its customers,” said Mira Olsen, the watchdog’s chair.',
      [['Mira Olsen', 'ACCUSE']]],
    ['must not fire: a condition before acting on findings',
      'Prices rose again in May.\n“If the board agrees, we will act on the survey’s findings in June,” said Mira Olsen, the watchdog’s chair.',
      [['Mira Olsen', 'SAY']]],
    ['must not fire: consequences told, not held over anyone',
      'The roof collapsed in March.\n“The flooding had consequences for every shop on the street,” said Ola Brenn, the housing minister.',
      [['Ola Brenn', 'SAY']]],
  ]);
});

describe('"there is no" before a solution denies no charge', () => {
  table([
    ['"there is no military solution"',
      'Troops massed on the border.\n“There is no military solution to this standoff,” said Irena Sova, the envoy.',
      [['Irena Sova', 'SAY']]],
    ['must not fire: "there is no evidence"',
      'Troops massed on the border.\n“There is no evidence that our troops crossed the line,” said Irena Sova, the defence minister.',
      [['Irena Sova', 'DENY']]],
    ['must not fire: "there was no contact"',
      'The tender was cancelled.\n“There was no contact between our staff and the bidders,” said Irena Sova, the agency’s director.',
      [['Irena Sova', 'DENY']]],
  ]);
});

describe('"if …, X should have no problem doing Y" presses X to do Y (DEMAND)', () => {
  table([
    ['a condition, then "should have no problem"',
      'The club’s debts were reported in May.\n“If the club has nothing to hide, it should have no problem publishing its accounts,” said Pia Holm, a supporters’ trust member.',
      [['Pia Holm', 'DEMAND']]],
    ['must not fire: a forecast with no condition',
      'The new stand opens on Saturday.\n“Fans should have no problem finding a seat this weekend,” said Pia Holm, the club’s secretary.',
      [['Pia Holm', 'SAY']]],
    ['must not fire: "have no problem" told of the speaker’s side',
      'The new stand opens on Saturday.\n“We have had no problem selling tickets this season,” said Pia Holm, the club’s secretary.',
      [['Pia Holm', 'SAY']]],
  ]);
});

describe('a measure that "would push" a party "over the edge" foretells a harm (WARN, section 4)', () => {
  table([
    ['"would push … over the edge"',
      'The levy was announced on Tuesday.\nThe chamber of commerce said the levy would push many small bakeries over the edge.',
      [['chamber of commerce', 'WARN']]],
    ['must not fire: a fall over an edge told as past fact',
      'The quay was closed on Tuesday.\nA witness, Tor Lind, said the van had rolled over the edge of the quay.',
      [['Tor Lind', 'SAY']]],
    ['must not fire: a past strain with no prospect',
      'The season ended on Sunday.\nThe coach, Tor Lind, said the long injury list had pushed the squad over the edge in March.',
      [['Tor Lind', 'SAY']]],
  ]);
});
