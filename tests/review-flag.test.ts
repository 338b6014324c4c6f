// The review flag (needsReview) and its reasons (reviewReasons): review-flag.ts. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/analyze.js';
import { againstHarmedParty, againstOwnSide, descriptionNamesOtherBody, flagForReview, nationalityTargets, QUIET_REASONS, speakerNotAName, targetIsPreviousSpeaker } from '../src/stages/stance/review-flag.js';
import type { DraftStatement } from '../src/model/document.js';

const HEAD = 'News in brief\n\n';
const run = (body: string) => analyzeArticle(HEAD + body).statements;
const one = (body: string) => {
  const all = run(body);
  expect(all).toHaveLength(1);
  return all[0]!;
};

describe('speaker:body-through-pronoun: a company or group reached through "it" or "they"', () => {
  it('flags "It said" after a paragraph naming a company', () => {
    const st = one('Harlow Foods opened a new bakery in Dunmore on Monday.\n\nIt said the plant would employ 200 people.');
    expect(st.speaker.name).toBe('Harlow Foods');
    expect(st.reviewReasons).toContain('speaker:body-through-pronoun');
    expect(st.needsReview).toBe(true);
  });
  it('must not fire when the body is named at the cue', () => {
    const st = one('Harlow Foods said the new plant would employ 200 people from next spring.');
    expect(st.reviewReasons ?? []).not.toContain('speaker:body-through-pronoun');
  });
  it('must not fire on a person reached through "she"', () => {
    const st = one('Petra Lind, the mayor, opened the bakery on Monday. She said the plant would employ 200 people.');
    expect(st.speaker.name).toBe('Petra Lind');
    expect(st.reviewReasons ?? []).not.toContain('speaker:body-through-pronoun');
  });
});

describe('target:place: a stance on a name the article uses only as a place', () => {
  it('flags a warning against "Tollen Cross" that is only "near Tollen Cross"', () => {
    const st = one('Fire Chief Dana Voss warned that the fire could destroy homes in Ashmere and near Tollen Cross.');
    expect(st.targets.some((t) => t.name === 'Tollen Cross' && t.stance !== 'NONE')).toBe(true);
    expect(st.reviewReasons).toContain('target:place');
  });
  it('must not fire when the name is the subject of what it did', () => {
    const st = one('Fire Chief Dana Voss warned that Ashmere had failed to clear the firebreaks before the summer.');
    expect(st.reviewReasons ?? []).not.toContain('target:place');
  });
  it('must not fire on a party named once after "in" and once as a subject', () => {
    const all = run('The council in Brackwater approved the budget. Residents said Brackwater had wasted money on the new bridge.');
    for (const st of all) expect(st.reviewReasons ?? []).not.toContain('target:place');
  });
});

describe('act:aimed-without-target: an ACCUSE, CRITICIZE or PRAISE aimed at no party', () => {
  it('flags a criticism whose party is not found', () => {
    const st = one('Councillor Rhys Bowen said the decision was a disgrace and a betrayal of voters.');
    expect(st.act).toBe('CRITICIZE');
    expect(st.reviewReasons).toContain('act:aimed-without-target');
    expect(st.needsReview).toBe(true);
  });
  it('must not fire on an accusation naming its party', () => {
    const st = one('Critics accused Dunmore Water of neglecting the flood defences for a decade.');
    expect(st.targets.some((t) => t.stance === 'AGAINST')).toBe(true);
    expect(st.reviewReasons ?? []).not.toContain('act:aimed-without-target');
  });
  it('must not fire on a neutral report', () => {
    const st = one('Harlow Foods said the new plant would employ 200 people from next spring.');
    expect(st.reviewReasons ?? []).not.toContain('act:aimed-without-target');
  });
});

describe('quiet reasons are listed but do not raise the flag alone', () => {
  it('a "she" whose name is in the paragraph before is listed, not flagged', () => {
    const st = one('Petra Lind, the mayor, opened the bakery on Monday.\n\nShe said the plant would employ 200 people.');
    expect(st.reviewReasons).toEqual(['speaker:pronoun-from-other-paragraph']);
    expect(QUIET_REASONS).toContain('speaker:pronoun-from-other-paragraph');
    expect(st.needsReview).toBe(false);
  });
  it('needsReview is true exactly when a reason that is not quiet is listed', () => {
    const all = run('Harlow Foods said the new plant would employ 200 people. Councillor Rhys Bowen said the decision was a disgrace.\n\nIt added that hiring would start in May.');
    expect(all.length).toBeGreaterThan(1);
    for (const st of all) expect(st.needsReview).toBe((st.reviewReasons ?? []).some((r) => !QUIET_REASONS.includes(r)));
  });
});

