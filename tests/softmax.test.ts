import { describe, expect, it } from 'vitest';
import { contributions, predictSoftmax, SoftmaxModelSchema, trainSoftmax, type Example } from '../src/ml/softmax.js';

const f = (...names: string[]): Map<string, number> => new Map(names.map((n) => [n, 1]));

// A separable toy task: "bad" words mark NEG, "good" words POS, the rest is noise shared by both.
const examples: Example[] = [
  { features: f('bad', 'the'), label: 'NEG' },
  { features: f('awful', 'the', 'a'), label: 'NEG' },
  { features: f('bad', 'awful'), label: 'NEG' },
  { features: f('good', 'the'), label: 'POS' },
  { features: f('great', 'a'), label: 'POS' },
  { features: f('good', 'great', 'the'), label: 'POS' },
];

describe('softmax classifier', () => {
  const model = trainSoftmax(examples, { classes: ['NEG', 'POS'], epochs: 200 });

  it('learns a separable task and predicts unseen combinations by their words', () => {
    expect(predictSoftmax(model, f('bad')).best).toBe('NEG');
    expect(predictSoftmax(model, f('great', 'the')).best).toBe('POS');
    expect(predictSoftmax(model, f('awful', 'a')).bestProbability).toBeGreaterThan(0.7);
    const p = predictSoftmax(model, f('good')).probabilities;
    expect(p[0]! + p[1]!).toBeCloseTo(1, 10);
  });

  it('gives the deciding words as evidence, not the shared noise', () => {
    const top = contributions(model, f('awful', 'the'), 'NEG', 1);
    expect(top.map((c) => c.feature)).toEqual(['awful']);
    expect(contributions(model, f('awful'), 'UNKNOWN')).toEqual([]);
  });

  it('is deterministic and round-trips through its JSON schema', () => {
    const again = trainSoftmax(examples, { classes: ['NEG', 'POS'], epochs: 200 });
    expect(again).toEqual(model);
    expect(SoftmaxModelSchema.parse(JSON.parse(JSON.stringify(model)))).toEqual(model);
  });

  it('drops rare features and rejects unknown labels and malformed models', () => {
    const pruned = trainSoftmax(examples, { classes: ['NEG', 'POS'], minCount: 3 });
    // Only "the" is in three or more examples; the class words are gone, so they no longer decide anything.
    expect(Object.keys(pruned.weights).every((n) => n === 'the')).toBe(true);
    expect(predictSoftmax(pruned, f('bad')).bestProbability).toBeCloseTo(0.5, 2);
    expect(() => trainSoftmax([{ features: f('x'), label: 'MAYBE' }], { classes: ['NEG', 'POS'] })).toThrow(/MAYBE/);
    expect(() => SoftmaxModelSchema.parse({ classes: ['A', 'B'], bias: [0], weights: {} })).toThrow(/bias/);
    expect(() => SoftmaxModelSchema.parse({ classes: ['A', 'B'], bias: [0, 0], weights: { w: [1] } })).toThrow(/weights/);
  });
});
