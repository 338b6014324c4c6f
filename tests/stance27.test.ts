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

describe('a member of the government warning that the government will act warns with it, not against it', () => {
  it('"warned that the government would be watching closely": the minister\'s own government is not warned', () => {
    const st = withContent('Transport Minister Ana Lurie welcomed the rail contract but warned that the government would be watching closely.', 'the government would be');
    expect(st.targets['government'] ?? 'NONE').not.toBe('AGAINST');
  });
  it('must not change: a union leader warning that the government will pay at the polls is against it', () => {
    const st = withContent('Union leader Tom Varek warned that the government would pay a heavy price at the polls.', 'the government would pay');
    expect(st.targets['government']).toBe('AGAINST');
  });
  it('must not change: a minister warning a named company is against that company', () => {
    const st = withContent('Transport Minister Ana Lurie warned that Castrel Rail would lose its franchise if trains kept running late.', 'Castrel Rail would');
    expect(st.targets['Castrel Rail']).toBe('AGAINST');
  });
});
