// Acts of a neutral or asserting cue's content from a new user's trial (nu27): a harm word denied with a qualifier
// between ("no credible threat") or by a subject that denies it was done ("Nobody threatened us") foretells none.
// Sentences are our own; every expectation was set by hand from LABELS.md and corpus/GUIDE.md (section 4, decisions
// 22, 24, 54), with ordinary news sentences sharing the trigger words beside each.
import { describe } from 'vitest';
import { table } from './act-table.js';

describe('a threat or danger denied with a qualifier, or by "nobody", warns of nothing', () => {
  table([
    ['"no serious threat" under a cue of insisting stays ASSERT (decision 54)',
      'The folk festival went ahead on Saturday.\nIts organiser, Mara Holt, insisted there had been no serious threat to the audience.',
      [['Mara Holt', 'ASSERT']]],
    ['"no immediate danger" under a neutral cue is no warning',
      'The folk festival went ahead on Saturday.\nMara Holt, its organiser, said the flooded field posed no immediate danger to campers.',
      [['Mara Holt', 'SAY']]],
    ['"Nobody threatened" in a quote is no warning',
      'The folk festival went ahead on Saturday.\n“Nobody threatened the band. We moved the stage for other reasons,” said Mara Holt, its organiser.',
      [['Mara Holt', 'SAY']]],
    ['must not fire: a qualified threat that is not denied',
      'The folk festival went ahead on Saturday.\nMara Holt, its organiser, said there was a serious threat to the audience from the flooded field.',
      [['Mara Holt', 'WARN']]],
    ['must not fire: "no doubt" before the threat',
      'The folk festival went ahead on Saturday.\nMara Holt, its organiser, said no doubt the threat of flooding would return next summer.',
      [['Mara Holt', 'WARN']]],
    ['must not fire: an immediate danger posed',
      'The folk festival went ahead on Saturday.\nMara Holt, its organiser, said the flooded field posed an immediate danger to campers.',
      [['Mara Holt', 'WARN']]],
  ]);
});
