// Large patterns compiled smaller: a pattern with the u flag and `\p{…}` classes, run on text with no surrogate code
// units (almost every article), is run as its twin with each `\p{…}` spelled out as the class's members in the Basic
// Multilingual Plane; and a pattern with whitespace classes (`[^\S\n]`, `\s`, `\S`), run on text whose only whitespace
// is the space and the line feed (almost every article), as its twin with those classes spelled as the space and line feed.
//
// Why: V8 compiles a pattern to native code for two-byte subject strings (the CLI runs with --no-regexp-tier-up, and
// src/analyze.ts hands every stage a two-byte text), and there each `\p{L}` becomes a test of the letters above U+FFFF,
// surrogate pair by surrogate pair, inline, ~7 KB per occurrence: most of the stance patterns' compiled size. The BMP
// part alone compiles to a table lookup (~1 KB). On a string without surrogates the two patterns read the same
// characters and answer the same for each (a BMP character is a member of `\p{L}` exactly when it is one of the BMP
// members, with or without the i flag: simple case folding never crosses planes; tests/bmp-regexp.test.ts checks every
// BMP character for the classes in use), so they find the same matches; a string with a surrogate is run by the
// pattern itself.
// The same holds for whitespace: `[^\S\n]` (the stance patterns' space between two words, over a thousand times in
// all) is a test of a dozen ranges (tab, no-break space, the U+2000 spaces, the ideographic space …) compiled inline at
// each occurrence, about two thirds of a phrase list's code; on a string whose only whitespace characters are ' ' and
// '\n', a character is in `[^\S\n]` exactly when it is ' ', in `\s` exactly when it is ' ' or '\n' and in `\S`
// exactly when it is neither (no whitespace character has a case variant, so with the i flag too). A string holding any
// other whitespace (a tab, a no-break space, a carriage return) is run by the BMP twin or the pattern itself, as before.

const NativeRegExp = RegExp;
const SURROGATE = /[\uD800-\uDFFF]/;
/** A surrogate or whitespace other than the space and the line feed (one scan for the common case: neither). */
const NOT_PLAIN = /[^\S \n]|[\uD800-\uDFFF]/;
/** What a subject string holds: PLAIN (no surrogate, no whitespace but ' ' and '\n'), BMP (no surrogate), FULL. */
const PLAIN = 0;
const BMP = 1;
const FULL = 2;
let lastSubject = '';
let lastKind = PLAIN;
/** Which of the above `text` is (the last answer kept: a pattern run in a loop asks of the same text). */
function subjectKind(text: string): number {
  if (text !== lastSubject) {
    lastSubject = text;
    lastKind = !NOT_PLAIN.test(text) ? PLAIN : SURROGATE.test(text) ? FULL : BMP;
  }
  return lastKind;
}

const members = new Map<string, string>();
const CLASS_LITERAL_OK = /[\p{L}\p{N}]/u;
/** The members of `\p{name}` (or `\P{name}`) in the BMP, surrogates left out, as the inside of a character class. */
function bmpMembers(escape: string): string {
  let out = members.get(escape);
  if (out !== undefined) return out;
  const rx = new RegExp(escape, 'u');
  const put = (c: number): string => {
    const ch = String.fromCharCode(c);
    // (letters and digits as they are, the rest escaped: a class never reads them as syntax)
    return CLASS_LITERAL_OK.test(ch) && c > 0x7f ? ch : /[A-Za-z0-9]/u.test(ch) ? ch : `\\u${c.toString(16).padStart(4, '0')}`;
  };
  out = '';
  let from = -1;
  for (let c = 0; c <= 0x10000; c++) {
    const member = c < 0x10000 && (c < 0xd800 || c > 0xdfff) && rx.test(String.fromCharCode(c));
    if (member && from < 0) from = c;
    if (!member && from >= 0) {
      out += c - 1 === from ? put(from) : c - 2 === from ? put(from) + put(c - 1) : `${put(from)}-${put(c - 1)}`;
      from = -1;
    }
  }
  members.set(escape, out);
  return out;
}

const PROPERTY = /\\[pP]\{[^}]*\}/uy;
/**
 * `source` with every `\p{…}` and `\P{…}` replaced by its BMP members (inside a class as members, outside as a class of
 * them), or null when it has none. Reads u-flag syntax: an escape is a backslash and the character after it.
 */
export function bmpSource(source: string): string | null {
  if (!source.includes('\\p{') && !source.includes('\\P{')) return null;
  const out: string[] = []; // (joined once: one flat string, not a chain of pieces)
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i] as string;
    if (ch === '\\') {
      PROPERTY.lastIndex = i;
      const m = PROPERTY.exec(source);
      if (m) {
        const inside = bmpMembers(m[0]);
        out.push(inClass ? inside : `[${inside}]`);
        i += m[0].length - 1;
      } else {
        out.push(source.slice(i, i + 2));
        i++;
      }
      continue;
    }
    if (ch === '[' && !inClass) inClass = true;
    else if (ch === ']' && inClass) inClass = false;
    out.push(ch);
  }
  return out.join('');
}

const NOT_SPACE_OR_NEWLINE = '[^\\S\\n]';
/**
 * `source` with its whitespace classes spelled for a subject whose only whitespace is ' ' and '\n' (see above): the
 * class `[^\S\n]` as a space, `\s` as `[ \n]` (inside a class: ` \n`), `\S` outside a class as `[^ \n]`; or null when
 * there is none. Reads the same syntax as bmpSource (u flag or not: these escapes and classes read alike in both).
 */
