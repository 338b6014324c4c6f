// The scoring rules of ../shared/EVALUATION.md on hand-built cases. Every expected value is worked out by hand in the
// comment next to it, never copied from the program's output.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Statement } from '../src/model/article-result.js';
import { ACTS } from '../src/model/labels.js';
import type { Act, SpeakerKind, Stance, StatementType } from '../src/model/labels.js';
import {
  charJaccard, classF1, confidenceBandIndex, matchStatements, mentionNamesSpeaker, namesMatch, normaliseName,
  polarTargetCounts, predictedStance, scoreArticle, speakerRight, stanceF1, summarise, trimSpan,
} from '../src/eval/score.js';
import type { LabelPair, ScoringGold } from '../src/eval/score.js';
import { bratAttributions, bratGoldStatements, bratRecords, checkCoveredTexts, parseBrat } from '../src/eval/brat.js';
import { annotationFileFor, isSpeechCue, polnearScoringGold } from '../src/eval/polnear.js';
import { buildBasilText, lastLabelToken, nameContainsToken, placeBasilPhrase } from '../src/eval/basil.js';
import { contextLine } from '../src/eval/context.js';
import { loadGoldCorpus, parseGoldFile } from '../src/eval/gold-schema.js';

// 'aaaaaaaaaa' [0,10) · ' said ' [10,16) · 'bbbbbbbbbb' [16,26) · '. ' [26,28) · 'cccccccccc' [28,38) · ' ' · 'dddddddddd' [39,49)
const TEXT = 'aaaaaaaaaa said bbbbbbbbbb. cccccccccc dddddddddd';

function system(fields: {
  start: number; end: number; pieces?: { start: number; end: number }[]; type?: StatementType; name?: string;
  role?: string | null; kind?: SpeakerKind; act?: Act; targets?: { name: string; stance: Stance }[]; confidence?: number;
}): Statement {
  const slice = (s: { start: number; end: number }) => ({ ...s, text: TEXT.slice(s.start, s.end) });
  return {
    id: `x#${fields.start}-${fields.end}`,
    type: fields.type ?? 'indirect',
    content: { ...slice(fields), ...(fields.pieces ? { pieces: fields.pieces.map(slice) } : {}) },
    cue: null,
    speaker: { name: fields.name ?? 'Someone', mention: null, role: fields.role ?? null, kind: fields.kind ?? 'person' },
    act: fields.act ?? 'SAY',
    framing: 'NEUTRAL',
    targets: fields.targets ?? [],
    confidence: fields.confidence ?? 0.8,
  };
}

function gold(fields: {
  start: number; end: number; type: StatementType; name: string; role?: string | null; kind?: SpeakerKind; act?: Act;
  targets?: { name: string; stance: Stance }[];
}): ScoringGold {
  return {
    content: { start: fields.start, end: fields.end, text: TEXT.slice(fields.start, fields.end) },
    type: fields.type,
    cue: 'said',
    speaker: { name: fields.name, mention: null, sourceSpans: [] },
    labels: { role: fields.role ?? null, kind: fields.kind ?? 'person', act: fields.act ?? 'SAY', framing: 'NEUTRAL', targets: fields.targets ?? [] },
    subsets: [],
  };
}

describe('trimSpan drops whitespace, quote marks and , . ; : — – - at both ends only', () => {
  it.each([
    // '  "Hello, world."  ': H at 3, "Hello, world" is 12 characters → [3, 15); the inner comma stays.
    ['  "Hello, world."  ', { start: 0, end: 19 }, { start: 3, end: 15 }],
    // '— yes —': the dash, a space, then "yes" at [2, 5).
    ['— yes —', { start: 0, end: 7 }, { start: 2, end: 5 }],
    // '«Non», dit-il': guillemets and the comma go, "Non" is [1, 4) when the span stops before the comma.
    ['«Non», dit-il', { start: 0, end: 6 }, { start: 1, end: 4 }],
    // Nothing but marks: the span collapses at its end.
    ['"".', { start: 0, end: 3 }, { start: 3, end: 3 }],
    // Curly single quotes and a colon.
    ['‘ok’:', { start: 0, end: 5 }, { start: 1, end: 3 }],
  ])('%j %j → %j', (text, span, expected) => {
    expect(trimSpan(text, span)).toEqual(expected);
  });
});

