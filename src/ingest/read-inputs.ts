// Inputs to articles: files and directories (recursive, sorted), "-" for stdin; .txt/.md, .html/.htm, .json, .jsonl.
import { existsSync, readFileSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Article } from '../model/document.js';
import { safeFileName } from '../output/paths.js';
import type { Message } from '../model/article-result.js';
import { decodeWithFallback, type Fallback, InputProblem } from './decode.js';
import { htmlToArticle } from './html-text.js';

export const SUPPORTED_EXTENSIONS = ['.txt', '.md', '.html', '.htm', '.json', '.jsonl'] as const;
import { DEFAULT_MAX_ARTICLE_BYTES } from './limits.js';

export { DEFAULT_MAX_ARTICLE_BYTES };

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
  | { ok: false; source: string; code: string; problem: string; /** the id the input gave, when known (a JSON line) */ id?: string };

export interface ReadOptions {
  maxArticleBytes?: number;
  /** Injected for tests (read errors cannot be provoked with chmod as root). */
  readFile?: (path: string) => Uint8Array;
  /** Injected for tests: a file's type and size, looked at before it is read. */
  statFile?: (path: string) => { isFile(): boolean; size: number };
  readStdin?: () => Uint8Array;
  /** How to read a file that is not valid UTF-8: refuse it (default), or as Windows-1252 with a message (--encoding). */
  encoding?: Fallback;
}

/**
 * An `--ext` list ("txt,html", ".TXT") as extensions with their dot, lower-case; a message naming the first one this tool
 * cannot read, or an empty list, is a usage error.
 */
export function parseExtensions(list: string): string[] | string {
  const exts = list.split(',').map((e) => e.trim().toLowerCase()).filter(Boolean).map((e) => (e.startsWith('.') ? e : `.${e}`));
  if (exts.length === 0) return `--ext needs a comma list of extensions (${SUPPORTED_EXTENSIONS.join(', ')})`;
  const bad = exts.find((e) => !(SUPPORTED_EXTENSIONS as readonly string[]).includes(e));
  return bad ? `--ext ${bad}: not a format this tool reads (${SUPPORTED_EXTENSIONS.join(', ')})` : [...new Set(exts)];
}

/**
 * Expands the input arguments to a sorted list of files; directories recurse, symlink loops are cut. `skipped`: how many
 * files of a folder were left out for their extension, by extension ("" for none), so that the summary can say so.
 * `extensions` (`--ext`): the only extensions read from a folder (default: every supported one); a file named as an
 * argument is read whatever its extension.
 */
export function expandInputs(args: readonly string[], extensions: readonly string[] = SUPPORTED_EXTENSIONS): { files: string[]; problems: InputItem[]; skipped: Record<string, number> } {
  const files: string[] = [];
  const problems: InputItem[] = [];
  const skipped: Record<string, number> = {};
  for (const arg of args) {
    if (arg === '-') { files.push('-'); continue; }
    let st;
    try { st = statSync(arg); } catch (e) {
      problems.push({ ok: false, source: arg, code: 'missing', problem: `cannot read: ${(e as NodeJS.ErrnoException).code === 'ELOOP' ? 'symlink loop' : 'no such file or directory'}` });
      continue;
    }
    if (st.isDirectory() && isReportFolder(arg)) {
      problems.push({ ok: false, source: arg, code: 'not-articles', problem: 'a report folder this tool wrote (manifest.json, quotes.csv), not articles: give the folder of article files' });
    } else if (st.isDirectory()) {
      const found: string[] = [];
      const before = problems.length;
      walk(arg, new Set(), found, problems, skipped, extensions);
      // (a folder with nothing to read is named, not a silent run of 0 articles)
      if (found.length === 0 && problems.length === before) problems.push({ ok: false, source: arg, code: 'empty', problem: `directory has no article files (${extensions.join(', ')})` });
      files.push(...found.sort());
    } else if (!st.isFile()) problems.push({ ok: false, source: arg, code: 'unreadable', problem: notRegular(st) });
    else files.push(arg);
  }
  return { files, problems, skipped };
}

function walk(dir: string, seen: Set<string>, out: string[], problems: InputItem[], skipped: Record<string, number>, extensions: readonly string[]): void {
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
    // A report folder this tool wrote (kept inside the input folder, `--out in/reports`) is output, not articles: its
    // articles/*.json would come back as invalid inputs and report.html as an article.
    if (st.isDirectory()) { if (!isReportFolder(p)) walk(p, seen, out, problems, skipped, extensions); }
    else if (!extensions.includes(extname(name).toLowerCase())) { const ext = extname(name).toLowerCase(); skipped[ext] = (skipped[ext] ?? 0) + 1; }
    else if (st.isFile()) out.push(p);
    else problems.push({ ok: false, source: p, code: 'unreadable', problem: notRegular(st) }); // reading a FIFO would hang
  }
}

/** A folder holding this tool's manifest.json beside its quotes.csv: the reports of an earlier run. */
export function isReportFolder(dir: string): boolean {
  return existsSync(join(dir, 'manifest.json')) && existsSync(join(dir, 'quotes.csv'));
}

