// report.html without a browser: highlights keep the text whole and escaped, nested and crossing statements included.
import { describe, expect, it } from 'vitest';
import type { Statement } from '../src/model/article-result.js';
import { escapeHtml, highlightText } from '../src/output/html-report.js';

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
