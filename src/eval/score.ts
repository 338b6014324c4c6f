/**
 * Scoring of statements, speakers, acts, framing and stance, exactly as ../shared/EVALUATION.md defines them, so that
 * the figures mean the same as any other scorer following that page.
 *
 * Everything here is pure: an article's text, its gold statements and the pipeline's statements in; counts out.
 * Counts (not ratios) are kept per article so that corpus figures are micro-averaged by summing them.
 */
import type { Statement } from '../model/article-result.js';
import { ACTS, FRAMINGS, STATEMENT_TYPES } from '../model/labels.js';
import type { Act, Framing, Span, SpeakerKind, Stance, StatementType, TextSpan } from '../model/labels.js';
import type { GoldStatement, GoldTarget } from './gold-schema.js';
import { contextLine, shortText } from './context.js';

// ---------------------------------------------------------------------------------------------------------------
// Spans

const TRIMMED_MARKS = new Set(['"', '“', '”', '‘', '’', "'", '«', '»', ',', '.', ';', ':', '—', '–', '-']);
const isTrimmed = (ch: string): boolean => TRIMMED_MARKS.has(ch) || /\s/u.test(ch);

/** Drops leading and trailing whitespace, quote marks and `, . ; : — – -`, so that labelling habits do not count. */
export function trimSpan(text: string, span: Span): Span {
  let start = span.start;
  let end = span.end;
  while (start < end && isTrimmed(text[start] ?? '')) start++;
  while (end > start && isTrimmed(text[end - 1] ?? '')) end--;
  return { start, end };
}

/** |intersection| / |union| of two [start, end) ranges; 0 when both are empty. */
export function charJaccard(a: Span, b: Span): number {
  const intersection = Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
  const union = (a.end - a.start) + (b.end - b.start) - intersection;
  return union <= 0 ? 0 : intersection / union;
}

export const overlaps = (a: Span, b: Span): boolean => Math.min(a.end, b.end) > Math.max(a.start, b.start);

export const sameSpan = (a: Span, b: Span): boolean => a.start === b.start && a.end === b.end;

/** What a system statement offers for matching. */
export interface SystemContent extends Span {
  pieces?: readonly Span[] | undefined;
}

/** The trimmed spans a system statement may match by: its whole content, then each piece. */
export function candidateSpans(text: string, content: SystemContent): Span[] {
  return [content, ...(content.pieces ?? [])].map((span) => trimSpan(text, span));
}

// ---------------------------------------------------------------------------------------------------------------
// Matching

/** A gold and a system statement count as the same only at Jaccard ≥ 0.5. */
export const MATCH_THRESHOLD = 0.5;

export interface MatchPair {
  gold: number;
  system: number;
  jaccard: number;
  /** Trimmed boundaries equal (by the whole content or by one piece). */
  exact: boolean;
}

export interface Matching {
  pairs: MatchPair[];
  /** For each system statement: does it reach the threshold with some gold statement (matched or not)? */
  systemHits: boolean[];
  /** Best Jaccard of each gold statement with any system statement, and the other way round (for error reports). */
  bestForGold: number[];
  bestForSystem: number[];
}

interface Scored { gold: number; system: number; jaccard: number; exact: boolean }

function scorePair(gold: Span, candidates: readonly Span[]): { jaccard: number; exact: boolean } {
  let jaccard = 0;
  for (const candidate of candidates) jaccard = Math.max(jaccard, charJaccard(gold, candidate));
  return { jaccard, exact: gold.end > gold.start && candidates.some((candidate) => sameSpan(candidate, gold)) };
}

