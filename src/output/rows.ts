// One place that turns an article result into report rows (quotes.csv, stances.csv, speakers.csv, messages.csv).
// Every row carries offsets into the article's exact text and the sentence(s) around them, so a reviewer can judge a row
// without opening the article. Rows come in text order, so the same inputs give the same bytes.
import type { ArticleResult, Message, Statement, Target } from '../model/article-result.js';
import { fittedReason } from './review-reasons.js';
import { isWeakStanceRule } from '../stages/stance/weak-rules.js';
import type { SpeakerCounts } from './speaker-tally.js';
import type { Span } from '../model/labels.js';
import { articleCells } from './atomic.js';

export const QUOTES_HEADER = ['article_id', 'statement_id', 'type', 'speaker', 'speaker_role', 'speaker_kind', 'speaker_mention', 'cue', 'act', 'framing', 'targets', 'content', 'start', 'end', 'pieces', 'confidence', 'needs_review', 'review_reasons', 'sentence'] as const;
export const STANCES_HEADER = ['article_id', 'statement_id', 'speaker', 'target', 'stance', 'act', 'framing', 'evidence', 'rule', 'needs_review', 'review_reasons', 'content', 'start', 'end', 'pieces', 'sentence'] as const;
export const SPEAKERS_HEADER = ['article_id', 'speaker', 'speaker_kind', 'speaker_roles', 'affiliation', 'statements', 'acts', 'framings', 'targets', 'mentions', 'statement_ids', 'start', 'end', 'sentence'] as const;
export const MESSAGES_HEADER = ['article_id', 'source', 'rule_id', 'reason', 'start', 'end', 'text', 'sentence'] as const;

/** The sentence or sentences a span lies in, from the sentence layer (binary search: sentences are sorted). */
export function sentenceContext(text: string, sentences: readonly Span[], start: number, end: number): string {
  if (sentences.length === 0) return '';
  const find = (pos: number): number => {
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((sentences[mid] as Span).start <= pos) lo = mid; else hi = mid - 1;
    }
    return lo;
  };
  const a = sentences[find(start)] as Span;
  // (a span in no sentence, a line set aside as the web page's: its own words, not the sentences before it)
  if (start >= a.end || end <= a.start) return text.slice(start, end);
  const b = sentences[find(Math.max(start, end - 1))] as Span;
  return text.slice(Math.min(a.start, start), Math.max(a.end, b.end, end));
}

/** `Name:STANCE; …`, the targets cell of quotes.csv (review:import parses it back). */
export const targetsCell = (s: Statement): string => s.targets.map((t) => `${t.name}:${t.stance}`).join('; ');

/** What goes between the pieces of a split quote in the `content` cell (review:import reads it back). */
export const PIECE_SEPARATOR = ' … ';

/**
 * The `content` cell: what was said. A quote split around its cue ("…," the minister said, "…") shows its pieces joined
 * by PIECE_SEPARATOR, not text.slice(start, end), which holds the reporter's words between them; `start`/`end` still
 * span the first piece to the last (the statement id), and the `pieces` cell gives each piece's offsets.
 */
export const contentCell = (s: Statement): string => ((s.content.pieces?.length ?? 0) > 1 ? (s.content.pieces ?? []).map((p) => p.text).join(PIECE_SEPARATOR) : s.content.text);

/** `start-end start-end`, the pieces of a split quote (empty for a statement in one piece). */
export const piecesCell = (s: Statement): string => ((s.content.pieces?.length ?? 0) > 1 ? (s.content.pieces ?? []).map((p) => `${p.start}-${p.end}`).join(' ') : '');

/** `reason; reason`: why the statement is flagged (README, review_reasons). Reasons that do not raise the flag alone
 *  are listed too, so that a row flagged for another reason shows all that the pipeline doubts. */
export const reviewReasonsCell = (s: Statement): string => (s.reviewReasons ?? []).join('; ');

// (the cells of the article's own text are shown as read, articleCells: "’" for "&rsquo;" or "â€™")
export function quoteRows(r: ArticleResult, sentences: readonly Span[]): string[][] {
  const shown = articleCells(r.article.text);
  return r.statements.map((s) => [
    r.article.id, s.id, s.type, s.speaker.name, s.speaker.role ?? '', s.speaker.kind, shown(s.speaker.mention?.text ?? ''), shown(s.cue?.text ?? ''),
    s.act, s.framing, targetsCell(s), shown(contentCell(s)), String(s.content.start), String(s.content.end), piecesCell(s), s.confidence.toFixed(2), s.needsReview ? 'yes' : 'no', reviewReasonsCell(s),
    shown(sentenceContext(r.article.text, sentences, s.content.start, s.content.end)),
  ]);
}

