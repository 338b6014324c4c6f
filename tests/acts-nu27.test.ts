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

describe('the speaker’s own dismay at a party, with the reaction word quoted, is CRITICIZE', () => {
  table([
    ['"were \\"ashamed\\" of" the board',
      'The choir was disbanded in May.\nA group of 30 former singers said they felt "ashamed" of the cathedral board and would no longer attend services.',
      [['group of 30 former singers', 'CRITICIZE']]],
    ['must not fire: a quoted word of pride',
      'The choir was disbanded in May.\nA group of 30 former singers said in a letter that they were "proud" of the cathedral board and would keep attending services.',
      [['group of 30 former singers', 'SAY']]],
    ['must not fire: "ashamed" of one’s own shortcoming',
      'The choir was disbanded in May.\nA group of 30 former singers said they were "ashamed" to admit they had never sung in public before.',
      [['group of 30 former singers', 'SAY']]],
  ]);
});

describe('a charge of giving in, of starving a body of money, or of manufacturing a crisis is CRITICIZE under a neutral cue', () => {
  table([
    ['"had given in to" a few developers',
      'The bypass plan was dropped in June.\nThe mayor, Lise Brandt, said the council had given in to a handful of property developers.',
      [['Lise Brandt', 'CRITICIZE']]],
    ['must not fire: "given in" a report',
      'The bypass plan was dropped in June.\nThe mayor, Lise Brandt, said the council had given in its report on time.',
      [['Lise Brandt', 'SAY']]],
    ['must not fire: "gave in" no one, a step given',
      'The bypass plan was dropped in June.\nThe mayor, Lise Brandt, said the council had given the developers until Friday to reply.',
      [['Lise Brandt', 'SAY']]],
    ['"starved of funds" under a former director',
      'The orchestra gave its last concert on Sunday.\nA long-standing member, Oskar Lind, said the orchestra had been "starved of funds for a decade" under its previous director.',
      [['Oskar Lind', 'CRITICIZE']]],
    ['must not fire: "starved of oxygen"',
      'The hospital opened an inquiry on Sunday.\nA midwife, Oskar Lind, said the newborn had been starved of oxygen during the delivery.',
      [['Oskar Lind', 'SAY']]],
    ['must not fire: money given',
      'The orchestra gave its last concert on Sunday.\nA long-standing member, Oskar Lind, said the orchestra had been given money for years by its previous director.',
      [['Oskar Lind', 'SAY']]],
    ['"manufacturing a crisis"',
      'Rents rose again in April.\nThe tenants’ association said the landlords were "manufacturing a crisis" to push rents up.',
      [['tenants’ association', 'CRITICIZE']]],
    ['must not fire: manufacturing an engine',
      'Exports rose again in April.\nThe plant manager, Rolf Eide, said the firm was manufacturing a new engine for export.',
      [['Rolf Eide', 'SAY']]],
    ['must not fire: a crisis reported',
      'Rents rose again in April.\nThe tenants’ association said the city faced a housing crisis that had been building for years.',
      [['tenants’ association', 'SAY']]],
  ]);
});

describe('a measure that "would choke off" or "stifle" something foretells a harm: WARN (section 4)', () => {
  table([
    ['"would choke off" after a gerund subject',
      'Rents rose again in May.\nTor Aas, who chairs the builders’ federation, said that capping rents would "choke off the building of new homes".',
      [['Tor Aas', 'WARN']]],
    ['"would stifle" after a measure',
      'Rents rose again in May.\nTor Aas, who chairs the builders’ federation, said the new levy would stifle small firms.',
      [['Tor Aas', 'WARN']]],
    ['must not fire: a past choking, no forecast',
      'The street flooded again in May.\nTor Aas, the works manager, said weeds had choked off the drain.',
      [['Tor Aas', 'SAY']]],
    ['must not fire: a cure that would wipe out a disease',
      'The trial ended in May.\nTor Aas, the lead researcher, said the new vaccine would wipe out the disease within a decade.',
      [['Tor Aas', 'SAY']]],
  ]);
});
