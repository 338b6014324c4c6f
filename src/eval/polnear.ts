/**
 * PolNeAR v1.0.0 (Newell, Margolin & Ruths, LREC 2018) as an external evaluation corpus, per ../shared/EVALUATION.md:
 * one annotator per document (the alphabetically first .ann), each Content piece a gold statement whose Source span is
 * the gold mention, recall reported apart on the speech subset. Sources are unresolved spans, so a system mention that
 * overlaps the source also makes the speaker right.
 *
 * The corpus is licensed for local evaluation only: it is read at run time and never copied into the repository.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { bratAttributions, bratGoldStatements, checkCoveredTexts, parseBrat } from './brat.js';
import type { BratGoldStatement } from './brat.js';
import { scoreArticle, summarise } from './score.js';
import type { ArticleScore, EvalFigures, GoldSpeakerRef, ScoringGold } from './score.js';
import { analyzeWithPipeline, limited, systemStatements } from './run.js';
import type { EvalOptions } from './run.js';

/** Cue words that make an attribution one of speech (EVALUATION.md), matched as whole words in any case. */
export const SPEECH_CUE_WORDS: ReadonlySet<string> = new Set([
  'said', 'says', 'say', 'saying', 'told', 'tells', 'tell', 'telling', 'according', 'stated', 'states', 'state', 'added',
  'adds', 'add', 'noted', 'notes', 'explained', 'explains', 'claimed', 'claims', 'claim', 'argued', 'argues', 'insisted',
  'insists', 'asserted', 'declared', 'announced', 'announces', 'wrote', 'writes', 'write', 'tweeted', 'tweets', 'posted',
  'asked', 'asks', 'replied', 'responded', 'responds', 'answered', 'denied', 'denies', 'deny', 'accused', 'accuses',
  'criticized', 'criticizes', 'blasted', 'slammed', 'attacked', 'charged', 'warned', 'warns', 'urged', 'urges', 'called',
  'calls', 'suggested', 'suggests', 'admitted', 'admits', 'acknowledged', 'acknowledges', 'conceded', 'confirmed',
  'confirms', 'revealed', 'reported', 'reports', 'praised', 'praises', 'defended', 'defends', 'demanded', 'demands',
  'promised', 'promises', 'vowed', 'vows', 'predicted', 'insisting', 'statement', 'interview', 'remarks', 'speech',
  'testified', 'quoted', 'mentioned', 'stressed', 'emphasized', 'pointed', 'countered', 'repeated', 'reiterated', 'joked',
  'complained', 'alleged', 'alleges', 'described', 'describes', 'dismissed', 'rejected', 'questioned',
]);

export const SPEECH_SUBSET = 'speech';

export function isSpeechCue(cueText: string | null): boolean {
  if (cueText === null) return false;
  return cueText.normalize('NFKC').toLowerCase().split(/[^\p{L}]+/u).some((word) => SPEECH_CUE_WORDS.has(word));
}

/** The annotation file used for a document: the alphabetically first `<doc>_<annotator>.ann`. */
export function annotationFileFor(annFiles: readonly string[], docId: string): string | undefined {
  return annFiles
    .filter((file) => file.endsWith('.ann') && file.slice(0, file.lastIndexOf('_')) === docId)
    .sort()[0];
}

function goldSpeaker(statement: BratGoldStatement): GoldSpeakerRef | null {
  const source = statement.source;
  const first = source?.[0];
  const last = source?.[source.length - 1];
  if (!source || !first || !last) return null;
  // The mention rule reads the source as written; a discontinuous source is read whole.
  return { name: null, mention: source.length === 1 ? first : { start: first.start, end: last.end, text: source.map((s) => s.text).join(' ') }, sourceSpans: source };
}

/** Each Content piece is a gold statement (a quote split around its cue gives two). */
export function polnearScoringGold(statements: readonly BratGoldStatement[]): ScoringGold[] {
  return statements.flatMap((statement) => {
    const speaker = goldSpeaker(statement);
    const subsets = isSpeechCue(statement.cueText) ? [SPEECH_SUBSET] : [];
    const pieces = statement.content.pieces ?? [statement.content];
    return pieces.map((piece) => ({ content: piece, type: null, cue: statement.cueText, speaker, labels: null, subsets }));
  });
}

export interface PolnearDoc {
  id: string;
  text: string;
  gold: ScoringGold[];
}

export function loadPolnearDoc(splitDir: string, id: string, annFile: string, warnings: string[]): PolnearDoc {
  const text = readFileSync(join(splitDir, 'text', `${id}.txt`), 'utf8');
  const brat = parseBrat(readFileSync(join(splitDir, 'attributions', annFile), 'utf8'));
  const problems = [...brat.problems, ...checkCoveredTexts(brat, text)];
  if (problems.length > 0) warnings.push(`${annFile}: ${problems.length} problem(s), e.g. ${problems[0]}`);
  const statements = bratAttributions(brat).flatMap((attribution) => bratGoldStatements(text, attribution));
  return { id, text, gold: polnearScoringGold(statements) };
}

/** The documents of a split with their annotation files, in id order. */
export function polnearDocuments(splitDir: string, warnings: string[]): { id: string; annFile: string }[] {
  const annFiles = readdirSync(join(splitDir, 'attributions'));
  const ids = readdirSync(join(splitDir, 'text')).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4)).sort();
  return ids.flatMap((id) => {
    const annFile = annotationFileFor(annFiles, id);
    if (annFile === undefined) warnings.push(`${id}: no annotation file, skipped`);
    return annFile === undefined ? [] : [{ id, annFile }];
  });
}

export interface PolnearEvaluation {
  figures: EvalFigures;
  warnings: string[];
}

export function polnearAvailable(polnearRoot: string, split: string): boolean {
  return existsSync(join(polnearRoot, split, 'text')) && existsSync(join(polnearRoot, split, 'attributions'));
}

export function evaluatePolnear(polnearRoot: string, split: 'dev' | 'train', options: EvalOptions = {}): PolnearEvaluation {
  const splitDir = join(polnearRoot, split);
  const warnings: string[] = [];
  const scores: ArticleScore[] = limited(polnearDocuments(splitDir, warnings), options.limit).map(({ id, annFile }) => {
    const doc = loadPolnearDoc(splitDir, id, annFile, warnings);
    const system = systemStatements(options.analyze ?? analyzeWithPipeline, doc.text, id, warnings);
    return scoreArticle({ id, text: doc.text, gold: doc.gold, system });
  });
  return { figures: summarise(`polnear-${split}`, scores, options.worst), warnings };
}
