// Acts of a neutral cue's content in political and business news (issue 6, session 20). Sentences are our own; every
// expectation was set by hand from LABELS.md (Act) and corpus/GUIDE.md (section 4, decisions 7 and 19), with ordinary
// news sentences sharing the trigger words beside each construction.
import { describe } from 'vitest';
import { table } from './act-table.js';

describe('a body’s refusal to discuss, reported with "could not" or by its plural "they", is NO_COMMENT (GUIDE decision 19)', () => {
  table([
    ['a spokesman who could not discuss the case',
      'Two inspectors were suspended in June.\nA ministry spokesman said he could not discuss the case because of the pending inquiry.',
      [['ministry', 'NO_COMMENT']]],
    ['a body that could not discuss personnel matters',
      'Two inspectors were suspended in June.\nThe ministry said it couldn’t discuss personnel matters.',
      [['ministry', 'NO_COMMENT']]],
    ['unnamed officials who could not discuss the crash while it is investigated',
      'A freight train left the rails near Ostby on Sunday.\nOfficials said they could not discuss the crash while the investigation continues.',
      [['Officials', 'NO_COMMENT']]],
    ['must not fire: talks with a party that could not take place',
      'The pay talks stalled in May.\nThe ministry said it could not discuss pay with the union until the board had met.',
      [['ministry', 'SAY']]],
    ['must not fire: tenants who could not discuss a rise, no reason of process',
      'The rent rise takes effect in April.\nTenants said they could not discuss the rent rise because no one from the landlord turned up.',
      [['Tenants', 'SAY']]],
    ['must not fire: residents who could not discuss a plan nobody published',
      'The plan for the quay was approved in March.\nDana Ortiz said residents could not discuss the plan because the council had not published it.',
      [['Dana Ortiz', 'SAY']]],
    ['must not fire: a rival who could not answer questions was unable, no refusal',
      'The debate was held on Thursday.\nOrtiz said her rival could not answer questions about the budget.',
      [['Ortiz', 'SAY']]],
  ]);
});