describe('charJaccard is |intersection| / |union| of [start, end) ranges', () => {
  it.each([
    [{ start: 0, end: 10 }, { start: 5, end: 15 }, 5 / 15],
    [{ start: 0, end: 10 }, { start: 0, end: 5 }, 5 / 10],
    [{ start: 0, end: 10 }, { start: 0, end: 4 }, 4 / 10],
    [{ start: 0, end: 10 }, { start: 10, end: 20 }, 0],
    [{ start: 3, end: 9 }, { start: 3, end: 9 }, 1],
    [{ start: 4, end: 4 }, { start: 4, end: 4 }, 0],
  ])('%j ~ %j = %d', (a, b, expected) => {
    expect(charJaccard(a, b)).toBeCloseTo(expected, 10);
  });
});

describe('matchStatements', () => {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz';

  it('counts a pair at exactly Jaccard 0.5 and not below', () => {
    // gold [0,10) vs [0,5): 5/10 = 0.5 → matched; vs [0,4): 4/10 = 0.4 → not.
    expect(matchStatements(alphabet, [{ start: 0, end: 10 }], [{ start: 0, end: 5 }]).pairs).toHaveLength(1);
    expect(matchStatements(alphabet, [{ start: 0, end: 10 }], [{ start: 0, end: 4 }]).pairs).toHaveLength(0);
  });

  it('is one-to-one and greedy by best Jaccard', () => {
    // A=[0,10), B=[2,12); X=[0,10), Y=[2,11).
    // A~X = 1, B~Y = 9/10, A~Y = 8/11, B~X = 8/12: the greedy order takes A~X, then B~Y.
    const m = matchStatements(alphabet, [{ start: 0, end: 10 }, { start: 2, end: 12 }], [{ start: 0, end: 10 }, { start: 2, end: 11 }]);
    expect(m.pairs.map((p) => [p.gold, p.system])).toEqual([[0, 0], [1, 1]]);
    expect(m.pairs[1]?.jaccard).toBeCloseTo(0.9, 10);
  });

  it('lets a second system statement on the same gold count for precision but not for recall', () => {
    // gold [0,10); X=[0,10) J=1 is matched, Y=[0,8) J=0.8 is left over but still reaches 0.5 with a gold statement.
    const m = matchStatements(alphabet, [{ start: 0, end: 10 }], [{ start: 0, end: 10 }, { start: 0, end: 8 }]);
    expect(m.pairs).toHaveLength(1);
    expect(m.systemHits).toEqual([true, true]);
  });

  it('lets a statement with pieces match by one piece or by its whole content', () => {
    // 'aaaaaaaaaa said bbbbbbbbbb': system content [0,26) with pieces [0,10) and [16,26).
    const quote = { start: 0, end: 26, pieces: [{ start: 0, end: 10 }, { start: 16, end: 26 }] };
    // Gold labels only the second stretch: whole content 10/26 ≈ 0.38 fails, the piece gives 1 (exact).
    const byPiece = matchStatements(TEXT, [{ start: 16, end: 26 }], [quote]);
    expect(byPiece.pairs).toEqual([{ gold: 0, system: 0, jaccard: 1, exact: true }]);
    // The same content without pieces does not match.
    expect(matchStatements(TEXT, [{ start: 16, end: 26 }], [{ start: 0, end: 26 }]).pairs).toHaveLength(0);
    // Gold labels the whole stretch: matched by the whole content.
    expect(matchStatements(TEXT, [{ start: 0, end: 26 }], [quote]).pairs[0]?.exact).toBe(true);
  });

  it('compares trimmed boundaries for exactness', () => {
    // System [0,11) ends with a space: trimmed to [0,10), equal to gold → exact.
    expect(matchStatements(TEXT, [{ start: 0, end: 10 }], [{ start: 0, end: 11 }]).pairs[0]?.exact).toBe(true);
    // System [11,26) is 'said bbbbbbbbbb': 10/15 ≈ 0.67 matches gold [16,26) but is not exact.
    const pair = matchStatements(TEXT, [{ start: 16, end: 26 }], [{ start: 11, end: 26 }]).pairs[0];
    expect(pair?.exact).toBe(false);
    expect(pair?.jaccard).toBeCloseTo(10 / 15, 10);
  });
});

