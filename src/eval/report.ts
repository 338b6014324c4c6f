// Evaluation figures as plain-text tables for the terminal. Formatting only: every number comes from score.ts.
import { STATEMENT_TYPES } from '../model/labels.js';
import type { BasilFigures } from './basil.js';
import type { Confusion, EvalError, EvalFigures, StatementFigures } from './score.js';

type Cell = string | number;

export const fixed = (value: number): string => value.toFixed(3);
const fraction = (numerator: number, denominator: number): string => `${numerator}/${denominator}`;

/** Columns padded to their widest cell; numbers right-aligned, text left-aligned. */
export function formatTable(headers: readonly string[], rows: readonly (readonly Cell[])[]): string[] {
  const cells = [headers, ...rows].map((row) => row.map(String));
  const widths = headers.map((_, c) => Math.max(...cells.map((row) => (row[c] ?? '').length)));
  const numeric = headers.map((_, c) => rows.length > 0 && rows.every((row) => typeof row[c] === 'number' || /^[\d./%—-]+$/u.test(String(row[c]))));
  const line = (row: readonly string[]): string =>
    row.map((cell, c) => (numeric[c] ? cell.padStart(widths[c] ?? 0) : cell.padEnd(widths[c] ?? 0))).join('  ').trimEnd();
  return [line(cells[0] ?? []), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)];
}

const STATEMENT_HEADERS = ['', 'gold', 'system', 'matched', 'P', 'R', 'F1', 'exact', 'exact P', 'exact R', 'exact F1'];

function statementRow(label: string, f: StatementFigures): Cell[] {
  return [label, f.gold, f.system, f.matchedGold, fixed(f.precision), fixed(f.recall), fixed(f.f1), f.exactGold, fixed(f.exactPrecision), fixed(f.exactRecall), fixed(f.exactF1)];
}

/** Labels that occur on either side only, with abbreviated column heads so that 14 acts fit a terminal. */
export function formatConfusion(confusion: Confusion): string[] {
  const used = confusion.labels
    .map((label, i) => ({ label, i }))
    .filter(({ i }) => (confusion.matrix[i] ?? []).some((n) => n > 0) || confusion.matrix.some((row) => (row[i] ?? 0) > 0));
  const header = ['gold \\ system', ...used.map(({ label }) => label.slice(0, 5))];
  const rows = used.map(({ label, i }) => [label, ...used.map(({ i: j }) => confusion.matrix[i]?.[j] ?? 0)]);
  return formatTable(header, rows);
}

export function formatErrors(errors: readonly EvalError[]): string[] {
  return errors.flatMap((error, n) => [
    `${String(n + 1).padStart(3)}. [${error.kind}] ${error.articleId} @${error.start}-${error.end} · ${error.category}`,
    `     ${error.detail}`,
    `     ${error.context}`,
  ]);
}

export function formatErrorKinds(kinds: readonly { category: string; count: number }[], top = 10): string[] {
  return formatTable(['error kind', 'count'], kinds.slice(0, top).map((k) => [k.category, k.count]));
}

function section(title: string, lines: readonly string[]): string[] {
  return ['', title, ...lines.map((line) => `  ${line}`)];
}

function statementSection(figures: EvalFigures, withTypes: boolean): string[] {
  const rows = [statementRow('all', figures.statements)];
  if (withTypes) for (const type of STATEMENT_TYPES) rows.push(statementRow(type, figures.byType[type]));
  return section('Statements (trimmed spans, one-to-one at char Jaccard ≥ 0.5)', formatTable(STATEMENT_HEADERS, rows));
}

function speakerSection(figures: EvalFigures, withLabels: boolean): string[] {
  const s = figures.speakers;
  const rows: Cell[][] = [
    ['speaker accuracy (matched)', fixed(s.accuracy), fraction(s.right, s.judged)],
    ...(withLabels ? [
      ['role accuracy (matched)', fixed(s.roleAccuracy), `of ${s.roleJudged}`],
      ['kind accuracy (matched)', fixed(s.kindAccuracy), `of ${s.kindJudged}`],
    ] : []),
    ['end-to-end recall', fixed(s.endToEndRecall), fraction(s.right, s.goldWithSpeaker)],
  ];
  return section('Speakers', formatTable(['', 'value', 'count'], rows));
}

function labelSections(figures: EvalFigures): string[] {
  const { acts, framing, stance } = figures;
  return [
    ...section(`Acts: accuracy ${fixed(acts.accuracy)} on ${acts.judged} matched statements (rows gold, columns system)`, formatConfusion(acts.confusion)),
    ...section(`Framing: accuracy ${fixed(framing.accuracy)} on ${framing.judged} matched statements (rows gold, columns system)`, formatConfusion(framing.confusion)),
    ...section('Stance (SemEval-2016: mean of F1(FAVOR) and F1(AGAINST) over gold (statement, target) pairs)', formatTable(
      ['stance F1', 'F1(FAVOR)', 'F1(AGAINST)', 'pairs'],
      [[fixed(stance.f1), fixed(stance.favorF1), fixed(stance.againstF1), stance.pairs]],
    )),
    // (the F1 reads only gold targets: this shows the targets a reviewer would strike out)
    ...section('Polar targets (diagnostic, not in EVALUATION.md): the system\'s FAVOR/AGAINST targets on matched statements that gold lists too', formatTable(
      ['polar targets', 'gold has the name', 'and the stance', 'named precision', 'agreeing precision'],
      [[figures.targets.polar, figures.targets.named, figures.targets.agreeing, fixed(figures.targets.namedPrecision), fixed(figures.targets.agreeingPrecision)]],
    )),
  ];
}

