// Session 15, stance targets (issue 6). Sentences are our own; each expectation was written by hand from the sentence
// (LABELS.md, targets; GUIDE section 6).
import { describe, expect, it } from 'vitest';
import { last } from './stance-helpers.js';

describe('the employer\'s managers, charged by its staff, stand for the employer', () => {
  it('"managers had ignored …" after the company was accused: the company', () => {
    const t = last('Regulators accused Tamberly Haulage Ltd of breaking safety rules at its Oxdale depot.|Three former drivers said managers had ignored repeated complaints about worn brakes on the lorries.');
    expect(t['Tamberly Haulage Ltd']).toBe('AGAINST');
  });
  it('"supervisors at the depot had falsified …", with no company accused before: the company the article writes out', () => {
    const t = last('Corlan Foods Group opened its third plant in Wexby last spring.|Corlan Foods Group now employs 900 people.|Two bakers said supervisors at the new plant had falsified the cleaning records.');
    expect(t['Corlan Foods Group']).toBe('AGAINST');
  });
  it('must not fire: managers who only did something ordinary, in a neutral report', () => {
    const t = last('Regulators accused Tamberly Haulage Ltd of breaking safety rules at its Oxdale depot.|Two drivers said managers had told them the canteen would reopen in June.');
    expect(t['Tamberly Haulage Ltd'] ?? 'NONE').toBe('NONE');
  });
  it('must not fire: managers as the object, not the subject ("met managers")', () => {
    const t = last('Corlan Foods Group opened its third plant in Wexby last spring.|Corlan Foods Group now employs 900 people.|The bakers\' union said it had met managers on Monday and criticised the pace of the talks.');
    expect(t['Corlan Foods Group'] ?? 'NONE').not.toBe('AGAINST');
  });
  it('must not fire: the company speaking of its own managers', () => {
    const t = last('Regulators accused Tamberly Haulage Ltd of breaking safety rules at its Oxdale depot.|Tamberly Haulage Ltd said managers had acted on every complaint.');
    expect(t['Tamberly Haulage Ltd'] ?? 'NONE').not.toBe('AGAINST');
  });
  it('must not fire: a warning passed on by managers is theirs to give, not a charge against the employer', () => {
    const t = last('Regulators accused Tamberly Haulage Ltd of breaking safety rules at its Oxdale depot.|Drivers warned that managers had said the depot could close.');
    expect(t['Tamberly Haulage Ltd'] ?? 'NONE').not.toBe('AGAINST');
  });
});

describe('the managers\' employer must be plain (review 15): the one company named in that or the sentence before', () => {
  it('still fires: the one company named in the sentence before', () => {
    const t = last('The town\'s new sports hall opens in May.|Inspectors visited Tamberly Haulage Ltd on Monday.|Three drivers said managers had ignored repeated complaints about worn brakes.');
    expect(t['Tamberly Haulage Ltd']).toBe('AGAINST');
  });
  it('must not fire: pilots of an airline speak of its managers, not of a caterer accused paragraphs before', () => {
    const t = last('Councillors accused Brenmoor Catering Services of serving undercooked meals.|Brenmoor Catering Services said it had changed its suppliers.|The town\'s new sports hall opens in May.|Pilots at Corvane Air Ltd said managers had pressured them to fly when tired.');
    expect(t['Brenmoor Catering Services'] ?? 'NONE').toBe('NONE');
  });
  it('must not fire: a company accused paragraphs before is not the managers\' employer', () => {
    const t = last('Councillors accused Brenmoor Catering Services of serving undercooked meals.|Brenmoor Catering Services said it had changed its suppliers.|The town\'s new sports hall opens in May.|Parents said managers had ignored their letters about the swimming timetable.');
    expect(t['Brenmoor Catering Services'] ?? 'NONE').toBe('NONE');
  });
  it('must not fire: two companies named in the sentence before', () => {
    const t = last('Regulators accused Harwell Freight Lines of breaking safety rules.|Harwell Freight Lines and Osterby Parcel Services share the depot at Lenmouth.|Four drivers said managers had bullied staff who reported faults.');
    expect(t['Harwell Freight Lines'] ?? 'NONE').toBe('NONE');
    expect(t['Osterby Parcel Services'] ?? 'NONE').toBe('NONE');
  });
  it('must not fire: a football report, where a club\'s manager is its coach', () => {
    const t = last('Fans accused Kestport Athletic of ignoring safety rules at the ground.|Kestport Athletic drew 2-2 with Dunmore Rovers on Saturday.|A supporters\' group said managers had ignored warnings about the crush at the turnstiles.');
    expect(t['Dunmore Rovers'] ?? 'NONE').toBe('NONE');
    expect(t['Kestport Athletic'] ?? 'NONE').toBe('NONE');
  });
});

