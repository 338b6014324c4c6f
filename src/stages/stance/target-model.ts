/**
 * The trained target model (issue 6): re-reads the stance of each target the rules found, from the features of
 * stance-features.ts (the rule that decided and its stance, the act, the cue, how the target stands to the statement:
 * the speaker itself, its body, named near the content's head or further in, the cue's object; the content's words and
 * those around the target's mention, negation-marked) and the classes of stance words and the tone in the content and
 * near the target (targetFeatures). It is the data file src/lexicon/target-model.json, written by
 * scripts/stance-target-cv.ts from the gold of the read half of the corpus only (its header gives the commands).
 *
 * Why: a party the rules found but left NONE ("the regulator" named in a complaint whose words the stance rules do not
 * know) is, when a reader names it as a target at all, mostly one the statement is against; the rules' vocabulary does
 * not reach those words, a model over them does. It learns P(stance | a reader names the target) with the targets no
 * reader named kept as NONE one in `unnamedEvery` (they are many: all of them would teach it that every target is NONE,
 * none of them that every target is polar). It only turns a NONE the rules did not decide into a stance, when its
 * probability reaches `at` (mayTurn). Trained only on such targets (onlyTurnable), at 0.6, it took the held-out half of
 * dev from stance F1 0.639 to 0.651 (AGAINST 0.548 to 0.572), the system's polar targets that a reader names staying at
 * 0.499 and those with the reader's stance going from 0.441 to 0.431; on the read half's own article-grouped folds
 * 0.699 to 0.709. Its changes carry the rule
 * `stance:<stance>:target-model`, with the features that weighed most as the note.
 */
import { z } from 'zod';
import type { Evidence, Target } from '../../model/article-result.js';
import type { DraftStatement } from '../../model/document.js';
import type { Stance } from '../../model/labels.js';
import { contributions, parseSoftmaxModel, predictSoftmax, type SoftmaxModel } from '../../ml/softmax.js';
import shipped from '../../lexicon/target-model.json' with { type: 'json' };
import stanceWords from '../../lexicon/stance-words.json' with { type: 'json' };
import { firstWordListMatch, wordListRegExp } from '../../model/word-list-search.js';
import { STANCE_CLASSES, findName, stanceFeatures } from './stance-features.js';
import { toneOf } from './tone.js';

export const TARGET_MODEL_FILE = 'src/lexicon/target-model.json';

export const TargetModelMeta = z.object({
  /** The least probability of its best class for the model to change a target's stance. */
  at: z.number().min(0).max(1),
  /** Of the targets no reader named, one in this many was a NONE example in training. */
  unnamedEvery: z.number().int().min(1),
}).passthrough();

/** The stance vocabulary's classes (stance-words.json) whose presence the model reads, in the content and near the target. */
const CLASSES = ['criticism', 'wrongdoing', 'praise', 'denial', 'demand', 'warning', 'adverse', 'legitimacy', 'admission'] as const;
let classRx: Array<[string, RegExp]> | undefined;
const toneBucket = (x: number): string => (x <= -0.4 ? 'neg2' : x <= -0.1 ? 'neg1' : x < 0.1 ? '0' : x < 0.4 ? 'pos1' : 'pos2');

/**
 * The model's features of `target`: stance-features.ts's, and the general vocabulary around it: which classes of the
 * stance words the content holds and the 80 characters around the target's mention hold, and the general tone (wink's
 * sentiment, bucketed) of both. Word lists and tone are classes of words, which carry over to other articles better
 * than the words themselves.
 */
