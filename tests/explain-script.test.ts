// `npm run explain` is how a reviewer traces a wrong row of stances.csv back to its rule: it must print, per target,
// the stance's rule and deciding words (not only the act's), and show a split quote as quotes.csv does, pieces joined
// with " … ", never with the reporter's words between them.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

describe('scripts/explain.ts: why a quote gave no statement, and one sentence of a file', () => {
  it('prints the messages the pipeline gives for the text (a quote with no speaker found)', () => {
    const out = run('Olsen grew visibly angry. "Nobody tells me how to pick my team."');
    expect(out).toMatch(/message quote:unattributed: [^\n]*Nobody tells me/u);
  });
  it('does not print a message for a quote that has its speaker', () => {
    const out = run('"Nobody tells me how to pick my team," Olsen said.');
    expect(out).not.toContain('quote:unattributed');
  });
  const dir = mkdtempSync(join(tmpdir(), 'sa-explain-'));
  const file = join(dir, 'a.txt');
  writeFileSync(file, 'Coach under fire\n\nThe club denied that any promise had been made to the striker, the board said on Monday.\n\nOlsen grew visibly angry. "Nobody tells me how to pick my team."\n\n"We will win the league," said Mara Lind, the captain.\n');
  const grep = (words: string) => spawnSync(process.execPath, ['--import', 'tsx', 'scripts/explain.ts', file, '--grep', words], { encoding: 'utf8' });
  it('--grep prints only the statements and messages whose sentence holds the words', () => {
    const r = grep('WIN THE league');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('We will win the league');
    expect(r.stdout).not.toContain('promise');
    expect(r.stdout).not.toContain('quote:unattributed');
  });
  it('--grep finds a message for a sentence with no statement', () => {
    const r = grep('pick my team');
    expect(r.stdout).toMatch(/^message quote:unattributed/mu);
    expect(r.stdout).not.toContain('win the league');
  });
  it('--grep says so, and fails, when no sentence holds the words', () => {
    const r = grep('transfer window');
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('no statement or message in a sentence containing "transfer window"');
  });
  it('--help documents --grep and the messages', () => {
    const help = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/explain.ts', '--help'], { encoding: 'utf8' });
    expect(help).toContain('--grep WORDS');
    expect(help).toContain('quote:unattributed');
  });
  it('refuses an unknown option, naming it and the options it takes, instead of reading it as text', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/explain.ts', '--cues', 'extra.json', 'Mara Lind said the plan was fine.'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/unknown option --cues/u);
    expect(r.stderr).toMatch(/--grep WORDS/u);
    expect(r.stdout).toBe('');
  });
  it('still reads --grep and its words, and text after "--" that starts with "-"', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/explain.ts', '--', '-', 'Mara Lind said the plan was fine.'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/speaker=Mara Lind/u);
  });
  it('says which word list holds an evidence word, and what each review reason means', () => {
    const shameful = run('"It was shameful," said Mara Lind, the union secretary.');
    expect(shameful).toMatch(/word "shameful": in [^\n]*stance-words\.json criticism/u);
    expect(shameful).toMatch(/why [a-z-]+:[a-z:-]+: \S/u);
  });
});
