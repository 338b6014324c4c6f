/**
 * The review round trip, import side: rows of quotes.csv / stances.csv that a person corrected become candidate gold
 * (the format of corpus/gold, src/eval/gold-schema.ts) for the articles they reviewed.
 *
 * What a reviewer may do, per row (README, "Reviewing"):
 * - quotes.csv: change `speaker`, `speaker_role`, `speaker_kind`, `speaker_mention`, `cue`, `act`, `framing`, `type`,
 *   `targets` (`Name:STANCE; …`) or `content` (a better span, searched near the old one); mark the row `wrong` in a
 *   `review` column (or delete it); add a row for a missed statement with an empty `statement_id`, found in the article
 *   by its `content` text (or its `start`/`end`).
 * - stances.csv: change `target` or `stance` (and `speaker`/`act`/`framing`, applied to the statement); mark a row
 *   `wrong` (or delete it) to drop that target; add a row to add a target.
 * A `review` cell of `ok` marks an article as reviewed without changes. Offsets are recovered from the statement id
 * (`<article>#<start>-<end>`) or the start/end columns, and every span is checked against the article's exact text.
 */
import { existsSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { decodeBytes } from '../ingest/decode.js';
import { ArticleResult, type Statement } from '../model/article-result.js';
import { ACTS, FRAMINGS, SPEAKER_KINDS, STANCES, STATEMENT_TYPES, type Act, type Framing, type SpeakerKind, type Stance, type Span, type StatementType, type TextSpan } from '../model/labels.js';
import type { GoldStatement, GoldTarget } from '../eval/gold-schema.js';
import { safeFileName } from '../output/paths.js';
import { articleCells, shortenCell, visibleCell } from '../output/atomic.js';
import { readableText, type Readable } from '../ingest/readable-text.js';
import { contentCell, PIECE_SEPARATOR } from '../output/rows.js';
import { csvRecords } from './parse-csv.js';
import { findAll as findAllIn, looselyEqual } from './locate-text.js';

export interface ReviewedArticle {
  id: string;
  source: string;
  text: string;
  statements: GoldStatement[];
  /** What the reviewer changed, one line each, for stdout and the candidate file. */
  changes: string[];
}

export interface ReviewImport {
  articles: ReviewedArticle[];
  /** Rows that could not be used, with why: nothing is written while there are any. */
  problems: string[];
  /** Articles in the CSVs with no correction and no `ok` mark. */
  unchanged: string[];
  /** Things worth knowing that do not stop the import (a source file that changed since the run). */
  warnings: string[];
}

export interface ReviewOptions {
  /** Folder of the run's article JSONs (default: `articles/` beside the first CSV). */
  articlesDir: string;
  /** Only these article ids (each counts as reviewed). */
  only?: readonly string[];
}

const REVIEW_MARKS = new Set(['', 'ok', 'wrong', 'added', 'new', 'missed']);
const QUOTES_NEEDS = ['article_id', 'statement_id', 'type', 'speaker', 'speaker_role', 'speaker_kind', 'speaker_mention', 'cue', 'act', 'framing', 'targets', 'content', 'start', 'end'];
const STANCES_NEEDS = ['article_id', 'statement_id', 'speaker', 'target', 'stance', 'act', 'framing', 'content', 'start', 'end'];

/** csv-stringify's escape_formulas put a `'` before cells starting with = + - @ tab CR; a spreadsheet may keep or drop it. */
const cell = (c: Record<string, string>, k: string): string => (c[k] ?? '').replace(/^'(?=[=+\-@\t\r])/u, '');

const quote = (s: string, n = 60): string => `“${s.length > n ? `${s.slice(0, n)}…` : s}”`;

function oneOf<T extends string>(values: readonly T[], raw: string, what: string, upper: boolean): T | string {
  const v = (upper ? raw.toUpperCase() : raw.toLowerCase()).trim();
  return (values as readonly string[]).includes(v) ? (v as T) : `${what} "${raw}" is not one of ${values.join(', ')}`;
}

export function goldFromStatement(s: Statement): GoldStatement {
  const span = (t: TextSpan): TextSpan => ({ start: t.start, end: t.end, text: t.text });
  return {
    type: s.type,
    content: { ...span(s.content), ...(s.content.pieces?.length ? { pieces: s.content.pieces.map(span) } : {}) },
    cue: s.cue ? span(s.cue) : null,
    speaker: { name: s.speaker.name, mention: s.speaker.mention ? span(s.speaker.mention) : null, role: s.speaker.role, kind: s.speaker.kind, affiliation: s.speaker.affiliation ?? null },
    act: s.act, framing: s.framing,
    targets: s.targets.map((t) => ({ name: t.name, stance: t.stance })),
  };
}

const idOf = (article: string, g: { content: { start: number; end: number } }): string => `${article}#${g.content.start}-${g.content.end}`;
const targetsText = (ts: readonly GoldTarget[]): string => ts.map((t) => `${t.name}:${t.stance}`).join('; ') || '(none)';

/** Parses `Name:STANCE; Name:STANCE` (the quotes.csv targets cell). */
export function parseTargets(raw: string): GoldTarget[] | string {
  const out: GoldTarget[] = [];
  for (const part of raw.split(';').map((p) => p.trim()).filter(Boolean)) {
    const at = part.lastIndexOf(':');
    if (at <= 0) return `target "${part}" is not Name:STANCE`;
    const stance = oneOf<Stance>(STANCES, part.slice(at + 1), 'stance', true);
    if (!(STANCES as readonly string[]).includes(stance)) return stance;
    out.push({ name: part.slice(0, at).trim(), stance: stance as Stance });
  }
  return out;
}

/** The statement type a found span suggests: inside quote marks → direct; containing quote marks → mixed. */
export function inferType(text: string, start: number, end: number): StatementType {
  const before = text.slice(Math.max(0, start - 1), start);
  const after = text.slice(end, end + 1);
  if (/["“„«]/u.test(before) && /["”»]/u.test(after)) return 'direct';
  return /["“”]/u.test(text.slice(start, end)) ? 'mixed' : 'indirect';
}

interface Work { gold: GoldStatement; sys?: Statement; row?: number }

/** Reads the run's JSON for an article id. */
export function loadArticleResult(articlesDir: string, id: string): ArticleResult | string {
  const path = join(articlesDir, `${safeFileName(id)}.json`);
  if (!existsSync(path)) return `no article JSON for "${id}" at ${path} (give --articles DIR: the articles/ folder of the run that wrote the CSV)`;
  const parsed = ArticleResult.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) return `${path} is not an article result: ${parsed.error.issues[0]?.message ?? 'invalid'}`;
  if (parsed.data.article.id !== id) return `${path} holds article "${parsed.data.article.id}", not "${id}"`;
  return parsed.data;
}

export function importReview(files: ReadonlyArray<{ path: string; text: string }>, opts: ReviewOptions): ReviewImport {
  const problems: string[] = [];
  const quotesRows = new Map<string, Array<{ file: string; row: number; cells: Record<string, string> }>>();
  const stanceRows = new Map<string, Array<{ file: string; row: number; cells: Record<string, string> }>>();
  const order: string[] = [];
  for (const f of files) {
    const { header, records } = csvRecords(f.text);
    const isQuotes = QUOTES_NEEDS.every((h) => header.includes(h));
    const isStances = !isQuotes && STANCES_NEEDS.every((h) => header.includes(h));
    if (!isQuotes && !isStances) {
      const missing = (header.includes('target') ? STANCES_NEEDS : QUOTES_NEEDS).filter((h) => !header.includes(h));
      problems.push(`${f.path}: not a quotes.csv or stances.csv of this tool (missing columns: ${missing.join(', ')})`);
      continue;
    }
    for (const r of records) {
      const id = cell(r.cells, 'article_id').trim();
      if (!id) { problems.push(`${f.path} row ${r.row}: article_id is empty`); continue; }
      if (!order.includes(id)) order.push(id);
      const into = isQuotes ? quotesRows : stanceRows;
      into.set(id, [...(into.get(id) ?? []), { file: f.path, row: r.row, cells: r.cells }]);
    }
  }
  const articles: ReviewedArticle[] = [];
  const unchanged: string[] = [];
  const warnings: string[] = [];
  const ids = opts.only?.length ? [...opts.only] : order;
  for (const id of ids) {
    const loaded = loadArticleResult(opts.articlesDir, id);
    if (typeof loaded === 'string') { problems.push(loaded); continue; }
    const changed = sourceChanged(loaded);
    if (changed) warnings.push(changed);
    const before = problems.length;
    const reviewed = reviewArticle(loaded, quotesRows.get(id) ?? [], stanceRows.get(id) ?? [], problems);
    if (problems.length > before) continue;
    if (reviewed.changes.length || reviewed.marked || opts.only?.includes(id)) {
      articles.push({ id, source: loaded.article.source, text: loaded.article.text, statements: reviewed.statements, changes: reviewed.changes });
    } else unchanged.push(id);
  }
  return { articles, problems, unchanged, warnings };
}

/** The offsets index the text the run analysed (kept in the article JSON); say so when the source file now differs. */
function sourceChanged(r: ArticleResult): string | null {
  const { source, text, id } = r.article;
  if (!['.txt', '.md'].includes(extname(source).toLowerCase()) || !existsSync(source)) return null;
  let now: string;
  try { now = decodeBytes(readFileSync(source)); } catch { return null; }
  return now === text ? null : `${id}: ${source} changed since the run; the candidate labels the text the run analysed (in its article JSON)`;
}

type Row = { file: string; row: number; cells: Record<string, string> };
/** A content span found for a row; `pieces` when the row gave a split quote's pieces. */
type FoundSpan = TextSpan & { pieces?: TextSpan[] };
/** PIECE_SEPARATOR as a spreadsheet may leave it: the ellipsis with any run of spaces either side. */
const PIECES_SPLIT = new RegExp(`\\s+${PIECE_SEPARATOR.trim()}\\s+`, 'u');

function reviewArticle(r: ArticleResult, quotes: Row[], stances: Row[], problems: string[]): { statements: GoldStatement[]; changes: string[]; marked: boolean } {
  const { text } = r.article;
  const aid = r.article.id;
  const byId = new Map(r.statements.map((s) => [s.id, s]));
  const changes: string[] = [];
  let marked = false;
  const fail = (row: Row, msg: string) => problems.push(`${row.file} row ${row.row} (${aid}): ${msg}`);
  // The CSVs show the article's text as read (rows.ts, atomic.ts: character references and mis-decoded runs as the
  // characters meant, no invisible characters): a cell as written is unchanged, and a text a reviewer wrote is found in
  // the text as given or, failing that, as read, its offsets moved back to the text as given.
  const shown = articleCells(text);
  const asWritten = (x: string): string => visibleCell(shown(x));
  let read: Readable | null | undefined;
  const findAll = (hay: string, needle: string): Span[] => {
    const found = findAllIn(hay, needle);
    if (found.length) return found;
    read ??= readableText(hay);
    return read ? findAllIn(read.text, needle).map((f) => { const [start, end] = (read as Readable).toOriginal(f.start, f.end); return { start, end }; }) : found;
  };
  const findNearest = (hay: string, needle: string, near: number): Span | null =>
    findAll(hay, needle).reduce<Span | null>((best, f) => (!best || Math.abs(f.start - near) < Math.abs(best.start - near) ? f : best), null);
  const mark = (row: Row): string | null => {
    const m = cell(row.cells, 'review').trim().toLowerCase();
    if (!REVIEW_MARKS.has(m)) { fail(row, `review "${m}" is not one of ok, wrong, added (or empty)`); return null; }
    if (m) marked = true;
    return m;
  };

  /**
   * The content span a row names: from the id or the start/end columns, moved to the `content` text when that was edited.
   * A split quote's `content` is its pieces joined by PIECE_SEPARATOR (rows.ts): unchanged when it is still that, and an
   * edited one is found piece by piece, in order, and keeps its pieces.
   */
  const spanOf = (row: Row, added: boolean): FoundSpan | string => {
    const content = cell(row.cells, 'content');
    const fromId = /#(\d+)-(\d+)$/u.exec(cell(row.cells, 'statement_id').trim());
    const startCell = cell(row.cells, 'start').trim();
    const endCell = cell(row.cells, 'end').trim();
    let at: { start: number; end: number } | null = null;
    if (/^\d+$/u.test(startCell) && /^\d+$/u.test(endCell)) at = { start: Number(startCell), end: Number(endCell) };
    else if (fromId) at = { start: Number(fromId[1]), end: Number(fromId[2]) };
    if (at && (at.end < at.start || at.end > text.length)) return `offsets ${at.start}-${at.end} are outside the article (length ${text.length})`;
    // (a content longer than a CSV cell holds was shortened by the writer: unchanged when it is still that)
    const same = (written: string): boolean => [written, asWritten(written)].some((w) => w === content || shortenCell(w) === content || looselyEqual(w, content));
    const sys = at ? r.statements.find((s) => s.content.start === at.start && s.content.end === at.end) : undefined;
    if (at && (!content.trim() || same(text.slice(at.start, at.end)) || (sys && same(contentCell(sys))))) {
      return { ...at, text: text.slice(at.start, at.end) };
    }
    if (!content.trim()) return 'no content and no offsets: give the statement\'s text in `content`';
    const found = findAll(text, content);
    // (an ellipsis of the article's own is found as it is; only a content not in the text is read as pieces)
    if (found.length === 0 && PIECES_SPLIT.test(content)) return piecesOf(content, at, added);
    if (found.length === 0) return `content ${quote(content)} is not in the article text`;
    if (at) {
      const near = findNearest(text, content, at.start) as { start: number; end: number };
      return { ...near, text: text.slice(near.start, near.end) };
    }
    if (found.length > 1 && added) return `content ${quote(content)} is ambiguous: found ${found.length} times (at ${found.slice(0, 5).map((s) => s.start).join(', ')}); give start and end, or more of the text`;
    const s = found[0] as { start: number; end: number };
    return { ...s, text: text.slice(s.start, s.end) };
  };

  /** A content of pieces joined by " … ": the first piece nearest the old place (or the only one), each next one after it. */
  const piecesOf = (content: string, at: { start: number; end: number } | null, added: boolean): FoundSpan | string => {
    const wanted = content.split(PIECES_SPLIT).map((p) => p.trim()).filter(Boolean);
    const pieces: TextSpan[] = [];
    for (const want of wanted) {
      const found = findAll(text, want);
      const prev = pieces.at(-1);
      let s: { start: number; end: number } | undefined;
      if (prev) s = found.find((f) => f.start >= prev.end);
      else if (at) s = findNearest(text, want, at.start) ?? undefined;
      else if (found.length > 1 && added) return `content piece ${quote(want)} is ambiguous: found ${found.length} times (at ${found.slice(0, 5).map((f) => f.start).join(', ')}); give start and end, or more of the text`;
      else s = found[0];
      if (!s) return `content piece ${quote(want)} is not in the article text${prev ? ' after the piece before it' : ''}`;
      pieces.push({ start: s.start, end: s.end, text: text.slice(s.start, s.end) });
    }
    const first = pieces[0] as TextSpan;
    const last = pieces.at(-1) as TextSpan;
    return { start: first.start, end: last.end, text: text.slice(first.start, last.end), ...(pieces.length > 1 ? { pieces } : {}) };
  };

  const spanNear = (row: Row, col: string, near: number, current: TextSpan | null): TextSpan | null | string => {
    const want = cell(row.cells, col);
    if (!want.trim()) return null;
    if (current && [current.text, asWritten(current.text)].some((w) => w === want || looselyEqual(w, want))) return current;
    const s = findNearest(text, want, near);
    return s ? { ...s, text: text.slice(s.start, s.end) } : `${col} ${quote(want)} is not in the article text`;
  };

  /** Labels of a quotes.csv row, validated. */
  const labels = (row: Row) => {
    const type = oneOf<StatementType>(STATEMENT_TYPES, cell(row.cells, 'type') || 'x', 'type', false);
    const kind = oneOf<SpeakerKind>(SPEAKER_KINDS, cell(row.cells, 'speaker_kind'), 'speaker_kind', false);
    const act = oneOf<Act>(ACTS, cell(row.cells, 'act'), 'act', true);
    const framing = oneOf<Framing>(FRAMINGS, cell(row.cells, 'framing') || 'NEUTRAL', 'framing', true);
    const targets = parseTargets(cell(row.cells, 'targets'));
    return { type, kind, act, framing, targets };
  };

  // 1. quotes.csv: the statements as the rows give them (an article with no quotes.csv rows starts from the run's JSON).
  let work: Work[];
  if (quotes.length) {
    work = [];
    const seen = new Set<string>();
    for (const row of quotes) {
      const m = mark(row);
      if (m === null) continue;
      const sid = cell(row.cells, 'statement_id').trim();
      const sys = sid ? byId.get(sid) : undefined;
      if (sid) seen.add(sid);
      if (m === 'wrong') {
        if (!sid) { fail(row, 'a row marked wrong needs its statement_id'); continue; }
        changes.push(`row ${row.row}  - ${sid} removed (marked wrong): ${quote(cell(row.cells, 'content'))}`);
        continue;
      }
      const span = spanOf(row, !sid);
      if (typeof span === 'string') { fail(row, span); continue; }
      const l = labels(row);
      const bad = [l.kind, l.act, l.framing].filter((v, i) => !(([SPEAKER_KINDS, ACTS, FRAMINGS][i] as readonly string[]).includes(v)));
      if (typeof l.targets === 'string') bad.push(l.targets);
      const speaker = cell(row.cells, 'speaker').trim();
      if (!speaker) bad.push('speaker is empty');
      const type = (STATEMENT_TYPES as readonly string[]).includes(l.type) ? l.type as StatementType : sid ? null : inferType(text, span.start, span.end);
      if (!type) bad.push(l.type);
      if (bad.length) { for (const b of bad) fail(row, b); continue; }
      const moved = !sys || sys.content.start !== span.start || sys.content.end !== span.end;
      const cue = spanNear(row, 'cue', span.start, sys?.cue ? { start: sys.cue.start, end: sys.cue.end, text: sys.cue.text } : null);
      const mention = spanNear(row, 'speaker_mention', span.start, sys?.speaker.mention ?? null);
      if (typeof cue === 'string') { fail(row, cue); continue; }
      if (typeof mention === 'string') { fail(row, mention); continue; }
      const role = cell(row.cells, 'speaker_role').trim() || null;
      const gold: GoldStatement = {
        type: type as StatementType,
        content: { start: span.start, end: span.end, text: span.text, ...(span.pieces ? { pieces: span.pieces } : !moved && sys?.content.pieces?.length ? { pieces: sys.content.pieces.map((p) => ({ start: p.start, end: p.end, text: p.text })) } : {}) },
        cue,
        speaker: { name: speaker, mention, role, kind: l.kind as SpeakerKind, affiliation: sys && sys.speaker.name === speaker ? sys.speaker.affiliation ?? null : null },
        act: l.act as Act, framing: l.framing as Framing, targets: l.targets as GoldTarget[],
      };
      const key = idOf(aid, gold);
      if (work.some((w) => idOf(aid, w.gold) === key)) { fail(row, `a second row for the span ${key}`); continue; }
      if (!sys) {
        changes.push(`row ${row.row}  + ${key} added: ${speaker} (${gold.speaker.kind}) ${gold.act} ${gold.type} ${quote(span.text)}`);
      } else {
        const diff = describeDiff(goldFromStatement(sys), gold);
        if (diff.length) changes.push(`row ${row.row}  ~ ${sid}: ${diff.join('; ')}`);
      }
      work.push({ gold, ...(sys ? { sys } : {}), row: row.row });
    }
    for (const s of r.statements) if (!seen.has(s.id)) changes.push(`- ${s.id} removed (its row was deleted): ${quote(s.content.text)}`);
  } else {
    work = r.statements.map((s) => ({ gold: goldFromStatement(s), sys: s }));
  }

  // 2. stances.csv: the targets of each statement it has rows for (and of every statement that had targets).
  if (stances.length) {
    const rowsFor = new Map<Work, Row[]>();
    for (const row of stances) {
      if (mark(row) === null) continue;
      const sid = cell(row.cells, 'statement_id').trim();
      let w = sid ? work.find((x) => idOf(aid, x.gold) === sid || x.sys?.id === sid) : undefined;
      if (!w) {
        const span = spanOf(row, true);
        if (typeof span === 'string') { fail(row, `${span} (add a missed statement in quotes.csv; stances.csv adds targets)`); continue; }
        w = work.find((x) => x.gold.content.start === span.start && x.gold.content.end === span.end);
        if (!w) { fail(row, `no statement at ${span.start}-${span.end} ${quote(span.text)} (add it in quotes.csv first)`); continue; }
      }
      rowsFor.set(w, [...(rowsFor.get(w) ?? []), row]);
    }
    for (const w of work) {
      const rows = rowsFor.get(w) ?? [];
      const had = (w.sys?.targets.length ?? 0) > 0;
      if (!rows.length && !had) continue;
      const targets: GoldTarget[] = [];
      const next = { ...w.gold, speaker: { ...w.gold.speaker } };
      let ok = true;
      for (const row of rows) {
        for (const [col, set] of [['speaker', (v: string) => { next.speaker.name = v; }], ['act', (v: string) => { next.act = v as Act; }], ['framing', (v: string) => { next.framing = v as Framing; }]] as const) {
          const raw = cell(row.cells, col).trim();
          if (!raw) continue;
          const v = col === 'speaker' ? raw : oneOf(col === 'act' ? ACTS : FRAMINGS, raw, col, true);
          if (col !== 'speaker' && !((col === 'act' ? ACTS : FRAMINGS) as readonly string[]).includes(v)) { fail(row, v); ok = false; continue; }
          const cur = col === 'speaker' ? next.speaker.name : next[col];
          const orig = col === 'speaker' ? w.gold.speaker.name : w.gold[col];
          if (v !== orig && cur !== orig && v !== cur) { fail(row, `${col} "${v}" disagrees with another row of the same statement ("${cur}")`); ok = false; continue; }
          if (v !== orig) set(v);
        }
        if (cell(row.cells, 'review').trim().toLowerCase() === 'wrong') continue;
        const name = cell(row.cells, 'target').trim();
        const stance = oneOf<Stance>(STANCES, cell(row.cells, 'stance'), 'stance', true);
        if (!name) { fail(row, 'target is empty (mark the row wrong to drop a target)'); ok = false; continue; }
        if (!(STANCES as readonly string[]).includes(stance)) { fail(row, stance); ok = false; continue; }
        if (targets.some((t) => t.name === name)) { fail(row, `target "${name}" twice for one statement`); ok = false; continue; }
        targets.push({ name, stance: stance as Stance });
      }
      if (!ok) continue;
      if (next.speaker.name !== w.gold.speaker.name) next.speaker.affiliation = null;
      next.targets = targets;
      const diff = describeDiff(w.gold, next);
      if (diff.length) changes.push(`stances.csv ~ ${idOf(aid, w.gold)}: ${diff.join('; ')}`);
      w.gold = next;
    }
  }
  const statements = work.map((w) => w.gold).sort((a, b) => a.content.start - b.content.start || a.content.end - b.content.end);
  return { statements, changes, marked };
}

function describeDiff(a: GoldStatement, b: GoldStatement): string[] {
  const d: string[] = [];
  const ch = (what: string, x: unknown, y: unknown) => { if (x !== y) d.push(`${what} ${x ?? '(none)'} → ${y ?? '(none)'}`); };
  if (a.content.start !== b.content.start || a.content.end !== b.content.end) d.push(`content ${a.content.start}-${a.content.end} → ${b.content.start}-${b.content.end} ${quote(b.content.text)}`);
  const pieces = (g: GoldStatement): string => (g.content.pieces ?? []).map((p) => `${p.start}-${p.end}`).join(' ') || '(none)';
  if (pieces(a) !== pieces(b)) d.push(`pieces ${pieces(a)} → ${pieces(b)}`);
  ch('type', a.type, b.type);
  ch('speaker', a.speaker.name, b.speaker.name);
  ch('role', a.speaker.role, b.speaker.role);
  ch('kind', a.speaker.kind, b.speaker.kind);
  ch('mention', a.speaker.mention?.text, b.speaker.mention?.text);
  ch('cue', a.cue?.text, b.cue?.text);
  ch('act', a.act, b.act);
  ch('framing', a.framing, b.framing);
  ch('targets', targetsText(a.targets), targetsText(b.targets));
  return d;
}
