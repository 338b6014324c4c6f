// Inputs to articles: files and directories (recursive, sorted), "-" for stdin; .txt/.md, .html/.htm, .json, .jsonl.
import { readFileSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Article } from '../model/document.js';
import { decodeBytes, InputProblem } from './decode.js';
import { htmlToArticle } from './html-text.js';

export const SUPPORTED_EXTENSIONS = ['.txt', '.md', '.html', '.htm', '.json', '.jsonl'] as const;
// Memory grows by about 100 MB per MB of one article (tokens, layers, the result); 1 MiB keeps a process under 300 MB
// (README, "Speed and scale"). Longer documents: raise --max-article-bytes where there is memory, or split them.
export const DEFAULT_MAX_ARTICLE_BYTES = 1024 * 1024;

/** An article as a JSON input gives it, before validation. */
export const RawArticle = z.object({
  id: z.union([z.string(), z.number()]).optional(),
  title: z.string().optional(),
  text: z.string(),
  url: z.string().optional(),
  date: z.string().optional(),
});

export type InputItem =
  | { ok: true; article: Article; sha256?: string }
  | { ok: false; source: string; code: string; problem: string };

export interface ReadOptions {
  maxArticleBytes?: number;
  /** Injected for tests (read errors cannot be provoked with chmod as root). */
  readFile?: (path: string) => Uint8Array;
  readStdin?: () => Uint8Array;
}

/** Expands the input arguments to a sorted list of files; directories recurse, symlink loops are cut. */
export function expandInputs(args: readonly string[]): { files: string[]; problems: InputItem[] } {
  const files: string[] = [];
  const problems: InputItem[] = [];
  for (const arg of args) {
    if (arg === '-') { files.push('-'); continue; }
    let st;
    try { st = statSync(arg); } catch (e) {
      problems.push({ ok: false, source: arg, code: 'missing', problem: `cannot read: ${(e as NodeJS.ErrnoException).code === 'ELOOP' ? 'symlink loop' : 'no such file or directory'}` });
      continue;
    }
    if (st.isDirectory()) {
      const found: string[] = [];
      walk(arg, new Set(), found, problems);
      files.push(...found.sort());
    } else files.push(arg);
  }
  return { files, problems };
}

function walk(dir: string, seen: Set<string>, out: string[], problems: InputItem[]): void {
  let real: string;
  try { real = realpathSync(dir); } catch { problems.push({ ok: false, source: dir, code: 'unreadable', problem: 'cannot resolve directory (symlink loop?)' }); return; }
  if (seen.has(real)) return; // a symlink loop: each real directory once
  seen.add(real);
  let entries: string[];
  try { entries = readdirSync(dir); } catch (e) { problems.push({ ok: false, source: dir, code: 'unreadable', problem: `cannot list directory: ${(e as Error).message}` }); return; }
  for (const name of entries.sort()) {
    if (name.startsWith('.')) continue;
    const p = join(dir, name);
    let st;
    try { st = statSync(p); } catch (e) {
      problems.push({ ok: false, source: p, code: 'unreadable', problem: (e as NodeJS.ErrnoException).code === 'ELOOP' ? 'symlink loop' : 'cannot stat' });
      continue;
    }
    if (st.isDirectory()) walk(p, seen, out, problems);
    else if ((SUPPORTED_EXTENSIONS as readonly string[]).includes(extname(name).toLowerCase())) out.push(p);
  }
}

/** Reads each file in order and yields articles (or problems); ids follow the output contract. */
export function* readArticles(files: readonly string[], opts: ReadOptions = {}): Generator<InputItem> {
  const max = opts.maxArticleBytes ?? DEFAULT_MAX_ARTICLE_BYTES;
  const used = new Map<string, number>();
  const uniqueId = (id: string): string => {
    const n = used.get(id) ?? 0;
    used.set(id, n + 1);
    if (n === 0) return id;
    let k = n + 1;
    while (used.has(`${id}-${k}`)) k++;
    used.set(`${id}-${k}`, 1);
    return `${id}-${k}`;
  };
  for (const file of files) {
    const source = file === '-' ? 'stdin' : file;
    let bytes: Uint8Array;
    try {
      bytes = file === '-' ? (opts.readStdin ?? (() => readFileSync(0)))() : (opts.readFile ?? readFileSync)(file);
    } catch (e) {
      yield { ok: false, source, code: 'unreadable', problem: `cannot read file: ${(e as Error).message}` };
      continue;
    }
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const ext = file === '-' ? '.txt' : extname(file).toLowerCase();
    if (bytes.length > max && ext !== '.jsonl') {
      yield { ok: false, source, code: 'too-large', problem: `file is ${bytes.length} bytes, over --max-article-bytes ${max}` };
      continue;
    }
    let text: string;
    try { text = decodeBytes(bytes); } catch (e) {
      if (e instanceof InputProblem) { yield { ok: false, source, code: e.code, problem: e.message }; continue; }
      throw e;
    }
    const base = file === '-' ? 'stdin' : basename(file, extname(file));
    if (ext === '.jsonl') {
      const lines = text.split(/\r?\n/u);
      for (let i = 0; i < lines.length; i++) {
        const line = lines[i] as string;
        if (!line.trim()) continue;
        const item = fromJson(line, `${source}:${i + 1}`, `${base}-${i + 1}`, max);
        yield item.ok ? { ok: true, sha256, article: { ...item.article, id: uniqueId(item.article.id), source } } : item;
      }
      continue;
    }
    if (ext === '.json') {
      const item = fromJson(text, source, base, max);
      yield item.ok ? { ok: true, sha256, article: { ...item.article, id: uniqueId(item.article.id) } } : item;
      continue;
    }
    if (ext === '.html' || ext === '.htm') {
      const { title, text: body } = htmlToArticle(text);
      if (!body.trim()) { yield { ok: false, source, code: 'empty', problem: 'HTML has no article text (no <article>, <main> or <body> text outside scripts and navigation)' }; continue; }
      yield { ok: true, sha256, article: { id: uniqueId(base), source, title, text: body } };
      continue;
    }
    if (!text.trim()) { yield { ok: false, source, code: 'empty', problem: text.length ? 'file has only whitespace' : 'file is empty' }; continue; }
    yield { ok: true, sha256, article: { id: uniqueId(base), source, title: firstLine(text), text } };
  }
}

function fromJson(raw: string, source: string, fallbackId: string, max: number): InputItem {
  let data: unknown;
  try { data = JSON.parse(raw); } catch (e) {
    return { ok: false, source, code: 'malformed-json', problem: `malformed JSON: ${(e as Error).message}` };
  }
  const parsed = RawArticle.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, source, code: 'invalid-article', problem: `not an article: ${issue ? `${issue.path.join('.') || '(root)'}: ${issue.message}` : 'invalid'} (expected {id?, title?, text, url?, date?})` };
  }
  const a = parsed.data;
  if (!a.text.trim()) return { ok: false, source, code: 'empty', problem: 'article text is empty' };
  if (a.text.length > max) return { ok: false, source, code: 'too-large', problem: `article text over --max-article-bytes ${max}` };
  const article: Article = { id: a.id !== undefined ? String(a.id) : fallbackId, source, title: a.title ?? firstLine(a.text), text: a.text };
  if (a.url) article.url = a.url;
  if (a.date) article.date = a.date;
  return { ok: true, article };
}

export function firstLine(text: string): string {
  const m = /^\s*([^\r\n]*)/u.exec(text);
  return (m?.[1] ?? '').trim();
}

export const resolveInput = (p: string): string => (p === '-' ? p : resolve(p));
