// Which stance rules' targets are right how often (a diagnostic, not an EVALUATION.md measure):
//   npx tsx scripts/stance-rules.ts dump --corpus-dir DIR --out FILE   run the pipeline on DIR (all its splits), pair each
//        gold statement with the system's (the eval's match) and write, per matched statement, its system targets (name,
//        stance, the rule that decided it, the stance model's features) and its gold targets, as JSON
//   npx tsx scripts/stance-rules.ts rules FILE                          per rule id: polar targets, how many a gold
//        target names, how many with gold's stance; stance F1 when the rule's targets are left NONE
// The dump of a held-out half is for figures only: `rules` prints counts, never text.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { alignCorpus } from '../src/eval/aligned.js';
import { namesMatch, normaliseName, stanceF1 } from '../src/eval/score.js';
import type { Stance } from '../src/model/labels.js';
import { targetFeatures, useTargetModel } from '../src/stages/stance/target-model.js';

export interface DumpTarget { name: string; stance: Stance; rule: string; features: Record<string, number> }
export interface DumpStatement {
  article: string;
  act: string; goldAct: string; type: string; kind: string; speaker: string; cue: string;
  targets: DumpTarget[];
  /** The speaker and, for a person, its body, when no system target names them: candidate targets (rule stance NONE). */
  selfCandidates: DumpTarget[];
  gold: Array<{ name: string; stance: Stance; /** Where the gold target is when the system gives no target of its name. */ cause?: string }>;
  /** The gold speaker's name, the statement's content and its sentence (for reading the read half's errors; never printed for a held-out half). */
  goldSpeaker?: string; affiliation?: string; content?: string; sentence?: string;
}

