/**
 * A BRAT standoff (.ann) importer for attribution annotations in the PolNeAR scheme (Newell et al., LREC 2018):
 * Source + Cue + Content entities tied by Attribution events.
 *
 * Format (brat.nlplab.org/standoff.html): `T<n>\t<Type> <start> <end>[;<start> <end>...]\t<covered text>` and
 * `E<n>\t<Type>:T<trigger> <Role>:T<arg> ...`. Offsets are 0-based, end-exclusive, JavaScript string indices.
 * PolNeAR's files write a covered text that crosses a newline as it is, so it continues on the next physical line:
 * a line that does not open a record belongs to the previous one.
 */
import type { Span, TextSpan } from '../model/labels.js';

export interface BratEntity {
  id: string;
  type: string;
  /** In file order; a discontinuous entity has several. */
  pieces: Span[];
  /** The covered text as the file gives it (discontinuous pieces joined by one space). */
  text: string;
}

export interface BratEventArgument {
  /** The role without BRAT's repeat number: `Content2` → `Content`. */
  role: string;
  target: string;
}

export interface BratEvent {
  id: string;
  type: string;
  trigger: string;
  args: BratEventArgument[];
}

export interface BratDocument {
  entities: Map<string, BratEntity>;
  events: BratEvent[];
  /** Lines that could not be read, with why (the rest of the file is still used). */
  problems: string[];
}

