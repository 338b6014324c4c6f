// Spurious FAVOR/AGAINST targets (issue 6, precision first; brief stance21). Sentences are our own.
import { describe, expect, it } from 'vitest';
import { announcesOwnStep } from '../src/stages/stance/own-step.js';
import { withContent } from './stance-helpers.js';

describe('announcesOwnStep: the speaker\'s own mention as the subject of a step it will take', () => {
  const cases: Array<[string, string, boolean]> = [
    ['the board would hold a public meeting on Friday', 'the board', true],
    ['we will publish the figures next week', 'we', true],
    ['we’ll publish the figures next week', 'we', true],
    ['she would not resign', 'she', true],
    ['its inspectors would visit every school by March', 'its', true],
    ['its next annual report will include the figures', 'its', true],
    // (a self word inside a longer subject, a step in the past, no step at all)
    ['nothing we sell will harm a child', 'we', false],
    ['we have repaired every pipe and would keep checking', 'we', false],
    ['the company is to blame for the leak', 'the company', false],
    ['our staff, who will be retrained', 'our', false],
    ['its chairman said nothing', 'its', false],
  ];
  it.each(cases)('%s (%s) → %s', (text, mention, expected) => {
    const at = text.indexOf(mention);
    expect(announcesOwnStep(text, at, at + mention.length)).toBe(expected);
  });
});

describe('a step the speaker announces is no report in its own favour (GUIDE section 6, decision 49)', () => {
  it('"said the company would hold a public meeting": no self-report FAVOR', () => {
    const st = withContent('Harwell Water said the company would hold a public meeting in the village hall on Friday.', 'the company would hold');
    expect(st.targets['Harwell Water'] ?? 'NONE').toBe('NONE');
  });
  it('"said its engineers would inspect every pipe": no self-report FAVOR', () => {
    const st = withContent('Harwell Water said its engineers would inspect every pipe in the village by Friday.', 'its engineers');
    expect(st.targets['Harwell Water'] ?? 'NONE').toBe('NONE');
  });
  it('must not change: what the speaker has done is still reported in its favour', () => {
    const st = withContent('Harwell Water said the company had replaced every damaged pipe in the village within a week.', 'the company had replaced');
    expect(st.targets['Harwell Water']).toBe('FAVOR');
  });
  it('must not change: a step told in the speaker\'s own quoted words of praise stays FAVOR (GUIDE decision 41)', () => {
    const st = withContent('Harwell Water said the company would fund “the most generous compensation scheme in the industry” for flooded homes.', 'the company would fund');
    expect(st.targets['Harwell Water']).toBe('FAVOR');
  });
  it('must not change: a step after what the speaker says first in answer stays FAVOR', () => {
    const st = withContent('“Two customers complained, and both had been disconnected for unpaid bills. We will show the regulator every invoice,” said Dana Prowse, Harwell Water\'s chief executive.', 'Two customers complained');
    expect(st.targets['Harwell Water']).toBe('FAVOR');
  });
});