describe('"X had played no part", said by critics, does not clear X', () => {
  it('"Critics said the mayor had played no part in securing …": not FAVOR', () => {
    const t = last('Critics said Mayor Dana Holt had played no part in securing the new bridge funding.');
    expect(t['Dana Holt']).not.toBe('FAVOR');
  });
  it('"Opponents of the scheme said …": not FAVOR', () => {
    const t = last('Opponents of the scheme said the Harlow Trust had played no part in the clean-up.');
    expect(t['Harlow Trust']).not.toBe('FAVOR');
  });
  it('must not fire: a lawyer\'s "played no part" still clears', () => {
    const t = last('Her lawyer said Mayor Dana Holt had played no part in awarding the contract.');
    expect(t['Dana Holt']).toBe('FAVOR');
  });
  it('must not fire: a named speaker whose name is no description of opposition', () => {
    const t = last('The Rivalry Foundation said the Harlow Trust had played no part in the fraud.');
    expect(t['Harlow Trust']).toBe('FAVOR');
  });
});

// (a person's report of themselves is in their favour only in answer to a charge the article reports: GUIDE decision 22)
const TENBY_CHARGED = 'The district auditor accused Councillor Mira Tenby of inflating the parish figures.';
const PENHALE_CHARGED = 'The district auditor accused Councillor Osric Penhale of inflating the parish figures.';
describe('a speaker\'s own doubt about another matter is no self-report in their favour', () => {
  it('"I would be very wary of …": the speaker is not FAVOR', () => {
    const t = last(`${TENBY_CHARGED}|"I would be very wary of any promise that the plant will reopen," said Councillor Mira Tenby.`);
    expect(t['Mira Tenby'] ?? 'NONE').not.toBe('FAVOR');
  });
  it('"I am not sure …": the speaker is not FAVOR', () => {
    const t = last(`${TENBY_CHARGED}|"I am not sure the numbers add up yet," said Councillor Mira Tenby.`);
    expect(t['Mira Tenby'] ?? 'NONE').not.toBe('FAVOR');
  });
  it('must not fire: "we are confident our figures are right" stays self-serving', () => {
    const t = last(`${TENBY_CHARGED}|"We are confident our figures are right," said Councillor Mira Tenby.`);
    expect(t['Mira Tenby']).toBe('FAVOR');
  });
  it('must not fire: "we were not worried" is no doubt', () => {
    const t = last(`${TENBY_CHARGED}|"We were not worried about the audit, because we had kept every receipt," said Councillor Mira Tenby.`);
    expect(t['Mira Tenby']).toBe('FAVOR');
  });
  it('"I wonder whether …": a doubt, the speaker is not FAVOR', () => {
    const t = last(`${PENHALE_CHARGED}|"We have kept our side of the deal, but I wonder whether the new depot will ever open," said Councillor Osric Penhale.`);
    expect(t['Osric Penhale'] ?? 'NONE').not.toBe('FAVOR');
  });
  it('"we don\'t know if …": a doubt, the speaker is not FAVOR', () => {
    const t = last(`${PENHALE_CHARGED}|"We met every deadline, and we don't know if the grant will be renewed," said Councillor Osric Penhale.`);
    expect(t['Osric Penhale'] ?? 'NONE').not.toBe('FAVOR');
  });
  it('must not fire: "I don\'t know why he keeps saying that, but …" is a rebuttal in the speaker\'s defence', () => {
    const t = last(`${PENHALE_CHARGED}|"I don't know why he keeps saying that, but we were not worried about the audit, because we had kept every receipt," said Councillor Osric Penhale.`);
    expect(t['Osric Penhale']).toBe('FAVOR');
  });
  it('must not fire: "I wonder why …" after a defence of one\'s own conduct', () => {
    const t = last(`${PENHALE_CHARGED}|"We are confident our figures are right. I wonder why, with all their staff, they cannot check them," said Councillor Osric Penhale.`);
    expect(t['Osric Penhale']).toBe('FAVOR');
  });
});