const PRONOUN = /(?<![\p{L}])(?:he|she|they|it|him|her|them|his|their|its|hers|theirs)(?![\p{L}])/iu;
const DESCRIPTION = /(?<![\p{L}])(?:the|this|that|our|their|its) (?:company|firm|council|government|ministry|department|club|board|authority|regulator|agency|operator|union|party|group|organisation|organization|trust|developer|owner|manager|minister|administration|police|force|hospital|school|university|court|government's|bank|airline|insurer|landlord|provider|team|league|federation|committee|inquiry|report|contractor|supplier|platform|app|plan|scheme|decision|policy|proposal|bill|deal)s?(?![\p{L}])/iu;

/** The words of a party's name that identify it in running text: capitalised words of three letters or more. */
function nameWords(name: string): string[] {
  return name.split(/[^\p{L}\p{N}'’-]+/u).filter((w) => /^\p{Lu}/u.test(w) && w.length > 2 && !/^(?:The|And|For|Mr|Mrs|Ms|Dr)$/u.test(w));
}
const written = (text: string, words: readonly string[]): boolean => words.some((w) => new RegExp(`(?<![\\p{L}])${w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?![\\p{L}])`, 'u').test(text));

/**
 * Why a gold target has no system target of its name: the speaker itself or its body (self-defence); named in the
 * content; named in the statement's sentence outside the content (the cue's object, the attribution); a pronoun or a
 * description ("the firm") in the content; named in the 600 characters before (the party the statement answers);
 * elsewhere.
 */
function missCause(text: string, content: { start: number; end: number }, cue: { start: number; end: number } | null, speaker: string, affiliation: string | undefined, goldSpeaker: string, name: string): string {
  if (namesMatch(name, speaker) || namesMatch(name, goldSpeaker) || (affiliation !== undefined && namesMatch(name, affiliation))) return 'speaker-self';
  const words = nameWords(name);
  const body = text.slice(content.start, content.end);
  if (words.length && written(body, words)) return 'named-in-content';
  const from = Math.min(content.start, cue?.start ?? content.start);
  const to = Math.max(content.end, cue?.end ?? content.end);
  const sStart = Math.max(text.lastIndexOf('\n', from - 1), ...['. ', '? ', '! '].map((p) => text.lastIndexOf(p, from - 1))) + 1;
  const ends = ['\n', '. ', '? ', '! '].map((p) => text.indexOf(p, to)).filter((i) => i >= 0);
  const sEnd = ends.length ? Math.min(...ends) : text.length;
  if (words.length && written(text.slice(sStart, content.start) + ' ' + text.slice(content.end, sEnd), words)) return 'same-sentence';
  if (PRONOUN.test(body) || DESCRIPTION.test(body)) return words.length && written(text.slice(Math.max(0, sStart - 600), sStart), words) ? 'pronoun-or-description' : 'pronoun-unnamed-before';
  if (words.length && written(text.slice(Math.max(0, sStart - 600), sStart), words)) return 'named-before';
  return 'elsewhere';
}

/** The statement's sentence: from the sentence start before the content or cue to the sentence end after them. */
function sentenceAround(text: string, content: { start: number; end: number }, cue: { start: number; end: number } | null): string {
  const from = Math.min(content.start, cue?.start ?? content.start);
  const to = Math.max(content.end, cue?.end ?? content.end);
  const sStart = Math.max(text.lastIndexOf('\n', from - 1), ...['. ', '? ', '! '].map((p) => text.lastIndexOf(p, from - 1))) + 1;
  const ends = ['\n', '. ', '? ', '! '].map((p) => text.indexOf(p, to)).filter((i) => i >= 0);
  return text.slice(sStart, ends.length ? Math.min(...ends) + 1 : text.length);
}

function selfCandidateNames(system: { speaker: { name: string; kind: string; affiliation?: string | undefined }; targets: ReadonlyArray<{ name: string }> }): string[] {
  const names = [system.speaker.name, ...(system.speaker.kind === 'person' && system.speaker.affiliation ? [system.speaker.affiliation] : [])];
  return names.filter((n) => n.trim() !== '' && !system.targets.some((t) => namesMatch(t.name, n)));
}

function dump(dir: string, out: string): void {
  // (the target model learns from the rules' own stances: it is off while they are read)
  useTargetModel(null);
  const aligned = alignCorpus(resolve(dir), ['train', 'dev']);
  const rows: DumpStatement[] = [];
  for (const a of aligned) {
    for (const { gold, system } of a.pairs) {
      rows.push({
        article: a.id, act: system.act, goldAct: gold.act, type: system.type, kind: system.speaker.kind, speaker: system.speaker.name, cue: system.cue?.lemma ?? '',
        targets: system.targets.map((t) => ({ name: t.name, stance: t.stance, rule: t.evidence?.[0]?.rule ?? 'stance:none', features: Object.fromEntries(targetFeatures(a.text, system, t)) })),
        selfCandidates: selfCandidateNames(system).map((name) => ({ name, stance: 'NONE' as Stance, rule: 'candidate:self', features: Object.fromEntries(targetFeatures(a.text, system, { name, stance: 'NONE' })) })),
        gold: gold.targets.map((t) => ({ name: t.name, stance: t.stance,
          ...(chosenTarget(t.name, system.targets.map((x) => x.name)) < 0 ? { cause: missCause(a.text, system.content, system.cue, system.speaker.name, system.speaker.affiliation, gold.speaker.name, t.name) } : {}) })),
        goldSpeaker: gold.speaker.name, ...(system.speaker.affiliation ? { affiliation: system.speaker.affiliation } : {}),
        content: a.text.slice(system.content.start, system.content.end), sentence: sentenceAround(a.text, system.content, system.cue),
      });
    }
  }
  writeFileSync(out, JSON.stringify(rows));
  process.stdout.write(`${aligned.length} articles, ${rows.length} matched statements -> ${out}\n`);
}

/** The index of the system target a gold target is scored against (EVALUATION.md: an equal name first). */
export function chosenTarget(goldName: string, names: readonly string[]): number {
  const wanted = normaliseName(goldName);
  const exact = names.findIndex((n) => wanted !== '' && normaliseName(n) === wanted);
  return exact >= 0 ? exact : names.findIndex((n) => namesMatch(n, goldName));
}

/** The gold target a system target is counted against (polarTargetCounts). */
export function goldFor(name: string, gold: ReadonlyArray<{ name: string; stance: Stance }>): { name: string; stance: Stance } | undefined {
  return gold.find((g) => normaliseName(g.name) === normaliseName(name)) ?? gold.find((g) => namesMatch(name, g.name));
}

export interface Figures { f1: number; favor: number; against: number; polar: number; named: number; agreeing: number }

/** Stance F1 and target precision with each target's stance as `decide` gives it. */
export function figures(rows: readonly DumpStatement[], decide: (row: DumpStatement, t: DumpTarget) => Stance): Figures {
  const pairs: Array<{ gold: Stance; system: Stance }> = [];
  let polar = 0; let named = 0; let agreeing = 0;
  for (const row of rows) {
    const stances = row.targets.map((t) => decide(row, t));
    for (const g of row.gold) {
      const k = chosenTarget(g.name, row.targets.map((t) => t.name));
      pairs.push({ gold: g.stance, system: k >= 0 ? stances[k] as Stance : 'NONE' });
    }
    row.targets.forEach((t, i) => {
      const s = stances[i] as Stance;
      if (s === 'NONE') return;
      polar++;
      const g = goldFor(t.name, row.gold);
      if (g) { named++; if (g.stance === s) agreeing++; }
    });
  }
  const f = stanceF1(pairs);
  return { f1: f.f1, favor: f.favorF1, against: f.againstF1, polar, named, agreeing };
}

const r3 = (x: number): string => x.toFixed(3);
export const line = (f: Figures): string => `F1 ${r3(f.f1)} (FAVOR ${r3(f.favor)}, AGAINST ${r3(f.against)}); polar ${f.polar}, named ${r3(f.named / Math.max(1, f.polar))}, agreeing ${r3(f.agreeing / Math.max(1, f.polar))}`;

function rules(file: string): void {
  const rows = JSON.parse(readFileSync(file, 'utf8')) as DumpStatement[];
  const base = figures(rows, (_, t) => t.stance);
  process.stdout.write(`${rows.length} statements; as is: ${line(base)}\n`);
  const byRule = new Map<string, { n: number; named: number; agreeing: number }>();
  for (const row of rows) for (const t of row.targets) {
    if (t.stance === 'NONE') continue;
    const c = byRule.get(t.rule) ?? { n: 0, named: 0, agreeing: 0 };
    c.n++;
    const g = goldFor(t.name, row.gold);
    if (g) { c.named++; if (g.stance === t.stance) c.agreeing++; }
    byRule.set(t.rule, c);
  }
  process.stdout.write('rule\tpolar\tnamed\tagreeing\tagree%\tF1 if NONE (delta)\n');
  for (const [rule, c] of [...byRule].sort((a, b) => b[1].n - a[1].n)) {
    const f = figures(rows, (_, t) => (t.rule === rule ? 'NONE' : t.stance));
    process.stdout.write(`${rule}\t${c.n}\t${c.named}\t${c.agreeing}\t${r3(c.agreeing / c.n)}\t${r3(f.f1)} (${(f.f1 - base.f1 >= 0 ? '+' : '') + r3(f.f1 - base.f1)})\n`);
  }
}

/** Gold pairs by gold stance and what the system gives: no target (by cause), or its target's stance (by rule). */
function pairs(file: string): void {
  const rows = JSON.parse(readFileSync(file, 'utf8')) as DumpStatement[];
  const count = new Map<string, number>();
  const inc = (k: string): void => { count.set(k, (count.get(k) ?? 0) + 1); };
  for (const row of rows) for (const g of row.gold) {
    const k = chosenTarget(g.name, row.targets.map((t) => t.name));
    const t = row.targets[k];
    if (!t) { inc(`gold ${g.stance}\tno target\t${g.cause}`); continue; }
    inc(`gold ${g.stance}\tsystem ${t.stance}\t${t.rule}`);
  }
  for (const [k, n] of [...count].sort((a, b) => (a[0] < b[0] ? -1 : 1))) process.stdout.write(`${n}\t${k}\n`);
}

const [mode, ...rest] = process.argv.slice(2);
const main = (process.argv[1] ?? "").endsWith("stance-rules.ts");
const opt = (name: string): string | undefined => { const i = rest.indexOf(`--${name}`); return i < 0 ? undefined : rest[i + 1]; };
if (!main) { /* imported */ }
else if (mode === "dump") dump(opt('corpus-dir') ?? 'corpus', opt('out') ?? '/tmp/stance-dump.json');
else if (mode === 'rules') rules(rest[0] ?? '/tmp/stance-dump.json');
else if (mode === 'pairs') pairs(rest[0] ?? '/tmp/stance-dump.json');
else process.stderr.write('usage: stance-rules.ts dump --corpus-dir DIR --out FILE | rules FILE\n');
