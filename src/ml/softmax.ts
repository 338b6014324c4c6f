/**
 * A small multinomial logistic-regression (softmax) classifier over sparse named features, trained by full-batch
 * gradient descent with L2 regularisation and AdaGrad steps. It is deterministic (no sampling, no shuffling), so the same
 * examples always give the same model, and the model is plain JSON (validated by zod at load) that a user can inspect,
 * ship and retrain with the project's own script.
 *
 * Why not a library: the text features here are sparse (a few dozen of several thousand names per example) and the
 * model must be a readable data file whose weights explain each decision (`contributions`); the classifier packages on
 * the registry either use dense matrices or their own opaque serialisation.
 */
import { z } from 'zod';

/** A sparse example: feature name → value (1 for a present binary feature). */
export type Features = ReadonlyMap<string, number>;

export const SoftmaxModelSchema = z.object({
  $comment: z.string().optional(),
  classes: z.array(z.string().min(1)).min(2),
  bias: z.array(z.number()),
  /** Per feature, one weight per class (same order as `classes`). */
  weights: z.record(z.string(), z.array(z.number())),
  meta: z.record(z.string(), z.unknown()).optional(),
}).superRefine((m, ctx) => {
  if (m.bias.length !== m.classes.length) ctx.addIssue({ code: 'custom', message: `bias has ${m.bias.length} values for ${m.classes.length} classes` });
  for (const [name, w] of Object.entries(m.weights)) {
    if (w.length !== m.classes.length) { ctx.addIssue({ code: 'custom', message: `feature ${JSON.stringify(name)} has ${w.length} weights for ${m.classes.length} classes` }); return; }
  }
});
export type SoftmaxModel = z.infer<typeof SoftmaxModelSchema>;

