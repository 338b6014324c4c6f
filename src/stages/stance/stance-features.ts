/**
 * Features of one (statement, target) pair for the trained stance model (src/lexicon/stance-model.json, trained by
 * `npm run train:stance`), and the model's use on a judged statement.
 *
 * Why a model: session 7 measured that stance rules written from read errors stopped carrying over to articles nobody
 * had read. The rules still find the targets and give a first stance; the model, judged by cross-validation grouped by
 * article, re-reads that stance from what the rules saw: the act, the cue, the rule that decided, how the target stands
 * to the statement (the speaker itself, its body, named in the content, the cue's object) and the words of the content
 * and around the target's mention, negation-marked. Its weights are data: the features that decided are the evidence.
 */
import { z } from 'zod';
import type { Evidence, Target } from '../../model/article-result.js';
import type { DraftStatement } from '../../model/document.js';
import type { Stance } from '../../model/labels.js';
import { SoftmaxModelSchema, contributions, predictSoftmax, type Features, type SoftmaxModel } from '../../ml/softmax.js';
import stanceModelJson from '../../lexicon/stance-model.json' with { type: 'json' };

export const STANCE_MODEL_FILE = 'src/lexicon/stance-model.json';
export const STANCE_CLASSES: readonly Stance[] = ['FAVOR', 'AGAINST', 'NONE'];

const StanceModelMeta = z.object({
  /** The model changes a rule's stance only when its probability for another class is at least this. */
  overrideAt: z.number().min(0).max(1),
  /** Below this probability for the class it keeps, the target is marked for review. */
  reviewBelow: z.number().min(0).max(1),
}).passthrough();

export type StanceModel = SoftmaxModel & { meta: z.infer<typeof StanceModelMeta> };

/** Validates a stance model; a malformed one is an error that names the file and the problem. */
export function parseStanceModel(json: unknown, file = STANCE_MODEL_FILE): StanceModel {
  const model = SoftmaxModelSchema.safeParse(json);
  if (!model.success) throw new Error(`${file}: not a valid stance model: ${model.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ')}`);
  const meta = StanceModelMeta.safeParse(model.data.meta ?? {});
  if (!meta.success) throw new Error(`${file}: not a valid stance model: meta: ${meta.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ')}`);
  const classes = [...model.data.classes].sort().join(',');
  if (classes !== [...STANCE_CLASSES].sort().join(',')) throw new Error(`${file}: not a valid stance model: classes must be ${STANCE_CLASSES.join(', ')}`);
  return { ...model.data, meta: meta.data };
}

const SHIPPED: StanceModel = parseStanceModel(stanceModelJson);
let active: StanceModel | null = SHIPPED;

/** The model judgeStance uses: the shipped one, another (tests), or none (rules only, as the training script reads them). */
export function useStanceModel(model: StanceModel | null | 'shipped'): void {
  active = model === 'shipped' ? SHIPPED : model;
}

