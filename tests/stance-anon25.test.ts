// Unnamed officials or staff of a named body (GUIDE decisions 63 and 66: anonymous speakers, the body their
// affiliation) who deny a charge defend that body. Expected values decided by reading the sentences.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/analyze.js';

const article = (paragraphs: string): string => `Headline\n${paragraphs.replace(/\|/gu, '\n')}\n`;
const run = (paragraphs: string) => analyzeArticle(article(paragraphs)).statements;

describe('a denial by unnamed staff of a named body', () => {
  it('defends the body they belong to', () => {
    const st = run('Campaigners accused Harwick District Council of hiding the flood reports for a year.|Council officials denied that any report had been withheld.')
      .find((s) => s.cue?.text === 'denied');
    expect(st).toBeDefined();
    expect(st?.speaker.kind).toBe('anonymous');
    expect(st?.speaker.affiliation).toBe('Harwick District Council');
    expect(st?.targets.find((t) => t.name === 'Harwick District Council')?.stance).toBe('FAVOR');
  });
  it('defends the body in other words too', () => {
    const st = run('Residents said Corvane Water had polluted the river for months.|Corvane Water engineers denied that any waste had reached the river.')
      .find((s) => s.cue?.text === 'denied');
    expect(st?.targets.find((t) => t.name === 'Corvane Water')?.stance).toBe('FAVOR');
  });
  it('near miss: unnamed officials who report a step deny nothing and defend no one', () => {
    const st = run('Residents said Corvane Water had polluted the river for months.|Corvane Water engineers said the new pumps would be installed next month.')
      .find((s) => s.content.text.includes('new pumps'));
    expect(st).toBeDefined();
    expect(st?.targets.find((t) => t.name === 'Corvane Water')?.stance).not.toBe('FAVOR');
  });
});
