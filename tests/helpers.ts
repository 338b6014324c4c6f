import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { ArticleResult } from '../src/model/article-result.js';

export const ROOT = new URL('..', import.meta.url).pathname;

export function tempDir(prefix = 'sa-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Runs the CLI as a user would (through tsx), returning status and output; `timeout`: ms before the child is killed. */
export function runCli(args: string[], input?: string, timeout = 120_000): { status: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'pipeline/cli.ts'), ...args], { cwd: ROOT, input, encoding: 'utf8', timeout, maxBuffer: 256 * 1024 * 1024 });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** Every span of a result: content, pieces, cue, speaker mention. */
export function spansOf(r: ArticleResult): Array<{ where: string; start: number; end: number; text: string }> {
  const out: Array<{ where: string; start: number; end: number; text: string }> = [];
  for (const s of r.statements) {
    out.push({ where: `${s.id} content`, ...s.content });
    for (const p of s.content.pieces ?? []) out.push({ where: `${s.id} piece`, ...p });
    if (s.cue) out.push({ where: `${s.id} cue`, ...s.cue });
    if (s.speaker.mention) out.push({ where: `${s.id} mention`, ...s.speaker.mention });
  }
  return out;
}

/** Every span of the result slices the article's text (as given) to the words it claims. */
export function spansHold(r: ArticleResult): void {
  for (const x of spansOf(r)) expect(r.article.text.slice(x.start, x.end), x.where).toBe(x.text);
}
