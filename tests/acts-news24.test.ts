// Acts that come from what the stance stage already knows rather than from the content's words (issue 6, session 23):
// a reply to a charge made just before against its speaker, when it negates or restricts, denies it (GUIDE decision 22).
// Sentences are our own; every expectation was set by hand from LABELS.md (Act) and corpus/GUIDE.md (section 4,
// decision 22), with a near miss beside each case: a reply that reports a step, and the same negation with no charge.
import { describe } from 'vitest';
import { table } from './act-table.js';

describe('a reply to a charge against its speaker that negates or restricts is DENY (GUIDE decision 22)', () => {
  table([
    ['a firm that has no record of what it is charged with ignoring',
      'Union organiser Mara Quell accused Dunmore Foods of ignoring complaints from night-shift workers.\nDunmore Foods said it had no record of any complaint from the night shift.',
      [['Mara Quell', 'ACCUSE'], ['Dunmore Foods', 'DENY']]],
    ['a council whose figures, it says, did not include what the critic counted',
      'Ratepayers’ group chair Tomas Reyne accused Pellow Council of hiding the true cost of the bypass.\nPellow Council said the published figure did not include land it already owned.',
      [['Tomas Reyne', 'ACCUSE'], ['Pellow Council', 'DENY']]],
    ['a landlord that acts only as a last resort',
      'Tenant campaigner Odile Farrant accused Brightmoor Homes of evicting families over small debts.\nBrightmoor Homes said it goes to court only as a last resort.',
      [['Odile Farrant', 'ACCUSE'], ['Brightmoor Homes', 'DENY']]],
    ['must not fire: a reply that reports a step it took, no negation',
      'Union organiser Mara Quell accused Dunmore Foods of ignoring complaints from night-shift workers.\nDunmore Foods said it had hired two more supervisors for the night shift.',
      [['Mara Quell', 'ACCUSE'], ['Dunmore Foods', 'SAY']]],
    ['must not fire: a record cited in answer, "without a single" (GUIDE decision 42)',
      'Runners’ group chair Ida Moss accused Fellside Events of ignoring safety on the mountain course.\nFellside Events said it had run the race for twenty years without a single serious injury.',
      [['Ida Moss', 'ACCUSE'], ['Fellside Events', 'SAY']]],
    ['must not fire: a record cited in answer, "only" before a count (GUIDE decision 42)',
      'Parents accused Brackley Academy of hiding bullying from governors.\nBrackley Academy said it had recorded only 3 bullying incidents in the past year.',
      [['parents', 'ACCUSE'], ['Brackley Academy', 'SAY']]],
    ['must not fire: the same negation with no charge before it',
      'Dunmore Foods opened a second bakery in Tilby in March.\nDunmore Foods said it had no plans to close the first one.',
      [['Dunmore Foods', 'SAY']]],
  ]);
});