/** One-to-one greedy matching by best Jaccard (ties: earlier gold, then earlier system statement). */
export function matchStatements(text: string, gold: readonly Span[], system: readonly SystemContent[]): Matching {
  const goldSpans = gold.map((span) => trimSpan(text, span));
  const systemCandidates = system.map((content) => candidateSpans(text, content));
  const bestForGold = gold.map(() => 0);
  const bestForSystem = system.map(() => 0);
  const eligible: Scored[] = [];
  goldSpans.forEach((goldSpan, g) => {
    systemCandidates.forEach((candidates, s) => {
      const { jaccard, exact } = scorePair(goldSpan, candidates);
      bestForGold[g] = Math.max(bestForGold[g] ?? 0, jaccard);
      bestForSystem[s] = Math.max(bestForSystem[s] ?? 0, jaccard);
      if (jaccard >= MATCH_THRESHOLD) eligible.push({ gold: g, system: s, jaccard, exact });
    });
  });
  eligible.sort((a, b) => b.jaccard - a.jaccard || a.gold - b.gold || a.system - b.system);
  const goldTaken = new Set<number>();
  const systemTaken = new Set<number>();
  const pairs: MatchPair[] = [];
  for (const candidate of eligible) {
    if (goldTaken.has(candidate.gold) || systemTaken.has(candidate.system)) continue;
    goldTaken.add(candidate.gold);
    systemTaken.add(candidate.system);
    pairs.push(candidate);
  }
  return { pairs, systemHits: bestForSystem.map((j) => j >= MATCH_THRESHOLD), bestForGold, bestForSystem };
}

// ---------------------------------------------------------------------------------------------------------------
// Ratios

export interface Prf { precision: number; recall: number; f1: number }

export const ratio = (numerator: number, denominator: number): number => (denominator === 0 ? 0 : numerator / denominator);

export function f1Of(precision: number, recall: number): number {
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

/** Precision and recall have different numerators here: system statements that hit some gold, and matched gold. */
export function prf(systemCorrect: number, systemTotal: number, goldCorrect: number, goldTotal: number): Prf {
  const precision = ratio(systemCorrect, systemTotal);
  const recall = ratio(goldCorrect, goldTotal);
  return { precision, recall, f1: f1Of(precision, recall) };
}

// ---------------------------------------------------------------------------------------------------------------
// Speakers

/** Lowercase, NFKC, no possessive 's, no leading the/a/an, every run of non-letters-or-digits one space. */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/['’]s(?![\p{L}\p{N}])/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^(?:the|a|an) /u, '');
}

const tokensOf = (normalised: string): string[] => normalised.split(' ').filter(Boolean);
const allAmong = (some: readonly string[], all: ReadonlySet<string>): boolean => some.every((token) => all.has(token));

/** Equal after normalising, or the tokens of one all among the tokens of the other (`Microsoft` ~ `Microsoft Corp`). */
export function namesMatch(a: string, b: string): boolean {
  const na = normaliseName(a);
  const nb = normaliseName(b);
  if (na === '' || nb === '') return false;
  if (na === nb) return true;
  const ta = tokensOf(na);
  const tb = tokensOf(nb);
  return allAmong(ta, new Set(tb)) || allAmong(tb, new Set(ta));
}

const PRONOUNS = new Set([
  'he', 'she', 'it', 'they', 'him', 'her', 'them', 'his', 'hers', 'its', 'their', 'theirs', 'we', 'us', 'our', 'ours',
  'i', 'me', 'my', 'you', 'your', 'who', 'whom', 'whose', 'which', 'that', 'this', 'these', 'those', 'one',
]);
const DESCRIPTION_OPENERS = new Set(['the', 'its', 'their', 'his', 'her', 'this', 'that']);

/** Does a mention name its speaker by itself: neither a pronoun nor a description opening with the/its/their/his/her/this/that? */
export function mentionNamesSpeaker(mention: string): boolean {
  const words = mention.normalize('NFKC').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const first = words[0];
  if (first === undefined) return false;
  if (words.length === 1 && PRONOUNS.has(first)) return false;
  return !DESCRIPTION_OPENERS.has(first);
}

/** A gold speaker as the scorer sees it: a resolved name (null when the corpus leaves sources unresolved), a mention, source spans. */
export interface GoldSpeakerRef {
  name: string | null;
  mention: TextSpan | null;
  /** Unresolved gold source spans (PolNeAR): a system mention overlapping one is right. Empty for resolved corpora. */
  sourceSpans: readonly Span[];
}

export interface SystemSpeakerRef {
  name: string;
  mention: TextSpan | null;
}

export function speakerRight(gold: GoldSpeakerRef, system: SystemSpeakerRef): boolean {
  if (gold.name !== null && namesMatch(system.name, gold.name)) return true;
  if (gold.mention !== null && mentionNamesSpeaker(gold.mention.text) && namesMatch(system.name, gold.mention.text)) return true;
  const mention = system.mention;
  return mention !== null && gold.sourceSpans.some((source) => overlaps(source, mention));
}

// ---------------------------------------------------------------------------------------------------------------
// Labels: accuracy, confusion, stance

export interface LabelPair<L extends string> { gold: L; system: L }

export const accuracy = <L extends string>(pairs: readonly LabelPair<L>[]): number =>
  ratio(pairs.filter((pair) => pair.gold === pair.system).length, pairs.length);

export interface Confusion { labels: string[]; matrix: number[][] }

/** Rows are gold labels, columns system labels, in the order of `labels`. */
export function confusionMatrix<L extends string>(pairs: readonly LabelPair<L>[], labels: readonly L[]): Confusion {
  const index = new Map(labels.map((label, i) => [label, i] as const));
  const matrix = labels.map(() => labels.map(() => 0));
  for (const pair of pairs) {
    const row = matrix[index.get(pair.gold) ?? -1];
    const column = index.get(pair.system);
    if (row !== undefined && column !== undefined) row[column] = (row[column] ?? 0) + 1;
  }
  return { labels: [...labels], matrix };
}

/** F1 of one class: 2TP / (2TP + FP + FN), 0 when the class never occurs on either side. */
export function classF1<L extends string>(pairs: readonly LabelPair<L>[], label: L): number {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const pair of pairs) {
    if (pair.gold === label && pair.system === label) tp++;
    else if (pair.system === label) fp++;
    else if (pair.gold === label) fn++;
  }
  return ratio(2 * tp, 2 * tp + fp + fn);
}

