// One place that turns an article result into report rows (quotes.csv, stances.csv, messages.csv).
import type { ArticleResult, Statement } from '../model/article-result.js';
import type { Sentence } from '../model/document.js';

export const QUOTES_HEADER = ['article_id', 'statement_id', 'type', 'speaker', 'speaker_role', 'speaker_kind', 'speaker_mention', 'cue', 'act', 'framing', 'targets', 'content', 'start', 'end', 'confidence', 'sentence'] as const;
export const STANCES_HEADER = ['article_id', 'statement_id', 'speaker', 'target', 'stance', 'act', 'framing', 'evidence', 'rule', 'needs_review', 'content', 'start', 'end', 'sentence'] as const;
export const MESSAGES_HEADER = ['article_id', 'source', 'rule_id', 'reason', 'start', 'end'] as const;

/** The sentence or sentences a span lies in, from the sentence layer (binary search: sentences are sorted). */
export function sentenceContext(text: string, sentences: readonly Sentence[], start: number, end: number): string {
  if (sentences.length === 0) return '';
  const find = (pos: number): number => {
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((sentences[mid] as Sentence).start <= pos) lo = mid; else hi = mid - 1;
    }
    return lo;
  };
  const a = sentences[find(start)] as Sentence;
  const b = sentences[find(Math.max(start, end - 1))] as Sentence;
  return text.slice(a.start, Math.max(a.end, b.end));
}

const targetsCell = (s: Statement): string => s.targets.map((t) => `${t.name}:${t.stance}`).join('; ');

export function quoteRows(r: ArticleResult, sentences: readonly Sentence[]): string[][] {
  return r.statements.map((s) => [
    r.article.id, s.id, s.type, s.speaker.name, s.speaker.role ?? '', s.speaker.kind, s.speaker.mention?.text ?? '', s.cue?.text ?? '',
    s.act, s.framing, targetsCell(s), s.content.text, String(s.content.start), String(s.content.end), s.confidence.toFixed(2),
    sentenceContext(r.article.text, sentences, s.content.start, s.content.end),
  ]);
}

export function stanceRows(r: ArticleResult, sentences: readonly Sentence[]): string[][] {
  const rows: string[][] = [];
  for (const s of r.statements) {
    for (const t of s.targets) {
      const ev = t.evidence?.[0];
      rows.push([
        r.article.id, s.id, s.speaker.name, t.name, t.stance, s.act, s.framing, ev?.text ?? '', ev?.rule ?? '', s.needsReview ? 'yes' : 'no',
        s.content.text, String(s.content.start), String(s.content.end), sentenceContext(r.article.text, sentences, s.content.start, s.content.end),
      ]);
    }
  }
  return rows;
}

export function messageRows(r: ArticleResult): string[][] {
  return r.messages.map((m) => [r.article.id, r.article.source, m.ruleId, m.reason, m.start === undefined ? '' : String(m.start), m.end === undefined ? '' : String(m.end)]);
}
