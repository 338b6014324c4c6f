import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandInputs, parseExtensions } from '../src/ingest/read-inputs.js';
import { runCli, tempDir } from './helpers.js';

// `--ext`: a folder of articles often holds other readable files (a reviewer's notes.md, a README.md) that are not news;
// a new user's notes beside their articles came out as statements by speakers named "cue" and "content".

function folder(): string {
  const dir = tempDir('sa-ext-');
  mkdirSync(join(dir, 'sub'));
  writeFileSync(join(dir, 'a.txt'), 'Harbour to close\n\nThe harbour will close in May, the council said.\n');
  writeFileSync(join(dir, 'sub', 'b.html'), '<html><body><h1>Fares rise</h1><p>Fares will rise by 5 per cent, the operator said.</p></body></html>');
  writeFileSync(join(dir, 'notes.md'), 'My notes\n\nThe cue is "said", the content is the clause, the labeller said.\n');
  return dir;
}

describe('--ext: the types read from input folders', () => {
  it('reads every supported type by default, and only the listed ones with a list; the others are counted as skipped', () => {
    const dir = folder();
    expect(expandInputs([dir]).files.map((f) => f.slice(dir.length + 1))).toEqual(['a.txt', 'notes.md', 'sub/b.html']);
    const only = expandInputs([dir], ['.txt', '.html']);
    expect(only.files.map((f) => f.slice(dir.length + 1))).toEqual(['a.txt', 'sub/b.html']);
    expect(only.skipped).toEqual({ '.md': 1 });
  });

  it('reads a file named as an argument whatever its type', () => {
    const dir = folder();
    expect(expandInputs([join(dir, 'notes.md')], ['.txt']).files).toEqual([join(dir, 'notes.md')]);
  });

  it('names the folder when the list leaves nothing to read in it', () => {
    const dir = folder();
    const r = expandInputs([join(dir, 'sub')], ['.txt']);
    expect(r.files).toEqual([]);
    expect(r.problems).toEqual([expect.objectContaining({ source: join(dir, 'sub'), code: 'empty', problem: 'directory has no article files (.txt)' })]);
  });

  it('takes "txt,HTML", ".md" and spaces; refuses a type it cannot read and an empty list', () => {
    expect(parseExtensions('txt, HTML')).toEqual(['.txt', '.html']);
    expect(parseExtensions('.md,md')).toEqual(['.md']);
    expect(parseExtensions('txt,pdf')).toBe('--ext .pdf: not a format this tool reads (.txt, .md, .html, .htm, .json, .jsonl)');
    expect(parseExtensions(' , ')).toMatch(/^--ext needs a comma list/u);
  });

  it('on the command line: the notes are left out of the run and the summary says so; a bad list is a usage error', () => {
    const dir = folder();
    const out = join(tempDir('sa-ext-out-'), 'reports');
    const r = runCli([dir, '--ext', 'txt,html', '--out', out]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^2 articles \(from 1 \.html, 1 \.txt files\), /u);
    expect(r.stdout).toMatch(/\nskipped 1 file of other types in the input folders: 1 \.md \(read: \.txt, \.html, by --ext\)\n/u);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as { inputs: Array<{ source: string }> };
    expect(manifest.inputs.map((a) => a.source.slice(dir.length + 1))).toEqual(['a.txt', 'sub/b.html']);
    const bad = runCli([dir, '--ext', 'pdf', '--out', out]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe('error: --ext .pdf: not a format this tool reads (.txt, .md, .html, .htm, .json, .jsonl)\n');
  }, 120_000);
});
