// Charges the reporter states in its own words (GUIDE decision 22): a party a headline or a narrative sentence charges,
// answering with a negated account of its own past conduct under a plain "said", denies; the same words with no charge
// against the speaker's side, or a reply that admits, do not change.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/analyze.js';

const actOf = (article: string, starting: string): string | undefined =>
  analyzeArticle(article).statements.find((s) => s.content.text.startsWith(starting))?.act;

describe('a charge the reporter states', () => {
  it('a headline charge, then the charged firm’s negated own conduct under "said": DENY', () => {
    const article = 'Corrowby Dairies accused of pumping whey into the Felling Brook\n\n'
      + 'Anglers found dead trout along a two-mile stretch of the Felling Brook last week.\n\n'
      + 'Corrowby Dairies said it did not release any whey into the brook that week.\n';
    expect(actOf(article, 'it did not release')).toBe('DENY');
  });

  it('a charge in a narrative sentence of the lead counts as well', () => {
    const article = 'Questions over ferry timetable\n\n'
      + 'The transport regulator opened an inquiry into Helmsby Ferries after passengers were left stranded overnight.\n\n'
      + 'Helmsby Ferries said it had never cancelled a crossing in fair weather.\n';
    expect(actOf(article, 'it had never cancelled')).toBe('DENY');
  });

  it('must not fire: a party’s plain announcement in an article that charges someone else', () => {
    const article = 'Corrowby Dairies accused of pumping whey into the Felling Brook\n\n'
      + 'Anglers found dead trout along a two-mile stretch of the Felling Brook last week.\n\n'
      + 'The Felling Angling Club said it did not open the season on Saturday and would restock the brook in May.\n';
    expect(actOf(article, 'it did not open')).toBe('SAY');
  });

  it('must not fire: the charged party’s reply that admits', () => {
    const article = 'Corrowby Dairies accused of pumping whey into the Felling Brook\n\n'
      + 'Corrowby Dairies said it had made a mistake and had not checked the valve for a month.\n';
    expect(actOf(article, 'it had made a mistake')).not.toBe('DENY');
  });

  it('must not fire: an intention or a plan after the negation', () => {
    const article = 'Corrowby Dairies accused of pumping whey into the Felling Brook\n\n'
      + 'Corrowby Dairies said it did not intend to contest the fine.\n';
    expect(actOf(article, 'it did not intend')).toBe('SAY');
  });

  it('must not fire: a present opinion of the charged party, not its conduct', () => {
    const article = 'Corrowby Dairies accused of pumping whey into the Felling Brook\n\n'
      + '“We don’t think the brook will recover this year,” said Corrowby Dairies’ chief executive, Ilse Marrant.\n';
    expect(actOf(article, 'We don’t think')).toBe('SAY');
  });

  it('must not fire: a negated past act with no charge in the article', () => {
    const article = 'Dairy opens new bottling hall\n\n'
      + 'Corrowby Dairies opened a bottling hall at its Felling site on Monday.\n\n'
      + 'Corrowby Dairies said it did not close the old hall during the building work.\n';
    expect(actOf(article, 'it did not close')).toBe('SAY');
  });
});
