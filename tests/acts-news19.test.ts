// Acts of a neutral cue's content in political and business news (issue 6, session 19). Sentences are our own; every
// expectation was set by hand from LABELS.md (Act) and corpus/GUIDE.md (section 4, decisions 7, 18 and 35), with
// ordinary news sentences sharing the trigger words beside each construction.
import { describe } from 'vitest';
import { table } from './act-table.js';

describe('how long until something comes is a forecast, SAY (GUIDE decision 35), not a hedge', () => {
  table([
    ['"may be years before" under "say"',
      'The county tested new flood barriers in March.\nEngineers say it may be years before the barriers can hold a spring tide.',
      [['Engineers', 'SAY']]],
    ['"might be several months until" in a quote',
      'The rail line closed after the landslide.\n“It might be several months until trains run again,” said Petra Hale, a spokeswoman for the operator.',
      [['Petra Hale', 'SAY']]],
    ['must not fire: "may be" before a guess that is no span of time stays a hedge',
      'The rail line closed after the landslide.\n“The slope may be weaker than the survey showed,” said Petra Hale, a geologist.',
      [['Petra Hale', 'HEDGE']]],
    ['must not fire: "may be years" of something, no "before", stays a hedge',
      'The county tested new flood barriers in March.\n“Those may be years of work wasted if the river moves,” said Petra Hale, an engineer.',
      [['Petra Hale', 'HEDGE']]],
  ]);
});

describe('a party that falls short of its role, in the speaker’s own words, is criticised (LABELS.md: CRITICIZE)', () => {
  table([
    ['a rival that has no plan',
      'The harbour vote is on Tuesday.\n“Marlow has no plan for the harbour,” said Ivo Pell, the challenger.',
      [['Ivo Pell', 'CRITICIZE']]],
    ['a rival not fit for the office',
      'The harbour vote is on Tuesday.\n“Marlow is not fit to be mayor,” said Ivo Pell, the challenger.',
      [['Ivo Pell', 'CRITICIZE']]],
    ['a rival that does not care, in a quote',
      'The harbour vote is on Tuesday.\n“Marlow doesn’t even care about the harbour,” said Ivo Pell, the challenger.',
      [['Ivo Pell', 'CRITICIZE']]],
    ['a body that did not care, in reported speech',
      'The bus route was cut in May.\nIvo Pell said the council did not care about the east side.',
      [['Ivo Pell', 'CRITICIZE']]],
    ['a rival’s record called a disaster',
      'The harbour vote is on Tuesday.\n“Marlow’s record on housing is a disaster,” said Ivo Pell, the challenger.',
      [['Ivo Pell', 'CRITICIZE']]],
    ['must not fire: "no plan to" is no intention, not a shortfall',
      'The mill posted a loss in June.\n“The firm has no plan to sell the mill,” said Ivo Pell, the chairman.',
      [['Ivo Pell', 'SAY']]],
    ['must not fire: the speaker’s own side has no plan',
      'The mill posted a loss in June.\n“We have no plan for the summer yet,” said Ivo Pell, the chairman.',
      [['Ivo Pell', 'SAY']]],
    ['must not fire: a class of people has no clue',
      'The bridge closed on Monday.\n“Residents have no clue when the road will reopen,” said Ivo Pell, a resident.',
      [['Ivo Pell', 'SAY']]],
    ['must not fire: not fit to play, an injury, no office',
      'The club lost on Saturday.\n“The goalkeeper is not fit to play on Saturday,” said Ivo Pell, the coach.',
      [['Ivo Pell', 'SAY']]],
    ['must not fire: the speaker not qualified to be a judge',
      'The club lost on Saturday.\n“I am not qualified to be a judge of that,” said Ivo Pell, the coach.',
      [['Ivo Pell', 'SAY']]],
    ['must not fire: voters who do not care',
      'The city changed its logo.\n“Voters don’t care about the logo,” said Ivo Pell, a pollster.',
      [['Ivo Pell', 'SAY']]],
    ['must not fire: the speaker does not care who gets credit',
      'The harbour reopened on Friday.\n“I don’t care who gets the credit,” said Ivo Pell, the mayor.',
      [['Ivo Pell', 'SAY']]],
    ['must not fire: a storm called a disaster is a misfortune',
      'The valley flooded in March.\n“The flood was a disaster,” said Ivo Pell, a farmer.',
      [['Ivo Pell', 'SAY']]],
  ]);
});

describe('an arrangement or a choice named bad, an adverb before the copula allowed, is criticised (LABELS.md: CRITICIZE)', () => {
  table([
    ['an arrangement named broken, an adverb before the copula',
      'The delegates met in Lenton.\n“The way seats are shared out truly is a broken system,” said Ivo Pell, a candidate.',
      [['Ivo Pell', 'CRITICIZE']]],
    ['an adverb before the copula of a bad idea',
      'The harbour plan was published on Monday.\n“The council’s plan really is a terrible idea,” said Ivo Pell, a resident.',
      [['Ivo Pell', 'CRITICIZE']]],
    ['must not fire: a system that is broken is a fault of a thing, no judgement of a choice',
      'The flats were inspected on Monday.\n“The heating system is broken again,” said Ivo Pell, a tenant.',
      [['Ivo Pell', 'SAY']]],
    ['must not fire: a broken leg',
      'The club lost on Saturday.\n“It was a broken leg, not a fracture of the hip,” said Ivo Pell, the coach.',
      [['Ivo Pell', 'SAY']]],
    ['must not fire: "really is a good idea to" is advice',
      'Ferry fares rise in June.\n“It really is a good idea to book early,” said Ivo Pell, a travel agent.',
      [['Ivo Pell', 'SAY']]],
  ]);
});

describe('a party’s judgment denied a merit is criticised; a hedge word before a superlative hedges nothing', () => {
  table([
    ['a rival’s judgment not sound, after a superlative softened by "perhaps"',
      'The harbour vote is on Tuesday.\n“On perhaps the most costly decision this town faced, I voted no. Marlow voted yes. His judgment was not sound,” said Ivo Pell, the challenger.',
      [['Ivo Pell', 'CRITICIZE']]],
    ['a named party’s instincts not sound',
      'The harbour vote is on Tuesday.\n“Marlow’s instincts are simply not sound,” said Ivo Pell, the challenger.',
      [['Ivo Pell', 'CRITICIZE']]],
    ['must not fire: the speaker’s own judgment',
      'The harbour vote is on Tuesday.\n“My judgment was not right that night,” said Ivo Pell, the mayor.',
      [['Ivo Pell', 'SAY']]],
    ['must not fire: timing that was not right, no party',
      'The harbour vote is on Tuesday.\n“The timing was not right for a vote,” said Ivo Pell, the mayor.',
      [['Ivo Pell', 'SAY']]],
    ['must not fire: a knee not right after a fall',
      'The club lost on Saturday.\n“His knee was not right after the fall,” said Ivo Pell, the coach.',
      [['Ivo Pell', 'SAY']]],
    ['must not fire: "probably" before a guess at a cause stays a hedge (GUIDE decision 35, as "may have contributed")',
      'The ferry sank in its berth on Sunday.\n“The leak probably started in the engine room,” said Ivo Pell, an inspector.',
      [['Ivo Pell', 'HEDGE']]],
  ]);
});
