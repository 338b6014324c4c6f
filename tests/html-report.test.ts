// report.html without a browser: highlights keep the text whole and escaped, nested and crossing statements included.
import { describe, expect, it } from 'vitest';
import { deltaE, rgb } from './colour-helpers.js';
import type { Statement } from '../src/model/article-result.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { explainReason, REVIEW_REASON_TEXT } from '../src/output/review-reasons.js';
import { ACT_COLORS, escapeHtml, highlightText, htmlArticle, htmlTail, SPEAKER_COLORS, SPEAKER_PATTERNS, speakerPalette } from '../src/output/html-report.js';
import { ACTS } from '../src/model/labels.js';
import type { SpeakerCounts } from '../src/output/speaker-tally.js';
import { GUESSED_TARGET_SUFFIXES, isWeakStanceRule, WEAK_STANCE_REASONS } from '../src/stages/stance/weak-rules.js';
import { ROOT } from './helpers.js';

const unescape = (s: string) => s.replace(/&lt;/gu, '<').replace(/&gt;/gu, '>').replace(/&quot;/gu, '"').replace(/&#39;/gu, "'").replace(/&amp;/gu, '&');
const TEXT = 'A <b>bold</b> & "odd" claim: the council said the minister told MPs that it was fine, and more.';

const span = (words: string) => ({ start: TEXT.indexOf(words), end: TEXT.indexOf(words) + words.length, text: words });
const statement = (start: number, end: number, speaker: string, pieces?: Array<[number, number]>, cue?: string, mention?: string): Statement => ({
  id: `t#${start}-${end}`, type: 'indirect', content: { start, end, text: TEXT.slice(start, end), ...(pieces ? { pieces: pieces.map(([s, e]) => ({ start: s, end: e, text: TEXT.slice(s, e) })) } : {}) },
  cue: cue ? { ...span(cue), lemma: cue } : null, speaker: { name: speaker, mention: mention ? span(mention) : null, role: null, kind: 'organization' }, act: 'SAY', framing: 'NEUTRAL', targets: [], confidence: 0.5,
});

/** For each statement id and piece, the text inside its marks, from the HTML alone (marks hold no other text). */
function markedText(html: string): Map<string, string> {
  const out = new Map<string, string>();
  const re = /<mark [^>]*data-statement="([^"]*)" data-piece="(\d+)"[^>]*>/gu;
  for (const m of html.matchAll(re)) {
    // Walk from the opening tag to its matching </mark>, counting nested marks.
    let depth = 1;
    let i = (m.index ?? 0) + m[0].length;
    let inner = '';
    while (depth > 0) {
      const next = html.indexOf('<', i);
      inner += html.slice(i, next);
      if (html.startsWith('</mark>', next)) { depth--; i = next + 7; } else { depth += html.startsWith('<mark', next) ? 1 : 0; i = html.indexOf('>', next) + 1; }
    }
    const key = `${unescape(m[1] as string)}/${m[2]}`;
    out.set(key, (out.get(key) ?? '') + unescape(inner));
  }
  return out;
}

