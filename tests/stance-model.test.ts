// The trained stance model: its file, its features and how judgeStance uses it. Sentences are our own; every expected
// feature and decision below was worked out by hand from the sentence and the tiny hand-made models.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/analyze.js';
import type { DraftStatement } from '../src/model/document.js';
import { applyStanceModel, parseStanceModel, stanceFeatures, useStanceModel, type StanceModel } from '../src/stages/stance/stance-features.js';

const MODEL_FILE = join(import.meta.dirname, '..', 'src', 'lexicon', 'stance-model.json');
const article = (paragraphs: string): string => `Headline\n${paragraphs.replace(/\|/gu, '\n')}\n`;
/** The statements as the rules alone judge them. */
function rulesOnly(text: string) {
  useStanceModel(null);
  try { return analyzeArticle(text).statements; } finally { useStanceModel('shipped'); }
}
const tiny = (weights: Record<string, number[]>, overrideAt: number): StanceModel =>
  parseStanceModel({ classes: ['FAVOR', 'AGAINST', 'NONE'], bias: [0, 0, 0], weights, meta: { overrideAt, reviewBelow: 0 } }, 'tiny.json');

// (the model is off by default: each test here turns the shipped one on, and the default is put back after)
beforeEach(() => useStanceModel('shipped'));
afterEach(() => useStanceModel(null));

