// Small per-speaker counters over a whole run (statements by act, stance toward each target), kept instead of the
// results themselves. The number of distinct speakers grows with the run (every article brings new names), so above
// `maxSpeakers` the counters are spilled to sorted runs on disk and merged by streaming at the end: memory stays
// bounded however many articles and speakers a run has, and the merged counts are the same as in memory (same
// numbers, same first-seen order of acts, targets and mentions).
import type { ResultDigest } from './report-writer.js';
import { TempFile, readLines } from './atomic.js';

export interface SpeakerCounts {
  /** What the run-wide row is merged by (speakerKey). */
  key: string;
  /** The name as first written (a named speaker spelled otherwise in a later article adds to this row). */
  name: string;
  kind: string;
  /** The one article of an unnamed speaker (anonymous, document), which is never merged across articles; else null. */
  article: string | null;
  statements: number;
  articles: number;
  acts: Map<string, number>;
  framings: Map<string, number>;
  /** target → stance → count */
  targets: Map<string, Map<string, number>>;
  /**
   * target → stance → how many of those FAVOR and AGAINST counts rest on a doubted decision: the statement is flagged
   * for review, or the stance was decided by a weak rule (weak-rules.ts). (NONE is not marked: it takes no side.) The summary shows them apart, so that a count the pipeline
   * doubts does not read as solid. (Optional for counts made elsewhere: none doubted.)
   */
  flagged?: Map<string, Map<string, number>>;
  /** Roles, affiliations and mentions seen, each capped so memory stays bounded. */
  roles: Set<string>;
  affiliations: Set<string>;
  mentions: Set<string>;
}

const CAP = 12;
const addCapped = (set: Set<string>, v: string | null | undefined): void => { if (v && set.size < CAP) set.add(v); };
/**
 * The kinds whose run-wide rows merge across articles: a named person or body (LABELS.md) is the same speaker in every
 * article that names it. An anonymous source ("official", "people familiar with the talks") or a document ("the
 * report") is a description, not a name: the same words in two articles are two sources, so each article's has its own
 * run-wide row.
 */
const NAMED_KINDS = new Set(['person', 'organization', 'group', 'media']);

/** The run-wide row a speaker of an article counts in: a named one by its name case-folded, an unnamed one per article. */
export function speakerKey(name: string, kind: string, articleId: string): string {
  return NAMED_KINDS.has(kind) ? `n\u0000${name.toLowerCase()}` : `a\u0000${articleId}\u0000${name}`;
}

const byKey = (a: SpeakerCounts, b: SpeakerCounts): number => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
const byName = (a: SpeakerCounts, b: SpeakerCounts): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) || byKey(a, b);
/** The reports' order: most statements first, ties by name (then by key: an unnamed speaker's rows, by article). */
export const byStatements = (a: SpeakerCounts, b: SpeakerCounts): number => b.statements - a.statements || byName(a, b);

/**
 * Distinct speakers counted in memory before the tally spills them to disk. Measured on the bench corpus's results:
 * 5,000 speakers' counters hold 8.9 MB of live heap, which the main thread's heap carries on top of its analysis
 * (and V8 grows the heap by about half again over what is live); 1,000 hold under 2 MB. A spill writes one sorted run
 * of a few hundred KB, and the runs are merged by streaming at the end, so the reports' bytes are the same.
 */
export const MAX_SPEAKERS_IN_MEMORY = 1000;

export interface TallyOptions {
  /** Where spilled runs go (temporary files, removed when read or discarded); without it the tally stays in memory. */
  spillPath?: string;
  /** Distinct speakers held in memory before they are spilled (default MAX_SPEAKERS_IN_MEMORY). */
  maxSpeakers?: number;
  /** Runs merged at once (default 32): more runs are first merged in groups, so open files and buffers stay bounded. */
  fanIn?: number;
}

export class SpeakerTally {
  readonly speakers = new Map<string, SpeakerCounts>();
  statements = 0;
  private readonly runs: TempFile[] = [];
  private readonly maxSpeakers: number;

  constructor(private readonly opts: TallyOptions = {}) {
    this.maxSpeakers = Math.max(1, opts.maxSpeakers ?? MAX_SPEAKERS_IN_MEMORY);
  }