describe('normaliseName', () => {
  it.each([
    ["Microsoft's", 'microsoft'],
    ['The Guardian', 'guardian'],
    ['  the  Ministry of Defence ', 'ministry of defence'],
    ['Tech-Workers  Guild', 'tech workers guild'],
    ['ＮＨＳ', 'nhs'], // fullwidth letters fold under NFKC
    ['Lena Hart’s office', 'lena hart office'],
    ['Theresa May', 'theresa may'], // "the" only as a whole leading word
    ['an employee-led campaign', 'employee led campaign'],
  ])('%j → %j', (name, expected) => {
    expect(normaliseName(name)).toBe(expected);
  });
});

describe('namesMatch: equal, or all tokens of one among the other', () => {
  it.each([
    ['Microsoft', 'Microsoft Corp', true],
    ['Microsoft Corp', 'microsoft', true],
    ['Lena Hart', 'Hart', true],
    ['The Guardian', 'Guardian', true],
    ['Lena Hart', 'Lena Smith', false],
    ['Ministry of Defence', 'Defence Minister', false],
    ['', 'Microsoft', false],
  ])('%j ~ %j → %s', (a, b, expected) => {
    expect(namesMatch(a, b)).toBe(expected);
  });
});

describe('mentionNamesSpeaker: not a pronoun, not a the/its/their/his/her/this/that description', () => {
  it.each([
    ['she', false],
    ['which', false],
    ['This', false],
    ['the company', false],
    ['its spokeswoman', false],
    ['their lawyer', false],
    ['Lena Hart', true],
    ['Hart', true],
    ['a Microsoft spokesperson', true],
  ])('%j → %s', (mention, expected) => {
    expect(mentionNamesSpeaker(mention)).toBe(expected);
  });
});

describe('speakerRight', () => {
  const at = (start: number, text: string) => ({ start, end: start + text.length, text });
  it.each([
    ['name rule', { name: 'Microsoft', mention: at(0, 'a Microsoft spokesperson'), sourceSpans: [] }, { name: 'Microsoft Corp', mention: null }, true],
    // IDF is not among {israeli, military}, but the mention names the speaker by itself and contains "idf".
    ['mention rule', { name: 'Israeli military', mention: at(0, 'an IDF spokesperson'), sourceSpans: [] }, { name: 'IDF', mention: null }, true],
    ['a description does not count', { name: 'Israeli military', mention: at(0, 'the IDF spokesperson'), sourceSpans: [] }, { name: 'IDF', mention: null }, false],
    ['pronoun mention, wrong name', { name: 'Lena Hart', mention: at(0, 'she'), sourceSpans: [] }, { name: 'Norvane', mention: at(0, 'she') }, false],
    // PolNeAR: the gold source is an unresolved span [100, 102).
    ['source overlap', { name: null, mention: at(100, 'he'), sourceSpans: [at(100, 'he')] }, { name: 'Donald Trump', mention: at(100, 'he') }, true],
    ['no overlap', { name: null, mention: at(100, 'he'), sourceSpans: [at(100, 'he')] }, { name: 'Donald Trump', mention: at(50, 'Trump') }, false],
    ['no system mention', { name: null, mention: at(100, 'he'), sourceSpans: [at(100, 'he')] }, { name: 'Donald Trump', mention: null }, false],
    ['source named by itself', { name: null, mention: at(0, 'Hillary Clinton'), sourceSpans: [at(0, 'Hillary Clinton')] }, { name: 'Clinton', mention: at(200, 'Clinton') }, true],
  ])('%s', (_, goldSpeaker, systemSpeaker, expected) => {
    expect(speakerRight(goldSpeaker, systemSpeaker)).toBe(expected);
  });
});

