// A party the content names only in an apposition that gives it as another party's relation ("Vellis’s
// cousin, Aron Corham, held a share", "Galbury’s outside accountants, the audit firm Pask & Lunde,
// had raised doubts", "a warehouse run by its subcontractor, Mabhorne Freight"): a subordinate mention, named
// through the party the report is about (GUIDE section 6: leave out entities mentioned only in passing). A report's
// bad news (a revealed fact, an adverse report, a warning, the content's tone) is about the owner, not about the one
// so named; a directed act (a demand that "its chair, Mirela Nobham, resign", a question why "the firm’s auditor,
// Galstow Corsett, had not flagged" it) still aims at the one named, so only the report rules ask this.
// A post held in the owner ("Acme’s chief executive, Jane Doe, had approved the payments") is no relation: the one
// named acts for the owner, and what the report tells of the post's holder is about the holder (words.ts ROLE_NOUNS).
// Reads the few words before each mention and the character after it only; no list of relations is read.
import { ROLE_NOUNS } from '../../lexicon/words.js';
import { wholeLiteralPlaces } from '../../model/search.js';

/** The owner and the relation before the mention: a capitalised name or a possessive pronoun, the possessive, up to four
 *  words of the relation ("largest insurance client", "brother-in-law"; its last word captured), a comma, then an
 *  optional description with its article ("the accounting firm "). */
const RELATION_BEFORE = /(?:(?<![\p{L}])\p{Lu}[\p{L}&.-]*(?:[^\S\n]+\p{Lu}[\p{L}&.-]*)*[’']s?|(?<![\p{L}])(?:[Hh]is|[Hh]er|[Ii]ts|[Tt]heir))[^\S\n]+(?:\p{Ll}[\p{Ll}-]*[^\S\n]+){0,3}(\p{Ll}[\p{Ll}-]*),[^\S\n]+(?:(?:the|a|an)[^\S\n]+(?:\p{Ll}[\p{Ll}-]*[^\S\n]+){1,3})?$/u;
/** The apposition closes right after the name: a comma, a full stop or the end of the passage, a quotation mark. */
const CLOSED_AFTER = /^(?:[^\S\n]*(?:[,.;:)”"’]|$))/u;

/** The stance reasons of a report, whose bad news is about the owner of a relation named in apposition. */
export const REPORT_REASONS: ReadonlySet<string> = new Set(['revealed', 'adverse-report', 'tone', 'warned']);

/**
 * Whether every mention of `name` in `text[start, end)` (the content) is an apposition naming a relation of another
 * party (RELATION_BEFORE, closed after). False when the name is not written there as whole words.
 */
export function relationApposition(text: string, name: string, start: number, end: number): boolean {
  // (the places of `(?<![\p{L}\p{N}])name(?![\p{L}\p{N}])`, found without a pattern compiled per call)
  const places = wholeLiteralPlaces(text.slice(start, end), name);
  let seen = 0;
  for (const index of places) {
    seen++;
    const at = start + index;
    const relation = RELATION_BEFORE.exec(text.slice(Math.max(start, at - 90), at));
    if (!relation || Object.hasOwn(ROLE_NOUNS, relation[1] ?? '')) return false;
    if (!CLOSED_AFTER.test(text.slice(at + name.length, Math.min(end, at + name.length + 3)))) return false;
  }
  return seen > 0;
}
