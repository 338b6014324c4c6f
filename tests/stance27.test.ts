// Stance targets a new user found on articles of kinds the corpus lacks (brief fixnu27s). Sentences are our own.
import { describe, expect, it } from 'vitest';
import { withContent } from './stance-helpers.js';

describe('the author of an intervention the speaker rejected is AGAINST (GUIDE 44: a rejected proposal\'s author)', () => {
  it('"rejected the mayor\'s intervention": the mayor, named before, is the party answered', () => {
    const text = 'Mayor Odile Franck urged the transit board to freeze fares until spring. '
      + 'The Harrowgate Riders\' Association rejected the mayor\'s intervention.';
    const st = withContent(text, 'the mayor\'s intervention');
    expect(st.targets['Odile Franck']).toBe('AGAINST');
  });
  it('must not change: an intervention the speaker only reports clears or charges no one', () => {
    const text = 'Mayor Odile Franck urged the transit board to freeze fares until spring. '
      + 'A board spokesman said the mayor\'s intervention would be discussed at Tuesday\'s meeting.';
    const st = withContent(text, 'the mayor\'s intervention would be');
    expect(st.targets['Odile Franck'] ?? 'NONE').not.toBe('AGAINST');
  });
  it('must not change: denying that an intervention took place clears the one said to have intervened', () => {
    const text = 'Reports said Mayor Odile Franck had pressed the transit board to freeze fares. '
      + 'Franck denied that she had made any intervention in the board\'s decision.';
    const st = withContent(text, 'she had made any intervention');
    expect(st.targets['Odile Franck'] ?? 'NONE').not.toBe('AGAINST');
  });
});
