// A quote no statement holds is reported (messages.csv's quote:unattributed, a dotted outline in report.html), so a
// reviewer finds what the pipeline could not attribute; quoted titles, names and scare quotes are not.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/analyze.js';
import { htmlArticle, speakerPalette } from '../src/output/html-report.js';

const unattributed = (text: string) => analyzeArticle(text, { title: '' }).messages.filter((m) => m.ruleId === 'quote:unattributed');

describe('quotes with no speaker found', () => {
  it('reports a quoted sentence that no cue attributes, with its offsets and first words', () => {
    const text = 'The ferry left Tarrow Quay two hours late on Friday.\n\n"We waited on the pier in the rain and nobody told us anything at all." The operator has apologised.';
    const found = unattributed(text);
    expect(found).toHaveLength(1);
    const m = found[0] as { start: number; end: number; reason: string };
    expect(text.slice(m.start, m.end)).toBe('"We waited on the pier in the rain and nobody told us anything at all."');
    expect(m.reason).toContain('“We waited on the pier in the rain …”');
  });

  it('does not report an attributed quote, nor the quote paragraph that goes on in its speaker\'s words', () => {
    const text = 'The ferry left Tarrow Quay two hours late on Friday.\n\n"We waited on the pier in the rain for an hour," said Mira Castell, a passenger. "Nobody told us anything at all."';
    expect(unattributed(text)).toEqual([]);
  });

  it('does not report a quoted title or name', () => {
    const text = 'The council met on Tuesday.\n\nThe band will play "Songs From The Harbour Wall" at the festival on Saturday night, the organisers said.';
    expect(unattributed(text)).toEqual([]);
  });

  it('does not report a scare quote, a short phrase with no sentence in it', () => {
    const text = 'The council met on Tuesday.\n\nThe scheme, a "quiet revolution" for the town, starts in May. The park will close for "essential works" in June.';
    expect(unattributed(text)).toEqual([]);
  });

  it('outlines the quote in report.html and counts it in the article line', () => {
    const text = 'The ferry left Tarrow Quay two hours late on Friday.\n\n"We waited on the pier in the rain and nobody told us anything at all." The operator has apologised.';
    const html = htmlArticle(analyzeArticle(text, { id: 'ferry', title: '' }), speakerPalette());
    expect(html).toContain('<span class="uq" title="a quote with no speaker found');
    expect(html).toMatch(/<span class="uq" [^>]*>&quot;We waited on the pier[^<]*&quot;<\/span>/u);
    expect(html).toContain('1 quote with no speaker found');
  });
});
