// The run's final summary on stdout: what was done, what failed, where the outputs are.
import { extname } from 'node:path';
import type { RunSummary } from './runner.js';
import { SUPPORTED_EXTENSIONS } from '../src/ingest/read-inputs.js';

export const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * `skipped`: files of the input folders left out for their extension, by extension (expandInputs); `files`: the input
 * files read, whose types are counted on the first line when there is more than one (notes in .md beside .txt articles
 * are read as articles: the count shows it).
 */
export function formatSummary(s: RunSummary, skipped: Record<string, number> = {}, read: readonly string[] = SUPPORTED_EXTENSIONS, files: readonly string[] = []): string {
  const types = new Map<string, number>();
  for (const f of files) { const t = f === '-' ? 'stdin' : extname(f).toLowerCase() || '(no extension)'; types.set(t, (types.get(t) ?? 0) + 1); }
  const byType = types.size > 1 ? ` (from ${[...types.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([t, n]) => `${n} ${t}`).join(', ')} files)` : '';
  const lines = [
    `${plural(s.articles, 'article')}${byType}, ${plural(s.statements, 'statement')}, ${plural(s.speakers, 'speaker')}, ${plural(s.failures.length, 'failure')} in ${s.seconds.toFixed(1)} s`,
  ];
  // (a CSV a reviewer edited is kept, and this run's went beside it as <name>.new.csv: named as written)
  const csv = (name: string): string => (s.files && !s.files.includes(name) && s.files.includes(name.replace(/\.csv$/u, '.new.csv')) ? name.replace(/\.csv$/u, '.new.csv') : name);
  if (s.written) lines.push(`reports in ${s.out}: report.html, ${['quotes.csv', 'stances.csv', 'speakers.csv', 'messages.csv'].map(csv).join(', ')}, articles/, report.json, manifest.json`);
  // (an empty messages.csv had read as "no problems": it lists only what the pipeline itself knows it could not read)
  if (s.written && s.messages !== undefined) lines.push(`${csv('messages.csv')}${s.messages === 0 ? ' is empty' : `: ${plural(s.messages, 'row')}`}; it lists only what the pipeline knows it could not read (inputs refused or read through, quotes with no speaker, speakers that are no name), not wrong statements: check the needs_review rows of ${csv('quotes.csv')} first`);
  if (s.removed.length) lines.push(`removed ${plural(s.removed.length, 'article JSON')} of the previous run that this run did not write: ${s.removed.slice(0, 5).join(', ')}${s.removed.length > 5 ? ', …' : ''}`);
  const left = Object.entries(skipped).sort(([a], [b]) => a.localeCompare(b));
  const count = left.reduce((n, [, k]) => n + k, 0);
  // (a folder's .pdf or .docx is not read: said, so that a missing article is not a mystery)
  if (count) lines.push(`skipped ${plural(count, 'file')} of other types in the input folders: ${left.map(([ext, k]) => `${k} ${ext || '(no extension)'}`).join(', ')} (read: ${read.join(', ')}${read.length < SUPPORTED_EXTENSIONS.length ? ', by --ext' : ''})`);
  if (s.kept.length) lines.push(`${plural(s.kept.length, 'edited CSV')} kept (see the warnings above)`);
  return `${lines.join('\n')}\n`;
}

/**
 * A reader of stdout that stops early (`| head -n 1`) is normal in a Unix pipeline: a write to the closed pipe fails
 * with EPIPE, which Node raises as an 'error' event that, unheard, ends the process with a stack trace. This hears it:
 * what is left to print is dropped, and the command finishes and exits as it would have. Other errors still throw.
 */
export function toleratePipeClose(stream: NodeJS.WriteStream = process.stdout): void {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
  });
}