export interface StanceFigures { pairs: number; favorF1: number; againstF1: number; f1: number }

/**
 * What the stance F1 leaves out (it reads only gold targets): the system's FAVOR/AGAINST targets on matched statements
 * that a reader labelled too. `named` have a gold target of that name (the speaker rule); `agreeing` also the same stance.
 * Not an EVALUATION.md measure: a diagnostic of spurious targets, which the reviewer sees in stances.csv.
 */
export interface TargetPrecision { polar: number; named: number; agreeing: number; namedPrecision: number; agreeingPrecision: number }

/** Counts one matched statement's polar system targets against its gold targets. */
export function polarTargetCounts(goldTargets: readonly { name: string; stance: Stance }[], systemTargets: readonly { name: string; stance: Stance }[]): Pick<TargetPrecision, 'polar' | 'named' | 'agreeing'> {
  let polar = 0; let named = 0; let agreeing = 0;
  for (const target of systemTargets) {
    if (target.stance === 'NONE') continue;
    polar++;
    const gold = goldTargets.find((g) => normaliseName(g.name) === normaliseName(target.name)) ?? goldTargets.find((g) => namesMatch(target.name, g.name));
    if (gold) { named++; if (gold.stance === target.stance) agreeing++; }
  }
  return { polar, named, agreeing };
}

/** SemEval-2016: the mean of F1(FAVOR) and F1(AGAINST); NONE counts only through their errors. */
export function stanceF1(pairs: readonly LabelPair<Stance>[]): StanceFigures {
  const favorF1 = classF1(pairs, 'FAVOR');
  const againstF1 = classF1(pairs, 'AGAINST');
  return { pairs: pairs.length, favorF1, againstF1, f1: (favorF1 + againstF1) / 2 };
}

/** The system's stance toward a gold target: the target named right by the speaker-name rule (an equal name first), else NONE. */
export function predictedStance(goldTarget: string, systemTargets: readonly { name: string; stance: Stance }[]): Stance {
  const wanted = normaliseName(goldTarget);
  const chosen = systemTargets.find((target) => wanted !== '' && normaliseName(target.name) === wanted)
    ?? systemTargets.find((target) => namesMatch(target.name, goldTarget));
  return chosen?.stance ?? 'NONE';
}

// ---------------------------------------------------------------------------------------------------------------
// Confidence