describe('highlightText', () => {
  const outer = statement(TEXT.indexOf('the minister'), TEXT.indexOf(', and more'), 'Council', undefined, 'said', 'the council');
  // The inner statement's cue and speaker lie inside the outer statement.
  const inner = statement(TEXT.indexOf('it was fine'), TEXT.indexOf(', and more'), 'Minister', undefined, 'told', 'the minister');
  const crossing = statement(TEXT.indexOf('claim'), TEXT.indexOf(' told'), 'Other'); // ends inside `outer`
  const split = statement(2, TEXT.indexOf(' claim'), 'Split', [[2, TEXT.indexOf(' &')], [TEXT.indexOf('"odd"'), TEXT.indexOf(' claim')]]);

  it('keeps the whole text, escaped, with nothing of it lost or doubled', () => {
    const html = highlightText(TEXT, [outer, inner, crossing, split]);
    expect(html).not.toContain('<b>');
    expect(html).toMatch(/<span class="cue" data-of="t#\d+-\d+"[^>]*>told<\/span>/u);
    expect(html).toMatch(/<span class="who" [^>]*>the minister<\/span>/u);
    expect(unescape(html.replace(/<\/?(?:mark|span)[^>]*>/gu, ''))).toBe(TEXT);
  });

  it('puts exactly text.slice(start, end) of every piece inside the marks of its statement', () => {
    const marked = markedText(highlightText(TEXT, [outer, inner, crossing, split]));
    for (const s of [outer, inner, crossing, split]) {
      (s.content.pieces ?? [s.content]).forEach((p, k) => expect(marked.get(`${s.id}/${k}`), `${s.id}/${k}`).toBe(TEXT.slice(p.start, p.end)));
    }
  });

  it('escapes attribute values', () => {
    expect(escapeHtml(`"><script>'&`)).toBe('&quot;&gt;&lt;script&gt;&#39;&amp;');
    const html = highlightText(TEXT, [{ ...outer, speaker: { ...outer.speaker, name: '"><img src=x onerror=alert(1)>' } }]);
    expect(html).not.toMatch(/<img/u);
  });
});

describe('needs review and weak rules in the highlights', () => {
  const base = statement(TEXT.indexOf('the minister'), TEXT.indexOf(', and more'), 'Council', undefined, 'said', 'the council');
  const doubted: Statement = { ...base, needsReview: true, targets: [{ name: 'Minister', stance: 'AGAINST', evidence: [{ rule: 'stance:against:tone', start: base.content.start, end: base.content.end, text: base.content.text }] }] };
  const split = statement(2, TEXT.indexOf(' claim'), 'Split', [[2, TEXT.indexOf(' &')], [TEXT.indexOf('"odd"'), TEXT.indexOf(' claim')]]);

  it('marks a statement that needs review (class rv), with the flag once, on its last piece', () => {
    const html = highlightText(TEXT, [doubted, { ...split, needsReview: true }, statement(0, 1, 'Plain')]);
    expect(html.match(/<mark class="st rv rv-end"/gu)?.length).toBe(2);
    expect(html.match(/<mark class="st rv"/gu)?.length).toBe(1); // the split quote's first piece
    expect(html).toMatch(/<mark class="st" [^>]*data-statement="t#0-1"/u);
  });

  it('gives each target its rule and says when the rule is weak', () => {
    const html = highlightText(TEXT, [doubted]);
    const targets = /data-targets="([^"]*)"/u.exec(html)?.[1] ?? '';
    expect(JSON.parse(unescape(targets))).toEqual([{ name: 'Minister', stance: 'AGAINST', evidence: [`“${doubted.content.text}”`], rules: ['stance:against:tone'], weak: true }]);
  });

  it('knows the weak stance rules by the names judge-stance.ts gives them', () => {
    const source = readFileSync(join(ROOT, 'src/stages/stance/judge-stance.ts'), 'utf8');
    for (const why of WEAK_STANCE_REASONS) expect(source, why).toMatch(new RegExp(`why = (?:[^;]*')?${why}'`, 'u'));
    for (const suffix of GUESSED_TARGET_SUFFIXES) expect(source).toContain(suffix.startsWith('-') ? `'${suffix.slice(1)}'` : `:${suffix}'`);
    expect(['stance:against:tone', 'stance:favor:self-report', 'stance:against:accused-opponent', 'stance:favor:carried', 'stance:against:implied-party', 'stance:against:own-opponent'].every(isWeakStanceRule)).toBe(true);
    // must not fire: the strong rules, and rules that are not stance rules
    expect(['stance:against:accused', 'stance:favor:denial', 'stance:favor:praised', 'act:cue', 'stance:continued-quote', 'stance:against:tonetest'].some(isWeakStanceRule)).toBe(false);
  });
});

