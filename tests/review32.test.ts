// A reviewer's probes of rules merged in session 31 (brief review32): the sentences each rule must handle and the
// ordinary ones a careless version fired on. Every sentence is written for this file; every expectation is what a
// careful reader would say (LABELS.md, corpus/GUIDE.md).
import { describe, expect, it } from 'vitest';
import { withContent } from './stance-helpers.js';

describe('a denial of a claim its possessor made (judge-stance possessedRebuttal): the claim must be what is denied', () => {
  it.each<[string, string]>([
    ['Corran Water said it strongly disagreed with the Drinking Water Inspectorate’s conclusion and would appeal.', 'it strongly'],
    ['Corran Water disputed the Drinking Water Inspectorate’s finding, saying its samples had been taken correctly.', 'the Drinking'],
    ['Corran Water rejected the Drinking Water Inspectorate’s finding that it had failed to test the supply.', 'the Drinking'],
    ['Corran Water said it “firmly disagrees” with the Drinking Water Inspectorate’s conclusion.', 'it “firmly'],
  ])('the possessor of the claim denied is AGAINST: %s', (body, start) => {
    expect(withContent(body, start).targets['Drinking Water Inspectorate']).toBe('AGAINST');
  });
  it.each<[string, string]>([
    // (the possessed claim is cited in the speaker's support, not denied)
    ['Corran Water denied any fault, citing the Drinking Water Inspectorate’s finding that the supply was safe.', 'any fault'],
    ['Halvard Mining denied any wrongdoing, pointing to the External Audit Group’s conclusion that its accounts were in order.', 'any wrongdoing'],
    // (the possessed claim is the subject of the clause denied: what is denied is something done with it)
    ['Corran Water denied that the Drinking Water Inspectorate’s finding had been leaked to the press.', 'the Drinking'],
  ])('must not fire: %s', (body, start) => {
    const st = withContent(body, start);
    const target = Object.entries(st.targets).find(([name]) => /Inspectorate|Audit Group/u.test(name));
    expect(target?.[1] ?? 'NONE').not.toBe('AGAINST');
  });
});