export interface ConfidenceBand { label: string; min: number; max: number }

/** The last band is closed at 1. */
export const CONFIDENCE_BANDS: readonly ConfidenceBand[] = [
  { label: '[0, 0.5)', min: 0, max: 0.5 },
  { label: '[0.5, 0.7)', min: 0.5, max: 0.7 },
  { label: '[0.7, 0.85)', min: 0.7, max: 0.85 },
  { label: '[0.85, 1]', min: 0.85, max: Number.POSITIVE_INFINITY },
];

export const confidenceBandIndex = (confidence: number): number =>
  Math.max(0, CONFIDENCE_BANDS.findIndex((band) => confidence >= band.min && confidence < band.max));

// ---------------------------------------------------------------------------------------------------------------
// One article

/** The labels a fully labelled corpus gives beyond span and speaker; null for corpora without them (PolNeAR). */
export interface GoldLabels {
  role: string | null;
  kind: SpeakerKind;
  act: Act;
  framing: Framing;
  targets: readonly GoldTarget[];
}

/** A gold statement in the shape every corpus can be brought to. */
export interface ScoringGold {
  content: TextSpan;
  type: StatementType | null;
  cue: string | null;
  /** null when the corpus gives no source (PolNeAR's Attribution-no-source). */
  speaker: GoldSpeakerRef | null;
  labels: GoldLabels | null;
  /** Named subsets this statement belongs to, whose recall is reported apart (PolNeAR: "speech"). */
  subsets: readonly string[];
}

export function scoringGoldFromStatement(statement: GoldStatement): ScoringGold {
  const { speaker } = statement;
  return {
    content: statement.content,
    type: statement.type,
    cue: statement.cue?.text ?? null,
    speaker: { name: speaker.name, mention: speaker.mention, sourceSpans: [] },
    labels: { role: speaker.role, kind: speaker.kind, act: statement.act, framing: statement.framing, targets: statement.targets },
    subsets: [],
  };
}

export interface StatementCounts {
  gold: number;
  system: number;
  /** Gold statements matched one-to-one. */
  matchedGold: number;
  /** System statements reaching the threshold with some gold statement. */
  systemHits: number;
  /** Exact pairs, counted by the gold statement's type and by the system statement's type. */
  exactGold: number;
  exactSystem: number;
}

export const emptyCounts = (): StatementCounts => ({ gold: 0, system: 0, matchedGold: 0, systemHits: 0, exactGold: 0, exactSystem: 0 });

/** `wrong-stance` is used by corpora that judge stance per span (BASIL). */
export type ErrorKind = 'missed' | 'false-positive' | 'wrong-speaker' | 'wrong-stance';

export interface EvalError {
  kind: ErrorKind;
  articleId: string;
  start: number;
  end: number;
  /** The span's text, shortened. */
  text: string;
  /** The sentence around the span, the span marked ⟦ ⟧. */
  context: string;
  /** A coarse class, for counting the most frequent errors. */
  category: string;
  detail: string;
  /** Higher is worse: a confident false positive before a hesitant one, a gold statement with no overlap before a near miss. */
  severity: number;
}

export interface ArticleScore {
  id: string;
  overall: StatementCounts;
  byType: Record<StatementType, StatementCounts>;
  subsets: Record<string, { gold: number; matched: number }>;
  speakers: { goldWithSpeaker: number; judged: number; right: number };
  roles: LabelPair<string>[];
  kinds: LabelPair<SpeakerKind>[];
  acts: LabelPair<Act>[];
  framings: LabelPair<Framing>[];
  stances: LabelPair<Stance>[];
  /** The system's polar targets on matched statements with labels (TargetPrecision). */
  polarTargets: Pick<TargetPrecision, 'polar' | 'named' | 'agreeing'>;
  /** Per confidence band: system statements, and those reaching the threshold with some gold statement. */
  confidence: { statements: number; hits: number }[];
  errors: EvalError[];
}

export interface ArticleInput {
  id: string;
  text: string;
  gold: readonly ScoringGold[];
  system: readonly Statement[];
}

const roleLabel = (role: string | null | undefined): string => (role ? role.trim().toLowerCase() : '—');