export function plainSpaceSource(source: string): string | null {
  if (!source.includes('\\s') && !source.includes('\\S')) return null;
  // (pieces joined once: a string grown a character at a time is a chain of thousands of pieces until something
  // flattens it, and a twin kept unused would keep that chain)
  const out: string[] = [];
  let from = 0;
  let inClass = false;
  const put = (i: number, end: number, text: string): void => { out.push(source.slice(from, i), text); from = end; };
  for (let i = 0; i < source.length; i++) {
    const ch = source[i] as string;
    if (ch === '\\') {
      const next = source[i + 1];
      if (next === 's') put(i, i + 2, inClass ? ' \\n' : '[ \\n]');
      else if (next === 'S' && !inClass) put(i, i + 2, '[^ \\n]');
      i++;
      continue;
    }
    if (ch === '[' && !inClass && source.startsWith(NOT_SPACE_OR_NEWLINE, i)) {
      put(i, i + NOT_SPACE_OR_NEWLINE.length, ' ');
      i += NOT_SPACE_OR_NEWLINE.length - 1;
      continue;
    }
    if (ch === '[' && !inClass) inClass = true;
    else if (ch === ']' && inClass) inClass = false;
  }
  if (out.length === 0) return null;
  out.push(source.slice(from));
  return out.join('');
}

/** A pattern's twins, built when first needed and shared by its copies with the same flags (matchAll's): each run sets
 *  the twin's lastIndex from the pattern's and copies it back, so no state of a twin outlives a call. */
interface Twins { plain: RegExp | null; bmp: RegExp | null }

/**
 * A pattern that runs a twin (see above) on subject strings that allow it: the plain twin (BMP members, whitespace as
 * the space and line feed) on PLAIN subjects, the BMP twin on BMP ones (only for a u-flag pattern with `\p{…}`), itself
 * on the rest. Each twin is built when first needed (its source is long, and most threads never need the BMP twin);
 * only the plain twin's source is kept, as one flat string.
 */
class BmpTwinRegExp extends RegExp {
  /** The pattern as written (the string given, not `source`'s escaped copy), for the BMP twin. */
  readonly #source: string;
  readonly #hasBmp: boolean;
  readonly #plainSource: string;
  readonly #twins: Twins;
  constructor(pattern: string, flags: string, hasBmp: boolean, plain: string, twins: Twins = { plain: null, bmp: null }) {
    super(pattern, flags);
    this.#source = pattern;
    this.#hasBmp = hasBmp;
    this.#plainSource = plain;
    this.#twins = twins;
  }
  /** A copy with the same flags (String.prototype.matchAll's), sharing the twins: no source is read again. */
  copy(): BmpTwinRegExp {
    return new BmpTwinRegExp(this.#source, this.flags, this.#hasBmp, this.#plainSource, this.#twins);
  }
  // (String.prototype.split and matchAll make a copy by this constructor: a pattern and flags)
  static override get [Symbol.species](): RegExpConstructor {
    return BmpRegExp;
  }
  /** The pattern to run on `text`, or null for this one itself. */
  #runner(text: string): RegExp | null {
    const kind = subjectKind(text);
    if (kind === PLAIN) return (this.#twins.plain ??= new NativeRegExp(this.#plainSource, this.flags));
    if (kind === BMP && this.#hasBmp) return (this.#twins.bmp ??= new NativeRegExp(bmpSource(this.#source) as string, this.flags));
    return null;
  }
  override exec(subject: string): RegExpExecArray | null {
    const text = String(subject);
    const twin = this.#runner(text);
    if (twin === null) return super.exec(text);
    twin.lastIndex = this.lastIndex;
    const m = twin.exec(text);
    this.lastIndex = twin.lastIndex;
    return m;
  }
  // RegExp.prototype.test would call `exec` above, which builds the match array (and its captures) only to check it
  // against null: the twin's own `test` answers without one. Same answer and lastIndex (test is exec(…) !== null).
  override test(subject: string): boolean {
    const text = String(subject);
    const twin = this.#runner(text);
    if (twin === null) return super.test(text);
    twin.lastIndex = this.lastIndex;
    const r = twin.test(text);
    this.lastIndex = twin.lastIndex;
    return r;
  }
}

/**
 * `new RegExp(pattern, flags)`, or, for a pattern with `\p{…}` classes (u flag) or whitespace classes, one that runs its
 * twins on the text that allows them (same matches; much less compiled code). A module whose patterns are large shadows
 * `RegExp` with it.
 */
export const BmpRegExp = function BmpRegExp(pattern: string | RegExp, flags?: string): RegExp {
  // (matchAll's copy of a pattern, same flags: its twins are shared, not built again)
  if (pattern instanceof BmpTwinRegExp && (flags === undefined || flags === pattern.flags)) return pattern.copy();
  const source = typeof pattern === 'string' ? pattern : pattern.source;
  const allFlags = flags ?? (typeof pattern === 'string' ? '' : pattern.flags);
  const bmp = allFlags.includes('u') ? bmpSource(source) : null;
  const plain = plainSpaceSource(bmp ?? source) ?? bmp;
  return plain === null ? new NativeRegExp(source, allFlags) : new BmpTwinRegExp(source, allFlags, bmp !== null, plain);
} as unknown as RegExpConstructor;
