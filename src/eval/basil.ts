/**
 * BASIL (Fan et al., EMNLP 2019) as a small gold set for speaker and stance on quoted material, per
 * ../shared/EVALUATION.md. BASIL marks only spans its annotators judged biased, so it cannot measure recall of quotes:
 * it says whether a marked quoted span is inside some system statement, and whether that statement's speaker and its
 * stance toward the marked target agree with the annotators.
 *
 * The corpus is licensed for local evaluation only: it is read at run time and never copied into the repository.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Statement } from '../model/article-result.js';
import type { Span } from '../model/labels.js';
import { contextLine, shortText } from './context.js';
import { countCategories, normaliseName, ratio, worstErrors } from './score.js';
import type { EvalError } from './score.js';
import { analyzeWithPipeline, limited, systemStatements } from './run.js';
import type { EvalOptions } from './run.js';

export const BasilArticle = z.object({
  title: z.string(),
  'body-paragraphs': z.array(z.array(z.string())),
});
export type BasilArticle = z.infer<typeof BasilArticle>;

export const BasilPhrase = z.object({
  txt: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  quote: z.string(),
  speaker: z.string(),
  target: z.string(),
  polarity: z.string(),
});
export type BasilPhrase = z.infer<typeof BasilPhrase>;

export const BasilAnnotations = z.object({ 'phrase-level-annotations': z.array(BasilPhrase) });

/** The article text as EVALUATION.md builds it, with each sentence's place in it. */
export interface BasilText {
  text: string;
  sentences: Span[];
}

/** Title, newline, then each paragraph's sentences joined by one space and followed by a newline. */
export function buildBasilText(article: BasilArticle): BasilText {
  let text = `${article.title}\n`;
  const sentences: Span[] = [];
  for (const paragraph of article['body-paragraphs']) {
    paragraph.forEach((sentence, i) => {
      if (i > 0) text += ' ';
      sentences.push({ start: text.length, end: text.length + sentence.length });
      text += sentence;
    });
    text += '\n';
  }
  return { text, sentences };
}

/** The span in the built text: the first sentence whose [start, end) holds the phrase's `txt`. */
export function placeBasilPhrase(basil: BasilText, phrase: Pick<BasilPhrase, 'txt' | 'start' | 'end'>): Span | null {
  for (const sentence of basil.sentences) {
    const start = sentence.start + phrase.start;
    const end = sentence.start + phrase.end;
    if (end <= sentence.end && basil.text.slice(start, end) === phrase.txt) return { start, end };
  }
  return null;
}

/** `Michael_Steele` → `steele`: the label's last token, normalised like a name. */
export const lastLabelToken = (label: string): string => normaliseName(label.split('_').filter(Boolean).pop() ?? '');

/** Does the name contain the token as whole words (`michael steele` contains `steele`, not `steeler`)? */
export function nameContainsToken(name: string, token: string): boolean {
  return token !== '' && ` ${normaliseName(name)} `.includes(` ${token} `);
}

export const isGenericSpeaker = (label: string): boolean => label.startsWith('other_');

export interface BasilGoldSpan extends Span {
  articleId: string;
  txt: string;
  speaker: string;
  target: string;
  polarity: 'pos' | 'neg';
}

/** The quoted spans with a speaker, a target and a polarity that can be placed; the others are counted apart. */
export function basilGoldSpans(articleId: string, basil: BasilText, phrases: readonly BasilPhrase[]): { spans: BasilGoldSpan[]; unplaced: number } {
  const spans: BasilGoldSpan[] = [];
  let unplaced = 0;
  for (const phrase of phrases) {
    if (phrase.quote !== 'yes' || !phrase.speaker || !phrase.target) continue;
    if (phrase.polarity !== 'pos' && phrase.polarity !== 'neg') continue;
    const place = placeBasilPhrase(basil, phrase);
    if (place === null) unplaced++;
    else spans.push({ ...place, articleId, txt: phrase.txt, speaker: phrase.speaker, target: phrase.target, polarity: phrase.polarity });
  }
  return { spans, unplaced };
}

/** The system statement holding most of the span (by its content or a piece), or null when none overlaps it. */
export function statementOverSpan(span: Span, system: readonly Statement[]): Statement | null {
  let best: Statement | null = null;
  let bestOverlap = 0;
  for (const statement of system) {
    // Untrimmed spans: a BASIL phrase may sit right at a quote's edge.
    const spans = [statement.content, ...(statement.content.pieces ?? [])];
    const overlap = Math.max(...spans.map((s) => Math.min(s.end, span.end) - Math.max(s.start, span.start)));
    if (overlap > bestOverlap) { best = statement; bestOverlap = overlap; }
  }
  return best;
}

export interface BasilJudgement {
  span: BasilGoldSpan;
  found: boolean;
  /** null when the gold speaker is generic (other_*), which this figure leaves out. */
  speakerRight: boolean | null;
  stanceRight: boolean;
  system: Statement | null;
}

export function judgeBasilSpan(span: BasilGoldSpan, system: readonly Statement[]): BasilJudgement {
  const statement = statementOverSpan(span, system);
  const speakerToken = lastLabelToken(span.speaker);
  const targetToken = lastLabelToken(span.target);
  const wanted = span.polarity === 'pos' ? 'FAVOR' : 'AGAINST';
  const target = statement?.targets.find((t) => nameContainsToken(t.name, targetToken));
  return {
    span,
    found: statement !== null,
    speakerRight: isGenericSpeaker(span.speaker) ? null : statement !== null && nameContainsToken(statement.speaker.name, speakerToken),
    stanceRight: target?.stance === wanted,
    system: statement,
  };
}

