// Narrowed act rules (review22, session 22). Sentences are our own; every expectation was set by hand from LABELS.md
// (Act) and corpus/GUIDE.md (decisions 22, 54, 73), with ordinary news sentences sharing the trigger words.
import { describe } from 'vitest';
import { table } from './act-table.js';

describe('a cue of asserting keeps ASSERT when the content warns or demands (GUIDE decision 54, review22 #11)', () => {
  table([
    ['insisted, the content a warning',
      'The port reopened on Monday.\nHarbour master Ola Brekke insisted that there was a serious risk that the new quay would flood within a decade.',
      [['Ola Brekke', 'ASSERT']]],
    ['argued, the content a demand',
      'The budget is due in March.\nCouncillor Ola Brekke argued that the city must fund more bus routes next year.',
      [['Ola Brekke', 'ASSERT']]],
    ['still WARN: the same warning under "said"',
      'The port reopened on Monday.\nHarbour master Ola Brekke said that there was a serious risk that the new quay would flood within a decade.',
      [['Ola Brekke', 'WARN']]],
    ['still DEMAND: the same demand under "said"',
      'The budget is due in March.\nCouncillor Ola Brekke said that the city must fund more bus routes next year.',
      [['Ola Brekke', 'DEMAND']]],
  ]);
});