describe('speaker:description-names-other-body: a description naming a body resolved to a speaker of another name', () => {
  it('flags "a source close to the Brenton board" given to Harlow City', () => {
    const all = run('Harlow City said in a statement that the contract would be respected in full.\n\nBrenton Albion are understood to have made an offer of 30 million, which Harlow City rejected.\n\nA source close to the Brenton board said the club remained calm and would not be drawn into a bidding war.');
    const st = all.find((x) => x.speaker.mention?.text.includes('Brenton'));
    expect(st).toBeDefined();
    // (resolved right, to the Brenton body: nothing to flag; resolved to another body: flagged. Either way checked.)
    if (st!.speaker.name.includes('Brenton')) expect(st!.reviewReasons ?? []).not.toContain('speaker:description-names-other-body');
    else {
      expect(st!.reviewReasons).toContain('speaker:description-names-other-body');
      expect(st!.needsReview).toBe(true);
    }
  });
  const draft = (mention: string, name: string, via = 'description:organ-of-body'): DraftStatement => ({
    type: 'indirect', content: { start: 0, end: 1, text: 'x' }, cue: null, sentence: 0, act: 'SAY', framing: 'NEUTRAL', targets: [], confidence: 0.8,
    speaker: { name, kind: 'organization', role: null, mention: { start: 0, end: mention.length, text: mention }, resolvedVia: via },
  });
  it('must not fire when the description names the speaker\'s own body ("the Harlow board" of Harlow City)', () => {
    expect(descriptionNamesOtherBody(draft('the Harlow board', 'Harlow City'))).toBe(false);
    expect(descriptionNamesOtherBody(draft('The Harlow City board', 'Harlow City'))).toBe(false);
  });
  it('must not fire on a description with no name in it ("the club", "The club\'s board")', () => {
    expect(descriptionNamesOtherBody(draft('the club', 'Harlow City', 'description:head'))).toBe(false);
    expect(descriptionNamesOtherBody(draft('The club\'s board', 'Harlow City'))).toBe(false);
  });
  it('must not fire on a speaker named as written', () => {
    expect(descriptionNamesOtherBody(draft('the Brenton board', 'Harlow City', 'name'))).toBe(false);
  });
});

// Hand-built statements for the reasons added after two new users' reviews: each reason on a case, and not on
// ordinary rows that share its words.
const draft = (text: string, speaker: Partial<DraftStatement['speaker']>, targets: DraftStatement['targets'] = [], content = text): DraftStatement => {
  const start = text.indexOf(content);
  return {
    type: 'indirect', content: { start, end: start + content.length, text: content }, cue: null, sentence: 0,
    speaker: { name: 'Ada Morrow', mention: null, role: null, kind: 'person', ...speaker },
    act: 'SAY', framing: 'NEUTRAL', targets, confidence: 0.8,
  };
};
const reasonsOf = (text: string, st: DraftStatement, previous?: DraftStatement): string[] =>
  flagForReview(text, [{ index: 0, start: 0, end: text.length }] as never, st, previous).reviewReasons ?? [];

describe('speaker:not-a-name: a speaker that names no one', () => {
  it.each([
    ['a pronoun left unresolved', 'him', 'anonymous'],
    ['a number', 'four', 'anonymous'],
    ['a time phrase', 'one point', 'anonymous'],
    ['an unresolved document', 'statement', 'document'],
    ['a thing', 'the scale of the defeat', 'anonymous'],
  ] as const)('flags %s ("%s") and raises the flag', (_, name, kind) => {
    const text = 'The bridge would stay shut until June, it was said.';
    const st = draft(text, { name, kind });
    expect(speakerNotAName(st)).toBe(true);
    expect(flagForReview(text, [{ index: 0, start: 0, end: text.length }] as never, st).needsReview).toBe(true);
  });
  it.each([
    ['a person', 'Ada Morrow', 'person'],
    ['a group described', 'residents', 'group'],
    ['one witness', 'one witness', 'anonymous'],
    ['an official', 'senior council official', 'anonymous'],
    ['a body', 'Calder Water Board', 'organization'],
  ] as const)('must not fire on %s ("%s")', (_, name, kind) => {
    expect(speakerNotAName(draft('The bridge would stay shut until June.', { name, kind }))).toBe(false);
  });
  it('flags an unresolved "him" from the pipeline', () => {
    const all = run('Officials pressed him to say the bridge would stay shut until June.');
    for (const st of all.filter((s) => s.speaker.name === 'him')) expect(st.reviewReasons).toContain('speaker:not-a-name');
  });
});

