// The trained target model (src/stages/stance/target-model.ts): its file, its gate, its features and its use on a few
// sentences of our own. Every expected stance below was decided by reading the sentence; the tiny hand-made models' outcomes
// were worked out by hand from their weights.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/analyze.js';
import type { DraftStatement } from '../src/model/document.js';
import { isWeakStanceRule } from '../src/stages/stance/weak-rules.js';
import { applyTargetModel, mayTurn, toneAgrees, parseTargetModel, targetFeatures, useTargetModel, type TargetModel } from '../src/stages/stance/target-model.js';

const MODEL_FILE = join(import.meta.dirname, '..', 'src', 'lexicon', 'target-model.json');
const article = (paragraphs: string): string => `Headline\n${paragraphs.replace(/\|/gu, '\n')}\n`;
const stanceOf = (paragraphs: string, name: string): string | undefined =>
  analyzeArticle(article(paragraphs)).statements.flatMap((s) => s.targets).find((t) => t.name === name)?.stance;
const tiny = (weights: Record<string, number[]>, at: number): TargetModel =>
  parseTargetModel({ classes: ['FAVOR', 'AGAINST', 'NONE'], bias: [0, 0, 0], weights, meta: { at, unnamedEvery: 5 } }, 'tiny.json');

// (the model is off by default: each test here sets the shipped one or one of its own, and the default is put back after)
beforeEach(() => useTargetModel('shipped'));
afterEach(() => useTargetModel(null));

const text = 'Headline\nResidents said Harlow Ferry Company had changed the timetable.\n';
const content = 'Harlow Ferry Company had changed the timetable';
const draft = (stance: 'NONE' | 'FAVOR' | 'AGAINST', rule?: string): DraftStatement => ({
  type: 'indirect',
  content: { start: text.indexOf(content), end: text.indexOf(content) + content.length, text: content },
  cue: { start: text.indexOf('said'), end: text.indexOf('said') + 4, text: 'said', lemma: 'say' },
  speaker: { name: 'Residents', mention: null, role: null, kind: 'group' },
  act: 'SAY',
  framing: 'NEUTRAL',
  targets: [{ name: 'Harlow Ferry Company', stance, ...(rule ? { evidence: [{ rule }] } : {}) }],
  confidence: 0.8,
  sentence: 1,
});