export function stanceRows(r: ArticleResult, sentences: readonly Span[]): string[][] {
  const rows: string[][] = [];
  const shown = articleCells(r.article.text);
  for (const s of r.statements) {
    for (const t of s.targets) {
      const ev = t.evidence ?? [];
      rows.push([
        r.article.id, s.id, s.speaker.name, t.name, t.stance, s.act, s.framing, ev.map((e) => (e.text === undefined ? e.note ?? '' : shown(e.text))).filter(Boolean).join('; '),
        [...new Set(ev.map((e) => e.rule))].join('; '), s.needsReview ? 'yes' : 'no', reviewReasonsCell(s),
        shown(contentCell(s)), String(s.content.start), String(s.content.end), piecesCell(s), shown(sentenceContext(r.article.text, sentences, s.content.start, s.content.end)),
      ]);
    }
  }
  return rows;
}

/** Counts as `KEY n; KEY n`, most frequent first, ties by key (a stable order). */
const countsCell = (counts: Map<string, number>): string =>
  [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([k, n]) => `${k} ${n}`).join('; ');
const bump = (m: Map<string, number>, k: string): void => { m.set(k, (m.get(k) ?? 0) + 1); };

/** A stance decided by a weak rule (weak-rules.ts: the tone, a guessed opponent, a self-report …). */
export const weakTarget = (t: Pick<Target, 'evidence'>): boolean => (t.evidence ?? []).some((e) => isWeakStanceRule(e.rule));

/**
 * The targets cell of speakers.csv: `Name:STANCE n, STANCE n; …`, and after a count the part of it that rests on a
 * doubted decision, `AGAINST 3 (2 flagged)`: the statement is flagged for review or the stance came from a weak rule.
 */