  add(r: ResultDigest): void {
    const seen = new Set<string>();
    for (const s of r.statements) {
      const name = s.speaker.name;
      const key = speakerKey(name, s.speaker.kind, r.article.id);
      let c = this.speakers.get(key);
      if (!c) { c = empty(key, name, s.speaker.kind, key.startsWith('a') ? r.article.id : null); this.speakers.set(key, c); }
      if (!seen.has(key)) { seen.add(key); c.articles++; }
      c.statements++;
      c.acts.set(s.act, (c.acts.get(s.act) ?? 0) + 1);
      c.framings.set(s.framing, (c.framings.get(s.framing) ?? 0) + 1);
      addCapped(c.roles, s.speaker.role);
      addCapped(c.affiliations, s.speaker.affiliation);
      addCapped(c.mentions, s.speaker.mention?.text);
      for (const t of s.targets) {
        const m = c.targets.get(t.name) ?? new Map<string, number>();
        m.set(t.stance, (m.get(t.stance) ?? 0) + 1);
        c.targets.set(t.name, m);
        if (t.stance !== 'NONE' && (s.needsReview || t.weak)) {
          c.flagged ??= new Map();
          const f = c.flagged.get(t.name) ?? new Map<string, number>();
          f.set(t.stance, (f.get(t.stance) ?? 0) + 1);
          c.flagged.set(t.name, f);
        }
      }
      this.statements++;
    }
    // Only between articles: an article's speakers are counted in one run, so `articles` adds up across runs.
    if (this.opts.spillPath && this.speakers.size >= this.maxSpeakers) this.spill();
  }

  /** Whether some counters are on disk (then only `ordered()` gives them all). */
  get spilled(): boolean { return this.runs.length > 0; }

  /** Every speaker in memory, in the reports' order (a run that never spilled). */
  sorted(): SpeakerCounts[] {
    if (this.spilled) throw new Error('the speaker tally was spilled to disk: use ordered()');
    return [...this.speakers.values()].sort(byStatements);
  }

  /**
   * Every speaker in the reports' order, one at a time: from memory when nothing was spilled, else by merging the
   * spilled runs by key (adding up each speaker's counts) and sorting the merged counts on disk the same way.
   * Consumes the tally's runs; removes its temporary files when done.
   */
  *ordered(): Generator<SpeakerCounts> {
    if (!this.spilled) { yield* this.sorted(); return; }
    this.spill();
    const byNameRuns = this.narrow(this.runs.splice(0), byKey, combine);
    let sortedRuns: TempFile[] = [];
    try {
      let chunk: SpeakerCounts[] = [];
      for (const c of mergeRuns(byNameRuns.map((f) => readLines(f.tempPath)), byKey, combine)) {
        chunk.push(c);
        if (chunk.length >= this.maxSpeakers) { sortedRuns.push(this.writeRun(chunk.sort(byStatements))); chunk = []; }
      }
      for (const f of byNameRuns) f.discard();
      chunk.sort(byStatements);
      if (!sortedRuns.length) { yield* chunk; return; }
      if (chunk.length) sortedRuns.push(this.writeRun(chunk));
      chunk = [];
      // Keys are unique after the first merge: nothing left to combine.
      sortedRuns = this.narrow(sortedRuns, byStatements, (a) => a);
      yield* mergeRuns(sortedRuns.map((f) => readLines(f.tempPath)), byStatements, (a) => a);
    } finally {
      for (const f of byNameRuns) f.discard();
      for (const f of sortedRuns) f.discard();
    }
  }

  /** Removes the spilled runs (a stopped or failed run). */
  discard(): void {
    for (const f of this.runs.splice(0)) f.discard();
  }

  /**
   * Merges consecutive groups of runs into one run each until at most `fanIn` are left (consecutive, so counts are still
   * combined earlier runs first). The input files are removed as they are merged.
   */
  private narrow(runs: TempFile[], order: (a: SpeakerCounts, b: SpeakerCounts) => number, merge: (a: SpeakerCounts, b: SpeakerCounts) => SpeakerCounts): TempFile[] {
    const fanIn = Math.max(2, this.opts.fanIn ?? 32);
    while (runs.length > fanIn) {
      const next: TempFile[] = [];
      try {
        for (let i = 0; i < runs.length; i += fanIn) {
          const group = runs.slice(i, i + fanIn);
          if (group.length === 1) { next.push(group[0] as TempFile); continue; }
          next.push(this.writeRun(mergeRuns(group.map((g) => readLines(g.tempPath)), order, merge)));
          for (const g of group) g.discard();
        }
      } catch (e) {
        for (const f of [...runs, ...next]) f.discard();
        throw e;
      }
      runs = next;
    }
    return runs;
  }

  private spill(): void {
    if (!this.speakers.size) return;
    this.runs.push(this.writeRun([...this.speakers.values()].sort(byKey)));
    this.speakers.clear();
  }