describe('the stance model file', () => {
  it('the shipped model validates and says it learnt from train and dev only', () => {
    const model = parseStanceModel(JSON.parse(readFileSync(MODEL_FILE, 'utf8')));
    expect(model.classes).toEqual(['FAVOR', 'AGAINST', 'NONE']);
    expect(model.meta.splits).toEqual(['train', 'dev']);
    expect(model.meta.overrideAt).toBeGreaterThan(0.5);
    expect(model.meta.gate).toBe('evidence');
    // (no word feature from a name: capitalised words are left out)
    for (const name of Object.keys(model.weights)) if (/^(?:w|before|after):/u.test(name)) expect(name.slice(name.indexOf(':') + 1)).toMatch(/^(?:NEG|[\p{Ll}_’'-]+)$/u);
    // (every feature is one stanceFeatures makes: a known prefix)
    for (const name of Object.keys(model.weights)) expect(name).toMatch(/^(?:rs|act|why|framing|type|kind|cue|rel|targets|other|act-words|w|before|after):/u);
  });
  it('a malformed model is an error that names the file and what is wrong', () => {
    expect(() => parseStanceModel({ classes: ['FAVOR', 'AGAINST', 'NONE'], bias: [0, 0], weights: {}, meta: { overrideAt: 0.6, reviewBelow: 0.5 } }, 'broken.json'))
      .toThrow(/broken\.json.*bias has 2 values for 3 classes/u);
    expect(() => parseStanceModel({ classes: ['FAVOR', 'AGAINST', 'NONE'], bias: [0, 0, 0], weights: {} }, 'broken.json'))
      .toThrow(/broken\.json.*meta.*overrideAt/u);
    expect(() => parseStanceModel({ classes: ['POS', 'NEG'], bias: [0, 0], weights: {}, meta: { overrideAt: 0.6, reviewBelow: 0.5 } }, 'broken.json'))
      .toThrow(/broken\.json.*classes must be FAVOR, AGAINST, NONE/u);
  });
});

describe('features of a (statement, target) pair', () => {
  it('the relation, the rule, and the content words with negation marked', () => {
    const text = article('Critics said Norvane Systems had not acted lawfully.');
    const [st] = rulesOnly(text);
    const target = st!.targets.find((t) => t.name === 'Norvane Systems')!;
    expect(target).toBeDefined();
    const f = stanceFeatures(text, st!, target);
    expect(f.get('rel:content-head')).toBe(1); // named at the head of the content
    // (names are no features: they identify an article, not a stance)
    expect(f.has('w:norvane')).toBe(false);
    expect(f.has('w:systems')).toBe(false);
    expect(f.get('w:not_acted')).toBe(1); // "not" marks the words after it
    expect(f.get('w:not_lawfully')).toBe(1);
    expect(f.has('w:lawfully')).toBe(false);
    expect(f.get(`rs:${target.stance}`)).toBe(1);
  });
  it('the speaker itself', () => {
    // (in the first person singular: a person speaking of the body's conduct, "we", "our", has the body as target instead)
    // (answering a charge the article reports: GUIDE decision 22)
    const text = article('A supplier accused Lena Hart of leaving its invoices unpaid for months.|“I have always paid my suppliers on time,” said Lena Hart, who runs a bakery.');
    const st = rulesOnly(text).find((s) => s.content.text.startsWith('I have always'));
    const self = st!.targets.find((t) => t.name === st!.speaker.name);
    expect(self).toBeDefined();
    expect(stanceFeatures(text, st!, self!).get('rel:self')).toBe(1);
  });
  it('a chief executive defending the company with "we", "our": the company FAVOR, as the speaker’s own body', () => {
    const text = article('“We have always paid our suppliers on time,” said Lena Hart, the chief executive of Orrin Foods.');
    const [st] = rulesOnly(text);
    expect(st!.speaker.name).toBe('Lena Hart');
    const body = st!.targets.find((t) => t.name === 'Orrin Foods');
    expect(body?.stance).toBe('FAVOR');
    expect(stanceFeatures(text, st!, body!).get('rel:own-body')).toBe(1);
    // (the person speaks for the company, not of themself: no target of their own)
    expect(st!.targets.find((t) => t.name === 'Lena Hart')).toBeUndefined();
  });
});

describe('how judgeStance uses the model', () => {
  const text = article('Residents said the Harlow Ferry Company would run a new timetable from May.');
  const said = (): DraftStatement => rulesOnly(text)[0] as unknown as DraftStatement;
  /** The same statement as if its words had criticised the company: an act that evaluates. */
  const draft = (): DraftStatement => ({ ...said(), act: 'CRITICIZE' });

  it('a confident model changes the stance of a statement that evaluates, names its rule and gives its deciding words with their offsets', () => {
    const before = draft();
    expect(before.targets).toEqual([{ name: 'Harlow Ferry Company', stance: 'NONE' }]);
    useStanceModel(tiny({ 'rel:content-head': [0, 2, 0], 'w:timetable': [0, 2, 0] }, 0.9)); // p(AGAINST) = e^4 / (e^4 + 2) ≈ 0.965
    const after = applyStanceModel(text, before);
    expect(after.targets[0]!.stance).toBe('AGAINST');
    const at = text.indexOf('timetable');
    expect(after.targets[0]!.evidence).toEqual([{ rule: 'stance:against:model', start: at, end: at + 'timetable'.length, text: 'timetable', note: 'p=0.96; rel:content-head, w:timetable' }]);
    expect(after.rules).toContain('stance:model');
  });
  it('near miss: a model less sure than its threshold leaves the rules\' stance', () => {
    useStanceModel(tiny({ 'rel:content-head': [0, 4, 0] }, 0.99));
    expect(applyStanceModel(text, draft()).targets).toEqual([{ name: 'Harlow Ferry Company', stance: 'NONE' }]);
  });
  it('near miss: however sure, the model gives no polar stance to a target of a statement with no evaluation (a SAY)', () => {
    expect(said().act).toBe('SAY');
    useStanceModel(tiny({ 'rel:content-head': [0, 9, 0] }, 0.6));
    expect(applyStanceModel(text, said()).targets).toEqual([{ name: 'Harlow Ferry Company', stance: 'NONE' }]);
  });
  it('the shipped model leaves neutral reports neutral', () => {
    const planning = analyzeArticle(article('“The decision on the Tarn Foods site is expected next month,” the planning officer said.')).statements;
    expect(planning.flatMap((s) => s.targets).filter((t) => t.stance !== 'NONE' && t.name !== 'planning officer')).toEqual([]);
    const [call] = analyzeArticle(article('“I spoke to the minister this morning,” said Ana Ruiz.')).statements;
    expect(call!.targets.find((t) => t.name === 'minister')?.stance).toBe('NONE');
  });
  it('a NONE that a rule decided stands: a party named in another sentence of a denial', () => {
    const denial = article('“We have done nothing wrong,” said Ada Brenn, a director of Kelso Mills. “Our lawyers met the Harbour Authority on Monday.”');
    useStanceModel(tiny({ 'rel:content': [0, 9, 0], 'rel:content-head': [0, 9, 0] }, 0.5));
    const [st] = analyzeArticle(denial).statements;
    const authority = st!.targets.find((t) => t.name === 'Harbour Authority');
    expect(authority?.stance).toBe('NONE');
    expect(authority?.evidence?.[0]?.rule).toBe('stance:none:other-sentence');
  });
  it('no model in use: the rules alone', () => {
    const d = draft(); // (rulesOnly puts the shipped model back: take the draft first)
    useStanceModel(null);
    expect(applyStanceModel(text, d)).toEqual(d);
  });
});