describe('stance', () => {
  it('takes the system target named right, an equal name first, else NONE', () => {
    expect(predictedStance('Microsoft', [{ name: 'Microsoft Corp', stance: 'AGAINST' }])).toBe('AGAINST');
    expect(predictedStance('Microsoft', [])).toBe('NONE');
    expect(predictedStance('Microsoft', [{ name: 'Microsoft Corp', stance: 'FAVOR' }, { name: 'Microsoft', stance: 'AGAINST' }])).toBe('AGAINST');
    expect(predictedStance('Microsoft', [{ name: 'Unit 8200', stance: 'AGAINST' }])).toBe('NONE');
  });

  it('counts the polar targets gold lists too: by name, and with the same stance; NONE targets are not counted', () => {
    const gold = [{ name: 'Microsoft', stance: 'AGAINST' as const }, { name: 'Israeli military', stance: 'FAVOR' as const }];
    expect(polarTargetCounts(gold, [
      { name: 'Microsoft Corp', stance: 'AGAINST' }, // named and agreeing
      { name: 'Israeli military', stance: 'AGAINST' }, // named, other stance
      { name: 'Valdoria', stance: 'AGAINST' }, // not a gold target
      { name: 'Unit 8200', stance: 'NONE' }, // not polar
    ])).toEqual({ polar: 3, named: 2, agreeing: 1 });
    expect(polarTargetCounts([], [{ name: 'Valdoria', stance: 'FAVOR' }])).toEqual({ polar: 1, named: 0, agreeing: 0 });
  });

  it('averages F1(FAVOR) and F1(AGAINST)', () => {
    const pairs: LabelPair<Stance>[] = [
      { gold: 'FAVOR', system: 'FAVOR' }, { gold: 'FAVOR', system: 'NONE' },
      { gold: 'AGAINST', system: 'AGAINST' }, { gold: 'AGAINST', system: 'AGAINST' }, { gold: 'AGAINST', system: 'FAVOR' },
      { gold: 'NONE', system: 'AGAINST' }, { gold: 'NONE', system: 'NONE' },
    ];
    // FAVOR: TP 1, FP 1 (AGAINST→FAVOR), FN 1 (FAVOR→NONE): 2/(2+1+1) = 1/2.
    expect(classF1(pairs, 'FAVOR')).toBeCloseTo(1 / 2, 10);
    // AGAINST: TP 2, FP 1 (NONE→AGAINST), FN 1 (AGAINST→FAVOR): 4/(4+1+1) = 2/3.
    expect(classF1(pairs, 'AGAINST')).toBeCloseTo(2 / 3, 10);
    // Mean: (1/2 + 2/3) / 2 = 7/12.
    expect(stanceF1(pairs).f1).toBeCloseTo(7 / 12, 10);
  });
});

describe('confidence bands [0,0.5) [0.5,0.7) [0.7,0.85) [0.85,1]', () => {
  it.each([[0, 0], [0.4999, 0], [0.5, 1], [0.7, 2], [0.8499, 2], [0.85, 3], [1, 3]])('%d → band %d', (confidence, band) => {
    expect(confidenceBandIndex(confidence)).toBe(band);
  });
});

