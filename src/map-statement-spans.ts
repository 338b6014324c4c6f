// A statement's spans (its content and pieces, cue, speaker mention, evidence offsets) moved from one coordinate system
// to another: a result of `headline + "\n" + text` back onto `text`, a result on the readable text back onto the text
// as given, a window's statements onto the whole text. One function, so that the three cannot drift apart; what
// differs between them is a parameter: how a span moves, and which spans have no place in the new coordinates.
import type { Evidence, Statement } from './model/article-result.js';
import type { Span } from './model/labels.js';

/** The parts of a statement (or a draft statement) that hold spans. */
export type StatementSpans = Pick<Statement, 'content' | 'cue' | 'speaker' | 'targets' | 'evidence'>;

export interface SpanMapping {
  /** The span in the new coordinates (its other fields kept, its text changed if the mapping says so). */
  move: <T extends Span>(x: T) => T;
  /**
   * Spans that have no place in the new coordinates (in the headline, across the headline and a window), or none.
   * Such a speaker mention is dropped (null), and so is such a cue when `cue` is true; such evidence keeps its words as
   * a note, `${note}: ${text}`. The content and its pieces are always moved (a statement is kept or left out whole,
   * by its caller).
   */
  outside?: { test: (x: Span) => boolean; note: string; cue: boolean };
}

function moveEvidence(e: Evidence, m: SpanMapping): Evidence {
  if (e.start === undefined || e.end === undefined) return e;
  if (!m.outside?.test({ start: e.start, end: e.end })) return m.move(e as Evidence & Span);
  const { start: _s, end: _e, text, ...rest } = e;
  return { ...rest, note: `${m.outside.note}: ${text ?? ''}`.trim() };
}

/** `s` with every span moved by `m`; its other fields (and their order) as they were. */
export function mapStatementSpans<S extends StatementSpans>(s: S, m: SpanMapping): S {
  const out = m.outside;
  const placed = <T extends Span>(x: T | null): T | null => (x && !out?.test(x) ? m.move(x) : null);
  const content = { ...m.move(s.content), ...(s.content.pieces ? { pieces: s.content.pieces.map((p) => m.move(p)) } : {}) };
  return {
    ...s,
    content,
    cue: s.cue && out?.cue ? placed(s.cue) : s.cue ? m.move(s.cue) : s.cue,
    speaker: { ...s.speaker, mention: placed(s.speaker.mention) },
    targets: s.targets.map((t) => (t.evidence ? { ...t, evidence: t.evidence.map((e) => moveEvidence(e, m)) } : t)),
    ...(s.evidence ? { evidence: s.evidence.map((e) => moveEvidence(e, m)) } : {}),
  };
}
