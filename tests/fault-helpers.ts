// Helpers for the bad-input, pathological-input, interrupt and property tests.
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect } from 'vitest';
import { ArticleResult } from '../src/model/article-result.js';
import { ROOT, spansOf } from './helpers.js';

const CORPUS = join(ROOT, 'corpus/articles');

/** The corpus's body paragraphs (headlines left out), in a fixed order. */
export function corpusParagraphs(): string[] {
  return readdirSync(CORPUS).sort().flatMap((f) => readFileSync(join(CORPUS, f), 'utf8').split('\n').slice(1).filter((l) => l.trim()));
}

/** A normal article of about `chars` characters: a headline, then corpus paragraphs repeated in order. */
export function normalArticle(chars: number): string {
  const paras = corpusParagraphs();
  let s = 'A headline for a long article\n';
  for (let i = 0; s.length < chars; i++) s += `${paras[i % paras.length] as string}\n`;
  return s.slice(0, chars);
}

/**
 * Checks what every result must satisfy whatever the input: the schema, every span in bounds and equal to its text,
 * statement ids from their content offsets, messages inside the text.
 */
export function expectSound(text: string, raw: unknown): ArticleResult {
  const r = ArticleResult.parse(raw);
  expect(r.article.text).toBe(text);
  for (const sp of spansOf(r)) {
    expect(sp.start, sp.where).toBeGreaterThanOrEqual(0);
    expect(sp.end, sp.where).toBeGreaterThanOrEqual(sp.start);
    expect(sp.end, sp.where).toBeLessThanOrEqual(text.length);
    expect(text.slice(sp.start, sp.end), sp.where).toBe(sp.text);
  }
  for (const s of r.statements) {
    expect(s.id).toBe(`${r.article.id}#${s.content.start}-${s.content.end}`);
    for (const ev of [...(s.evidence ?? []), ...s.targets.flatMap((t) => t.evidence ?? [])]) {
      if (ev.start === undefined || ev.end === undefined) continue;
      expect(ev.end).toBeLessThanOrEqual(text.length);
      expect(ev.start).toBeLessThanOrEqual(ev.end);
      if (ev.text !== undefined) expect(text.slice(ev.start, ev.end), `evidence ${ev.rule}`).toBe(ev.text);
    }
  }
  for (const m of r.messages) {
    if (m.start !== undefined) expect(m.start).toBeLessThanOrEqual(text.length);
    if (m.end !== undefined) { expect(m.end).toBeLessThanOrEqual(text.length); expect(m.end).toBeGreaterThanOrEqual(m.start ?? 0); }
  }
  return r;
}

/** Every file under `dir` (relative path → bytes). */
export function snapshot(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p); else out.set(relative(dir, p), readFileSync(p));
    }
  };
  walk(dir);
  return out;
}

/** Parses RFC 4180 CSV (quoted cells, doubled quotes, newlines inside quotes). */
export function parseCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i] as string;
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') quoted = false; else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; }
    else if (c === '\n' || c === '\r') { if (c === '\r' && csv[i + 1] === '\n') i++; row.push(cell); rows.push(row); row = []; cell = ''; }
    else cell += c;
  }
  if (cell || row.length) { row.push(cell); rows.push(row); }
  return rows;
}

/** Runs the CLI without blocking the test process (several can run at once). */
export function runCliAsync(args: string[]): Promise<{ status: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }> {
  return new Promise((resolveRun) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'pipeline/cli.ts'), ...args], { cwd: ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => { stdout += d.toString(); });
    child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
    child.on('close', (status, signal) => resolveRun({ status, signal, stdout, stderr }));
  });
}
