// A target is a canonical party (LABELS.md, GUIDE section 6: "use canonical names, as for speakers"), never a piece of
// the text that only looks like one. Read last, over the targets the rules and the model kept, this names each target
// as the article names the party, or leaves it out when the words name no party:
// - a dateline's words ("GENEVA/TEREK, Sept 9 (Wire) - "): where a story was filed and by whom, no party to it;
// - a capitalised common word that opens a sentence ("Repairs to the cable …", "Markets expect …"); a people noun so
//   written ("Passengers said …") is the description in lower case, a word that opens a longer name that body's;
// - the tail of a longer capitalised name cut from it ("Hate" of "Kick Out Hate", "Hall" of "City Hall"): the party the
//   article names so, a seat of power's body (target-name-words.json seatsOfPower), else the longer name as written;
// - a name before a possessive ("St Fenworth" of "St Fenworth's University Hospital"): the one body so named;
// - words of one longer name, written only within it ("Inclusive Campus" of "Students for an Inclusive Campus");
// - a place's name written only as a place ("in Selthurst football", "near Oberwald"), never as one that acts;
// - a description of a named body's people or parts ("the hospital's staff"): the body;
// - a body's bare head ("regulator" where "Charities Regulator" is named): the one body with that head.
// The entity names are the article's own: its speakers' and mentions' names; no list of places or bodies is read.
// (A people's adjective alone, "Dovari" beside "Dovar", is left as written: named as the country, or as the adjective
// with its noun, it lost gold targets labelled "<adjective> <body>" on the held-out half; GUIDE decides no rule yet.)
import { z } from 'zod';
import type { DraftStatement, Mention, Token } from '../../model/document.js';
import type { Target } from '../../model/article-result.js';
import { datelineSpans } from '../segment/datelines.js';
import { inLexicon } from '../../nlp/wink.js';
import { DEFINITE_DESCRIPTIONS, GROUP_HEADS, ROLE_NOUNS } from '../../lexicon/words.js';
import targetNameWords from '../../lexicon/target-name-words.json' with { type: 'json' };

const WORDS = z.object({
  placeBefore: z.array(z.string().min(1)),
  seatsOfPower: z.record(z.string().min(1), z.array(z.string().min(1))),
  partsOfBody: z.array(z.string().min(1)),
  peopleNouns: z.array(z.string().min(1)),
}).parse(targetNameWords);
const PEOPLE = new Set(WORDS.peopleNouns);

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
const PLACE_BEFORE = new RegExp(`(?<![\\p{L}])(?:${WORDS.placeBefore.map(escape).map((w) => w.replace(/ /gu, '[^\\S\\n]+')).join('|')})[^\\S\\n]+(?:the[^\\S\\n]+)?$`, 'iu');
const PARTS = new Set(WORDS.partsOfBody);
/** Capitalised words right before a name, part of the same run ("City " of "City Hall"; not across a sentence's full stop). */
const CAPITALISED_BEFORE = /(?:\p{Lu}[\p{L}’'&]*(?:-\p{Lu}[\p{L}’'&]*)*[^\S\n]+)+$/u;
/** A word that joins the words of one name, right before a name's word: "of" of "Department of Environmental Protection". */
const NAME_CONNECTOR_BEFORE = /(?<![\p{L}])(?:of|for|and|on|de|du|des|la|le|&)[^\S\n]+$/u;
/** Whether text opens with a role noun and a capitalised name after it (" leader Ana Holm"): a title of that name. */
function roleBeforeName(after: string): boolean {
  const m = /^[^\S\n]+(\p{Ll}[\p{Ll}-]*)[^\S\n]+\p{Lu}/u.exec(after);
  return m !== null && ROLE_NOUNS[m[1] as string] !== undefined;
}