function notRegular(st: { isFIFO(): boolean; isSocket(): boolean }): string {
  return `not a regular file (${st.isFIFO() ? 'a named pipe' : st.isSocket() ? 'a socket' : 'a device'}); reading it could wait forever`;
}

const READ_ERRORS: Record<string, string> = {
  EACCES: 'permission denied', EPERM: 'permission denied', ENOENT: 'no such file', EISDIR: 'is a directory', EIO: 'input/output error',
  ELOOP: 'symlink loop', EMFILE: 'too many open files', ENAMETOOLONG: 'name too long', ERR_FS_FILE_TOO_LARGE: 'file too large to read',
};
const readError = (e: unknown): string => READ_ERRORS[(e as NodeJS.ErrnoException).code ?? ''] ?? (e as Error).message;

/** Reads each file in order and yields articles (or problems); ids follow the output contract. */
export function* readArticles(files: readonly string[], opts: ReadOptions = {}): Generator<InputItem> {
  const max = opts.maxArticleBytes ?? DEFAULT_MAX_ARTICLE_BYTES;
  // Ids are unique by the file name they get in the output ("a b" and "a_b" both become a_b.json; case-insensitive
  // file systems fold "A" and "a"), so no article's report overwrites another's.
  const used = new Set<string>();
  const fileKey = (id: string): string => safeFileName(id).toLowerCase();
  const uniqueId = (id: string): string => {
    let candidate = id;
    for (let k = 2; used.has(fileKey(candidate)); k++) candidate = `${id.length > 150 ? id.slice(0, 150) : id}-${k}`;
    used.add(fileKey(candidate));
    return candidate;
  };
  const tooLarge = (size: number) => `file is ${size} bytes, over --max-article-bytes ${max} (raise the limit to process it)`;
  for (const file of files) {
    const source = file === '-' ? 'stdin' : file;
    const ext = file === '-' ? '.txt' : extname(file).toLowerCase();
    if (file !== '-') {
      // Refused before reading: a 50 MB file is never loaded into memory. JSONL is limited per line (article) instead.
      let st: { isFile(): boolean; size: number } | null = null;
      try { st = (opts.statFile ?? statSync)(file); } catch { /* the read below reports it */ }
      if (st && !st.isFile()) { yield { ok: false, source, code: 'unreadable', problem: 'not a regular file; reading it could wait forever' }; continue; }
      if (st && st.size > max && ext !== '.jsonl') { yield { ok: false, source, code: 'too-large', problem: tooLarge(st.size) }; continue; }
    }
    let bytes: Uint8Array;
    try {
      bytes = file === '-' ? (opts.readStdin ?? (() => readFileSync(0)))() : (opts.readFile ?? readFileSync)(file);
    } catch (e) {
      yield { ok: false, source, code: 'unreadable', problem: `cannot read file: ${readError(e)}` };
      continue;
    }
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    if (bytes.length > max && ext !== '.jsonl') {
      yield { ok: false, source, code: 'too-large', problem: tooLarge(bytes.length) };
      continue;
    }
    let text: string;
    let decodeNote: string | undefined;
    try { ({ text, note: decodeNote } = decodeWithFallback(bytes, opts.encoding)); } catch (e) {
      if (e instanceof InputProblem) { yield { ok: false, source, code: e.code, problem: e.message }; continue; }
      throw e;
    }
    const base = file === '-' ? 'stdin' : basename(file, extname(file));
    const decoded: Message[] = decodeNote ? [{ ruleId: 'input:decoded-windows-1252', reason: `${source}: ${decodeNote}` }] : [];
    const noted = (a: Article): Article => (decoded.length ? { ...a, notes: [...decoded, ...(a.notes ?? [])] } : a);
    // (a .txt/.md file keeps a UTF-8 BOM as its first character, so that offsets slice the file as editors and
    // scripts read it; JSON, JSON lines and HTML carry their text inside, where offsets index the extracted text)
    if (ext !== '.txt' && ext !== '.md' && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    if (ext === '.jsonl') {
      const lines = text.split(/\r?\n/u);
      // (an empty file is an input problem like an empty .txt, not a silent run of 0 articles)
      if (!lines.some((l) => l.trim())) { yield { ok: false, source, code: 'empty', problem: text.length ? 'JSON-lines file has only blank lines' : 'file is empty' }; continue; }
      for (let i = 0; i < lines.length; i++) {
        const line = lines[i] as string;
        if (!line.trim()) continue;
        const item = fromJson(line, `${source}:${i + 1}`, `${base}-${i + 1}`, max);
        yield item.ok ? { ok: true, sha256, article: noted({ ...item.article, id: uniqueId(item.article.id), source }) } : item;
      }
      continue;
    }
    if (ext === '.json') {
      const item = fromJson(text, source, base, max);
      yield item.ok ? { ok: true, sha256, article: noted({ ...item.article, id: uniqueId(item.article.id) }) } : item;
      continue;
    }
    if (ext === '.html' || ext === '.htm') {
      const { title, text: body } = htmlToArticle(text);
      if (!body.trim()) { yield { ok: false, source, code: 'empty', problem: 'HTML has no article text (no <article>, <main> or <body> text outside scripts and navigation)' }; continue; }
      yield { ok: true, sha256, article: noted({ id: uniqueId(base), source, title, text: body }) };
      continue;
    }
    if (!text.trim()) { yield { ok: false, source, code: 'empty', problem: text.length ? 'file has only whitespace' : 'file is empty' }; continue; }
    // (the first line is the headline, as the README says; one that reads as a sentence of body is said so, since its
    // statements are not extracted: "The mayor said the road would close." as line one loses that statement)
    const title = firstLine(text);
    const bodyFirst: Message[] = title && !headlineLine(text) && /\n[\s\S]*\p{L}/u.test(text.trimStart())
      ? [{ ruleId: 'input:first-line-not-headline', reason: `${source}: the first line is taken as the headline and no statement is read in it, but it reads as body text (a full sentence, or over ${HEADLINE_MAX_WORDS} words); put a headline line first, or give the article as JSON with "title": ""` }]
      : [];
    yield { ok: true, sha256, article: noted({ id: uniqueId(base), source, title, text, ...(bodyFirst.length ? { notes: bodyFirst } : {}) }) };
  }
}

/** One article from one JSON text (a .json file, a .jsonl line, a --jsonl line), or the reason it is none. */
export function fromJson(raw: string, source: string, fallbackId: string, max: number): InputItem {
  let data: unknown;
  try { data = JSON.parse(raw); } catch (e) {
    return { ok: false, source, code: 'malformed-json', problem: `malformed JSON: ${(e as Error).message}` };
  }
  // (a line of a JSON-lines input, named "<file or stdin>:<line>", is named by its id too when it has one: "stdin:4 (id
  // "m4")"; a .json file's name is enough)
  const givenId = typeof data === 'object' && data !== null && 'id' in data ? (data as { id: unknown }).id : undefined;
  const named = /:\d+$/u.test(source) && (typeof givenId === 'string' || typeof givenId === 'number') ? `${source} (id ${JSON.stringify(givenId)})` : source;
  // (the id a failed input gave is kept for messages.csv's article_id)
  const id = (typeof givenId === 'string' && givenId !== '') || typeof givenId === 'number' ? { id: String(givenId) } : {};
  const parsed = RawArticle.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, source: named, ...id, code: 'invalid-article', problem: `not an article: ${issue ? `${issue.path.join('.') || '(root)'}: ${issue.message}` : 'invalid'} (expected {id?, title?, text, url?, date?})` };
  }
  const a = parsed.data;
  if (!a.text.trim()) return { ok: false, source: named, ...id, code: 'empty', problem: 'article text is empty' };
  if (a.text.length > max) return { ok: false, source: named, ...id, code: 'too-large', problem: `article text over --max-article-bytes ${max}` };
  // The headline is the `title` field; `title: ""` says there is none, and `text` is then all body. Without a `title`,
  // a first line that reads as a headline (headlineLine) is taken as one, as a .txt file's first line is; any other
  // first line is body and keeps its statements.
  const article: Article = { id: a.id !== undefined ? String(a.id) : fallbackId, source, title: a.title ?? headlineLine(a.text), text: a.text };
  if (a.url) article.url = a.url;
  if (a.date) article.date = a.date;
  return { ok: true, article };
}

