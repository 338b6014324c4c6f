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