function countStatements(input: ArticleInput, matching: Matching): Pick<ArticleScore, 'overall' | 'byType' | 'subsets'> {
  const overall = emptyCounts();
  const byType = Object.fromEntries(STATEMENT_TYPES.map((type) => [type, emptyCounts()])) as Record<StatementType, StatementCounts>;
  const subsets: Record<string, { gold: number; matched: number }> = {};
  const matchedGold = new Set(matching.pairs.map((pair) => pair.gold));
  input.gold.forEach((gold, g) => {
    const matched = matchedGold.has(g);
    overall.gold++;
    if (matched) overall.matchedGold++;
    if (gold.type !== null) {
      byType[gold.type].gold++;
      if (matched) byType[gold.type].matchedGold++;
    }
    for (const subset of gold.subsets) {
      const counts = (subsets[subset] ??= { gold: 0, matched: 0 });
      counts.gold++;
      if (matched) counts.matched++;
    }
  });
  input.system.forEach((statement, s) => {
    overall.system++;
    byType[statement.type].system++;
    if (matching.systemHits[s]) {
      overall.systemHits++;
      byType[statement.type].systemHits++;
    }
  });
  for (const pair of matching.pairs.filter((p) => p.exact)) {
    overall.exactGold++;
    overall.exactSystem++;
    const goldType = input.gold[pair.gold]?.type;
    if (goldType) byType[goldType].exactGold++;
    const systemType = input.system[pair.system]?.type;
    if (systemType) byType[systemType].exactSystem++;
  }
  return { overall, byType, subsets };
}

function judgeLabels(gold: GoldLabels, system: Statement): Pick<ArticleScore, 'roles' | 'kinds' | 'acts' | 'framings' | 'stances'> {
  return {
    roles: [{ gold: roleLabel(gold.role), system: roleLabel(system.speaker.role) }],
    kinds: [{ gold: gold.kind, system: system.speaker.kind }],
    acts: [{ gold: gold.act, system: system.act }],
    framings: [{ gold: gold.framing, system: system.framing }],
    stances: gold.targets.map((target) => ({ gold: target.stance, system: predictedStance(target.name, system.targets) })),
  };
}

const goldSpeakerLabel = (speaker: GoldSpeakerRef | null): string =>
  speaker === null ? '(no source)' : speaker.name ?? `«${speaker.mention?.text ?? '?'}»`;

/** Why a gold statement went unmatched: nothing there, boundaries too far off, or its system statement went to another gold one. */
function missReason(bestJaccard: number): string {
  if (bestJaccard >= MATCH_THRESHOLD) return 'its system statement matched another gold statement';
  return bestJaccard > 0 ? 'span boundary (best J < 0.5)' : 'not found';
}

/** The place of an error: its article, span, shortened text and the sentence around it. */
function errorPlace(input: ArticleInput, content: Span & { text: string }): Pick<EvalError, 'articleId' | 'start' | 'end' | 'text' | 'context'> {
  return { articleId: input.id, start: content.start, end: content.end, text: shortText(content.text), context: contextLine(input.text, content) };
}

function missedError(input: ArticleInput, gold: ScoringGold, bestJaccard: number): EvalError {
  const nearMiss = bestJaccard > 0;
  return {
    kind: 'missed',
    ...errorPlace(input, gold.content),
    category: `missed ${gold.type ?? 'statement'}: ${missReason(bestJaccard)}`,
    detail: `cue ${JSON.stringify(gold.cue ?? '')}, speaker ${goldSpeakerLabel(gold.speaker)}${nearMiss ? `, best J ${bestJaccard.toFixed(2)}` : ''}`,
    severity: 1 - bestJaccard,
  };
}

function falsePositiveError(input: ArticleInput, system: Statement, bestJaccard: number): EvalError {
  const nearMiss = bestJaccard > 0;
  return {
    kind: 'false-positive',
    ...errorPlace(input, system.content),
    category: `false positive ${system.type}: ${nearMiss ? 'span boundary (best J < 0.5)' : 'no gold statement there'}`,
    detail: `cue ${JSON.stringify(system.cue?.text ?? '')}, speaker ${system.speaker.name} (${system.speaker.kind}), confidence ${system.confidence.toFixed(2)}${nearMiss ? `, best J ${bestJaccard.toFixed(2)}` : ''}`,
    severity: system.confidence,
  };
}