const NEGATORS = /^(?:not|no|never|without|nobody|nothing|none|cannot|n[’']t)$/u;
const WORD = /[\p{L}][\p{L}’'-]*/gu;
const STOP = new Set(['the', 'a', 'an', 'and', 'or', 'of', 'to', 'in', 'on', 'at', 'for', 'by', 'with', 'from', 'that', 'this', 'it',
  'is', 'was', 'be', 'as', 'its', 'had', 'has', 'have', 'were', 'are', 'been']);

const norm = (s: string): string => s.normalize('NFKC').toLowerCase().replace(/['’]s(?![\p{L}])/gu, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim().replace(/^(?:the|a|an) /u, '');
/** Equal after normalising, or the words of one all among the words of the other ("Verrow" ~ "Verrow Chemical Co."). */
function sameParty(a: string, b: string): boolean {
  const na = norm(a); const nb = norm(b);
  if (!na || !nb) return false;
  if (na === nb) return true;
  const ta = na.split(' '); const tb = new Set(nb.split(' '));
  const tbl = nb.split(' '); const tas = new Set(ta);
  return ta.every((t) => tb.has(t)) || tbl.every((t) => tas.has(t));
}

/** Where a party's name (or its last word, "Verrow" for "Verrow Chemical Co.": its first) occurs in `text` from `from`. */
function findName(text: string, name: string, from: number, to: number): number {
  const slice = text.slice(from, to);
  const candidates = [name, name.split(/\s+/u)[0] ?? '', name.split(/\s+/u).pop() ?? ''].filter((w) => w.length > 2);
  for (const c of candidates) {
    const i = slice.indexOf(c);
    if (i >= 0) return from + i;
  }
  return -1;
}

/** Lowercased words with their negation: a word within three words after "not", "no", "never", "without" is "not_…". */
function markedWords(text: string): string[] {
  const out: string[] = [];
  let negatedFor = 0;
  for (const m of text.matchAll(WORD)) {
    const w = m[0].toLowerCase();
    if (NEGATORS.test(w) || /n[’']t$/u.test(w)) { negatedFor = 3; out.push('NEG'); continue; }
    if (!STOP.has(w) && w.length > 2) out.push(negatedFor > 0 ? `not_${w}` : w);
    if (negatedFor > 0) negatedFor--;
  }
  return out;
}

type Judged = Pick<DraftStatement, 'type' | 'content' | 'cue' | 'speaker' | 'act' | 'framing' | 'targets' | 'evidence'>;

/** The features of `target` in `statement` (both as judgeStance output them), read in the article's `text`. */
export function stanceFeatures(text: string, statement: Judged, target: Target): Features {
  const f = new Map<string, number>();
  const add = (name: string, v = 1): void => { f.set(name, v); };
  const rule = target.evidence?.[0]?.rule ?? 'stance:none';
  const ruleWhy = rule.split(':').slice(2).join(':') || 'none';
  const rs = target.stance;
  const act = statement.act;
  add(`rs:${rs}`); add(`act:${act}`); add(`act:${act}|rs:${rs}`); add(`why:${ruleWhy}`); add(`why:${ruleWhy}|rs:${rs}`);
  add(`framing:${statement.framing}`); add(`type:${statement.type}`); add(`kind:${statement.speaker.kind}`);
  const cue = statement.cue?.lemma ?? '';
  add(`cue:${cue || '(none)'}`);
  // How the target stands to the statement.
  const { content } = statement;
  let relation: string;
  let at = -1;
  if (sameParty(target.name, statement.speaker.name)) relation = 'self';
  else if (statement.speaker.affiliation && sameParty(target.name, statement.speaker.affiliation)) relation = 'own-body';
  else if ((at = findName(text, target.name, content.start, content.end)) >= 0) relation = at - content.start < 40 ? 'content-head' : 'content';
  else if (statement.cue && (at = findName(text, target.name, statement.cue.end, Math.max(statement.cue.end, Math.min(content.start, statement.cue.end + 80)))) >= 0) relation = 'cue-object';
  else relation = 'unnamed';
  add(`rel:${relation}`); add(`rel:${relation}|act:${act}`); add(`rel:${relation}|rs:${rs}`);
  // Whether the target is named in the sentence of the words that decided the act ("We did nothing wrong. Our lawyers
  // met the authority": the denial's sentence does not name the authority).
  const actWords = statement.evidence?.find((e) => e.rule.startsWith('act:') && e.rule !== 'act:cue' && e.start !== undefined);
  if (at >= 0 && actWords) {
    const [x, y] = at < actWords.start! ? [at, actWords.start!] : [actWords.start!, at];
    add(/[.!?][”"’']?\s/u.test(text.slice(x, y)) ? 'act-words:other-sentence' : 'act-words:same-sentence');
  }
  add(`targets:${Math.min(statement.targets.length, 3)}`);
  for (const o of statement.targets) if (o !== target && o.stance !== 'NONE') add(`other:${o.stance}`);
  // The content's own words, negation-marked, and the words just around the target's mention.
  const words = markedWords(text.slice(content.start, content.end));
  for (const w of words) add(`w:${w}`);
  if (at >= 0) {
    const before = markedWords(text.slice(Math.max(content.start, at - 40), at)).slice(-3);
    const after = markedWords(text.slice(at + target.name.length, Math.min(content.end, at + target.name.length + 50))).slice(0, 4);
    for (const w of before) add(`before:${w}`);
    for (const w of after) add(`after:${w}`);
  }
  return f;
}

/**
 * The model's reading of each target of a judged statement: it changes the rules' stance only when it is confident of
 * another (meta.overrideAt), giving its top features as evidence under rule `stance:model`, and asks for review when it
 * is unsure of the stance it keeps (meta.reviewBelow). A NONE that a rule decided (rule `stance:none:…`) stands. No model
 * in use: the statement as the rules judged it.
 */
export function applyStanceModel(text: string, statement: DraftStatement): DraftStatement {
  const model = active;
  if (!model || statement.targets.length === 0) return statement;
  let changed = false;
  let review = statement.needsReview ?? false;
  const targets = statement.targets.map((t) => {
    // (a NONE a rule decided, "a party named in another sentence of a denial is not cleared by it", stands)
    if (t.stance === 'NONE' && t.evidence?.some((e) => e.rule.startsWith('stance:none:'))) return t;
    const features = stanceFeatures(text, statement, t);
    const p = predictSoftmax(model, features);
    if (p.best !== t.stance && p.bestProbability >= model.meta.overrideAt) {
      changed = true;
      const top = contributions(model, features, p.best, 3).map((c) => c.feature).join(', ');
      const ev: Evidence = { rule: `stance:${p.best.toLowerCase()}:model`, note: `p=${p.bestProbability.toFixed(2)}; ${top}` };
      return { name: t.name, stance: p.best as Stance, evidence: [ev] };
    }
    const kept = p.probabilities[model.classes.indexOf(t.stance)] ?? 0;
    if (kept < model.meta.reviewBelow) review = true;
    return t;
  });
  if (!changed && review === (statement.needsReview ?? false)) return statement;
  return { ...statement, targets, rules: changed ? [...(statement.rules ?? []), 'stance:model'] : statement.rules, needsReview: review };
}