describe('the target model file', () => {
  it('the shipped model validates, turns only at a probability of one half or more, and reads no names', () => {
    const model = parseTargetModel(JSON.parse(readFileSync(MODEL_FILE, 'utf8')));
    expect(model.model.classes).toEqual(['FAVOR', 'AGAINST', 'NONE']);
    expect(model.meta.at).toBeGreaterThanOrEqual(0.5);
    for (const name of Object.keys(model.model.weights)) {
      expect(name).toMatch(/^(?:rs|act|why|framing|type|kind|cue|rel|targets|other|act-words|w|before|after|lex|near|tone|near-tone):/u);
      // (word features are lower-case words or NEG: a capitalised word is a name, which identifies an article)
      if (/^(?:w|before|after):/u.test(name)) expect(name.slice(name.indexOf(':') + 1)).toMatch(/^(?:NEG|[\p{Ll}_’'-]+)$/u);
    }
  });
  it('a malformed model is an error that names the file and what is wrong', () => {
    expect(() => parseTargetModel({ classes: ['FAVOR', 'AGAINST', 'NONE'], bias: [0, 0, 0], weights: {}, meta: { unnamedEvery: 5 } }, 'broken.json')).toThrow(/broken\.json.*meta.*at/u);
    expect(() => parseTargetModel({ classes: ['FAVOR', 'AGAINST'], bias: [0, 0], weights: {}, meta: { at: 0.6, unnamedEvery: 5 } }, 'broken.json')).toThrow(/broken\.json.*classes/u);
  });
});

describe('what the model may turn', () => {
  it('a NONE the rules gave by default may become a stance', () => {
    expect(mayTurn('NONE', 'stance:none', 'AGAINST')).toBe(true);
    expect(mayTurn('NONE', 'stance:none', 'FAVOR')).toBe(true);
  });
  it('near miss: a stance is never taken away, nor swapped', () => {
    expect(mayTurn('AGAINST', 'stance:against:accused', 'NONE')).toBe(false);
    expect(mayTurn('FAVOR', 'stance:favor:praised', 'AGAINST')).toBe(false);
  });
  it('near miss: a NONE a rule decided stands', () => {
    expect(mayTurn('NONE', 'stance:none:carried', 'AGAINST')).toBe(false);
  });
});

describe('the tone gate', () => {
  it('a clearly positive tone near the party stops an AGAINST, a clearly negative one a FAVOR', () => {
    expect(toneAgrees(new Map([['tone:neg2', 1], ['near-tone:pos2', 1]]), 'AGAINST')).toBe(false);
    expect(toneAgrees(new Map([['tone:pos2', 1], ['near-tone:neg2', 1]]), 'FAVOR')).toBe(false);
  });
  it('near miss: a mild lean stops nothing (wink reads some complaints as mildly positive), and the tone near the party comes first', () => {
    expect(toneAgrees(new Map([['near-tone:pos1', 1]]), 'AGAINST')).toBe(true);
    expect(toneAgrees(new Map([['tone:pos2', 1], ['near-tone:0', 1]]), 'AGAINST')).toBe(true);
  });
});

describe('applyTargetModel with a hand-made model', () => {
  it('a NONE target turns when the model is sure enough, with its rule and what it was', () => {
    // (rel:content-head: the target is named in the content's first 40 characters; AGAINST's score 3 against 0 and 0
    // gives e^3 / (e^3 + 2) = 0.91)
    useTargetModel(tiny({ 'rel:content-head': [0, 3, 0] }, 0.8));
    const [t] = applyTargetModel(text, draft('NONE')).targets;
    expect(t!.stance).toBe('AGAINST');
    expect(t!.evidence![0]!.rule).toBe('stance:against:target-model');
    expect(t!.evidence![0]!.note).toMatch(/^p=0\.91; .*rel:content-head.*; was NONE$/u);
  });
  it('a stance the model gave is shown as weak; near miss: a rule of a similar name is not', () => {
    expect(isWeakStanceRule('stance:against:target-model')).toBe(true);
    expect(isWeakStanceRule('stance:against:target-models')).toBe(false);
  });
  it('near miss: less sure than its threshold, the rules\' NONE stays', () => {
    useTargetModel(tiny({ 'rel:content-head': [0, 3, 0] }, 0.95));
    expect(applyTargetModel(text, draft('NONE')).targets[0]!.stance).toBe('NONE');
  });
  it('near miss: however sure, a FAVOR the rules gave is not swapped, and a NONE a rule decided stands', () => {
    useTargetModel(tiny({ 'rel:content-head': [0, 9, 0] }, 0.6));
    expect(applyTargetModel(text, draft('FAVOR', 'stance:favor:praised')).targets[0]!.stance).toBe('FAVOR');
    expect(applyTargetModel(text, draft('NONE', 'stance:none:carried')).targets[0]!.stance).toBe('NONE');
  });
  it('no model: the statement as the rules left it', () => {
    useTargetModel(null);
    const st = draft('NONE');
    expect(applyTargetModel(text, st)).toBe(st);
  });
});

describe('targetFeatures: classes of the stance words and tone, in the content and near the target', () => {
  it('"welcomed" is of the praise list, in the content and near the target', () => {
    const t2 = 'Headline\nResidents said Harlow Ferry Company had welcomed the new timetable.\n';
    const c2 = 'Harlow Ferry Company had welcomed the new timetable';
    const st = { ...draft('NONE'), content: { start: t2.indexOf(c2), end: t2.indexOf(c2) + c2.length, text: c2 } };
    const f = targetFeatures(t2, st, { name: 'Harlow Ferry Company', stance: 'NONE' });
    expect(f.get('lex:praise')).toBe(1);
    expect(f.get('near:praise')).toBe(1);
    expect(f.has('lex:criticism')).toBe(false);
    expect([...f.keys()].filter((k) => k.startsWith('tone:'))).toHaveLength(1);
  });
});

describe('the shipped model on sentences of our own', () => {
  it('off by default: the rules alone leave the unpaid wages neutral', () => {
    useTargetModel(null);
    expect(stanceOf('“Pellow Transport still owes us three months of wages,” said driver Amy Lowe.', 'Pellow Transport') ?? 'NONE').toBe('NONE');
  });
  it('a complaint of unpaid wages is against the employer the rules left neutral', () => {
    expect(stanceOf('“Pellow Transport still owes us three months of wages,” said driver Amy Lowe.', 'Pellow Transport')).toBe('AGAINST');
  });
  it('repairs still not done after two years are against the council', () => {
    expect(stanceOf('“Two years on, Dalby Council still has not repaired a single house on our street,” said Rita Moss.', 'Dalby Council')).toBe('AGAINST');
  });
  it('near miss: being paid on time is no complaint', () => {
    expect(stanceOf('“Pellow Transport pays us at the end of every month,” said driver Amy Lowe.', 'Pellow Transport') ?? 'NONE').toBe('NONE');
  });
  it('near miss: repairs done are no complaint', () => {
    expect(stanceOf('“Two years on, Dalby Council has repaired every house on our street,” said Rita Moss.', 'Dalby Council') ?? 'NONE').not.toBe('AGAINST');
  });
  it('near miss: a negated charge is no charge', () => {
    expect(stanceOf('“Mark Dunn is not a racist,” said his lawyer, Ann Toll.', 'Mark Dunn') ?? 'NONE').not.toBe('AGAINST');
  });
  it('near miss: a meeting reported is neutral', () => {
    expect(stanceOf('“I met Dalby Council officials again this morning,” said Rita Moss.', 'Dalby Council') ?? 'NONE').toBe('NONE');
  });
});
