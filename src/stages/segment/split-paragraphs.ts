import type { Paragraph } from '../../model/document.js';

/**
 * Paragraphs are the non-blank lines of the text (any of \n, \r\n, \r ends a line), trimmed of surrounding whitespace.
 * wink does not treat a single newline as a boundary, so a headline without a period would merge into the next paragraph.
 */
export function splitParagraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  let lineStart = 0;
  const n = text.length;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : 10;
    if (c !== 10 && c !== 13) continue;
    let s = lineStart;
    let e = i;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) out.push({ start: s, end: e, index: out.length });
    if (c === 13 && i + 1 < n && text.charCodeAt(i + 1) === 10) i++;
    lineStart = i + 1;
  }
  return out;
}

export function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 160 || c === 0xfeff || c === 0x200b || (c >= 0x2000 && c <= 0x200a) || c === 0x3000 || c === 11 || c === 12;
}