function mentionRelation(gold: GoldSpeakerRef, system: Statement): string {
  const mention = system.speaker.mention;
  if (mention === null) return 'no system mention';
  const goldMentions = gold.mention ? [gold.mention, ...gold.sourceSpans] : gold.sourceSpans;
  return goldMentions.some((span) => overlaps(span, mention)) ? 'same mention, other name' : 'other mention';
}

function wrongSpeakerError(input: ArticleInput, gold: ScoringGold, goldSpeaker: GoldSpeakerRef, system: Statement): EvalError {
  const goldKind = gold.labels ? ` (${gold.labels.kind}${gold.labels.role ? `, ${gold.labels.role}` : ''})` : '';
  const goldMention = goldSpeaker.mention ? `, mention «${goldSpeaker.mention.text}»` : '';
  const systemMention = system.speaker.mention ? `, mention «${system.speaker.mention.text}»` : '';
  return {
    kind: 'wrong-speaker',
    articleId: input.id,
    start: gold.content.start,
    end: gold.content.end,
    text: shortText(gold.content.text),
    context: contextLine(input.text, gold.content, goldSpeaker.mention ?? undefined),
    category: `wrong speaker: ${mentionRelation(goldSpeaker, system)}`,
    detail: `gold ${goldSpeakerLabel(goldSpeaker)}${goldKind}${goldMention} ≠ system ${system.speaker.name} (${system.speaker.kind}${system.speaker.role ? `, ${system.speaker.role}` : ''})${systemMention}`,
    severity: system.confidence,
  };
}

/** Scores one article: statement counts, speaker and label judgements on matched pairs, confidence bands, errors. */
export function scoreArticle(input: ArticleInput): ArticleScore {
  const matching = matchStatements(input.text, input.gold.map((g) => g.content), input.system.map((s) => s.content));
  const score: ArticleScore = {
    id: input.id,
    ...countStatements(input, matching),
    speakers: { goldWithSpeaker: input.gold.filter((g) => g.speaker !== null).length, judged: 0, right: 0 },
    roles: [], kinds: [], acts: [], framings: [], stances: [],
    polarTargets: { polar: 0, named: 0, agreeing: 0 },
    confidence: CONFIDENCE_BANDS.map(() => ({ statements: 0, hits: 0 })),
    errors: [],
  };
  for (const pair of matching.pairs) {
    const gold = input.gold[pair.gold];
    const system = input.system[pair.system];
    if (!gold || !system) continue;
    if (gold.speaker !== null) {
      score.speakers.judged++;
      if (speakerRight(gold.speaker, system.speaker)) score.speakers.right++;
      else score.errors.push(wrongSpeakerError(input, gold, gold.speaker, system));
    }
    if (gold.labels !== null) {
      const judged = judgeLabels(gold.labels, system);
      score.roles.push(...judged.roles);
      score.kinds.push(...judged.kinds);
      score.acts.push(...judged.acts);
      score.framings.push(...judged.framings);
      score.stances.push(...judged.stances);
      const counts = polarTargetCounts(gold.labels.targets, system.targets);
      score.polarTargets.polar += counts.polar;
      score.polarTargets.named += counts.named;
      score.polarTargets.agreeing += counts.agreeing;
    }
  }
  const matchedGold = new Set(matching.pairs.map((pair) => pair.gold));
  input.gold.forEach((gold, g) => {
    if (!matchedGold.has(g)) score.errors.push(missedError(input, gold, matching.bestForGold[g] ?? 0));
  });
  input.system.forEach((system, s) => {
    const band = score.confidence[confidenceBandIndex(system.confidence)];
    if (band) {
      band.statements++;
      if (matching.systemHits[s]) band.hits++;
    }
    if (!matching.systemHits[s]) score.errors.push(falsePositiveError(input, system, matching.bestForSystem[s] ?? 0));
  });
  return score;
}