/** Entity types that are annotator bookkeeping, not attributions. */
const IGNORED_ENTITY_TYPES = new Set(['Discuss', 'Discard']);
const RECORD_START = /^[TERAMN*#]\d*\t/u;

/** Physical lines regrouped into records: a covered text crossing a newline continues on the next line. */
export function bratRecords(ann: string): string[] {
  const records: string[] = [];
  for (const line of ann.replace(/\r\n?/gu, '\n').split('\n')) {
    const last = records.length - 1;
    if (RECORD_START.test(line) || last < 0) records.push(line);
    else records[last] += `\n${line}`;
  }
  // Blank lines between records and the file's final newline are not part of a covered text (BRAT trims those).
  return records.map((record) => record.replace(/\n+$/u, '')).filter((record) => record !== '');
}

/** `315 448;463 553` → [{315, 448}, {463, 553}], or null when malformed. */
export function parseRanges(ranges: string): Span[] | null {
  const pieces: Span[] = [];
  for (const range of ranges.split(';')) {
    const match = /^\s*(\d+)\s+(\d+)\s*$/u.exec(range);
    if (!match) return null;
    const start = Number(match[1]);
    const end = Number(match[2]);
    if (end < start) return null;
    pieces.push({ start, end });
  }
  return pieces;
}

export function parseEntityLine(record: string): BratEntity | string {
  const [id = '', header = '', ...textParts] = record.split('\t');
  const space = header.indexOf(' ');
  const type = space === -1 ? header : header.slice(0, space);
  const pieces = space === -1 ? null : parseRanges(header.slice(space + 1));
  if (pieces === null || pieces.length === 0) return `${id}: cannot read the ranges of ${JSON.stringify(header)}`;
  return { id, type, pieces, text: textParts.join('\t') };
}

export function parseEventLine(record: string): BratEvent | string {
  const [id = '', body = ''] = record.split('\t');
  const [triggerPart = '', ...argParts] = body.trim().split(/\s+/u);
  const [type = '', trigger = ''] = triggerPart.split(':');
  if (!type || !trigger) return `${id}: cannot read the trigger of ${JSON.stringify(body)}`;
  const args: BratEventArgument[] = [];
  for (const part of argParts) {
    const [role = '', target = ''] = part.split(':');
    if (!role || !target) return `${id}: cannot read the argument ${JSON.stringify(part)}`;
    args.push({ role: role.replace(/\d+$/u, ''), target });
  }
  return { id, type, trigger, args };
}

/** Reads a .ann file's entities and events; `#` notes, relations and attributes are left out. */
export function parseBrat(ann: string): BratDocument {
  const doc: BratDocument = { entities: new Map(), events: [], problems: [] };
  for (const record of bratRecords(ann)) {
    if (record.startsWith('T')) {
      const entity = parseEntityLine(record);
      if (typeof entity === 'string') doc.problems.push(entity);
      else if (!IGNORED_ENTITY_TYPES.has(entity.type)) doc.entities.set(entity.id, entity);
    } else if (record.startsWith('E')) {
      const event = parseEventLine(record);
      if (typeof event === 'string') doc.problems.push(event);
      else doc.events.push(event);
    }
  }
  return doc;
}

/** An attribution relation: who (Source, absent for Attribution-no-source), the cue, and one or more contents. */
export interface BratAttribution {
  id: string;
  source: BratEntity | null;
  cue: BratEntity | null;
  contents: BratEntity[];
}

const ATTRIBUTION_EVENTS = new Set(['Attribution', 'Attribution-no-source']);

export function bratAttributions(doc: BratDocument): BratAttribution[] {
  const attributions: BratAttribution[] = [];
  for (const event of doc.events.filter((e) => ATTRIBUTION_EVENTS.has(e.type))) {
    const entitiesOf = (role: string): BratEntity[] => event.args
      .filter((arg) => arg.role === role)
      .map((arg) => doc.entities.get(arg.target))
      .filter((entity): entity is BratEntity => entity !== undefined);
    const contents = entitiesOf('Content');
    if (contents.length === 0) continue; // nothing attributed: nothing to score
    attributions.push({ id: event.id, source: entitiesOf('Source')[0] ?? null, cue: entitiesOf('Cue')[0] ?? null, contents });
  }
  return attributions;
}

/** An entity's text rebuilt from the article, pieces joined by one space as BRAT writes them. */
export const coveredText = (text: string, pieces: readonly Span[]): string =>
  pieces.map((piece) => text.slice(piece.start, piece.end)).join(' ');

/** Entities whose covered text in the file is not the article's text at their offsets (a wrong .txt for the .ann). */
export function checkCoveredTexts(doc: BratDocument, text: string): string[] {
  return [...doc.entities.values()]
    .filter((entity) => coveredText(text, entity.pieces) !== entity.text)
    .map((entity) => `${entity.id}: ${JSON.stringify(entity.text.slice(0, 60))} is not the text at its offsets`);
}

export const toTextSpan = (text: string, span: Span): TextSpan => ({ start: span.start, end: span.end, text: text.slice(span.start, span.end) });

/** One attributed content in the gold statement shape: the whole stretch with its pieces, the cue and the source mention. */
export interface BratGoldStatement {
  content: TextSpan & { pieces?: TextSpan[] };
  cue: TextSpan | null;
  cueText: string | null;
  /** The source span as written (unresolved), in pieces; null for Attribution-no-source. */
  source: TextSpan[] | null;
}

function contentSpan(text: string, pieces: readonly Span[]): BratGoldStatement['content'] {
  const start = Math.min(...pieces.map((p) => p.start));
  const end = Math.max(...pieces.map((p) => p.end));
  const whole = toTextSpan(text, { start, end });
  return pieces.length > 1 ? { ...whole, pieces: pieces.map((p) => toTextSpan(text, p)) } : whole;
}

/** Gold statements of an attribution: one per Content argument. */
export function bratGoldStatements(text: string, attribution: BratAttribution): BratGoldStatement[] {
  const cue = attribution.cue;
  return attribution.contents.map((content) => ({
    content: contentSpan(text, content.pieces),
    cue: cue ? toTextSpan(text, { start: Math.min(...cue.pieces.map((p) => p.start)), end: Math.max(...cue.pieces.map((p) => p.end)) }) : null,
    cueText: cue ? coveredText(text, cue.pieces) : null,
    source: attribution.source ? attribution.source.pieces.map((p) => toTextSpan(text, p)) : null,
  }));
}