describe('speaker and act colours', () => {
  const hue = (hex: string): number => {
    const [r, g, b] = rgb(hex);
    const max = Math.max(r, g, b);
    const d = max - Math.min(r, g, b);
    if (d === 0) return 0;
    const h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
    return (h * 60 + 360) % 360;
  };
    const minDistance = (cs: readonly string[]): number => Math.min(...cs.flatMap((a, i) => cs.slice(i + 1).map((b) => deltaE(a, b))));

  it('avoids the stance colours: no green (FAVOR) and no red or pink (AGAINST) hue, and far from both', () => {
    for (const c of SPEAKER_COLORS) {
      const h = hue(c);
      expect(h > 75 && h < 170, `${c} is green (hue ${h.toFixed(0)})`).toBe(false);
      expect(h > 300 || h < 20, `${c} is red or pink (hue ${h.toFixed(0)})`).toBe(false);
      for (const stance of ['#16a34a', '#dc2626']) expect(deltaE(c, stance), `${c} vs ${stance}`).toBeGreaterThan(40);
    }
  });

  it('gives speakers colours that differ clearly, and each speaker one colour', () => {
    // (the first eight 40 apart; the three after them, for articles of nine to eleven speakers, 30 from every other)
    expect(minDistance(SPEAKER_COLORS.slice(0, 8))).toBeGreaterThanOrEqual(40);
    expect(minDistance(SPEAKER_COLORS)).toBeGreaterThanOrEqual(30);
    // (the pairs a user could not tell apart in one article: olive and mustard, amber and ochre, purple and violet)
    for (const [a, b] of [['#aaaa44', '#bbaa00'], ['#f59e0b', '#cc9933'], ['#d8b4fe', '#c084fc']] as const) expect(deltaE(a, b)).toBeLessThan(31);
    // (the golden-angle hues this replaced: two greens 11 apart among the first twelve)
    expect(minDistance(['#a8f0bd', '#a1f7d7'])).toBeLessThan(15);
    const color = speakerPalette();
    expect([color('A'), color('B'), color('A')]).toEqual([SPEAKER_COLORS[0], SPEAKER_COLORS[1], SPEAKER_COLORS[0]]);
  });
  it('gives speaker colours that are legible on the white page: none pale (no cream), none too dark under the ink', () => {
    const luminance = (hex: string): number => {
      const [r, g, b] = rgb(hex).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const ink = luminance('#1e293b');
    for (const c of SPEAKER_COLORS) {
      expect(deltaE(c, '#ffffff'), `${c} vs white`).toBeGreaterThanOrEqual(30);
      expect((luminance(c) + 0.05) / (ink + 0.05), `${c} under the ink`).toBeGreaterThanOrEqual(5.5);
    }
    // (the cream this replaced was near-invisible on white)
    expect(deltaE('#fef3c7', '#ffffff')).toBeLessThan(30);
    expect(SPEAKER_COLORS.length).toBeGreaterThanOrEqual(8);
  });
  it('gives the speakers of one article distinct styles, with patterns past the colours', () => {
    const color = speakerPalette();
    const names = Array.from({ length: 40 }, (_, i) => `Speaker ${i}`);
    color.forArticle(names);
    const styles = names.map((n) => color(n));
    expect(new Set(styles).size).toBe(40);
    expect(styles.slice(0, SPEAKER_COLORS.length).every((x) => !x.includes('--p:'))).toBe(true);
    expect(styles[SPEAKER_COLORS.length]).toContain(`--p:${SPEAKER_PATTERNS[0]}`);
  });
  it('gives the speakers of each article the colours farthest apart, in order of appearance in that article', () => {
    const color = speakerPalette();
    color.forArticle(['A0', 'A1', 'A2', 'A3', 'A4']);
    const a0 = color('A0');
    expect(a0).toBe(SPEAKER_COLORS[0]);
    // a second article: its speakers start again at the first colour, whatever earlier articles used
    color.forArticle(['B0', 'A3', 'B1']);
    expect([color('B0'), color('A3'), color('B1')]).toEqual(SPEAKER_COLORS.slice(0, 3));
    // (the near pairs users saw within one article are never both in the palette)
    for (const [a, b] of [['#fdba74', '#d6b48c'], ['#fde047', '#eedd88'], ['#aaaa44', '#bbaa00'], ['#bbaacc', '#d8b4fe'], ['#f59e0b', '#cc9933'], ['#d8b4fe', '#c084fc']] as const) {
      expect(SPEAKER_COLORS.includes(a) && SPEAKER_COLORS.includes(b), `${a} and ${b}`).toBe(false);
    }
    // outside an article (the summary) a speaker has its colour by first appearance over the run
    color.forArticle([]);
    expect(color('A0')).toBe(a0);
    expect(color('B0')).toBe(SPEAKER_COLORS[5]);
  });
  it('draws an article of 17 speakers with 17 different highlights', () => {
    const text = Array.from({ length: 17 }, (_, i) => `Person${String.fromCharCode(65 + i)} said the plan was fine.`).join(' ');
    const statements = Array.from({ length: 17 }, (_, i) => {
      const start = text.indexOf(`Person${String.fromCharCode(65 + i)}`);
      const content = { start: start + 17, end: start + 34, text: text.slice(start + 17, start + 34) };
      return { id: `a#${content.start}-${content.end}`, type: 'indirect' as const, content, cue: null, speaker: { name: `Person${String.fromCharCode(65 + i)}`, mention: null, role: null, kind: 'person' as const }, act: 'SAY' as const, framing: 'NEUTRAL' as const, targets: [], confidence: 0.8 };
    });
    const html = htmlArticle({ schemaVersion: 1, article: { id: 'a', source: 'a.txt', title: 'A', text }, statements, messages: [] }, speakerPalette());
    const styles = [...html.matchAll(/<mark [^>]*style="--c:([^"]+)"/gu)].map((m) => m[1]);
    expect(styles).toHaveLength(17);
    expect(new Set(styles).size).toBe(17);
  });
  it('gives acts colours that are neither green nor red, far from both stance colours, and apart from each other', () => {
    expect(Object.keys(ACT_COLORS).sort()).toEqual([...ACTS].sort());
    const acts = Object.values(ACT_COLORS);
    for (const c of acts) {
      const h = hue(c);
      expect(h > 75 && h < 170, `${c} is green (hue ${h.toFixed(0)})`).toBe(false);
      expect(h > 300 || h < 20, `${c} is red or pink (hue ${h.toFixed(0)})`).toBe(false);
      for (const stance of ['#16a34a', '#dc2626']) expect(deltaE(c, stance), `${c} vs ${stance}`).toBeGreaterThan(30);
    }
    expect(minDistance(acts)).toBeGreaterThanOrEqual(35);
    // (the legend shows the NONE stance grey beside them)
    for (const c of acts) expect(deltaE(c, '#cbd5e1'), `${c} vs NONE`).toBeGreaterThanOrEqual(19);
    // (the pairs a user could not tell apart: ACCUSE and CRITICIZE, HEDGE and NO_COMMENT, as they were)
    expect(deltaE('#78350f', '#b45309')).toBeLessThan(27);
    expect(deltaE('#ddd6fe', '#e2e8f0')).toBeLessThan(27);
    expect(deltaE(ACT_COLORS.ACCUSE, ACT_COLORS.CRITICIZE)).toBeGreaterThanOrEqual(35);
    expect(deltaE(ACT_COLORS.HEDGE, ACT_COLORS.NO_COMMENT)).toBeGreaterThanOrEqual(35);
  });
});

describe('the summary\'s stance bars', () => {
  const counts = (name: string, targets: Array<[string, number]>): SpeakerCounts => ({
    key: name, name, kind: 'person', article: null, statements: 3, articles: 1, acts: new Map([['SAY', 3]]), framings: new Map([['NEUTRAL', 3]]),
    targets: new Map(targets.map(([t, n]) => [t, new Map([['AGAINST', n]])])), roles: new Set(), affiliations: new Set(), mentions: new Set(),
  });
  it('share one scale over every row: the same count is as long in every row', () => {
    const html = htmlTail([counts('Ada Quist', [['Norvane', 4], ['Klem', 1]]), counts('Omar Reyes', [['Ashford', 1]])], { articles: 1, statements: 6, failures: [] }, speakerPalette());
    const widths = [...html.matchAll(/aria-label="stance toward (\w+)[^"]*" style="width:([\d.]+)%"/gu)].map((m) => [m[1], m[2]]);
    expect(widths).toEqual([['Norvane', '100.0'], ['Klem', '25.0'], ['Ashford', '25.0']]);
  });

  it('list the speaker itself after the other parties, marked "(self)", however often it is its own target', () => {
    const html = htmlTail([counts('Pellow Foods', [['Pellow Foods', 5], ['Trade Standards Office', 2], ['Marta Lind', 1]])], { articles: 1, statements: 3, failures: [] }, speakerPalette());
    const order = [...html.matchAll(/aria-label="stance toward ([^:"]+)/gu)].map((m) => m[1]);
    expect(order).toEqual(['Trade Standards Office', 'Marta Lind', 'Pellow Foods']);
    expect(html).toContain('<span>Pellow Foods (self)</span>');
    expect(html).not.toContain('<span>Trade Standards Office (self)</span>');
  });

  it('offer the speakers in the filter alphabetically, not by how often they speak', () => {
    const many = { ...counts('Zora Vale', []), statements: 9 };
    const html = htmlTail([many, counts('Anders Holm', []), counts('maple trust', [])], { articles: 1, statements: 15, failures: [] }, speakerPalette());
    const select = html.slice(html.indexOf('<select id="f-speaker">'), html.indexOf('</select>'));
    expect([...select.matchAll(/<option value="([^"]+)"/gu)].map((m) => m[1])).toEqual(['Anders Holm', 'maple trust', 'Zora Vale']);
  });
});

describe('review reasons and evidence in the report', () => {
  const text = 'Ada Morrow said the council was wrong about the bridge.';
  const content = { start: 16, end: 55, text: text.slice(16, 55) };
  const statement = {
    id: 'a#16-55', type: 'indirect' as const, content, cue: null, speaker: { name: 'Ada Morrow', mention: null, role: null, kind: 'person' as const },
    act: 'CRITICIZE' as const, framing: 'NEUTRAL' as const, targets: [{ name: 'council', stance: 'AGAINST' as const, evidence: [{ rule: 'stance:against:accused', text: 'wrong' }] }],
    confidence: 0.8, needsReview: true, reviewReasons: ['stance:self-report', 'act-rule:act:content-warning'],
  };
  const html = htmlArticle({ schemaVersion: 1, article: { id: 'a', source: 'a.txt', title: 'A', text }, statements: [statement], messages: [] }, speakerPalette());
  const attr = (name: string): string => {
    const m = html.match(new RegExp(`${name}="([^"]*)"`, 'u'));
    return (m?.[1] ?? '').replace(/&quot;/gu, '"').replace(/&#39;/gu, "'").replace(/&amp;/gu, '&');
  };
  it('gives each review reason as a plain sentence beside its id', () => {
    const reasons = JSON.parse(attr('data-reasons')) as string[];
    expect(reasons[0]).toBe(`${explainReason('stance:self-report')} [stance:self-report]`);
    expect(reasons[0]).toMatch(/^FAVOR toward the speaker's own side/u);
    expect(reasons[1]).toMatch(/^the act was decided by a rule that guesses \(act:content-warning\)/u);
  });
  it('has a sentence for every reason the review flag sets', () => {
    for (const id of ['speaker:not-a-name', 'target:against-own-side', 'target:previous-speaker', 'stance:against-harmed-party', 'target:nationality', 'target:place', 'act:aimed-without-target']) {
      expect(REVIEW_REASON_TEXT[id], id).toBeDefined();
    }
  });
  it('quotes the evidence words, so that "wrong" reads as the word found, not as a verdict', () => {
    const targets = JSON.parse(attr('data-targets')) as Array<{ evidence: string[] }>;
    expect(targets[0]?.evidence).toEqual(['“wrong”']);
  });
});