describe('target:previous-speaker: a stance on the speaker of the statement just before', () => {
  const text = 'Councillor Tom Reade said the library would close. Ada Morrow said the closure plan had been drawn up in good faith.';
  const before = draft(text, { name: 'Tom Reade' }, [], 'the library would close');
  it('flags a stance on the one who spoke just before', () => {
    const st = draft(text, { name: 'Ada Morrow' }, [{ name: 'Tom Reade', stance: 'FAVOR' }], 'the closure plan had been drawn up in good faith');
    expect(targetIsPreviousSpeaker(st, before)).toEqual(['Tom Reade']);
    expect(reasonsOf(text, st, before)).toContain('target:previous-speaker');
  });
  it('must not fire on a stance toward someone else, or a NONE toward the previous speaker', () => {
    const other = draft(text, { name: 'Ada Morrow' }, [{ name: 'Calder Library Trust', stance: 'FAVOR' }]);
    expect(targetIsPreviousSpeaker(other, before)).toEqual([]);
    const none = draft(text, { name: 'Ada Morrow' }, [{ name: 'Tom Reade', stance: 'NONE' }]);
    expect(targetIsPreviousSpeaker(none, before)).toEqual([]);
  });
  it('must not fire when the same speaker goes on, or on the first statement', () => {
    const self = draft(text, { name: 'Tom Reade' }, [{ name: 'Tom Reade', stance: 'FAVOR' }]);
    expect(targetIsPreviousSpeaker(self, before)).toEqual([]);
    expect(targetIsPreviousSpeaker(self, undefined)).toEqual([]);
  });
});

describe('target:against-own-side: AGAINST toward the speaker\'s own body (kept quiet: it does not raise the flag alone)', () => {
  const text = 'A Calder Water Board engineer said the Calder Water Board had ignored the leak for months.';
  it('is given for AGAINST toward the affiliation, and is quiet', () => {
    const st = draft(text, { name: 'engineer', kind: 'anonymous', affiliation: 'Calder Water Board' }, [{ name: 'Calder Water Board', stance: 'AGAINST' }]);
    expect(againstOwnSide(st)).toEqual(['Calder Water Board']);
    expect(QUIET_REASONS).toContain('target:against-own-side');
  });
  it('must not fire on FAVOR toward its own body, or AGAINST toward another body', () => {
    expect(againstOwnSide(draft(text, { name: 'engineer', affiliation: 'Calder Water Board' }, [{ name: 'Calder Water Board', stance: 'FAVOR' }]))).toEqual([]);
    expect(againstOwnSide(draft(text, { name: 'engineer', affiliation: 'Calder Water Board' }, [{ name: 'Harlow Pipes', stance: 'AGAINST' }]))).toEqual([]);
  });
});

describe('stance:against-harmed-party: AGAINST in a statement that tells of a harm (quiet)', () => {
  it('is given when the statement tells that the party died or was stabbed', () => {
    const text = 'Police said Owen Tate died in hospital after he was stabbed outside a bar.';
    const st = draft(text, { name: 'police', kind: 'anonymous' }, [{ name: 'Owen Tate', stance: 'AGAINST', evidence: [{ rule: 'stance:against:adverse-report', text: 'died' }] }], 'Owen Tate died in hospital after he was stabbed outside a bar');
    expect(againstHarmedParty(text, st)).toEqual(['Owen Tate']);
  });
  it('must not fire on an ordinary criticism or on FAVOR in a statement about a death', () => {
    const text = 'Ada Morrow said the council had wasted money on the ring road.';
    expect(againstHarmedParty(text, draft(text, {}, [{ name: 'council', stance: 'AGAINST' }], 'the council had wasted money on the ring road'))).toEqual([]);
    const text2 = 'Ada Morrow said the nurses who treated the injured driver had been superb.';
    expect(againstHarmedParty(text2, draft(text2, {}, [{ name: 'nurses', stance: 'FAVOR' }]))).toEqual([]);
  });
});

describe('target:nationality: a stance on a nationality adjective', () => {
  const text = 'The Dravonian army shelled the port, and Dravonian officials denied it. Ada Morrow accused Dravonian forces of abuse.';
  it('flags AGAINST toward "Dravonian", written only before a noun, and raises the flag', () => {
    const st = draft(text, {}, [{ name: 'Dravonian', stance: 'AGAINST' }], 'Dravonian forces of abuse');
    expect(nationalityTargets(text, st)).toEqual(['Dravonian']);
    expect(flagForReview(text, [{ index: 0, start: 0, end: text.length }] as never, st).needsReview).toBe(true);
  });
  it('must not fire on a party named as a noun, or on a body whose name is one word', () => {
    const text2 = 'The Dravonian army shelled the port. Ada Morrow said Dravonia had broken the truce.';
    expect(nationalityTargets(text2, draft(text2, {}, [{ name: 'Dravonia', stance: 'AGAINST' }]))).toEqual([]);
    const text3 = 'Ada Morrow said Ferrian had broken its promise, and Ferrian declined to comment.';
    expect(nationalityTargets(text3, draft(text3, {}, [{ name: 'Ferrian', stance: 'AGAINST' }]))).toEqual([]);
  });
});