export function targetFeatures(text: string, statement: Parameters<typeof stanceFeatures>[1], target: Target): Map<string, number> {
  const f = new Map(stanceFeatures(text, statement, target));
  classRx ??= CLASSES.map((c) => [c, wordListRegExp((stanceWords as unknown as Record<string, string[]>)[c] ?? [])]);
  const { content } = statement;
  const body = text.slice(content.start, content.end);
  const at = findName(text, target.name, content.start, content.end);
  const near = at >= 0 ? text.slice(Math.max(content.start, at - 80), Math.min(content.end, at + target.name.length + 80)) : '';
  for (const [c, rx] of classRx) {
    if (firstWordListMatch(rx, body)) f.set(`lex:${c}`, 1);
    if (near && firstWordListMatch(rx, near)) f.set(`near:${c}`, 1);
  }
  f.set(`tone:${toneBucket(toneOf(body))}`, 1);
  if (near) f.set(`near-tone:${toneBucket(toneOf(near))}`, 1);
  return f;
}

/**
 * Whether the model may turn the rules' stance `from` (decided by `rule`) into `to`: only a NONE into a stance; never a
 * stance taken away, never FAVOR and AGAINST swapped ("I wish Mr Varga well" stays for Varga whatever else the quote
 * says); and not a NONE a rule decided (`stance:none:…`: "a party carried from the quote before is not the one charged").
 * (Allowing it only in statements whose act evaluates, as the stance model's gate does, took its whole gain away: the
 * NONE targets it rightly turns are mostly in statements the act rules left SAY, whose complaint they did not read.)
 */
export function mayTurn(from: Stance, rule: string, to: Stance): boolean {
  return from === 'NONE' && to !== 'NONE' && !rule.startsWith('stance:none:');
}

export interface TargetModel { model: SoftmaxModel; meta: z.infer<typeof TargetModelMeta> }

/** Validates a target model; a malformed one is an error that names the file and the problem. */
export function parseTargetModel(raw: unknown, source = TARGET_MODEL_FILE): TargetModel {
  const { model, meta } = parseSoftmaxModel(raw, source, 'target model', TargetModelMeta);
  if ([...model.classes].sort().join(',') !== [...STANCE_CLASSES].sort().join(',')) throw new Error(`${source}: not a valid target model: classes must be ${STANCE_CLASSES.join(', ')}`);
  return { model, meta };
}

let parsed: TargetModel | undefined;
let active: TargetModel | null | undefined;

/** The model judgeStance uses: the shipped one (default), another (tests, training), or none (the rules alone). */
export function useTargetModel(model: TargetModel | null | 'shipped'): void {
  active = model === 'shipped' ? undefined : model;
}

function current(): TargetModel | null {
  if (active !== undefined) return active;
  return (parsed ??= parseTargetModel(shipped));
}

/** The statement with each target's stance as the model reads it (all features read on the rules' own output first). */
export function applyTargetModel(text: string, statement: DraftStatement): DraftStatement {
  const tm = current();
  if (!tm || statement.targets.length === 0) return statement;
  const { model, meta } = tm;
  const decisions = statement.targets.map((t) => {
    const rule = t.evidence?.[0]?.rule ?? 'stance:none';
    // (only a target the model may turn is read: a polar one, or a NONE a rule decided, stands as it is)
    if (!mayTurn(t.stance, rule, 'AGAINST')) return null;
    const features = targetFeatures(text, statement, t);
    const p = predictSoftmax(model, features);
    const to = p.best as Stance;
    return mayTurn(t.stance, rule, to) && p.bestProbability >= meta.at ? { to, features, p: p.bestProbability } : null;
  });
  if (decisions.every((d) => d === null)) return statement;
  const targets = statement.targets.map((t, i) => {
    const d = decisions[i];
    if (!d) return t;
    const rule = `stance:${d.to.toLowerCase()}:target-model`;
    const top = contributions(model, d.features, d.to, 3).map((c) => c.feature).join(', ');
    const evidence: Evidence[] = [{ rule, note: `p=${d.p.toFixed(2)}; ${top}; was ${t.stance}` }, ...(t.evidence ?? [])];
    return { ...t, stance: d.to, evidence };
  });
  return { ...statement, targets, rules: [...(statement.rules ?? []), 'stance:target-model'] };
}