// ---------------------------------------------------------------------------------------------------------------
// A corpus

export interface StatementFigures extends StatementCounts {
  precision: number;
  recall: number;
  f1: number;
  exactPrecision: number;
  exactRecall: number;
  exactF1: number;
}

export interface ArticleRow {
  id: string;
  gold: number;
  system: number;
  matched: number;
  precision: number;
  recall: number;
  f1: number;
  exactF1: number;
  speakerAccuracy: number;
  endToEndRecall: number;
}

export interface EvalFigures {
  corpus: string;
  articles: number;
  statements: StatementFigures;
  byType: Record<StatementType, StatementFigures>;
  subsets: Record<string, { gold: number; matched: number; recall: number }>;
  speakers: {
    goldWithSpeaker: number;
    judged: number;
    right: number;
    accuracy: number;
    roleJudged: number;
    roleAccuracy: number;
    kindJudged: number;
    kindAccuracy: number;
    endToEndRecall: number;
  };
  acts: { judged: number; accuracy: number; confusion: Confusion };
  framing: { judged: number; accuracy: number; confusion: Confusion };
  stance: StanceFigures;
  targets: TargetPrecision;
  confidence: { band: string; statements: number; hits: number; precision: number }[];
  perArticle: ArticleRow[];
  /** Every error's category with its count, most frequent first. */
  errorKinds: { category: string; count: number }[];
  worstErrors: EvalError[];
}

export function statementFigures(counts: StatementCounts): StatementFigures {
  const matched = prf(counts.systemHits, counts.system, counts.matchedGold, counts.gold);
  const exact = prf(counts.exactSystem, counts.system, counts.exactGold, counts.gold);
  return {
    ...counts,
    ...matched,
    exactPrecision: exact.precision,
    exactRecall: exact.recall,
    exactF1: exact.f1,
  };
}

export function addCounts(a: StatementCounts, b: StatementCounts): StatementCounts {
  return {
    gold: a.gold + b.gold,
    system: a.system + b.system,
    matchedGold: a.matchedGold + b.matchedGold,
    systemHits: a.systemHits + b.systemHits,
    exactGold: a.exactGold + b.exactGold,
    exactSystem: a.exactSystem + b.exactSystem,
  };
}

export function articleRow(score: ArticleScore): ArticleRow {
  const figures = statementFigures(score.overall);
  return {
    id: score.id,
    gold: figures.gold,
    system: figures.system,
    matched: figures.matchedGold,
    precision: figures.precision,
    recall: figures.recall,
    f1: figures.f1,
    exactF1: figures.exactF1,
    speakerAccuracy: ratio(score.speakers.right, score.speakers.judged),
    endToEndRecall: ratio(score.speakers.right, score.speakers.goldWithSpeaker),
  };
}

export function countCategories(errors: readonly EvalError[]): { category: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const error of errors) counts.set(error.category, (counts.get(error.category) ?? 0) + 1);
  return [...counts].map(([category, count]) => ({ category, count })).sort((a, b) => b.count - a.count || a.category.localeCompare(b.category));
}

/**
 * The `perKind` most severe errors of each kind. Among equally severe errors, one per article comes before a second of
 * any article, so that the list shows many articles rather than the first few in id order.
 */
export function worstErrors(errors: readonly EvalError[], perKind: number): EvalError[] {
  const kinds: ErrorKind[] = ['missed', 'false-positive', 'wrong-speaker', 'wrong-stance'];
  return kinds.flatMap((kind) => {
    const ofKind = errors.filter((error) => error.kind === kind);
    const seen = new Map<string, number>();
    const ranked = ofKind
      .sort((a, b) => b.severity - a.severity || a.articleId.localeCompare(b.articleId) || a.start - b.start)
      .map((error) => {
        const key = `${error.severity}|${error.articleId}`;
        const rank = seen.get(key) ?? 0;
        seen.set(key, rank + 1);
        return { error, rank };
      });
    return ranked
      .sort((a, b) => b.error.severity - a.error.severity || a.rank - b.rank || a.error.articleId.localeCompare(b.error.articleId) || a.error.start - b.error.start)
      .slice(0, perKind)
      .map(({ error }) => error);
  });
}

