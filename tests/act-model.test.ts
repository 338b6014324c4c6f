// The trained act model (issue 6): its file, its scope, and what it decides on sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import shipped from '../src/lexicon/act-model.json' with { type: 'json' };
import { analyzeArticle } from '../src/analyze.js';
import { actFeatures } from '../src/stages/stance/act-features.js';
import { ACT_MODEL_FILE, loadActModelFile, modelAct, parseActModel, shippedActModel } from '../src/stages/stance/act-model.js';
import { corpusDigest } from '../pipeline/train-acts.js';

const statements = (paragraph: string) => analyzeArticle(`Headline\n\n${paragraph}\n`).statements;

describe('act model file', () => {
  it('validates, names its scope and records its cross-validation', () => {
    const m = shippedActModel();
    expect(m.model.classes).toContain('SAY');
    expect(m.meta.scope.ruleActs).toContain('SAY');
    expect(m.meta.reviewBelow).toBeGreaterThanOrEqual(m.meta.threshold);
    const cv = (shipped.meta as { crossValidation: { all: { rulesAccuracy: number; modelAccuracy: number } } }).crossValidation;
    // kept only because held-out folds gain from it
    expect(cv.all.modelAccuracy).toBeGreaterThan(cv.all.rulesAccuracy);
  });

  it('reads the shipped file from disk the same way', () => {
    expect(loadActModelFile(ACT_MODEL_FILE).model.classes).toEqual(shippedActModel().model.classes);
  });

  it('gives an error naming the file when it is malformed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'act-model-'));
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{ "classes": ["SAY", "DENY"], ');
    expect(() => loadActModelFile(broken)).toThrow(broken);
    const wrongBias = join(dir, 'wrong-bias.json');
    writeFileSync(wrongBias, JSON.stringify({ ...shipped, bias: [0] }));
    expect(() => loadActModelFile(wrongBias)).toThrow(/wrong-bias\.json: not a valid act model: .*bias/u);
    expect(() => parseActModel({ ...shipped, meta: { scope: { ruleActs: ['SAY'], framings: ['NEUTRAL'] } } }, 'some-model.json')).toThrow(/some-model\.json.*threshold/u);
    expect(() => parseActModel({ ...shipped, classes: shipped.classes.map((c, i) => (i === 0 ? 'SHOUT' : c)) }, 'x.json')).toThrow(/x\.json.*SHOUT/u);
  });

  // A gold change (or a new train/dev article) without `npm run train:acts` is caught here; retraining takes minutes
  // (the pipeline runs on every train and dev article), too long for the suite.
  it('was trained on the current train and dev gold', () => {
    expect((shipped.meta as { corpusDigest: string }).corpusDigest).toBe(corpusDigest('corpus'));
  });
});

describe('act features', () => {
  it('marks words in the scope of a negation up to a punctuation mark', () => {
    const { features, spans } = actFeatures({ content: 'we did not break any rules, and we paid', start: 100, cueLemma: 'say', type: 'indirect', speakerKind: 'organization', ruleAct: 'SAY', rules: [] });
    expect(features.has('NOT_break')).toBe(true);
    expect(features.has('NOT_rul')).toBe(true);
    expect(features.has('NOT_paid')).toBe(false);
    expect(features.has('person:first-subject')).toBe(true);
    expect(features.has('cue:say')).toBe(true);
    expect(spans.get('w:break')).toEqual({ start: 111, end: 116 });
  });
});

describe('act model hook', () => {
  const m = shippedActModel();
  const input = { content: 'The board has failed the staff and must answer for it', start: 0, cueLemma: 'say', type: 'indirect', speakerKind: 'person', rules: [] as string[] };

  it('leaves statements outside its scope alone', () => {
    expect(modelAct({ ...input, ruleAct: 'PRAISE', framing: 'NEUTRAL' }, m)).toBeNull();
    expect(modelAct({ ...input, ruleAct: 'SAY', framing: 'DISTANCING' }, m)).toBeNull();
    // through the pipeline: a cue that names the act decides it, the model is not asked
    const [st] = statements('The union accused the board of hiding the losses from its members.');
    expect(st?.act).toBe('ACCUSE');
    expect(st?.rules).not.toContain('act:model');
  });

  // Neutral cue, no word of the rules' vocabulary, and a reader hears a complaint about someone's conduct.
  it('decides a neutral-cue statement that plainly criticises another party', () => {
    for (const sentence of [
      '“They have had years to fix the lifts and they have done nothing,” said a resident.',
      '“The council has done nothing for three years while our homes got worse,” said Ruth Amble, who chairs the tenants’ group.',
      '“He has done nothing for this town in ten years except cut ribbons,” said Ruth Amble, a councillor.',
    ]) {
      const text = `Headline\n\n${sentence}\n`;
      const [st] = analyzeArticle(text).statements;
      expect(st?.act, sentence).toBe('CRITICIZE');
      expect(st?.rules, sentence).toContain('act:model');
      const words = (st?.evidence ?? []).filter((e) => e.rule === 'act:model');
      expect(words.length, sentence).toBeGreaterThan(0);
      for (const e of words) expect(text.slice(e.start, e.end), sentence).toBe(e.text);
      expect(words[0]?.note, sentence).toMatch(/^rules: SAY; p 0\.\d\d$/u);
    }
  });

  it('leaves a plain report of facts, and a lament, as SAY', () => {
    for (const sentence of [
      'The bridge will reopen on Monday, a spokeswoman for the council said.',
      'The new timetable starts in March, the operator said.',
      'The hearing was adjourned until Thursday, a court clerk said.',
      // a lament that blames no one stays SAY (GUIDE decision 18): no party named or spoken of
      '“We have not had a holiday in four years,” said the mother of three.',
      '“The river has been low all summer and the boats cannot get out,” said a fisherman.',
    ]) {
      const [st] = statements(sentence);
      expect(st?.act, sentence).toBe('SAY');
    }
  });
});
