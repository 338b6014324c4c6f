// The run's final summary on stdout: what was done, what failed, where the outputs are.
import type { RunSummary } from './runner.js';

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

export function formatSummary(s: RunSummary): string {
  const lines = [
    `${plural(s.articles, 'article')}, ${plural(s.statements, 'statement')}, ${plural(s.speakers, 'speaker')}, ${plural(s.failures.length, 'failure')} in ${s.seconds.toFixed(1)} s`,
    `reports in ${s.out}: report.html, quotes.csv, stances.csv, speakers.csv, messages.csv, articles/, report.json, manifest.json`,
  ];
  if (s.kept.length) lines.push(`${plural(s.kept.length, 'edited CSV')} kept (see the warnings above)`);
  return `${lines.join('\n')}\n`;
}