export interface BasilFigures {
  corpus: 'basil';
  articles: number;
  /** quote = yes spans with a speaker, a target and a polarity. */
  spans: number;
  unplaced: number;
  placed: number;
  found: number;
  foundRate: number;
  /** Named (not other_*) speakers: over found spans, and over all placed spans. */
  namedSpeakers: number;
  namedSpeakersFound: number;
  speakerRight: number;
  speakerAccuracyOnFound: number;
  speakerRightRate: number;
  stanceRight: number;
  stanceAccuracyOnFound: number;
  stanceRightRate: number;
  errorKinds: { category: string; count: number }[];
  worstErrors: EvalError[];
}

function basilErrors(text: string, judgement: BasilJudgement): EvalError[] {
  const { span, system } = judgement;
  const base = { articleId: span.articleId, start: span.start, end: span.end, text: shortText(span.txt), context: contextLine(text, span) };
  if (!system) {
    return [{ ...base, kind: 'missed', category: 'BASIL quoted span in no statement', detail: `speaker ${span.speaker}, target ${span.target} ${span.polarity}`, severity: 1 }];
  }
  const errors: EvalError[] = [];
  if (judgement.speakerRight === false) {
    errors.push({ ...base, kind: 'wrong-speaker', category: 'BASIL wrong speaker', detail: `gold ${span.speaker} ≠ system ${system.speaker.name} (${system.speaker.kind})`, severity: system.confidence });
  }
  if (!judgement.stanceRight) {
    const targets = system.targets.map((t) => `${t.name}:${t.stance}`).join(', ') || 'no targets';
    const hasTarget = system.targets.some((t) => nameContainsToken(t.name, lastLabelToken(span.target)));
    errors.push({
      ...base,
      kind: 'wrong-stance',
      category: `BASIL wrong stance: ${hasTarget ? 'target found, other stance' : 'target missing'}`,
      detail: `gold ${span.target} ${span.polarity} ≠ system ${targets}`,
      severity: system.confidence,
    });
  }
  return errors;
}

export function summariseBasil(articles: number, unplaced: number, judgements: readonly BasilJudgement[], errors: readonly EvalError[], worstPerKind = 10): BasilFigures {
  const found = judgements.filter((j) => j.found);
  const named = judgements.filter((j) => !isGenericSpeaker(j.span.speaker));
  const namedFound = named.filter((j) => j.found);
  const speakerRight = named.filter((j) => j.speakerRight === true).length;
  const stanceRight = judgements.filter((j) => j.stanceRight).length;
  return {
    corpus: 'basil',
    articles,
    spans: judgements.length + unplaced,
    unplaced,
    placed: judgements.length,
    found: found.length,
    foundRate: ratio(found.length, judgements.length),
    namedSpeakers: named.length,
    namedSpeakersFound: namedFound.length,
    speakerRight,
    speakerAccuracyOnFound: ratio(speakerRight, namedFound.length),
    speakerRightRate: ratio(speakerRight, named.length),
    stanceRight,
    stanceAccuracyOnFound: ratio(stanceRight, found.length),
    stanceRightRate: ratio(stanceRight, judgements.length),
    errorKinds: countCategories(errors),
    worstErrors: worstErrors(errors, worstPerKind),
  };
}

/** Article files paired with their annotation files (`<uuid>_<n>.json` ↔ `<uuid>_<n>_ann.json`), in path order. */
export function basilFiles(basilRoot: string): { id: string; article: string; annotations: string }[] {
  const pairs: { id: string; article: string; annotations: string }[] = [];
  for (const year of readdirSync(join(basilRoot, 'articles')).sort()) {
    for (const file of readdirSync(join(basilRoot, 'articles', year)).filter((f) => f.endsWith('.json')).sort()) {
      const id = file.slice(0, -5);
      const annotations = join(basilRoot, 'annotations', year, `${id}_ann.json`);
      if (existsSync(annotations)) pairs.push({ id, article: join(basilRoot, 'articles', year, file), annotations });
    }
  }
  return pairs;
}

export const basilAvailable = (basilRoot: string): boolean => existsSync(join(basilRoot, 'articles')) && existsSync(join(basilRoot, 'annotations'));

export interface BasilEvaluation {
  figures: BasilFigures;
  warnings: string[];
}

export function evaluateBasil(basilRoot: string, options: EvalOptions = {}): BasilEvaluation {
  const warnings: string[] = [];
  const judgements: BasilJudgement[] = [];
  const errors: EvalError[] = [];
  let unplaced = 0;
  let articles = 0;
  for (const files of limited(basilFiles(basilRoot), options.limit)) {
    const article = BasilArticle.safeParse(JSON.parse(readFileSync(files.article, 'utf8')));
    const annotations = BasilAnnotations.safeParse(JSON.parse(readFileSync(files.annotations, 'utf8')));
    if (!article.success || !annotations.success) {
      warnings.push(`${files.id}: unexpected BASIL JSON, skipped`);
      continue;
    }
    articles++;
    const basil = buildBasilText(article.data);
    const gold = basilGoldSpans(files.id, basil, annotations.data['phrase-level-annotations']);
    unplaced += gold.unplaced;
    if (gold.spans.length === 0) continue; // nothing to judge: spare the pipeline run
    const system = systemStatements(options.analyze ?? analyzeWithPipeline, basil.text, files.id, warnings);
    for (const span of gold.spans) {
      const judgement = judgeBasilSpan(span, system);
      judgements.push(judgement);
      errors.push(...basilErrors(basil.text, judgement));
    }
  }
  if (unplaced > 0) warnings.push(`${unplaced} BASIL quoted span(s) could not be placed in any sentence`);
  return { figures: summariseBasil(articles, unplaced, judgements, errors, options.worst), warnings };
}
