// What the review flag (needsReview) and confidence predict: over the gold-matched statements of the named splits,
// the share of flagged and unflagged statements with a wrong speaker, act or stance, the flag's precision and recall
// for such errors, and the same per review reason. A statement no gold statement matched counts as an error too
// (a false positive). Usage: npx tsx scripts/flag-audit.ts [train|dev ...] [--rows FILE.jsonl] [--corpus-dir DIR]
// [--summary]. --corpus-dir reads another corpus folder (articles/, gold/, splits.json) than corpus/; --summary prints
// only the headline figures (counts, precision and recall of the flag), no per-reason table, for a held-out half.
import { writeFileSync } from 'node:fs';
import { alignCorpus } from '../src/eval/aligned.js';
import { namesMatch, predictedStance, speakerRight } from '../src/eval/score.js';
import type { SplitName } from '../src/eval/splits.js';
import type { Statement } from '../src/model/article-result.js';
import type { GoldStatement } from '../src/eval/gold-schema.js';

export interface AuditRow {
  article: string;
  start: number;
  end: number;
  flagged: boolean;
  reasons: string[];
  confidence: number;
  matched: boolean;
  speaker: boolean;
  act: boolean;
  stance: boolean;
  via: string;
  /** The stance error is only a stance given to a party that is no gold target with it. */
  spuriousOnly: boolean;
  kind: string;
  type: string;
  systemAct: string;
  goldAct: string;
  stanceRules: string[];
  name: string;
  mention: string;
  affiliation: string;
}

/** Which labels of a matched statement are wrong (true = wrong). A stance is wrong when a gold target gets another
 *  stance, or the system gives a stance to a party that is no gold target with that stance. */
export function wrongLabels(gold: GoldStatement, system: Statement): { speaker: boolean; act: boolean; stance: boolean; spuriousOnly: boolean } {
  const speaker = !speakerRight({ name: gold.speaker.name, mention: gold.speaker.mention, sourceSpans: [] }, system.speaker);
  const act = gold.act !== system.act;
  const missedOrOther = gold.targets.some((t) => predictedStance(t.name, system.targets) !== t.stance);
  const spurious = system.targets.some((t) => t.stance !== 'NONE' && !gold.targets.some((g) => g.stance === t.stance && namesMatch(t.name, g.name)));
  return { speaker, act, stance: missedOrOther || spurious, spuriousOnly: spurious && !missedOrOther };
}

const pct = (n: number, d: number): string => (d === 0 ? '-' : `${((100 * n) / d).toFixed(1)} %`);

