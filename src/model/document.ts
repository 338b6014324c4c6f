// The document model: an article's exact text plus layers of spans into it. Stages add layers; nothing edits `text`.
import type { Message, Speaker, Statement } from './article-result.js';
import type { Span, TextSpan } from './labels.js';

export interface Article {
  id: string;
  /** The input path, or "stdin". */
  source: string;
  title: string;
  /** What every offset indexes. Never normalised. */
  text: string;
  url?: string;
  date?: string;
  /** Messages the reading of the input left (a fallback decoding, a first line taken as headline); they open the
   *  article's messages. */
  notes?: Message[];
}

export interface Paragraph extends Span { index: number }

export interface Sentence extends Span {
  index: number;
  paragraph: number;
  /** Token indexes, end-exclusive. */
  tokenStart: number;
  tokenEnd: number;
}

export interface Token extends Span {
  text: string;
  normal: string;
  lemma: string;
  pos: string;
  sentence: number;
}

/**
 * Every token is made here, so that all of them share one V8 hidden class. A copy made by spreading (`{ ...t, pos }`)
 * gets a different one, and the stages that read tokens then deoptimised on "wrong map" and were compiled again, which
 * cost more CPU than it saved (measured on the bench corpus; nothing about the values changes).
 */
export function makeToken(start: number, end: number, text: string, normal: string, lemma: string, pos: string, sentence: number): Token {
  return { start, end, text, normal, lemma, pos, sentence };
}

/** A copy of `t` with some fields changed, made by `makeToken`. */
export function tokenWith(t: Token, change: Partial<Pick<Token, 'lemma' | 'pos' | 'sentence'>>): Token {
  return makeToken(t.start, t.end, t.text, t.normal, change.lemma ?? t.lemma, change.pos ?? t.pos, change.sentence ?? t.sentence);
}

/** A stretch between quote marks. `start`/`end` exclude the marks. */
export interface Quote extends Span {
  open: number;
  /** Offset of the closing mark, or null when the quote was recovered at a paragraph end. */
  close: number | null;
  paragraph: number;
  /** The `open` offset of the quote this one continues (a multi-paragraph quote), else null. */
  continues: number | null;
  /** Marks nested inside another quote are not top-level statements. */
  depth: number;
}

export type MentionKind = 'person' | 'organization' | 'group' | 'anonymous' | 'media' | 'document' | 'pronoun' | 'description' | 'relative';

export interface Mention extends TextSpan {
  kind: MentionKind;
  /** The head name this mention gives (e.g. "Lena Hart" for "Lena Hart, a spokesperson for Kipworth"). */
  name: string;
  role: string | null;
  affiliation?: string;
  number: 'singular' | 'plural';
  gender?: 'male' | 'female';
}

/** A third-person pronoun opening a statement's content ("accused it of …", "found it had overcharged …") or a later
 *  clause of it ("They ignored every call we made"), and the party the speakers stage resolved it to, when it is a party
 *  other than the speaker (resolve-speakers.ts pronounParty). */
export interface PronounParty extends TextSpan { name: string; kind: MentionKind }
/** A statement before ids are fixed; the same shape as the output minus `id`. */
export type DraftStatement = Omit<Statement, 'id'> & { sentence: number; speakerMentionHint?: SpeakerHint; pronounParty?: PronounParty };

/** What extraction knows about a speaker before resolution: the text span of the speaker phrase. */
export interface SpeakerHint extends TextSpan { relative?: boolean; appositive?: TextSpan; antecedent?: TextSpan }

export interface Layers {
  paragraphs: Paragraph[];
  sentences: Sentence[];
  tokens: Token[];
  /** Wire datelines opening a paragraph ("OSLO (Wire) – "): where a story was filed, no part of what anyone said. */
  datelines: Span[];
  quotes: Quote[];
  mentions: Mention[];
  statements: DraftStatement[];
}
export type LayerName = keyof Layers;

export interface Doc {
  readonly article: Article;
  readonly layers: Readonly<Partial<Layers>>;
  readonly messages: readonly Message[];
}

export function newDoc(article: Article): Doc {
  return { article, layers: {}, messages: [...(article.notes ?? [])] };
}

/** Returns a new document with `layer` set; the given document is left as it was. */
export function withLayer<K extends LayerName>(doc: Doc, name: K, value: Layers[K], messages: Message[] = []): Doc {
  return {
    article: doc.article,
    layers: { ...doc.layers, [name]: value },
    messages: messages.length ? [...doc.messages, ...messages] : doc.messages,
  };
}

export function layer<K extends LayerName>(doc: Doc, name: K): Layers[K] {
  const value = doc.layers[name];
  if (value === undefined) throw new Error(`layer "${name}" is missing: the pipeline order was not checked`);
  return value as Layers[K];
}

export type { Speaker };
