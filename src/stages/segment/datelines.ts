import type { Span } from '../../model/labels.js';

/**
 * A wire dateline opening a paragraph: a city in capitals (or cities joined by a slash, "OSLO/BERGEN", for a story filed
 * from two), then up to three comma parts that open with a capital or a digit (a region, a date: "KERIN, Vostrava, Oct
 * 14", "OSLO, Nov. 27, 2026"), an agency in brackets, and a dash with a space after it ("LONDON (PA) – ", "HALDEN — ").
 * A capitalised name opening a paragraph with a lower-case appositive ("NATO, the alliance, …") or no dash is none.
 */
const DATELINE = /(?:^|\n)[^\S\n]*(\p{Lu}[\p{Lu}.'’-]*(?:(?:[^\S\n]+|\/)\p{Lu}[\p{Lu}.'’-]*){0,3})(?:,[^\S\n]+[\p{Lu}\d][\p{L}\d.'’-]*(?:[^\S\n]+[\p{L}\d.'’-]+){0,2}){0,3}[^\S\n]*(?:\([^()\n]{1,30}\)[^\S\n]*)?(?:—|–|--|-)[^\S\n]+/gu;

/**
 * Where the text's datelines are: each from its city to the first word after its dash. A dateline says where and by whom
 * a story was filed; it is no part of what anyone said, names no party to it, and its agency is no one "its" points to.
 */
export function datelineSpans(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(DATELINE)) {
    const city = m[1] as string;
    // (a city is a word of two letters or more in capitals: not "A - " or an initial)
    if (city.replace(/[^\p{Lu}]/gu, '').length < 2) continue;
    const start = (m.index ?? 0) + m[0].indexOf(city);
    out.push({ start, end: (m.index ?? 0) + m[0].length });
  }
  return out;
}

/** The end of the dateline that holds `at`, or -1. */
export function datelineEndAt(spans: readonly Span[], at: number): number {
  for (const d of spans) if (at >= d.start && at < d.end) return d.end;
  return -1;
}