describe('scoreArticle on a hand-built article', () => {
  const golds = [
    gold({ start: 0, end: 10, type: 'direct', name: 'Lena Hart', role: 'spokesperson', targets: [{ name: 'Norvane', stance: 'FAVOR' }] }),
    gold({
      start: 16, end: 26, type: 'indirect', name: 'Ministry of Defence', kind: 'organization', act: 'DENY',
      targets: [{ name: 'Skyloom', stance: 'AGAINST' }, { name: 'Unit 8200', stance: 'NONE' }, { name: 'Microsoft', stance: 'AGAINST' }],
    }),
    gold({ start: 39, end: 49, type: 'mixed', name: 'Tech Workers Guild', kind: 'group' }),
  ];
  const systems = [
    // Trimmed to [0,10): exact with gold 0; the speaker "Hart" is among "Lena Hart".
    system({ start: 0, end: 11, type: 'direct', name: 'Hart', role: 'Spokesperson', targets: [{ name: 'Norvane Systems', stance: 'FAVOR' }], confidence: 0.9 }),
    // 'said bbbbbbbbbb': J 10/15 with gold 1, not exact; "Defence Minister Pavel Rusk" is not the ministry.
    system({
      start: 11, end: 26, name: 'Defence Minister Pavel Rusk', role: 'minister',
      targets: [{ name: 'Skyloom Analytics', stance: 'AGAINST' }, { name: 'Microsoft', stance: 'FAVOR' }], confidence: 0.75,
    }),
    // 'cccccccccc': overlaps no gold statement.
    system({ start: 28, end: 38, confidence: 0.5 }),
  ];
  const score = scoreArticle({ id: 'hand', text: TEXT, gold: golds, system: systems });
  const figures = summarise('hand', [score]);

  it('counts statements: P = R = F1 = 2/3, exact 1/3', () => {
    expect(figures.statements.precision).toBeCloseTo(2 / 3, 10);
    expect(figures.statements.recall).toBeCloseTo(2 / 3, 10);
    expect(figures.statements.f1).toBeCloseTo(2 / 3, 10);
    // One exact pair of 3 system and 3 gold statements: exact P = exact R = exact F1 = 1/3.
    expect(figures.statements.exactF1).toBeCloseTo(1 / 3, 10);
  });

  it('splits by type', () => {
    // direct: 1 gold, 1 system, both right. indirect: 1 gold matched, 2 system of which 1 hits: P 1/2, R 1, F1 2/3.
    expect(figures.byType.direct.f1).toBeCloseTo(1, 10);
    expect(figures.byType.indirect.precision).toBeCloseTo(1 / 2, 10);
    expect(figures.byType.indirect.f1).toBeCloseTo(2 / 3, 10);
    expect(figures.byType.mixed.recall).toBe(0);
  });

  it('judges speakers, roles, kinds and acts on the 2 matched pairs', () => {
    expect(figures.speakers.accuracy).toBeCloseTo(1 / 2, 10);
    expect(figures.speakers.endToEndRecall).toBeCloseTo(1 / 3, 10); // 1 right of 3 gold
    expect(figures.speakers.roleAccuracy).toBeCloseTo(1 / 2, 10); // "Spokesperson" = "spokesperson"; null ≠ "minister"
    expect(figures.speakers.kindAccuracy).toBeCloseTo(1 / 2, 10); // person = person; organization ≠ person
    expect(figures.acts.accuracy).toBeCloseTo(1 / 2, 10); // SAY = SAY; DENY ≠ SAY
    const deny = ACTS.indexOf('DENY');
    const say = ACTS.indexOf('SAY');
    expect(figures.acts.confusion.matrix[deny]?.[say]).toBe(1);
    expect(figures.framing.accuracy).toBe(1);
  });

  it('pairs gold targets with system targets by name', () => {
    // Pairs: Norvane F→F, Skyloom A→A, Unit 8200 N→N (missing), Microsoft A→F.
    // FAVOR: TP 1, FP 1 → 2/3. AGAINST: TP 1, FN 1 → 2/3. Mean 2/3.
    expect(figures.stance.pairs).toBe(4);
    expect(figures.stance.f1).toBeCloseTo(2 / 3, 10);
  });

  it('gives precision by confidence band', () => {
    expect(figures.confidence.map((band) => [band.statements, band.hits])).toEqual([[0, 0], [1, 0], [1, 1], [1, 1]]);
  });

  it('lists the missed gold statement, the false positive and the wrong speaker', () => {
    expect(score.errors.map((e) => [e.kind, e.start, e.end]).sort()).toEqual([
      ['false-positive', 28, 38], ['missed', 39, 49], ['wrong-speaker', 16, 26],
    ]);
    expect(score.errors.find((e) => e.kind === 'missed')?.category).toBe('missed mixed: not found');
  });
});

