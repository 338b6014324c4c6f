// Large patterns compiled smaller: a pattern with the u flag and `\p{…}` classes, run on text with no surrogate code
// units (almost every article), is run as its twin with each `\p{…}` spelled out as the class's members in the Basic
// Multilingual Plane.
//
// Why: V8 compiles a pattern to native code for two-byte subject strings (the CLI runs with --no-regexp-tier-up, and
// src/analyze.ts hands every stage a two-byte text), and there each `\p{L}` becomes a test of the letters above U+FFFF,
// surrogate pair by surrogate pair, inline, ~7 KB per occurrence: most of the stance patterns' compiled size. The BMP
// part alone compiles to a table lookup (~1 KB). On a string without surrogates the two patterns read the same
// characters and answer the same for each (a BMP character is a member of `\p{L}` exactly when it is one of the BMP
// members, with or without the i flag: simple case folding never crosses planes; tests/bmp-regexp.test.ts checks every
// BMP character for the classes in use), so they find the same matches; a string with a surrogate is run by the
// pattern itself.

const NativeRegExp = RegExp;
const SURROGATE = /[\uD800-\uDFFF]/;
let lastSubject = '';
let lastHasSurrogate = false;
/** Whether `text` holds a surrogate code unit (the last answer kept: a pattern run in a loop asks of the same text). */
function hasSurrogate(text: string): boolean {
  if (text !== lastSubject) {
    lastSubject = text;
    lastHasSurrogate = SURROGATE.test(text);
  }
  return lastHasSurrogate;
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
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i] as string;
    if (ch === '\\') {
      PROPERTY.lastIndex = i;
      const m = PROPERTY.exec(source);
      if (m) {
        const inside = bmpMembers(m[0]);
        out += inClass ? inside : `[${inside}]`;
        i += m[0].length - 1;
      } else {
        out += source.slice(i, i + 2);
        i++;
      }
      continue;
    }
    if (ch === '[' && !inClass) inClass = true;
    else if (ch === ']' && inClass) inClass = false;
    out += ch;
  }
  return out;
}

/** A u-flag pattern that runs its BMP twin (see above) on subject strings without surrogates. */
class BmpTwinRegExp extends RegExp {
  readonly #twin: RegExp;
  constructor(pattern: string | RegExp, flags: string, twinSource: string) {
    super(pattern, flags);
    this.#twin = new NativeRegExp(twinSource, flags);
  }
  // (String.prototype.split and matchAll make a copy by this constructor: a pattern and flags)
  static override get [Symbol.species](): RegExpConstructor {
    return BmpRegExp;
  }
  override exec(subject: string): RegExpExecArray | null {
    const text = String(subject);
    if (hasSurrogate(text)) return super.exec(text);
    const twin = this.#twin;
    twin.lastIndex = this.lastIndex;
    const m = twin.exec(text);
    this.lastIndex = twin.lastIndex;
    return m;
  }
  // RegExp.prototype.test would call `exec` above, which builds the match array (and its captures) only to check it
  // against null: the twin's own `test` answers without one. Same answer and lastIndex (test is exec(…) !== null).
  override test(subject: string): boolean {
    const text = String(subject);
    if (hasSurrogate(text)) return super.test(text);
    const twin = this.#twin;
    twin.lastIndex = this.lastIndex;
    const r = twin.test(text);
    this.lastIndex = twin.lastIndex;
    return r;
  }
}

/**
 * `new RegExp(pattern, flags)`, or, for a u-flag pattern with `\p{…}` classes, one that runs its BMP twin on text
 * without surrogates (same matches; much less compiled code). A module whose patterns are large shadows `RegExp` with it.
 */
export const BmpRegExp = function BmpRegExp(pattern: string | RegExp, flags?: string): RegExp {
  const source = typeof pattern === 'string' ? pattern : pattern.source;
  const allFlags = flags ?? (typeof pattern === 'string' ? '' : pattern.flags);
  const twin = allFlags.includes('u') ? bmpSource(source) : null;
  return twin === null ? new NativeRegExp(source, allFlags) : new BmpTwinRegExp(source, allFlags, twin);
} as unknown as RegExpConstructor;