  /** Writes counts (an array, or a merge streamed from other runs) to a new run file, 500 lines per write. */
  private writeRun(counts: Iterable<SpeakerCounts>): TempFile {
    const f = new TempFile(this.opts.spillPath as string);
    try {
      let lines: string[] = [];
      for (const c of counts) {
        lines.push(`${JSON.stringify(toJson(c))}\n`);
        if (lines.length >= 500) { f.write(lines.join('')); lines = []; }
      }
      if (lines.length) f.write(lines.join(''));
      f.close();
    } catch (e) { f.discard(); throw e; }
    return f;
  }
}

function empty(key: string, name: string, kind: string, article: string | null): SpeakerCounts {
  return { key, name, kind, article, statements: 0, articles: 0, acts: new Map(), framings: new Map(), targets: new Map(), roles: new Set(), affiliations: new Set(), mentions: new Set() };
}

type CountsJson = [string, string, string, string | null, number, number, Array<[string, number]>, Array<[string, number]>, Array<[string, Array<[string, number]>]>, string[], string[], string[], Array<[string, Array<[string, number]>]>];

function toJson(c: SpeakerCounts): CountsJson {
  return [c.key, c.name, c.kind, c.article, c.statements, c.articles, [...c.acts], [...c.framings], [...c.targets].map(([t, m]) => [t, [...m]]), [...c.roles], [...c.affiliations], [...c.mentions], [...(c.flagged ?? [])].map(([t, m]) => [t, [...m]])];
}

function fromJson(line: string): SpeakerCounts {
  const [key, name, kind, article, statements, articles, acts, framings, targets, roles, affiliations, mentions, flagged] = JSON.parse(line) as CountsJson;
  return { key, name, kind, article, statements, articles, acts: new Map(acts), framings: new Map(framings), targets: new Map(targets.map(([t, m]) => [t, new Map(m)])), roles: new Set(roles), affiliations: new Set(affiliations), mentions: new Set(mentions), ...(flagged.length ? { flagged: new Map(flagged.map(([t, m]) => [t, new Map(m)])) } : {}) };
}

const addAll = (into: Map<string, number>, from: Map<string, number>): void => { for (const [k, n] of from) into.set(k, (into.get(k) ?? 0) + n); };

/** `b`'s counts added to `a`'s, `a` being the earlier run: first-seen orders and caps as if counted in one pass. */
function combine(a: SpeakerCounts, b: SpeakerCounts): SpeakerCounts {
  a.statements += b.statements;
  a.articles += b.articles;
  addAll(a.acts, b.acts);
  addAll(a.framings, b.framings);
  for (const [t, m] of b.targets) {
    const into = a.targets.get(t) ?? new Map<string, number>();
    addAll(into, m);
    a.targets.set(t, into);
  }
  for (const [t, m] of b.flagged ?? []) {
    a.flagged ??= new Map();
    const into = a.flagged.get(t) ?? new Map<string, number>();
    addAll(into, m);
    a.flagged.set(t, into);
  }
  for (const v of b.roles) addCapped(a.roles, v);
  for (const v of b.affiliations) addCapped(a.affiliations, v);
  for (const v of b.mentions) addCapped(a.mentions, v);
  return a;
}

/**
 * A k-way merge of runs each sorted by `order`; entries that compare equal are combined, earlier runs first.
 * Holds one entry per run.
 */
function* mergeRuns(runs: Array<Generator<string>>, order: (a: SpeakerCounts, b: SpeakerCounts) => number, merge: (a: SpeakerCounts, b: SpeakerCounts) => SpeakerCounts): Generator<SpeakerCounts> {
  const heads: Array<SpeakerCounts | null> = runs.map((r) => next(r));
  try {
    yield* mergeHeads(runs, heads, order, merge);
  } finally {
    for (const r of runs) r.return(undefined); // closes the files of a merge left early
  }
}

function* mergeHeads(runs: Array<Generator<string>>, heads: Array<SpeakerCounts | null>, order: (a: SpeakerCounts, b: SpeakerCounts) => number, merge: (a: SpeakerCounts, b: SpeakerCounts) => SpeakerCounts): Generator<SpeakerCounts> {
  for (;;) {
    let least: SpeakerCounts | null = null;
    for (const h of heads) if (h && (!least || order(h, least) < 0)) least = h;
    if (!least) return;
    let out: SpeakerCounts | null = null;
    for (let i = 0; i < heads.length; i++) {
      const h = heads[i] as SpeakerCounts | null;
      if (h && order(h, least) === 0) { out = out ? merge(out, h) : h; heads[i] = next(runs[i] as Generator<string>); }
    }
    yield out as SpeakerCounts;
  }
}

function next(run: Generator<string>): SpeakerCounts | null {
  const r = run.next();
  return r.done ? null : fromJson(r.value);
}
