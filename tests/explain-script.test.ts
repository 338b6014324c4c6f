// `npm run explain` is how a reviewer traces a wrong row of stances.csv back to its rule: it must print, per target,
// the stance's rule and deciding words (not only the act's), and show a split quote as quotes.csv does, pieces joined
// with " … ", never with the reporter's words between them.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const run = (text: string): string =>
  execFileSync(process.execPath, ['--import', 'tsx', 'scripts/explain.ts', text], { encoding: 'utf8' });

describe('scripts/explain.ts', () => {
  const out = run('The union accused Halden Water of hiding the leak. "It was shameful," said Mara Lind, the union secretary. "They lied to us."');

  it('prints each target with its stance and the rule and words that decided it', () => {
    // "accused Halden Water of hiding …": the accused party is AGAINST, decided by a stance rule on the accusation.
    expect(out).toMatch(/target Halden Water: AGAINST \(stance:against:[a-z-]+: "[^"]+" @\d+\)/);
  });

  it('labels the act evidence apart from the stance evidence', () => {
    expect(out).toMatch(/act evidence: act:cue: "accused" @\d+/);
  });

  it('joins a split quote\'s pieces with " … ", leaving out the reporter\'s words between them', () => {
    expect(out).toContain('⟦It was shameful, … They lied to us.⟧');
    expect(out).not.toMatch(/⟦[^⟧]*said Mara Lind[^⟧]*⟧/);
  });
});
