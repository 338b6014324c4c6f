// Quote-mark table: the one source of truth for which characters open and close quotes.
export type MarkRole = 'open' | 'close' | 'either';
export interface MarkInfo { family: 'double' | 'single'; role: MarkRole; closes?: string }

export const QUOTE_MARKS: Readonly<Record<string, MarkInfo>> = {
  '\u201C': { family: 'double', role: 'open' },   // “
  '\u201D': { family: 'double', role: 'close' },  // ”
  '\u201E': { family: 'double', role: 'open' },   // „
  '\u00AB': { family: 'double', role: 'open' },   // «
  '\u00BB': { family: 'double', role: 'close' },  // »
  '"': { family: 'double', role: 'either' },
  '\u2018': { family: 'single', role: 'open' },   // ‘
  '\u2019': { family: 'single', role: 'close' },  // ’ (also the apostrophe)
  '\u201A': { family: 'single', role: 'open' },   // ‚
  "'": { family: 'single', role: 'either' },
};

/** Characters a trim removes from a content span's edges (EVALUATION.md). */
export const TRIM_CHARS = new Set([' ', '\t', '\n', '\r', '\u00A0', '"', '\u201C', '\u201D', "'", '\u2018', '\u2019', '\u00AB', '\u00BB', ',', '.', ';', ':', '\u2014', '\u2013', '-']);
