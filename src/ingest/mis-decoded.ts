// UTF-8 text that was read as Windows-1252 or Latin-1 on its way to the tool (mojibake): "â€œ" for “, "â€™" for ’,
// "â€”" for —, "Ã©" for é. Each such run of characters is the bytes of one UTF-8 character, each byte read as a character
// of its own; readable-text.ts reads the run as the character meant, and the offsets still index the text as given.
import { WINDOWS_1252_80_9F } from './decode.js';

/** A piece of a text, [start, end), read as `by`. */
export interface Edit { start: number; end: number; by: string }

/** The byte each character stands for in a Windows-1252 reading (0x80-0x9F its curly quotes, dashes, euro sign...) or
 *  a Latin-1 one (0x80-0x9F the C1 controls; 0xA0-0xFF the same letters in both). */
const BYTE_OF = new Map<number, number>();
for (let b = 0x80; b <= 0xff; b++) BYTE_OF.set(b, b);
WINDOWS_1252_80_9F.forEach((c, i) => BYTE_OF.set(c, 0x80 + i));

const hex = (c: number): string => `\\u${c.toString(16).padStart(4, '0')}`;
/** A character standing for a UTF-8 continuation byte, 0x80-0xBF. */
const CONT = `[\\u0080-\\u00bf${WINDOWS_1252_80_9F.filter((c) => c > 0xff).map(hex).join('')}]`;
/**
 * A lead byte's character and its continuation bytes' (two, three or four bytes in all), or "â€" whose third byte was
 * lost: 0x9D, the third byte of ” (E2 80 9D), is no character in Windows-1252, and a reading drops it or puts U+FFFD.
 */
const SEQUENCE = new RegExp(`[\\u00c2-\\u00df]${CONT}|[\\u00e0-\\u00ef]${CONT}{2}|[\\u00f0-\\u00f4]${CONT}{3}|\\u00e2\\u20ac(?:\\ufffd|(?!${CONT}))`, 'gu');
const ANY = new RegExp(`[\\u00c2-\\u00f4]${CONT}|\\u00e2\\u20ac`, 'u');

/**
 * Whether a character is one a run of mojibake plausibly stood for in English news: Latin letters with their accents
 * and the signs of Latin-1 (no C1 control), combining accents, punctuation (quotes, dashes, the ellipsis, zero-width
 * characters), currency, letterlike signs (™, №), arrows, symbols and emoji, the byte-order mark. Two genuine Latin-1
 * characters that happen to make a UTF-8 sequence give something else ("CAFÉ”" would be U+0254, "ESPAÑ»" Cyrillic).
 */
function plausible(cp: number): boolean {
  return (cp >= 0xa0 && cp <= 0x24f) || (cp >= 0x300 && cp <= 0x36f) || (cp >= 0x2000 && cp <= 0x21ff)
    || (cp >= 0x2600 && cp <= 0x27bf) || cp === 0xfeff || (cp >= 0x1f000 && cp <= 0x1faff);
}

// (ignoreBOM: a byte-order mark read as "ï»¿" is read back as U+FEFF, not as nothing)
const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * The character a run stands for, or null when its bytes are no UTF-8 character, or not a plausible one (`c1`: a C1
 * control is one, in text found mis-decoded: a text read so twice over has "Â\u009D" for the lost byte of "â€\u009D").
 */
function meant(run: string, c1 = false): string | null {
  if (run === '\u00e2\u20ac' || run === '\u00e2\u20ac\ufffd') return '\u201d';
  const bytes = Uint8Array.from(run, (ch) => BYTE_OF.get(ch.charCodeAt(0)) ?? 0);
  let out: string;
  try { out = UTF8.decode(bytes); } catch { return null; }
  const cp = out.codePointAt(0) as number;
  return out.length === (cp > 0xffff ? 2 : 1) && (plausible(cp) || (c1 && cp >= 0x80 && cp <= 0x9f)) ? out : null;
}

/**
 * The runs of `text` to read as the UTF-8 characters they stand for, or none when the text is not clearly mis-decoded:
 * fewer than two such runs (`known`: the text was found mis-decoded already, a run left by a second reading counts
 * alone). One "Ã" in a Portuguese name ("SÃO PAULO") is no run: a capital letter follows it, no continuation byte.
 */
export function misDecodedEdits(text: string, known = false): Edit[] {
  if (!ANY.test(text)) return [];
  const runs = [...text.matchAll(SEQUENCE)];
  const edits = (c1: boolean): Edit[] => runs.flatMap((m) => {
    const by = meant(m[0], c1);
    return by === null ? [] : [{ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, by }];
  });
  // (the C1 controls are read only in a text found mis-decoded by its other runs)
  return edits(false).length >= (known ? 1 : 2) ? edits(true) : [];
}

/** `text` with its mis-decoded runs read (as often as they were mis-read: "Ã¢â‚¬Å“" was read twice), for a title. */
export function withoutMisDecoding(text: string, known: boolean): string {
  let out = text;
  for (let pass = 0; pass < 3; pass++) {
    const edits = misDecodedEdits(out, known || pass > 0);
    if (!edits.length) break;
    out = applyEdits(out, edits);
  }
  return out;
}

export function applyEdits(text: string, edits: readonly Edit[]): string {
  let out = '';
  let last = 0;
  for (const e of edits) { out += text.slice(last, e.start) + e.by; last = e.end; }
  return out + text.slice(last);
}