describe('contextLine', () => {
  it('shows the sentence around the span, not its whole paragraph, and keeps abbreviations whole', () => {
    const text = 'Headline\nFirst sentence here. Gov. Rick Perry said it was fine. Last one.';
    const start = text.indexOf('it was fine');
    expect(contextLine(text, { start, end: start + 11 })).toBe('Gov. Rick Perry said ⟦it was fine⟧.');
  });
});

describe('BRAT standoff', () => {
  // “We acted lawfully,” [0,20) · ' she' → she [21,24) · ' said' → said [25,29) · '. ' · “We will keep doing so.” [31,55)
  const text = '“We acted lawfully,” she said. “We will keep doing so.”';
  const ann = [
    'T1\tSource 21 24\tshe',
    'T2\tCue 25 29\tsaid',
    'T3\tContent 0 20;31 55\t“We acted lawfully,” “We will keep doing so.”',
    'T4\tAttribution 25 29\tsaid',
    'E1\tAttribution:T4 Source:T1 Cue:T2 Content:T3',
    'T5\tDiscuss 0 3\t“We',
    '#1\tAnnotatorNotes T3\tsplit quote',
    '',
  ].join('\n');

  it('reads a discontinuous Content span and ignores Discuss entities and notes', () => {
    const doc = parseBrat(ann);
    expect(doc.problems).toEqual([]);
    expect([...doc.entities.keys()]).toEqual(['T1', 'T2', 'T3', 'T4']);
    expect(doc.entities.get('T3')?.pieces).toEqual([{ start: 0, end: 20 }, { start: 31, end: 55 }]);
    expect(checkCoveredTexts(doc, text)).toEqual([]);
  });

  it('turns the attribution into a gold statement with pieces, cue and source', () => {
    const [attribution] = bratAttributions(parseBrat(ann));
    expect(attribution?.source?.text).toBe('she');
    const statements = bratGoldStatements(text, attribution!);
    expect(statements).toHaveLength(1);
    expect(statements[0]?.content.start).toBe(0);
    expect(statements[0]?.content.end).toBe(55);
    expect(statements[0]?.content.pieces?.map((p) => p.text)).toEqual(['“We acted lawfully,”', '“We will keep doing so.”']);
    expect(statements[0]?.cue?.text).toBe('said');
    // Each piece is a PolNeAR gold statement, both in the speech subset ("said").
    const golds = polnearScoringGold(statements);
    expect(golds.map((g) => [g.content.start, g.content.end, g.subsets])).toEqual([[0, 20, ['speech']], [31, 55, ['speech']]]);
  });

  it('joins a covered text that crosses a newline and reads Content2 as Content', () => {
    // 'First para.' [0,11) · '\n' · 'Second para.' [12,24)
    const twoParagraphs = 'First para.\nSecond para.';
    const multiline = 'T1\tContent 0 24\tFirst para.\nSecond para.\nT2\tContent 0 5\tFirst\nT3\tCue 6 10\tpara\nE1\tAttribution-no-source:T3 Cue:T3 Content:T1 Content2:T2\n';
    expect(bratRecords(multiline)).toHaveLength(4);
    const doc = parseBrat(multiline);
    expect(doc.entities.get('T1')?.text).toBe('First para.\nSecond para.');
    expect(checkCoveredTexts(doc, twoParagraphs)).toEqual([]);
    const [attribution] = bratAttributions(doc);
    expect(attribution?.source).toBeNull();
    expect(attribution?.contents.map((c) => c.id)).toEqual(['T1', 'T2']);
  });
});

