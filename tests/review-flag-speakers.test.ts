// The review flag on speakers and targets whose names cannot be the party: review-flag.ts speakerUnlikely and
// titleWordTargets, and the reflexive and "the opposite" speaker names. Sentences written for these tests; each reason
// is checked on a statement built by hand (so the check does not hang on what the speakers stage picks today) and on
// ordinary sentences where it must not fire.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/analyze.js';
import { flagForReview, speakerNotAName, speakerUnlikely, titleWordTargets } from '../src/stages/stance/review-flag.js';
import type { DraftStatement } from '../src/model/document.js';
import { splitParagraphs } from '../src/stages/segment/split-paragraphs.js';

const HEAD = 'News in brief\n\n';

/** A statement over `body`'s first "said" with the given speaker and targets. */
function draft(body: string, speaker: Partial<DraftStatement['speaker']>, targets: DraftStatement['targets'] = []): { text: string; st: DraftStatement } {
  const text = HEAD + body;
  const cue = text.indexOf('said');
  const st = {
    type: 'indirect', content: { start: HEAD.length, end: cue - 2, text: text.slice(HEAD.length, cue - 2) },
    cue: { start: cue, end: cue + 4, text: 'said' },
    speaker: { name: 'x', mention: null, role: null, kind: 'person', affiliation: null, ...speaker },
    act: 'SAY', framing: 'NEUTRAL', targets,
  } as unknown as DraftStatement;
  return { text, st };
}

describe('speaker:place: a speaker the article names only after "in", "near" …', () => {
  it('flags "Lisbon" taken from "a senior official in Lisbon"', () => {
    const { text, st } = draft('The talks will resume next week, a senior official in Lisbon said.', { name: 'Lisbon', kind: 'person' });
    expect(speakerUnlikely(text, st)).toBe('speaker:place');
  });
  it('must not fire on a city council named as the subject elsewhere', () => {
    const { text, st } = draft('Lisbon has approved the plan. The talks will resume next week, Lisbon said.', { name: 'Lisbon', kind: 'organization' });
    expect(speakerUnlikely(text, st)).toBeNull();
  });
  it('must not fire on a person named once', () => {
    const { text, st } = draft('The talks will resume next week, Maria Duarte said in Lisbon.', { name: 'Maria Duarte', kind: 'person' });
    expect(speakerUnlikely(text, st)).toBeNull();
  });
});

describe('speaker:nationality: a nationality adjective written only before a noun', () => {
  it('flags "Torvanian" from "Torvanian wine"', () => {
    const { text, st } = draft('Duties on Torvanian wine will double from March, its trade minister said.', { name: 'Torvanian', kind: 'organization' });
    expect(speakerUnlikely(text, st)).toBe('speaker:nationality');
  });
  it('must not fire on a country name', () => {
    const { text, st } = draft('Duties on wine from Torvania will double from March, Torvania said.', { name: 'Torvania', kind: 'organization' });
    expect(speakerUnlikely(text, st)).toBeNull();
  });
  it('must not fire on a surname with the same ending', () => {
    const { text, st } = draft('Duties on wine will double from March, Ana Morgan said. Morgan is the trade minister.', { name: 'Morgan', kind: 'person' });
    expect(speakerUnlikely(text, st)).toBeNull();
  });
});

describe('speaker:possessive-phrase and speaker:title-word', () => {
  it('flags a person named "Holt\'s second term"', () => {
    const { text, st } = draft('The scandal ended it, Holt\'s second term said.', { name: 'Holt\'s second term', kind: 'person' });
    expect(speakerUnlikely(text, st)).toBe('speaker:possessive-phrase');
  });
  it('flags "Prime" from "Prime Minister Ana Ruiz\'s office"', () => {
    const { text, st } = draft('No decision has been taken, Prime Minister Ana Ruiz\'s office said.', { name: 'Prime', kind: 'person' });
    expect(speakerUnlikely(text, st)).toBe('speaker:title-word');
  });
  it('must not fire on an organisation with a possessive in its name, or a full name', () => {
    const a = draft('The store will open in May, St Mary\'s Hospital said.', { name: 'St Mary\'s Hospital', kind: 'organization' });
    expect(speakerUnlikely(a.text, a.st)).toBeNull();
    const b = draft('The store will open in May, Prime Minister Ana Ruiz said.', { name: 'Ana Ruiz', kind: 'person' });
    expect(speakerUnlikely(b.text, b.st)).toBeNull();
  });
  it('must not fire on an anonymous or group speaker', () => {
    const { text, st } = draft('The store will open in May, an official in Lisbon said.', { name: 'official', kind: 'anonymous' });
    expect(speakerUnlikely(text, st)).toBeNull();
  });
});

describe('target:title-word: a polar target that is one word of a title', () => {
  it('flags "Presidential" FAVOR', () => {
    const { st } = draft('The claims are false, Presidential spokesman Ivo Benn said.', { name: 'Ivo Benn' }, [{ name: 'Presidential', stance: 'FAVOR' }]);
    expect(titleWordTargets(st)).toEqual(['Presidential']);
  });
  it('must not fire on a target with a stance of NONE, or on a body\'s full name', () => {
    const { st } = draft('The claims are false, Ivo Benn said.', { name: 'Ivo Benn' }, [{ name: 'Security', stance: 'NONE' }, { name: 'Security Council', stance: 'AGAINST' }]);
    expect(titleWordTargets(st)).toEqual([]);
  });
});

describe('speaker:not-a-name for reflexives and "the opposite"', () => {
  it('flags "himself" and "opposite"', () => {
    expect(speakerNotAName(draft('He was misled, himself said.', { name: 'himself' }).st)).toBe(true);
    expect(speakerNotAName(draft('Rates will fall, the opposite said.', { name: 'the opposite', kind: 'anonymous' }).st)).toBe(true);
  });
  it('must not fire on a name or an ordinary description', () => {
    expect(speakerNotAName(draft('Rates will fall, Ida Sand said.', { name: 'Ida Sand' }).st)).toBe(false);
    expect(speakerNotAName(draft('Rates will fall, a council spokesperson said.', { name: 'council spokesperson', kind: 'anonymous' }).st)).toBe(false);
  });
});

describe('flagForReview raises the flag for these reasons', () => {
  it('a place speaker is flagged', () => {
    const { text, st } = draft('The talks will resume next week, a senior official in Lisbon said.', { name: 'Lisbon', kind: 'person' });
    const out = flagForReview(text, splitParagraphs(text), st);
    expect(out.reviewReasons).toContain('speaker:place');
    expect(out.needsReview).toBe(true);
  });
  it('an ordinary article gets none of the new reasons', () => {
    const res = analyzeArticle(HEAD + 'Harlow Foods said the new plant in Dunmore would employ 200 people. Its chief executive, Petra Lind, said hiring would start in May.');
    expect(res.statements.length).toBe(2);
    for (const s of res.statements) for (const r of s.reviewReasons ?? []) expect(['speaker:place', 'speaker:nationality', 'speaker:possessive-phrase', 'speaker:title-word', 'target:title-word']).not.toContain(r);
  });
});