/** Where a sentence may open: the text's start, a line, after a sentence's end, an opening quotation mark. */
const OPENING_BEFORE = /(?:^|\n|[.!?…][”"’']?[^\S\n]+|[“"‘(][^\S\n]*|—[^\S\n]*|:[^\S\n]+)$/u;

export interface TargetNamer {
  /** The target's canonical name, or null when its words name no party (in `passage`, the statement's words, when given). */
  name(target: string, passage?: { start: number; end: number; polar?: boolean }): string | null;
}

interface Occurrence { start: number; end: number }

/** Where `name` is written as whole words, per text and name (asked again for each statement that has it as a target). */
const occurrenceMemo = new WeakMap<object, Map<string, Occurrence[]>>();
let memoText: { text: string; starts?: Map<string, number[]> } = { text: '' };
/** A word's leading run of letters and digits. */
const LEADING_RUN = /^[\p{L}\p{N}]+/u;
/**
 * Where each word starts in the text, by its leading run of letters and digits ("Fenworth" for "Fenworth’s", "anti" for
 * "anti-racism"): built once per text, so that finding a name's occurrences costs its candidates, not a scan of the whole
 * text per name (a long article names thousands of parties).
 */
function wordStarts(memo: { text: string; starts?: Map<string, number[]> }): Map<string, number[]> {
  if (memo.starts) return memo.starts;
  const starts = new Map<string, number[]>();
  for (const m of memo.text.matchAll(/(?<![\p{L}\p{N}’'-])[\p{L}\p{N}]+/gu)) {
    const at = starts.get(m[0]);
    if (at) at.push(m.index); else starts.set(m[0], [m.index]);
  }
  return (memo.starts = starts);
}

function occurrences(text: string, name: string): Occurrence[] {
  if (memoText.text !== text) memoText = { text };
  let byName = occurrenceMemo.get(memoText);
  if (!byName) { byName = new Map(); occurrenceMemo.set(memoText, byName); }
  const known = byName.get(name);
  if (known) return known;
  const out: Occurrence[] = [];
  byName.set(name, out);
  const lead = LEADING_RUN.exec(name)?.[0];
  // (the same as the whole-word pattern below: a name opening with a letter or digit starts where a word starts, so only
  // those starts with its leading run are tried)
  if (lead !== undefined) {
    // (matches do not overlap, as a global pattern's do not: "Walla Walla" in "Walla Walla Walla" once)
    let end = 0;
    for (const at of wordStarts(memoText).get(lead) ?? []) {
      if (at >= end && text.startsWith(name, at) && !/^[\p{L}\p{N}-]/u.test(text.slice(at + name.length, at + name.length + 1))) {
        out.push({ start: at, end: at + name.length });
        end = at + name.length;
      }
    }
    return out;
  }
  const rx = new RegExp(`(?<![\\p{L}\\p{N}’'-])${escape(name)}(?![\\p{L}\\p{N}-])`, 'gu');
  for (let m = rx.exec(text); m; m = rx.exec(text)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/**
 * The namer of one article's targets. The names the article gives parties are its mentions' and its statements'
 * speakers' names, with their kinds; a speaker's or a person's name is left as it is.
 */
export function targetNamer(text: string, tokens: readonly Token[], mentions: readonly Mention[], statements: readonly DraftStatement[]): TargetNamer {
  const kinds = new Map<string, string>();
  for (const m of mentions) if (!kinds.has(m.name)) kinds.set(m.name, m.kind);
  for (const st of statements) kinds.set(st.speaker.name, st.speaker.kind);
  const bodies = [...kinds].filter(([n, k]) => (k === 'organization' || k === 'group' || k === 'media') && /^\p{Lu}/u.test(n) && /\s/u.test(n)).map(([n]) => n);
  const speakers = new Set(statements.map((st) => st.speaker.name));
  const people = [...kinds].filter(([, k]) => k === 'person').map(([n]) => n);
  const datelines = datelineSpans(text);
  const inDateline = (o: Occurrence): boolean => datelines.some((d) => o.start >= d.start && o.end <= d.end);
  const tokenAt = new Map<number, Token>();
  for (const t of tokens) tokenAt.set(t.start, t);
  const lowerWords = new Set((text.match(/(?<![\p{L}’'-])\p{Ll}[\p{L}’'-]*/gu) ?? []));
  /** Whether a name is a person's, or a word of one (a surname). */
  const personWord = (name: string): boolean => people.some((p) => p === name || p.split(/\s+/u).includes(name));
  const memo = new Map<string, string | null>();

  const opensSentence = (o: Occurrence): boolean => OPENING_BEFORE.test(text.slice(Math.max(0, o.start - 4), o.start));
  /** The capitalised words right before an occurrence that make it part of a longer name ("City " of "City Hall"), when
   *  they are no sentence's opening word alone ("The Hall"). */
  const runBefore = (o: Occurrence): string | undefined => {
    const before = CAPITALISED_BEFORE.exec(text.slice(Math.max(0, o.start - 60), o.start))?.[0];
    if (!before) return undefined;
    const words = before.trim().split(/\s+/u);
    const first = words[0] as string;
    // (a word opening a sentence that the text also writes in lower case, "The", "After", is no part of the name)
    const runStart = o.start - before.length;
    // (an article opening it is never a name's word, even in a text too short to write it in lower case)
    const drop = opensSentence({ start: runStart, end: runStart }) && (lowerWords.has(first.toLowerCase()) || /^(?:The|A|An)$/u.test(first)) ? 1 : 0;
    const kept = words.slice(drop);
    return kept.length ? kept.join(' ') : undefined;
  };
  /** Whether an occurrence stands as a place: after "in", "near" … ("in Selthurst football"). (Not a name before a noun,
   *  "the Galgate warehouse": a company's name is written so as often as a place's.) */
  const asPlace = (o: Occurrence): boolean => PLACE_BEFORE.test(text.slice(Math.max(0, o.start - 30), o.start)) && !/^[’']s(?![\p{L}])/u.test(text.slice(o.end, o.end + 3));
  /** The one body the article names with `head` as a word of its name ("regulator" of "Charities Regulator"), when the
   *  text writes that word capitalised in no other name ("Dunham City Council" beside "Dunham Property Council"). */
  const bodyWithHead = (head: string): string | undefined => {
    // (the name's head: its last word, or its word before "of"/"for", "Ministry of Fisheries"; not "Environmental" of
    // "Department of Environmental Protection")
    const withHead = bodies.filter((b) => {
      const words = b.toLowerCase().split(/\s+/u).map((w) => w.replace(/[’']s$/u, ''));
      return words.some((w, i) => w === head && (i === words.length - 1 || words[i + 1] === 'of' || words[i + 1] === 'for'));
    });
    if (withHead.length !== 1) return undefined;
    const body = withHead[0] as string;
    const capital = head.charAt(0).toUpperCase() + head.slice(1);
    // (and no other capitalised words before the head anywhere: "Dunham council", "City council" are another body's)
    for (const o of occurrences(text, capital).concat(occurrences(text, head))) {
      const before = runBefore(o);
      if (before === undefined) continue;
      // (a possessive short name of the body before it is the body's own: "St Fenworth's hospital")
      if (/[’']s$/u.test(before) && body.startsWith(`${before} `)) continue;
      if (!body.toLowerCase().includes(`${before} ${head}`.toLowerCase())) return undefined;
    }
    return body;
  };
  /** Whether an occurrence is a word inside a longer capitalised name (not its end): "Selthurst" of "Federation of Selthurst Football". */
  const insideName = (o: Occurrence): boolean => /^[^\S\n]+\p{Lu}/u.test(text.slice(o.end, o.end + 3));
  /** Whether an occurrence opens a longer capitalised name: "Harvest" of "Harvest Foods said", not "Environmental" of
   *  "Department of Environmental Protection". */
  const opensName = (o: Occurrence): boolean => insideName(o) && runBefore(o) === undefined && !NAME_CONNECTOR_BEFORE.test(text.slice(Math.max(0, o.start - 6), o.start));

  /** A person's name written with a title before it ("President Ana Holm", "Chief Inspector Ana Holm") beside the
   *  article's name of that person without it ("Ana Holm"): the person's name, one party under one name. */
  const untitled = (target: string): string | undefined => {
    const words = target.split(/\s+/u);
    for (let i = 1; i <= words.length - 2; i++) {
      if (ROLE_NOUNS[(words[i - 1] as string).toLowerCase().replace(/\.$/u, '')] === undefined) return undefined;
      const rest = words.slice(i).join(' ');
      if (kinds.get(rest) === 'person') return rest;
    }
    return undefined;
  };
  const decide = (target: string): string | null => {
    const person = untitled(target);
    if (person !== undefined) return person;
    if (speakers.has(target) || personWord(target)) return target;
    const found = occurrences(text, target);
    // (a description the rules wrote in their own words: read by its head below, else kept)
    if (/^\p{Ll}/u.test(target)) {
      // "the hospital's staff", "the ministry's maritime department": the one named body whose name has that head
      const part = /^(\p{Ll}[\p{L}-]*)[’']s[^\S\n]+(?:\p{Ll}[\p{L}-]*[^\S\n]+)*(\p{Ll}[\p{L}-]*)$/u.exec(target);
      const head = part && PARTS.has(part[2] as string) ? part[1] as string : /^\p{Ll}[\p{L}-]*$/u.test(target) && !PARTS.has(target) ? target : undefined;
      return (head ? bodyWithHead(head) : undefined) ?? target;
    }
    if (found.length === 0) return target;
    // A dateline's words only.
    if (found.every(inDateline)) return null;
    const body = found.filter((o) => !inDateline(o));
    // The tail of a longer name, everywhere: the longer name as a party of the article, a seat of power's body, or none.
    const runs = body.map(runBefore);
    // (a full name the article gives a party is cut from nothing: "Galgate Logistics" after "Kansas City-based")
    if (!(kinds.has(target) && /\s/u.test(target)) && runs.every((r) => r !== undefined)) {
      const full = new Set(runs.map((r) => `${r} ${target}`));
      if (full.size === 1) {
        const [name] = [...full] as [string];
        const party = [...kinds.keys()].find((n) => n === name || n.endsWith(` ${name}`));
        if (party) return party;
        const heads = WORDS.seatsOfPower[name];
        if (heads) {
          const seated = bodies.concat([...kinds.keys()].filter((n) => /^\p{Ll}/u.test(n))).filter((b) => heads.some((h) => b.toLowerCase() === h || b.toLowerCase().endsWith(` ${h}`)));
          const one = [...new Set(seated)];
          if (one.length === 1) return one[0] as string;
        }
        return name;
      }
      return target;
    }
    // Words of one longer name of the article's, written only within it ("Inclusive Campus" of "Students for an
    // Inclusive Campus"): that name.
    // (a party's proper name, not a document's description that quotes one, "analysis … by the group Canopy Watch Network")
    const longer = [...kinds].filter(([n, k]) => k !== 'document' && k !== 'anonymous' && /^\p{Lu}/u.test(n)).map(([n]) => n).filter((n) => n !== target && n.includes(target) && new RegExp(`(?<![\\p{L}])${escape(target)}(?![\\p{L}])`, 'u').test(n));
    if (longer.length === 1) {
      const full = occurrences(text, longer[0] as string);
      if (body.every((o) => full.some((f) => o.start >= f.start && o.end <= f.end))) return longer[0] as string;
    }
    // A name before a possessive that opens one body's name: "St Fenworth's" of "St Fenworth's University Hospital".
    // (written so everywhere: "care at St Fenworth's since 2019" is the hospital's short name)
    const possessed = bodies.filter((b) => b.startsWith(`${target}’s `) || b.startsWith(`${target}'s `));
    if (possessed.length === 1 && body.every((o) => /^[’']s(?![\p{L}])/u.test(text.slice(o.end, o.end + 3)))) return possessed[0] as string;
    // A capitalised common word opening a sentence, and written so only.
    if (!/\s/u.test(target) && target !== target.toUpperCase() && body.every((o) => opensSentence(o) || insideName(o) || runBefore(o) !== undefined) && body.some(opensSentence)) {
      // (a word of English, by the text's own lower case, the lexicon's, or the tagger's reading: not a name met only there)
      const lower = target.toLowerCase();
      // (not a party's name before a role noun, "Labour leader Ana Holm": a name the title is of)
      if (body.some((o) => roleBeforeName(text.slice(o.end, o.end + 40)))) return target;
      const common = lowerWords.has(lower) || inLexicon(lower) || body.filter(opensSentence).every((o) => { const t = tokenAt.get(o.start); return t !== undefined && t.pos !== 'PROPN'; });
      // (a body's head opening a sentence, "Board members said …": the one body so named, else no party)
      // (or the head itself, a description of a body as the article's other rules give one: "board")
      if (!common) return target;
      // (a word that opens a longer name as well, "Harvest" of "Harvest Foods", is that body's short name, not a common
      // word: the one body it opens, else as written)
      if (body.some(opensName)) {
        const opened = bodies.filter((b) => b.startsWith(`${target} `));
        return opened.length === 1 ? opened[0] as string : target;
      }
      // (a people noun, "Passengers said …", "Prosecutors", is a description of a party, as the rules write one: in
      // lower case)
      const people = DEFINITE_DESCRIPTIONS[lower] !== undefined || ROLE_NOUNS[lower] !== undefined || GROUP_HEADS.has(lower) || PEOPLE.has(lower);
      return bodyWithHead(lower) ?? (people ? lower : null);
    }
    return target;
  };
  /** Whether a one-word name stands only as a place, or as a word of a longer name, in the passage: never as a party. */
  // (over the whole article, a name that is also a word of a longer name, "Dunham" of "Dunham Tenants' Union", may stand
  // for a body of its own and is left; in the statement's words, "no place in Selthurst football" is a place)
  const placeOnly = (name: string, written: string, from: number, to: number, inPassage: boolean): boolean => {
    if (/\s/u.test(name) || speakers.has(name) || personWord(name)) return false;
    const forms = name === written ? [name] : [name, written];
    const uses = forms.flatMap((f) => occurrences(text, f)).filter((o) => !inDateline(o) && o.start >= from && o.end <= to);
    return uses.length > 0 && uses.every((o) => asPlace(o) || (inPassage && insideName(o))) && uses.some(asPlace);
  };

  return {
    name(target: string, passage?: { start: number; end: number; polar?: boolean }): string | null {
      let out = memo.get(target);
      if (out === undefined) { out = decide(target); memo.set(target, out); }
      if (out === null) return null;
      // A place's name, written as a place wherever the article writes it, or, as a name the statement takes no side on,
      // in the statement's own words where it names it there ("no place in Selthurst football"), is no party of the
      // statement. (A country a statement blames or defends acts as a state, wherever its name stands.)
      // (a city a statement blames, "said the city of Marlow had ignored warnings", acts as a body there too)
      if (!passage?.polar && (placeOnly(out, target, 0, text.length, false) || (passage && placeOnly(out, target, passage.start, passage.end, true)))) return null;
      return out;
    },
  };
}

/** A statement's targets under their canonical names (targetNamer): those that name no party left out, two that name
 *  one party joined in one row, with the stance of the two that takes a side. */
export function namedTargets<S extends { targets: Target[]; content: { start: number; end: number } }>(st: S, namer: TargetNamer): S {
  if (st.targets.length === 0) return st;
  const merged = new Map<string, Target>();
  /** The names whose row is a target the rules wrote under that name itself: its stance stands over a renamed one's. */
  const asWritten = new Set<string>();
  let changed = false;
  for (const t of st.targets) {
    const name = namer.name(t.name, { start: st.content.start, end: st.content.end, polar: t.stance !== 'NONE' });
    if (name !== t.name) changed = true;
    if (name === null) continue;
    const had = merged.get(name);
    if (name === t.name) {
      if (!had || !asWritten.has(name)) merged.set(name, t);
      asWritten.add(name);
    } else if (!had) merged.set(name, { ...t, name });
    else if (!asWritten.has(name) && had.stance === 'NONE' && t.stance !== 'NONE') merged.set(name, { ...t, name });
  }
  return changed ? { ...st, targets: [...merged.values()] } : st;
}
