import { describe, expect, it } from 'vitest';
import { pairQuoteMarks } from '../src/stages/quotes/pair-quote-marks.js';
import { splitParagraphs } from '../src/stages/segment/split-paragraphs.js';

const quotesOf = (text: string) => {
  const r = pairQuoteMarks(text, splitParagraphs(text));
  return { texts: r.quotes.filter((q) => q.depth === 0).map((q) => text.slice(q.start, q.end)), rules: r.messages.map((m) => m.ruleId), quotes: r.quotes };
};

describe('pairQuoteMarks', () => {
  it.each([
    ['curly double', '“We acted lawfully,” she said.', ['We acted lawfully,']],
    ['straight double', 'He said "no way" twice.', ['no way']],
    ['guillemets', '«Nous refusons», a-t-il dit.', ['Nous refusons']],
    ['single curly as top-level quote', '‘It was a mistake,’ he said.', ['It was a mistake,']],
    ['split quote gives two stretches', '“A,” she said. “B.”', ['A,', 'B.']],
    ['apostrophes are not quotes', 'In the ’80s, Jones’ firm didn’t help Palestinians’ cause.', []],
    ['straight apostrophes are not quotes', "The '80s were Jones' time and don't forget it.", []],
  ])('%s', (_name, text, expected) => {
    expect(quotesOf(text).texts).toEqual(expected);
  });

  it('keeps a nested quote inside its parent at depth 1', () => {
    const text = '“They called it ‘Night Owl’ internally,” she said.';
    const r = quotesOf(text);
    expect(r.texts).toEqual(['They called it ‘Night Owl’ internally,']);
    expect(r.quotes.filter((q) => q.depth === 1).map((q) => text.slice(q.start, q.end))).toEqual(['Night Owl']);
  });

  it('continues a quote left open at a paragraph end when the next paragraph opens with a mark', () => {
    const text = 'Head\n“First paragraph of the quote.\n“Second paragraph,” he said.\n';
    const r = pairQuoteMarks(text, splitParagraphs(text));
    expect(r.messages).toEqual([]);
    const [a, b] = r.quotes;
    expect(text.slice(a!.start, a!.end)).toBe('First paragraph of the quote.');
    expect(b!.continues).toBe(a!.open);
  });

  it('recovers an unclosed quote at the paragraph end with a message, sparing the next paragraph', () => {
    const text = 'Head\nShe said “this never closes.\nLater, “a clean quote,” he said.\n';
    const r = quotesOf(text);
    expect(r.texts).toEqual(['this never closes.', 'a clean quote,']);
    expect(r.rules).toEqual(['quote-unclosed']);
  });
});