/** Words a headline line has at most; a longer first line is a paragraph of body (a lede), whatever its ending. */
const HEADLINE_MAX_WORDS = 20;

/**
 * The headline of a JSON article's `text` that has no `title`, or '' for none: its first line when that line is short
 * (HEADLINE_MAX_WORDS words at most), does not end a sentence (no final full stop, question or exclamation mark, also
 * before a closing quote or bracket) nor run on (a final colon, comma, semicolon or dash), and body text follows it on a later line. "Harbour chief under fire" over the
 * story is a headline; "The harbour will close, the mayor said." is body, and so is a text of one line.
 */
export function headlineLine(text: string): string {
  const m = /^\s*([^\r\n]*)\r?\n([\s\S]*)$/u.exec(text);
  if (!m) return '';
  const line = (m[1] ?? '').trim();
  if (!line || !/\p{L}/u.test(m[2] ?? '')) return '';
  if (line.split(/\s+/u).length > HEADLINE_MAX_WORDS) return '';
  if (/[.!?\u2026][\s"'\u201D\u2019)\]]*$/u.test(line)) return '';
  // (a line that runs on into the next, "The statement read:", "Speaking on Monday,", is no headline either)
  if (/[:;,\u2013\u2014-]$/u.test(line)) return '';
  return line;
}

export function firstLine(text: string): string {
  const m = /^\s*([^\r\n]*)/u.exec(text);
  return (m?.[1] ?? '').trim();
}

export const resolveInput = (p: string): string => (p === '-' ? p : resolve(p));
