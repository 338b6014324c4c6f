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

describe('a court, tribunal or the police named as where a step is taken is not AGAINST (GUIDE decision 58)', () => {
  it('"should take it to the police": the police are where evidence goes, not the party accused', () => {
    const st = withContent('The Kestrel Tenants\' Union said anyone with evidence of fraud by landlords should take it to the police.', 'anyone with evidence');
    expect(st.targets['police'] ?? 'NONE').toBe('NONE');
  });
  it('"would seek permission to appeal to the Supreme Court": the court asked to rule is NONE', () => {
    const st = withContent('Marrow Logistics said it was disappointed by the ruling and would seek permission to appeal to the Supreme Court.', 'it was disappointed');
    expect(st.targets['Supreme Court'] ?? 'NONE').toBe('NONE');
  });
  it('"filed a complaint with the Employment Tribunal": the tribunal is NONE', () => {
    const st = withContent('The union said it had filed a complaint with the Employment Tribunal over the dismissals, which it called unlawful.', 'it had filed');
    expect(st.targets['Employment Tribunal'] ?? 'NONE').toBe('NONE');
  });
  it('must not change: the police accused of a wrong are AGAINST', () => {
    const st = withContent('The Kestrel Tenants\' Union accused the police of ignoring repeated warnings about the landlord.', 'the police of ignoring');
    expect(st.targets['police']).toBe('AGAINST');
  });
  it('must not change: a court said to have done wrong is AGAINST', () => {
    const st = withContent('Marrow Logistics said the Supreme Court had ignored decades of settled employment law.', 'the Supreme Court had ignored');
    expect(st.targets['Supreme Court']).toBe('AGAINST');
  });
  it('must not change: the police the blame is laid on ("lay with the police") are AGAINST', () => {
    const st = withContent('Harwell Council said responsibility for the missing records lay with the police.', 'responsibility for');
    expect(st.targets['police']).toBe('AGAINST');
  });
});

describe('a person\'s party label is no body the person speaks for (GUIDE decision 64)', () => {
  it('"Molloy, a Democrat elected in 2020": no Democrat FAVOR from the sheriff\'s own report', () => {
    const st = withContent('Sheriff Harriet Molloy said on Monday that the county jail was overcrowded.|“I have forty beds and sixty people in them every night,” Molloy, a Democrat elected in 2020, told reporters.', 'I have forty beds');
    expect(st.targets['Democrat'] ?? 'NONE').toBe('NONE');
  });
  it('must not change: a spokesman for the party defends the party', () => {
    const st = withContent('“We have never hidden a single invoice,” said Tom Reyes, a spokesman for the Republicans.', 'We have never hidden');
    expect(st.targets['Republicans']).toBe('FAVOR');
  });
  it('must not change: a party the content names and criticises is AGAINST', () => {
    const st = withContent('“The Republicans have done nothing for this town,” said Harriet Molloy, a Democrat elected in 2020.', 'The Republicans have');
    expect(st.targets['Republicans']).toBe('AGAINST');
  });
});

describe('the author of a claim rebutted is the person, not the person\'s party label (GUIDE decision 64)', () => {
  const text = 'State Sen. Carl Mattis, a Republican from Denton, said the schools already had more money than they could spend.|Senate Democrats disputed that claim.';
  it('"disputed that claim" after a Republican senator\'s: no Republican AGAINST', () => {
    const st = withContent(text, 'that claim');
    expect(st.targets['Republican'] ?? 'NONE').toBe('NONE');
  });
  it('must not change: the senator whose claim is disputed is AGAINST', () => {
    const st = withContent(text, 'that claim');
    expect(st.targets['Carl Mattis']).toBe('AGAINST');
  });
  it('must not change: the author\'s body is AGAINST when the author speaks for one', () => {
    const st = withContent('Halima Brook, the research director of the Tarn Valley Water Watch, said the reservoir was leaking.|The water company rejected the findings.', 'the findings');
    expect(Object.entries(st.targets).some(([name, stance]) => /Water Watch/u.test(name) && stance === 'AGAINST')).toBe(true);
  });
});

describe('the tone of a neutral report does not reach a party named only as where or for whom (tone-bystander.ts)', () => {
  it('"received 240 complaints about Tarrow Energy": the body receiving complaints is not against the firm', () => {
    const st = withContent('The ombudsman said it had received 240 complaints about Tarrow Energy since January, more than in the whole of last year.', 'it had received');
    expect(st.targets['Tarrow Energy'] ?? 'NONE').toBe('NONE');
  });
  it('"received complaints about Tarrow Energy and was reviewing them": NONE', () => {
    const st = withContent('The ombudsman said it had received complaints about Tarrow Energy and was reviewing them.', 'it had received');
    expect(st.targets['Tarrow Energy'] ?? 'NONE').toBe('NONE');
  });
  it('must not change: the party the report is about, as its subject, still takes the tone', () => {
    const st = withContent('The ombudsman said Tarrow Energy had received 240 complaints since January, more than in the whole of last year.', 'Tarrow Energy had');
    expect(st.targets['Tarrow Energy']).toBe('AGAINST');
  });
  it('must not change: the owner of what the complaints are about ("about Tarrow Energy’s billing") still takes the tone', () => {
    const st = withContent('The ombudsman said it had received 240 complaints about Tarrow Energy’s billing since January, more than in the whole of last year.', 'it had received');
    expect(st.targets['Tarrow Energy']).toBe('AGAINST');
  });
  it('must not change: a charge in words reaches the party after "in" ("the wiring in Tarrow Energy’s depot was dangerous")', () => {
    const st = withContent('The inspectors said the wiring in Tarrow Energy’s depot was dangerous and had been left to rot for years.', 'the wiring');
    expect(st.targets['Tarrow Energy']).toBe('AGAINST');
  });
});

describe('a person who clears another party speaks for that party, not in their own defence (GUIDE section 6)', () => {
  it('a lawyer\'s "her client had nothing to hide": the client FAVOR, the lawyer no target', () => {
    const st = withContent('Carla Mendez, a lawyer for the cyclist Tomas Reyna, said the payments were for physiotherapy and that Reyna had “nothing to hide.”', 'the payments');
    expect(st.targets['Tomas Reyna']).toBe('FAVOR');
    expect(st.targets['Carla Mendez'] ?? 'NONE').toBe('NONE');
  });
  it('must not change: a person who also speaks of themselves ("I advised him") stays a FAVOR target', () => {
    // (a coach: an advocate's denial that clears the client is the client's defence, not the advocate's, wt-fixnu28t)
    const st = withContent('“I advised him at every step, and Tomas Reyna has nothing to hide,” said Carla Mendez, the cyclist\'s coach.', 'I advised him');
    expect(st.targets['Carla Mendez']).toBe('FAVOR');
  });
  it('must not change: a person charged before who answers stays a FAVOR target', () => {
    const st = withContent('Prosecutors accused Carla Mendez of hiding evidence from the court.|Mendez said the payments were for physiotherapy and that Reyna had “nothing to hide.”', 'the payments');
    expect(st.targets['Carla Mendez']).toBe('FAVOR');
  });
});