function confidenceSection(figures: EvalFigures): string[] {
  return section('Precision by system confidence', formatTable(
    ['confidence', 'statements', 'hit gold', 'precision'],
    figures.confidence.map((band) => [band.band, band.statements, band.hits, fixed(band.precision)]),
  ));
}

function articleSection(figures: EvalFigures, maxRows: number | undefined): string[] {
  const rows = maxRows === undefined ? figures.perArticle : [...figures.perArticle].sort((a, b) => a.f1 - b.f1 || a.id.localeCompare(b.id)).slice(0, maxRows);
  const title = maxRows === undefined ? 'Per article' : `Per article: the ${rows.length} lowest F1 of ${figures.perArticle.length}`;
  return section(title, formatTable(
    ['article', 'gold', 'system', 'matched', 'P', 'R', 'F1', 'exact F1', 'speaker', 'e2e R'],
    rows.map((r) => [r.id, r.gold, r.system, r.matched, fixed(r.precision), fixed(r.recall), fixed(r.f1), fixed(r.exactF1), fixed(r.speakerAccuracy), fixed(r.endToEndRecall)]),
  ));
}

function errorSections(figures: { errorKinds: EvalFigures['errorKinds']; worstErrors: readonly EvalError[] }, scope = 'all errors'): string[] {
  return [
    ...section(`Most frequent error kinds (${scope})`, formatErrorKinds(figures.errorKinds)),
    ...section('Worst errors (per kind: missed with least overlap, most confident false positives and wrong speakers)', formatErrors(figures.worstErrors)),
  ];
}

/** One row per split: the figures that say whether what was tuned on the train articles holds on the others. */
function splitSection(splits: Partial<Record<string, EvalFigures>>): string[] {
  const rows = Object.entries(splits).flatMap(([name, f]) => (f === undefined ? [] : [[
    name, f.articles, f.statements.gold, fixed(f.statements.precision), fixed(f.statements.recall), fixed(f.statements.f1),
    fixed(f.statements.exactF1), fixed(f.speakers.accuracy), fixed(f.speakers.endToEndRecall), fixed(f.acts.accuracy),
    fixed(f.framing.accuracy), fixed(f.stance.f1),
  ] as Cell[]]));
  if (rows.length < 2) return [];
  return section('By split (train: the articles rules were written from; dev: read for error analysis only; test: read by no one tuning)', formatTable(
    ['split', 'articles', 'gold', 'P', 'R', 'F1', 'exact F1', 'speaker', 'e2e R', 'act', 'framing', 'stance F1'], rows,
  ));
}

export function formatLocalFigures(figures: EvalFigures & { splits?: Partial<Record<string, EvalFigures>>; errorScope?: string }, title: string): string[] {
  return [
    `== ${title}: ${figures.articles} articles ==`,
    ...statementSection(figures, true),
    ...splitSection(figures.splits ?? {}),
    ...speakerSection(figures, true),
    ...labelSections(figures),
    ...confidenceSection(figures),
    ...articleSection(figures, undefined),
    ...errorSections(figures, figures.errorScope),
  ];
}

export function formatPolnearFigures(figures: EvalFigures, title: string, articleRows = 15): string[] {
  const subset = figures.subsets['speech'] ?? { gold: 0, matched: 0, recall: 0 };
  return [
    `== ${title}: ${figures.articles} articles ==`,
    'Each Content piece is a gold statement. PolNeAR also labels beliefs and perceptions, which a speech pipeline may leave out.',
    ...statementSection(figures, false),
    ...section('Speech subset (cue contains a speech word)', formatTable(['', 'value', 'count'], [['recall', fixed(subset.recall), fraction(subset.matched, subset.gold)]])),
    ...speakerSection(figures, false),
    ...confidenceSection(figures),
    ...articleSection(figures, articleRows),
    ...errorSections(figures),
  ];
}

export function formatBasilFigures(f: BasilFigures, title: string): string[] {
  return [
    `== ${title}: ${f.articles} articles, ${f.spans} quoted spans with speaker and target (${f.unplaced} not placed) ==`,
    'BASIL marks only biased spans: it measures speaker and stance on quoted material, not recall of quotes.',
    ...section('Figures', formatTable(['', 'value', 'count'], [
      ['found (inside a system statement)', fixed(f.foundRate), fraction(f.found, f.placed)],
      ['speaker right, of found (named speakers)', fixed(f.speakerAccuracyOnFound), fraction(f.speakerRight, f.namedSpeakersFound)],
      ['speaker right, of all (named speakers)', fixed(f.speakerRightRate), fraction(f.speakerRight, f.namedSpeakers)],
      ['stance right, of found', fixed(f.stanceAccuracyOnFound), fraction(f.stanceRight, f.found)],
      ['stance right, of all', fixed(f.stanceRightRate), fraction(f.stanceRight, f.placed)],
    ])),
    ...errorSections(f),
  ];
}