/** Corpus figures, micro-averaged over the articles' counts. */
export function summarise(corpus: string, scores: readonly ArticleScore[], worstPerKind = 10): EvalFigures {
  const overall = scores.reduce((sum, score) => addCounts(sum, score.overall), emptyCounts());
  const byType = Object.fromEntries(STATEMENT_TYPES.map((type) => [
    type, statementFigures(scores.reduce((sum, score) => addCounts(sum, score.byType[type]), emptyCounts())),
  ])) as Record<StatementType, StatementFigures>;
  const subsets: EvalFigures['subsets'] = {};
  for (const score of scores) {
    for (const [name, counts] of Object.entries(score.subsets)) {
      const sum = (subsets[name] ??= { gold: 0, matched: 0, recall: 0 });
      sum.gold += counts.gold;
      sum.matched += counts.matched;
      sum.recall = ratio(sum.matched, sum.gold);
    }
  }
  const goldWithSpeaker = scores.reduce((n, score) => n + score.speakers.goldWithSpeaker, 0);
  const judged = scores.reduce((n, score) => n + score.speakers.judged, 0);
  const right = scores.reduce((n, score) => n + score.speakers.right, 0);
  const roles = scores.flatMap((score) => score.roles);
  const kinds = scores.flatMap((score) => score.kinds);
  const acts = scores.flatMap((score) => score.acts);
  const framings = scores.flatMap((score) => score.framings);
  const errors = scores.flatMap((score) => score.errors);
  return {
    corpus,
    articles: scores.length,
    statements: statementFigures(overall),
    byType,
    subsets,
    speakers: {
      goldWithSpeaker,
      judged,
      right,
      accuracy: ratio(right, judged),
      roleJudged: roles.length,
      roleAccuracy: accuracy(roles),
      kindJudged: kinds.length,
      kindAccuracy: accuracy(kinds),
      endToEndRecall: ratio(right, goldWithSpeaker),
    },
    acts: { judged: acts.length, accuracy: accuracy(acts), confusion: confusionMatrix(acts, ACTS) },
    framing: { judged: framings.length, accuracy: accuracy(framings), confusion: confusionMatrix(framings, FRAMINGS) },
    stance: stanceF1(scores.flatMap((score) => score.stances)),
    targets: targetPrecision(scores),
    confidence: CONFIDENCE_BANDS.map((band, i) => {
      const statements = scores.reduce((n, score) => n + (score.confidence[i]?.statements ?? 0), 0);
      const hits = scores.reduce((n, score) => n + (score.confidence[i]?.hits ?? 0), 0);
      return { band: band.label, statements, hits, precision: ratio(hits, statements) };
    }),
    perArticle: scores.map(articleRow),
    errorKinds: countCategories(errors),
    worstErrors: worstErrors(errors, worstPerKind),
  };
}

function targetPrecision(scores: readonly ArticleScore[]): TargetPrecision {
  const polar = scores.reduce((n, score) => n + score.polarTargets.polar, 0);
  const named = scores.reduce((n, score) => n + score.polarTargets.named, 0);
  const agreeing = scores.reduce((n, score) => n + score.polarTargets.agreeing, 0);
  return { polar, named, agreeing, namedPrecision: ratio(named, polar), agreeingPrecision: ratio(agreeing, polar) };
}

/** The figures the regression test holds the pipeline to (tests/eval-thresholds.json). */
export interface HeadlineFigures {
  statementF1: number;
  statementExactF1: number;
  speakerAccuracy: number;
  endToEndRecall: number;
  actAccuracy: number;
  framingAccuracy: number;
  stanceF1: number;
}

export function headlineFigures(figures: EvalFigures): HeadlineFigures {
  return {
    statementF1: figures.statements.f1,
    statementExactF1: figures.statements.exactF1,
    speakerAccuracy: figures.speakers.accuracy,
    endToEndRecall: figures.speakers.endToEndRecall,
    actAccuracy: figures.acts.accuracy,
    framingAccuracy: figures.framing.accuracy,
    stanceF1: figures.stance.f1,
  };
}
