// Session 16, a second new user's findings (acts and stance targets). Sentences are our own; each expectation was
// written by hand from the sentence (LABELS.md; GUIDE sections 4 and 6).
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/analyze.js';

const statements = (paragraphs: string) => analyzeArticle(`Headline\n${paragraphs.replace(/\|/gu, '\n')}\n`).statements;
const actOf = (paragraphs: string): string => { const s = statements(paragraphs); expect(s.length).toBeGreaterThan(0); return s[s.length - 1]!.act; };

describe('an act word is never read inside a hyphenated compound', () => {
  it('fires: a threat said in words of its own is a warning', () => {
    expect(actOf('Paramedics said the fumes threatened the lives of everyone in the building.')).toBe('WARN');
  });
  it('must not fire: "not thought to be life-threatening" tells how badly someone is hurt', () => {
    expect(actOf('Paramedics said the cyclist\'s wounds were not thought to be life-threatening.')).not.toBe('WARN');
  });
  it('must not fire: "a risk-free deposit" names a product, not a risk', () => {
    expect(actOf('The bank said the new account offered savers a risk-free deposit with instant access.')).not.toBe('WARN');
  });
});