function report(name: string, rows: AuditRow[], summary = false): void {
  const err = (r: AuditRow): boolean => !r.matched || r.speaker || r.act || r.stance;
  const flagged = rows.filter((r) => r.flagged);
  const plain = rows.filter((r) => !r.flagged);
  const errors = rows.filter(err).length;
  const caught = flagged.filter(err).length;
  console.log(`\n== ${name}: ${rows.length} system statements, ${flagged.length} flagged (${pct(flagged.length, rows.length)}), ${errors} with an error`);
  for (const [label, set] of [['flagged', flagged], ['unflagged', plain]] as const) {
    const m = set.filter((r) => r.matched);
    console.log(`${label.padEnd(10)} n=${String(set.length).padStart(5)}  unmatched ${pct(set.length - m.length, set.length)}  of matched: speaker ${pct(m.filter((r) => r.speaker).length, m.length)}  act ${pct(m.filter((r) => r.act).length, m.length)}  stance ${pct(m.filter((r) => r.stance).length, m.length)}  any error ${pct(set.filter(err).length, set.length)}`);
  }
  console.log(`flag for any error: precision ${pct(caught, flagged.length)}  recall ${pct(caught, errors)}`);
  if (summary) { for (const kind of ['speaker', 'act', 'stance'] as const) { const m = rows.filter((r) => r.matched); const e = m.filter((r) => r[kind]); console.log(`flag for ${kind} errors (matched only): recall ${pct(e.filter((r) => r.flagged).length, e.length)}`); } return; }
  for (const kind of ['speaker', 'act', 'stance'] as const) {
    const m = rows.filter((r) => r.matched);
    const e = m.filter((r) => r[kind]);
    console.log(`flag for ${kind} errors (matched only): precision ${pct(e.filter((r) => r.flagged).length, m.filter((r) => r.flagged).length)}  recall ${pct(e.filter((r) => r.flagged).length, e.length)}`);
  }
  const bands = [[0, 0.8], [0.8, 0.9], [0.9, 0.95], [0.95, 1.01]];
  for (const [lo, hi] of bands) {
    const b = rows.filter((r) => r.confidence >= lo! && r.confidence < hi!);
    console.log(`confidence [${lo}, ${hi}): n=${b.length}  any error ${pct(b.filter(err).length, b.length)}  speaker ${pct(b.filter((r) => r.speaker).length, b.length)}`);
  }
  const reasons = new Map<string, AuditRow[]>();
  for (const r of flagged) for (const why of r.reasons) reasons.set(why, [...(reasons.get(why) ?? []), r]);
  console.log('reason                                   n   any error  speaker  act   stance  only reason');
  for (const [why, rs] of [...reasons].sort((a, b) => b[1].length - a[1].length)) {
    const m = rs.filter((r) => r.matched);
    console.log(`${why.padEnd(38)} ${String(rs.length).padStart(4)}  ${pct(rs.filter(err).length, rs.length).padStart(8)}  ${pct(m.filter((r) => r.speaker).length, m.length).padStart(7)} ${pct(m.filter((r) => r.act).length, m.length).padStart(7)} ${pct(m.filter((r) => r.stance).length, m.length).padStart(7)}  ${rs.filter((r) => r.reasons.length === 1).length}`);
  }
}

const args = process.argv.slice(2);
const valueOf = (flag: string): string | undefined => { const at = args.indexOf(flag); return at >= 0 ? args[at + 1] : undefined; };
const rowsFile = valueOf('--rows');
const corpusDir = valueOf('--corpus-dir') ?? 'corpus';
const summary = args.includes('--summary');
const values = new Set(['--rows', '--corpus-dir'].map((f) => args.indexOf(f)).filter((i) => i >= 0).map((i) => i + 1));
const splits = args.filter((a, i) => !a.startsWith('--') && !values.has(i)) as SplitName[];
if (splits.includes('test' as SplitName)) throw new Error('the test split is held out');
const all: AuditRow[] = [];
for (const split of splits.length ? splits : (['train'] as SplitName[])) {
  const rows: AuditRow[] = [];
  for (const article of alignCorpus(corpusDir, [split])) {
    const base = (s: Statement): Omit<AuditRow, 'matched' | 'speaker' | 'act' | 'stance' | 'spuriousOnly'> => ({
      article: article.id, start: s.content.start, end: s.content.end, flagged: s.needsReview === true, reasons: s.reviewReasons ?? [], confidence: s.confidence, via: s.speaker.resolvedVia ?? '', kind: s.speaker.kind, type: s.type, systemAct: s.act, goldAct: '',
      name: s.speaker.name, mention: s.speaker.mention?.text ?? '', affiliation: s.speaker.affiliation ?? '',
      stanceRules: s.targets.map((t) => `${t.stance}:${t.evidence?.[0]?.rule ?? ''}`),
    });
    for (const p of article.pairs) rows.push({ ...base(p.system), matched: true, ...wrongLabels(p.gold, p.system), goldAct: p.gold.act });
    for (const s of article.unmatched) rows.push({ ...base(s), matched: false, speaker: false, act: false, stance: false, spuriousOnly: false });
  }
  report(split, rows, summary);
  all.push(...rows);
}
if (rowsFile) writeFileSync(rowsFile, all.map((r) => JSON.stringify(r)).join('\n') + '\n');
