// The act model after session 25's measurement (issue 6): of the acts it might give a statement the rules left SAY
// under a neutral cue, only CRITICIZE gains on articles it did not see (scripts/act-model-classes.ts: DENY, WARN,
// DEMAND and ACCUSE undo as many right acts as they fix, or never reach a threshold). These rows guard a retraining:
// each near miss is a neutral report built like one of those acts (a negation with no charge before it, a plain
// forecast, a done deed where a demand would ask for it, a report of a step where a charge would name a wrong), and
// must stay SAY whatever the model learns; beside each, the act the rules give the charged wording. Sentences are our
// own; every expectation was set by hand from LABELS.md (Act) and corpus/GUIDE.md (ACCUSE for a specific wrongful act,
// CRITICIZE for a judgement of conduct, DENY for rejecting a charge, WARN for predicted harm, DEMAND for a call to act).
import { describe, it, expect } from 'vitest';
import { acts, table } from './act-table.js';

describe('neutral reports built like the acts the model does not give stay SAY (session 25)', () => {
  table([
    ['ACCUSE: a specific wrong pinned on a company',
      '\nRos Kettle, a union steward, said the company had lied to workers about the pension fund.',
      [['Ros Kettle', 'ACCUSE']]],
    ['near miss: the same company reported writing to workers',
      '\nRos Kettle, a union steward, said the company had written to workers about the pension fund.',
      [['Ros Kettle', 'SAY']]],
    ['CRITICIZE: a judgement of a minister’s conduct',
      '\nOpposition leader Hale Dunmore said the minister’s handling of the flood money was careless and arrogant.',
      [['Hale Dunmore', 'CRITICIZE']]],
    ['near miss: the same handling reported as due for review',
      '\nOpposition leader Hale Dunmore said the minister’s handling of the flood money was due to be reviewed.',
      [['Hale Dunmore', 'SAY']]],
    ['DEMAND: a call on the school to publish',
      '\nParents’ group chair Wyn Alder said the school must publish the inspection report before the holidays.',
      [['Wyn Alder', 'DEMAND']]],
    ['near miss: the school reported to have published',
      '\nParents’ group chair Wyn Alder said the school published the inspection report before the holidays.',
      [['Wyn Alder', 'SAY']]],
    ['near miss of DENY: a firm’s negation with no charge before it (GUIDE decision 22)',
      '\nLorrin Transport said it had never cut the drivers’ break times.',
      [['Lorrin Transport', 'SAY']]],
    ['near miss of WARN: a forecast of no harm',
      '\nHarbour master Colm Pryde said the new ferry timetable would start on Monday.',
      [['Colm Pryde', 'SAY']]],
  ]);

  // A known gap: harm foretold under a condition, with no warning word the rules know ("could wreck ... if"), stays SAY;
  // the model cannot reach it either (WARN gave no right change on held-out folds of the read half). When a rule or a
  // retraining reads it as WARN, this `it` fails and becomes a plain test.
  it.fails('reads harm foretold under a condition as WARN', () => {
    expect(acts('\nHarbour master Colm Pryde said the storm could wreck the fishing fleet if the boats stayed in the outer basin.')).toEqual([['Colm Pryde', 'WARN']]);
  });
});
