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

const withPieces = (sentence: string) => statementsOf(sentence).map((s) => ({ type: s.type, cue: s.cue?.text, pieces: (s.content.pieces ?? [s.content]).map((p) => p.text) }));

describe('a short capitalised quote that opens a split quote is its first piece', () => {
  it.each([
    ['"In Harwick," the planner said, "the depot went ahead without a vote."', ['In Harwick,', 'the depot went ahead without a vote.']],
    ['"Frankly," said the planner, who chairs the committee, "the depot was a mistake."', ['Frankly,', 'the depot was a mistake.']],
    ['“Your Honour,” the lawyer said, “my client would like to speak.”', ['Your Honour,', 'my client would like to speak.']],
  ])('%s', (sentence, pieces) => {
    expect(withPieces(sentence)).toEqual([expect.objectContaining({ type: 'direct', pieces })]);
  });
  it.each([
    // a quoted title with no second quote after the attribution, or inside a setting, stays a title
    ['Speaking on "Harbour Nights," the mayor said the depot was a mistake.', 'the depot was a mistake'],
    ['He said "Harbour Nights," the radio show, would return in May.', '"Harbour Nights," the radio show, would return in May'],
  ])('no title piece: %s', (sentence, content) => {
    expect(statementsOf(sentence).map((s) => s.content.text)).toEqual([content]);
  });
});

describe('an unquoted lead-in of a split quote that is part of the quoted sentence', () => {
  it.each([
    ['The amendment, he said, “does nothing to help tenants.”', ['The amendment', '“does nothing to help tenants.”']],
    ['No single vote, she said, "decides what this town becomes."', ['No single vote', '"decides what this town becomes."']],
    ['If the bridge closes, the engineer said, "the whole town will suffer."', ['If the bridge closes', '"the whole town will suffer."']],
    ['When the money runs out, the treasurer said, “the library will be the first to go.”', ['When the money runs out', '“the library will be the first to go.”']],
  ])('%s', (sentence, pieces) => {
    expect(withPieces(sentence)).toEqual([expect.objectContaining({ type: 'mixed', cue: 'said', pieces })]);
  });
  it.each([
    // a bare adverbial or a time before the attribution is no reported clause: the quote alone
    ['Of course, the mayor said, “nobody wanted the depot.”', 'nobody wanted the depot.'],
    ['In other words, she said, "the era of cheap rents is over."', 'the era of cheap rents is over.'],
    ['On Tuesday, the mayor said, "the depot will close."', 'the depot will close.'],
  ])('quote alone: %s', (sentence, content) => {
    expect(withPieces(sentence)).toEqual([expect.objectContaining({ type: 'direct', pieces: [content] })]);
  });
});
