// The run summary names the files the run really wrote: a CSV a reviewer edited is kept, and this run's went beside it.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatSummary, plural } from '../pipeline/summary.js';
import type { RunSummary } from '../pipeline/runner.js';
import { expandInputs } from '../src/ingest/read-inputs.js';
import { tempDir } from './helpers.js';

const base: RunSummary = { articles: 1, statements: 2, speakers: 1, failures: [], out: '/r', seconds: 1.04, kept: [], written: true, removed: [], stale: [] };
const ALL = ['messages.csv', 'quotes.csv', 'report.html', 'report.json', 'speakers.csv', 'stances.csv'];

describe('formatSummary', () => {
  it('lists the four CSVs by their own names when none was kept', () => {
    expect(formatSummary({ ...base, files: ALL })).toBe('1 article, 2 statements, 1 speaker, 0 failures in 1.0 s\n'
      + 'reports in /r: report.html, quotes.csv, stances.csv, speakers.csv, messages.csv, articles/, report.json, manifest.json\n');
  });

  it('names quotes.new.csv when the edited quotes.csv was kept', () => {
    const files = ALL.map((f) => (f === 'quotes.csv' ? 'quotes.new.csv' : f));
    const text = formatSummary({ ...base, files, kept: ['quotes.csv was edited since the last run: kept; this run wrote quotes.new.csv'] });
    expect(text).toContain('reports in /r: report.html, quotes.new.csv, stances.csv, speakers.csv, messages.csv, articles/');
    expect(text).toContain('1 edited CSV kept');
  });

  it('counts in the singular for one', () => {
    expect([plural(1, 'article'), plural(0, 'article'), plural(2, 'failure')]).toEqual(['1 article', '0 articles', '2 failures']);
  });

  it('says how many files of the input folders were skipped for their type, and which types', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'sub'));
    for (const name of ['a.txt', 'b.PDF', 'sub/c.pdf', 'sub/d.docx', 'notes', '.hidden.pdf', 'e.html']) writeFileSync(join(dir, name), 'Head\nText.\n');
    const { files, skipped } = expandInputs([dir]);
    expect(files.map((f) => f.slice(dir.length + 1))).toEqual(['a.txt', 'e.html']);
    expect(skipped).toEqual({ '.pdf': 2, '.docx': 1, '': 1 }); // (a hidden file is not counted: it is not the user's article)
    expect(formatSummary({ ...base, files: ALL }, skipped).split('\n')[2]).toBe('skipped 4 files of other types in the input folders: 1 (no extension), 1 .docx, 2 .pdf (read: .txt, .md, .html, .htm, .json, .jsonl)');
    expect(formatSummary({ ...base, files: ALL }, {})).not.toContain('skipped');
  });

  it('counts the files read by type on the first line when there is more than one type (notes beside the articles show)', () => {
    const files = ['/in/a.txt', '/in/a.notes.md', '/in/b.txt', '/in/b.notes.md', '/in/c.TXT'];
    expect(formatSummary({ ...base, articles: 5, files: ALL }, {}, undefined, files).split('\n')[0]).toBe('5 articles (from 2 .md, 3 .txt files), 2 statements, 1 speaker, 0 failures in 1.0 s');
    expect(formatSummary({ ...base, files: ALL }, {}, undefined, ['/in/a.jsonl', '-']).split('\n')[0]).toContain('(from 1 .jsonl, 1 stdin files)');
  });

  it('says nothing of types when the files read are all of one type', () => {
    expect(formatSummary({ ...base, articles: 2, files: ALL }, {}, undefined, ['/in/a.txt', '/in/b.txt']).split('\n')[0]).toBe('2 articles, 2 statements, 1 speaker, 0 failures in 1.0 s');
    expect(formatSummary({ ...base, files: ALL }).split('\n')[0]).toBe('1 article, 2 statements, 1 speaker, 0 failures in 1.0 s');
  });
});
