// Acts of a neutral cue's content in political and business news (issue 6, session 21). Sentences are our own; every
// expectation was set by hand from LABELS.md (Act) and corpus/GUIDE.md (section 4, decision 7), with ordinary news
// sentences sharing the trigger words beside each construction.
import { describe, expect, it } from 'vitest';
import { acts, table } from './act-table.js';

describe('a thing named the model case of a fault ("the textbook definition of cronyism") is CRITICIZE', () => {
  table([
    ['the very definition of a fault, in a quote',
      'The council awarded the contract in June.\n“That award was the very definition of cronyism,” said Ada Brill, a councillor.',
      [['Ada Brill', 'CRITICIZE']]],
    ['a quoted "textbook definition" after "basically", reported',
      'The minister spoke on Tuesday.\nAda Brill said his remark was basically the “textbook definition” of a conflict of interest.',
      [['Ada Brill', 'CRITICIZE']]],
    ['the phrase in the speaker\'s quote marks after the copula',
      'The judge ruled in May.\nAda Brill said the governor\'s attack on the judge was "the textbook definition of a bigoted comment."',
      [['Ada Brill', 'CRITICIZE']]],
    ['must not fire: the definition of a neutral term',
      'Output fell for a second quarter.\n“The textbook definition of a recession is two quarters of falling output,” said Ada Brill, an economist.',
      [['Ada Brill', 'SAY']]],
    ['must not fire: negated',
      'The council awarded the contract in June.\n“It is not the textbook definition of cronyism,” said Ada Brill, a councillor.',
      [['Ada Brill', 'SAY']]],
    ['must not fire: the definition itself as the subject, no copula before it',
      'The statute was amended in May.\nAda Brill said the very definition of cronyism in the statute had been narrowed by the amendment.',
      [['Ada Brill', 'SAY']]],
    ['must not fire: a condition',
      'The council awarded the contract in June.\n“If the award went to his brother, that is the very definition of nepotism,” said Ada Brill, a councillor.',
      [['Ada Brill', 'SAY']]],
  ]);
});

describe('a betrayal of people ("sold out the workers", "sold us out") is CRITICIZE; a venue or stock sold out is not', () => {
  table([
    ['a party that sold out workers, in a quote',
      'The plant closed in May.\n“They sold out the workers of this valley,” said Ada Brill, a union organiser.',
      [['Ada Brill', 'CRITICIZE']]],
    ['reported, with a hyphen and an adjective before the people',
      'The trade bill passed in May.\nAda Brill said the senator was selling-out the American worker.',
      [['Ada Brill', 'CRITICIZE']]],
    ['passive, the betrayer after "by": the speaker\'s own complaint',
      'The plant closed in May.\n“We were sold out by the party bosses,” said Ada Brill, a union organiser.',
      [['Ada Brill', 'CRITICIZE']]],
    ['must not fire: a venue sold out',
      'The tour began in May.\n“The band sold out the arena in two hours,” said Ada Brill, a promoter.',
      [['Ada Brill', 'SAY']]],
    ['must not fire: tickets for a party sold out',
      'The dinner was held in May.\nAda Brill said tickets for the party sold out within a day.',
      [['Ada Brill', 'SAY']]],
    ['must not fire: a shop sold out of stock',
      'The storm closed the roads.\nAda Brill said the shop had sold out of bread by noon.',
      [['Ada Brill', 'SAY']]],
    ['must not fire: the speaker\'s own dinner sold out',
      'The dinner was held in May.\n“We sold out and we had to add more tables,” said Ada Brill, the organiser.',
      [['Ada Brill', 'SAY']]],
    ['must not fire: negated with "didn\'t"',
      'The plant closed in May.\n“He didn’t sell out the workers,” said Ada Brill, a union organiser.',
      [['Ada Brill', 'SAY']]],
  ]);
});

describe('praise of an idea or a party by its moment in history ("an idea whose time has come", "ahead of her time") is PRAISE', () => {
  table([
    ['an idea whose time has come, in a quote',
      'The vote is on Friday.\n“Ortega has argued for a four-day week since 1990. Now that is an idea whose time has come,” said Ada Brill.',
      [['Ada Brill', 'PRAISE']]],
    ['a party ahead of her time, reported',
      'The vote is on Friday.\nAda Brill said the senator had been ahead of her time on energy.',
      [['Ada Brill', 'PRAISE']]],
    ['on the right side of history',
      'The vote is on Friday.\n“He was always on the right side of history on civil rights,” said Ada Brill.',
      [['Ada Brill', 'PRAISE']]],
    ['must not fire: a time that has come to an end',
      'The season ended in May.\nAda Brill said the coach, whose time has come to an end at the club, would leave on Friday.',
      [['Ada Brill', 'SAY']]],
    ['must not fire: the time has come for a party to act (a demand, perhaps, but not this rule\'s: it must only not read praise)',
      'The season ended in May.\n“The time has come for the council to act,” said Ada Brill.',
      [['Ada Brill', 'SAY']]],
    ['must not fire: negated in its sentence',
      'The vote is on Friday.\n“A four-day week is not an idea whose time has come,” said Ada Brill.',
      [['Ada Brill', 'SAY']]],
    ['must not fire: a runner ahead of her time from last year',
      'The race was on Sunday.\nAda Brill said she finished ahead of her time from last year.',
      [['Ada Brill', 'SAY']]],
    ['must not fire: a condition',
      'The vote is on Friday.\n“If this is an idea whose time has come, voters will say so,” said Ada Brill.',
      [['Ada Brill', 'SAY']]],
  ]);
});

it('the table helper reads acts in order', () => {
  expect(acts('The plant closed in May.\n“They sold us out,” said Ada Brill, a union organiser.')).toEqual([['Ada Brill', 'CRITICIZE']]);
});