export function stanceCountsCell(targets: Map<string, Map<string, number>>, flagged?: Map<string, Map<string, number>>): string {
  return [...targets.entries()].map(([t, m]) => {
    const f = flagged?.get(t);
    const counts = [...m.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .map(([k, n]) => { const d = f?.get(k) ?? 0; return `${k} ${n}${d > 0 ? ` (${d} flagged)` : ''}`; }).join(', ');
    return `${t}:${counts}`;
  }).join('; ');
}

/** One row per canonical speaker of the article, in order of the speaker's first statement. */
export function speakerRows(r: ArticleResult, sentences: readonly Span[]): string[][] {
  interface Acc { first: Statement; kinds: Set<string>; roles: Set<string>; affiliations: Set<string>; acts: Map<string, number>; framings: Map<string, number>; targets: Map<string, Map<string, number>>; flagged: Map<string, Map<string, number>>; mentions: Set<string>; ids: string[] }
  const bySpeaker = new Map<string, Acc>();
  const shown = articleCells(r.article.text);
  for (const s of r.statements) {
    let acc = bySpeaker.get(s.speaker.name);
    if (!acc) {
      acc = { first: s, kinds: new Set(), roles: new Set(), affiliations: new Set(), acts: new Map(), framings: new Map(), targets: new Map(), flagged: new Map(), mentions: new Set(), ids: [] };
      bySpeaker.set(s.speaker.name, acc);
    }
    acc.kinds.add(s.speaker.kind);
    if (s.speaker.role) acc.roles.add(s.speaker.role);
    if (s.speaker.affiliation) acc.affiliations.add(s.speaker.affiliation);
    if (s.speaker.mention) acc.mentions.add(shown(s.speaker.mention.text));
    bump(acc.acts, s.act);
    bump(acc.framings, s.framing);
    for (const t of s.targets) {
      const m = acc.targets.get(t.name) ?? new Map<string, number>();
      bump(m, t.stance);
      acc.targets.set(t.name, m);
      if (t.stance !== 'NONE' && (s.needsReview || weakTarget(t))) {
        const f = acc.flagged.get(t.name) ?? new Map<string, number>();
        bump(f, t.stance);
        acc.flagged.set(t.name, f);
      }
    }
    acc.ids.push(s.id);
  }
  return [...bySpeaker.entries()].map(([name, a]) => [
    r.article.id, name, [...a.kinds].join('; '), [...a.roles].join('; '), [...a.affiliations].join('; '), String(a.ids.length),
    countsCell(a.acts), countsCell(a.framings),
    stanceCountsCell(a.targets, a.flagged),
    [...a.mentions].join('; '), a.ids.join(' '),
    String(a.first.content.start), String(a.first.content.end),
    shown(sentenceContext(r.article.text, sentences, a.first.content.start, a.first.content.end)),
  ]);
}

/** The run's overall rows of speakers.csv: article_id "*", totals over every article (no statement ids or offsets). */
export function overallSpeakerRows(speakers: readonly SpeakerCounts[]): string[][] {
  return speakers.map((c) => [
    '*', c.name, c.kind, [...c.roles].join('; '), [...c.affiliations].join('; '), String(c.statements),
    countsCell(c.acts), countsCell(c.framings),
    stanceCountsCell(c.targets, c.flagged),
    [...c.mentions].join('; '), '', '', '', '',
  ]);
}

export function messageRows(r: ArticleResult, sentences: readonly Span[] = []): string[][] {
  const shown = articleCells(r.article.text);
  return [...r.messages, ...doubtfulSpeakerMessages(r)].map((m) => {
    const placed = m.start !== undefined && m.end !== undefined;
    return [
      r.article.id, r.article.source, m.ruleId, m.reason, m.start === undefined ? '' : String(m.start), m.end === undefined ? '' : String(m.end),
      placed ? shown(r.article.text.slice(m.start, m.end)) : '', placed ? shown(sentenceContext(r.article.text, sentences, m.start as number, m.end as number)) : '',
    ];
  });
}

/**
 * Review reasons that doubt a speaker's name itself, not the way it was reached: the speaker is a phrase, a pronoun, a
 * word of a title, a place, a nationality or a channel (src/stages/stance/review-flag.ts).
 */
export const DOUBTFUL_NAME_REASONS: readonly string[] = ['speaker:not-a-name', 'speaker:cut-name', 'speaker:affiliation-cut-name', 'speaker:title-word', 'speaker:possessive-phrase', 'speaker:place', 'speaker:nationality', 'speaker:medium-word'];

/**
 * One message per speaker of the article whose name the review flag doubts ("expressions of concern", "case"), at its
 * first statement's mention: quotes.csv has the reason on each row, but a reader who opens messages.csv for the run's
 * problems would not learn of a speaker that is no one. Rows of messages.csv only; the article JSON is unchanged.
 */
export function doubtfulSpeakerMessages(r: Pick<ArticleResult, 'statements'> & { article?: { text: string } }): Message[] {
  const seen = new Map<string, { first: Statement; count: number; reasons: Set<string> }>();
  for (const s of r.statements) {
    const reasons = (s.reviewReasons ?? []).filter((x) => DOUBTFUL_NAME_REASONS.includes(x));
    if (reasons.length === 0) continue;
    const entry = seen.get(s.speaker.name) ?? { first: s, count: 0, reasons: new Set<string>() };
    entry.count++;
    for (const x of reasons) entry.reasons.add(x);
    seen.set(s.speaker.name, entry);
  }
  return [...seen.entries()].map(([name, { first, count, reasons }]) => {
    const at = first.speaker.mention ?? first.content;
    const ids = [...reasons];
    const article = r.article ? { text: r.article.text, statements: r.statements } : undefined;
    // (a cut affiliation alone doubts the body the speaker is given, not the speaker's name: "Carla Jensen" of "FC", the
    // end of "Harbor City FC"; a reader told the name was doubtful looked for a fault in a right name)
    if (ids.length === 1 && ids[0] === 'speaker:affiliation-cut-name') {
      return {
        ruleId: 'speaker:doubtful-affiliation',
        reason: `the affiliation of the speaker "${name}" (${count} statement${count === 1 ? '' : 's'}, review reason speaker:affiliation-cut-name in quotes.csv, listed there without raising the flag) may not be named right; the speaker's name is not in doubt: ${fittedReason('speaker:affiliation-cut-name', first, article) ?? 'speaker:affiliation-cut-name'}`,
        start: at.start, end: at.end,
      };
    }
    return {
      ruleId: 'speaker:doubtful-name',
      // (each reason in the article's own words, the name and the words it was found through: a new user took an
      // invented example word in this sentence for a word of their article)
      reason: `the speaker "${name}" (${count} statement${count === 1 ? '' : 's'}, review reason ${ids.join(', ')} in quotes.csv) may not be named right: ${ids.map((id) => fittedReason(id, first, r.article ? { text: r.article.text, statements: r.statements } : undefined) ?? id).join('; ')}`,
      start: at.start, end: at.end,
    };
  });
}