const issueText = (issues: readonly { path: readonly PropertyKey[]; message: string }[]): string =>
  issues.map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`).join('; ');

/**
 * Validates a trained model and its `meta` against the schema of its kind; a malformed one is an error that names the
 * file (`source`) and the problem ("<file>: not a valid act model: meta: threshold: …").
 */
export function parseSoftmaxModel<M>(raw: unknown, source: string, what: string, metaSchema: z.ZodType<M>): { model: SoftmaxModel; meta: M } {
  const model = SoftmaxModelSchema.safeParse(raw);
  if (!model.success) throw new Error(`${source}: not a valid ${what}: ${issueText(model.error.issues)}`);
  const meta = metaSchema.safeParse(model.data.meta ?? {});
  if (!meta.success) throw new Error(`${source}: not a valid ${what}: meta: ${issueText(meta.error.issues)}`);
  return { model: model.data, meta: meta.data };
}

export interface TrainOptions {
  classes: readonly string[];
  /** Full-batch iterations. */
  epochs?: number;
  /** L2 penalty per weight, scaled by the number of examples. */
  l2?: number;
  learningRate?: number;
  /** Features seen in fewer examples than this are dropped. */
  minCount?: number;
  /** Weight of each example by its class, e.g. to keep a frequent class from swamping rare ones (default 1 each). */
  classWeights?: Readonly<Record<string, number>>;
}

export interface Example { features: Features; label: string }

function softmaxInPlace(scores: number[]): number[] {
  let max = -Infinity;
  for (const s of scores) if (s > max) max = s;
  let sum = 0;
  for (let i = 0; i < scores.length; i++) { scores[i] = Math.exp((scores[i] as number) - max); sum += scores[i] as number; }
  for (let i = 0; i < scores.length; i++) scores[i] = (scores[i] as number) / sum;
  return scores;
}

/** Trains a model on `examples`; labels outside `options.classes` are an error. */
export function trainSoftmax(examples: readonly Example[], options: TrainOptions): SoftmaxModel {
  const classes = [...options.classes];
  const k = classes.length;
  const epochs = options.epochs ?? 300;
  const l2 = options.l2 ?? 1e-3;
  const rate = options.learningRate ?? 0.5;
  const minCount = options.minCount ?? 1;
  const classIndex = new Map(classes.map((c, i) => [c, i]));

  const counts = new Map<string, number>();
  for (const ex of examples) for (const name of ex.features.keys()) counts.set(name, (counts.get(name) ?? 0) + 1);
  const names = [...counts.keys()].filter((n) => (counts.get(n) as number) >= minCount).sort();
  const featureIndex = new Map(names.map((n, i) => [n, i]));

  const rows = examples.map((ex) => {
    const y = classIndex.get(ex.label);
    if (y === undefined) throw new Error(`trainSoftmax: label ${JSON.stringify(ex.label)} is not one of ${classes.join(', ')}`);
    const idx: number[] = []; const val: number[] = [];
    for (const [name, v] of ex.features) { const j = featureIndex.get(name); if (j !== undefined && v !== 0) { idx.push(j); val.push(v); } }
    return { idx, val, y, weight: options.classWeights?.[ex.label] ?? 1 };
  });

  const n = Math.max(1, rows.length);
  const W = new Float64Array(names.length * k);
  const b = new Float64Array(k);
  const gW = new Float64Array(W.length); const gB = new Float64Array(k);
  const hW = new Float64Array(W.length).fill(1e-8); const hB = new Float64Array(k).fill(1e-8);
  const scores = new Array<number>(k);
  for (let epoch = 0; epoch < epochs; epoch++) {
    gW.fill(0); gB.fill(0);
    for (const row of rows) {
      for (let c = 0; c < k; c++) scores[c] = b[c] as number;
      for (let t = 0; t < row.idx.length; t++) {
        const base = (row.idx[t] as number) * k; const v = row.val[t] as number;
        for (let c = 0; c < k; c++) scores[c] = (scores[c] as number) + (W[base + c] as number) * v;
      }
      softmaxInPlace(scores);
      for (let c = 0; c < k; c++) {
        const err = row.weight * ((scores[c] as number) - (c === row.y ? 1 : 0)) / n;
        gB[c] = (gB[c] as number) + err;
        for (let t = 0; t < row.idx.length; t++) {
          const j = (row.idx[t] as number) * k + c;
          gW[j] = (gW[j] as number) + err * (row.val[t] as number);
        }
      }
    }
    for (let j = 0; j < W.length; j++) {
      const g = (gW[j] as number) + l2 * (W[j] as number);
      hW[j] = (hW[j] as number) + g * g;
      W[j] = (W[j] as number) - rate * g / Math.sqrt(hW[j] as number);
    }
    for (let c = 0; c < k; c++) {
      const g = gB[c] as number;
      hB[c] = (hB[c] as number) + g * g;
      b[c] = (b[c] as number) - rate * g / Math.sqrt(hB[c] as number);
    }
  }
  const round = (x: number): number => Math.round(x * 1e4) / 1e4;
  const weights: Record<string, number[]> = {};
  names.forEach((name, i) => {
    const w = Array.from(W.subarray(i * k, i * k + k), round);
    if (w.some((x) => x !== 0)) weights[name] = w;
  });
  return { classes, bias: Array.from(b, round), weights };
}

export interface Prediction {
  /** Probability per class, in the model's class order. */
  probabilities: number[];
  best: string;
  bestProbability: number;
}

export function predictSoftmax(model: SoftmaxModel, features: Features): Prediction {
  const scores = [...model.bias];
  for (const [name, v] of features) {
    const w = model.weights[name];
    if (!w) continue;
    for (let c = 0; c < scores.length; c++) scores[c] = (scores[c] as number) + (w[c] as number) * v;
  }
  const probabilities = softmaxInPlace(scores);
  let best = 0;
  for (let c = 1; c < probabilities.length; c++) if ((probabilities[c] as number) > (probabilities[best] as number)) best = c;
  return { probabilities, best: model.classes[best] as string, bestProbability: probabilities[best] as number };
}

/** The features that pushed `label` up the most against the model's other classes, largest first: the evidence of a decision. */
export function contributions(model: SoftmaxModel, features: Features, label: string, limit = 3): { feature: string; weight: number }[] {
  const c = model.classes.indexOf(label);
  if (c < 0) return [];
  const k = model.classes.length;
  const out: { feature: string; weight: number }[] = [];
  for (const [name, v] of features) {
    const w = model.weights[name];
    if (!w) continue;
    let others = 0;
    for (let o = 0; o < k; o++) if (o !== c) others += w[o] as number;
    const margin = ((w[c] as number) - others / (k - 1)) * v;
    if (margin > 0) out.push({ feature: name, weight: margin });
  }
  return out.sort((a, b) => b.weight - a.weight || (a.feature < b.feature ? -1 : 1)).slice(0, limit);
}
