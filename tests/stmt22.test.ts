// Statement boundaries and cues (stmt22): a message's participle with the message's time between them ("issued a
// statement on Wednesday evening declaring that …"), and a later attribution by a passive of quoting ("…, and he was
// quoted by the Gazette as saying …") that ends the content before it. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/index.js';

const statementsOf = (sentence: string) => analyzeArticle(`Harbour council row\n\n${sentence}\n`).statements;
const found = (sentence: string) => statementsOf(sentence).map((s) => ({ cue: s.cue?.text, content: s.content.text }));

describe("a message's participle after the message's time", () => {
  it.each([
    ['The Transport Ministry issued a statement on Wednesday evening declaring that the bridge was safe to use.', 'declaring', 'the bridge was safe to use'],
    ['The harbour board released a statement late Friday night saying the ferry would sail as planned.', 'saying', 'the ferry would sail as planned'],
    ['The ferry union sent a letter last week urging members to reject the pay offer.', 'urging', 'members to reject the pay offer'],
    ['The ministry issued a statement on Tuesday morning declaring that “no crossing has been closed without cause.”', 'declaring', 'no crossing has been closed without cause.'],
  ])('%s', (sentence, cue, content) => {
    expect(found(sentence)).toEqual([expect.objectContaining({ cue, content })]);
  });
  it.each([
    // a time phrase with no message before it: the participle is the subject's next deed, no words reported
    ['The fans gathered on Saturday evening, singing songs about the new manager.'],
    ['The crew worked through Monday night preparing the boat for the race.'],
    ['The council met on Thursday morning discussing the budget for the new year.'],
  ])('no statement: %s', (sentence) => {
    expect(statementsOf(sentence)).toEqual([]);
  });
});

describe('a later attribution by a passive of quoting ends the content', () => {
  it.each([
    ['The owner has said he would sell the club if the council raised the rent, and he was quoted by the Gazette as saying buyers were already calling.',
      'he would sell the club if the council raised the rent', 'buyers were already calling'],
    ['The mayor said the market would move to the quay, and she was later quoted as saying that traders had agreed.',
      'the market would move to the quay', 'traders had agreed'],
  ])('%s', (sentence, first, second) => {
    expect(found(sentence)).toEqual([expect.objectContaining({ cue: 'said', content: first }), expect.objectContaining({ cue: 'saying', content: second })]);
  });
  it.each([
    // a quoting passive inside the reported clause: its own subject's words, nested in the speaker's
    ['The owner said he had been quoted as saying the club was for sale.', 'he had been quoted as saying the club was for sale'],
    // "as" with no verb of quoting before it stays in the clause
    ['The coach said the squad was as strong as it had been in years, and the fans were as loud as ever.', 'the squad was as strong as it had been in years, and the fans were as loud as ever'],
  ])('content kept whole: %s', (sentence, content) => {
    expect(found(sentence)[0]).toEqual(expect.objectContaining({ cue: 'said', content }));
  });
});