describe('PolNeAR helpers', () => {
  it.each([['said', true], ['according to', true], ['Says', true], ['told reporters', true], ['believes', false], ['sayings', false]])(
    'speech cue %j → %s', (cue, expected) => { expect(isSpeechCue(cue)).toBe(expected); },
  );

  it('picks the alphabetically first annotator of the document', () => {
    expect(annotationFileFor(['doc_a_zz.ann', 'doc_a_ab.ann', 'doc_ab_cd.ann', 'doc_a_00.txt'], 'doc_a')).toBe('doc_a_ab.ann');
  });
});

describe('BASIL helpers', () => {
  it('builds the text and places a phrase by its sentence offsets', () => {
    // 'T\n' · 'A b.' [2,6) · ' ' · 'C d.' [7,11) · '\n' · 'E.' [12,14) · '\n'
    const basil = buildBasilText({ title: 'T', 'body-paragraphs': [['A b.', 'C d.'], ['E.']] });
    expect(basil.text).toBe('T\nA b. C d.\nE.\n');
    expect(basil.sentences).toEqual([{ start: 2, end: 6 }, { start: 7, end: 11 }, { start: 12, end: 14 }]);
    // 'd' is at [2,3) of the second sentence only → [9,10) in the text.
    expect(placeBasilPhrase(basil, { txt: 'd', start: 2, end: 3 })).toEqual({ start: 9, end: 10 });
    expect(placeBasilPhrase(basil, { txt: 'z', start: 0, end: 1 })).toBeNull();
  });

  it('compares a label by its last token, as a whole word', () => {
    expect(lastLabelToken('Michael_Steele')).toBe('steele');
    expect(nameContainsToken('Michael Steele', 'steele')).toBe(true);
    expect(nameContainsToken('Pittsburgh Steelers', 'steele')).toBe(false);
  });
});

describe('gold files', () => {
  // 'Hart said the plan was lawful.': Hart [0,4) · said [5,9) · content [10,29) · '.'
  const text = 'Hart said the plan was lawful.';
  const statement = {
    type: 'indirect',
    content: { start: 10, end: 29, text: 'the plan was lawful' },
    cue: { start: 5, end: 9, text: 'said' },
    speaker: { name: 'Lena Hart', mention: { start: 0, end: 4, text: 'Hart' }, role: null, kind: 'person', affiliation: null },
    act: 'SAY',
    framing: 'NEUTRAL',
    targets: [],
  };
  const file = (statements: unknown[]) => ({ articleId: 'hart', labeller: 'first-reader', statements });

  it('accepts a file whose spans are the article text', () => {
    expect(parseGoldFile('hart', file([statement]), text).ok).toBe(true);
  });

  it.each([
    ['a span off by one', { ...statement, content: { start: 11, end: 29, text: 'the plan was lawful' } }],
    ['an unknown act', { ...statement, act: 'SHOUT' }],
    ['a missing speaker kind', { ...statement, speaker: { ...statement.speaker, kind: undefined } }],
  ])('rejects %s', (_, bad) => {
    expect(parseGoldFile('hart', file([bad]), text).ok).toBe(false);
  });

  it('rejects an articleId that is not the file name', () => {
    expect(parseGoldFile('other', file([statement]), text).ok).toBe(false);
  });

  it('skips invalid or half-written gold files of a corpus with their problems', () => {
    const root = mkdtempSync(join(tmpdir(), 'eval-gold-'));
    mkdirSync(join(root, 'articles'));
    mkdirSync(join(root, 'gold'));
    writeFileSync(join(root, 'articles', 'hart.txt'), text);
    writeFileSync(join(root, 'articles', 'half.txt'), text);
    writeFileSync(join(root, 'gold', 'hart.json'), JSON.stringify(file([statement])));
    writeFileSync(join(root, 'gold', 'half.json'), '{"articleId": "half", "statem');
    writeFileSync(join(root, 'gold', 'orphan.json'), JSON.stringify({ ...file([]), articleId: 'orphan' }));
    const corpus = loadGoldCorpus(root);
    rmSync(root, { recursive: true });
    expect(corpus.articles.map((a) => a.id)).toEqual(['hart']);
    expect(corpus.skipped.map((s) => s.id)).toEqual(['half', 'orphan']);
  });
});
