// Session 13, stance toward the party a statement is against. Sentences are our own; each expectation was written by
// hand from the sentence (LABELS.md, targets; GUIDE section 6).
import { describe, expect, it } from 'vitest';
import { last, targetsOf } from './stance-helpers.js';

describe('a demand that a party account for its conduct is against that party', () => {
  it('called on a body to explain why: the body asked, not the party after the words', () => {
    const t = last('The Harlow Residents\' Group called on the Water Services Commission to explain why it had allowed Halden Water to raise bills twice in a year.');
    expect(t['Water Services Commission']).toBe('AGAINST');
    expect(t['Halden Water']).not.toBe('AGAINST');
  });
  it('asked to summon a person to justify a decision', () => {
    const t = last('Brenna Colt, the opposition\'s finance spokeswoman, said she would ask the budget committee to summon Osric Vale to justify the cuts.');
    expect(t['Osric Vale']).toBe('AGAINST');
  });
  it('a quoted "show us" to the one party the quote names', () => {
    const t = last('Mayor Ilse Darrow has refused to release the lease terms.|"Show us the contracts. If the lease is as fair as Darrow keeps saying, there is nothing to lose," said Tom Reyes, a councillor.');
    expect(t['Ilse Darrow']).toBe('AGAINST');
  });
  it('must not fire: a speaker announcing that she will explain a decision herself', () => {
    const t = last('Mayor Ida Voss said she would explain why the library budget was cut at a public meeting on Thursday.');
    expect(Object.values(t)).not.toContain('AGAINST');
  });
  it('must not fire: a demand to publish figures, with no accounting asked for', () => {
    const t = last('The union urged the Halden Port Authority to publish its safety figures.');
    expect(t['Halden Port Authority']).not.toBe('AGAINST');
  });
  it('"demanded the X explain why" with no "to": the party just before the words', () => {
    // (the demand is the first statement; the pipeline also reads "explain" as a cue of its own)
    const t = targetsOf('The Orrin Tenants\' Union demanded the Marlby Housing Board explain why repairs had stalled for a year.')[0]!;
    expect(t['Marlby Housing Board']).toBe('AGAINST');
  });
  // (the review's misfires: a request for information, and a party named before the words who is not asked)
  it('must not fire: a request that a body explain how a scheme will work asks for information', () => {
    const t = last('The transport ministry opened the new ferry route in June.|Island councillors urged the Transport Ministry to explain how the winter timetable would serve schoolchildren.');
    expect(t['Transport Ministry']).not.toBe('AGAINST');
  });
  it('must not fire: a supporter who would like the candidate to explain his position further', () => {
    const t = last('Rosa Menil, who leads a farmers\' league, said she would like Arlo Quint to further explain his position on water rights but backs his campaign.');
    expect(t['Arlo Quint']).not.toBe('AGAINST');
  });
  it('must not fire: "time to show us" after praise of a party named before asks no one that party', () => {
    const t = last('"Dana Pryor has a gift for calming a room. But this is the time to show us a plan for the harbour," said Owen Bracken, a shipping agent.');
    expect(t['Dana Pryor']).not.toBe('AGAINST');
  });
  it('must not fire: a demand that the next mayor explain how he or she will fix a problem named before', () => {
    const t = last('"Under Mayor Colm Ferris the roads fell apart. The next mayor must explain how he or she will repair them," said Ina Lowe, a shop owner.');
    expect(t['Colm Ferris']).not.toBe('AGAINST');
  });
  it('must not fire: a report that a body explained its decision', () => {
    const t = last('The Kestrel Valley Trust said it had explained the decision to its members at the annual meeting, and that most had supported it.');
    expect(Object.values(t)).not.toContain('AGAINST');
  });
});

describe('a description whose first word alone reads as a description ("the port" of "the port authority") is the body', () => {
  it('"the port authority" after "Calden Port Authority" is that body', () => {
    const t = last('The Calden Port Authority said on Monday it would install new cranes.|The dockers\' union has accused the port authority of lying to its members.');
    expect(t['Calden Port Authority']).toBe('AGAINST');
  });
  it('must not fire: "the port authority" with no such body named before stands for no name', () => {
    const t = last('Ships queued outside Calden for two days.|The dockers\' union has accused the port authority of lying to its members.');
    expect(Object.keys(t).some((n) => /Port Authority/u.test(n))).toBe(false);
  });
  it('must not fire: "the port" followed by a noun that is no body\'s head names no body', () => {
    const t = last('The Calden Port Authority said on Monday it would install new cranes.|The dockers\' union said the port cranes had been idle since March.');
    expect(t['Calden Port Authority']).toBeUndefined();
  });
});

describe('a minister whose title names a department speaks for it (decision 16: the body defends itself)', () => {
  it('"Deputy Minister for Coastal Fisheries X" defending a cut: the department named before is the FAVOR target', () => {
    const t = last('The Department of Coastal Fisheries will cut grants to boat owners by a fifth, officials said on Monday.|Deputy Minister for Coastal Fisheries Anna Holt said the cut was "painful but necessary" given the state\'s debts.');
    expect(t['Department of Coastal Fisheries']).toBe('FAVOR');
    // (the person is not a target of her own: she speaks for the department)
    expect(t['Anna Holt']).toBeUndefined();
  });
  it('must not fire: a title whose words name no body the article names', () => {
    const t = last('The Department of Health will close the Marlow ward, officials said on Monday.|Minister for Rural Affairs Jo Penn said the closure was "painful but necessary" given the shortage of nurses.');
    expect(t['Department of Health']).toBeUndefined();
  });
  // (the review's misfire: what stands before "KTV's Lina Oduya" is the sentence, "Merrow noted that", not her title)
  it('must not fire: a reporter named with her outlet\'s possessive speaks for no body named before her', () => {
    const t = last('Merrow Campaign officials said on Sunday that the senator would fly home to Ostend. Merrow noted that KTV\'s Lina Oduya had tweeted that the Merrow Campaign was still running ads in Ostend.');
    expect(t['Merrow Campaign']).not.toBe('FAVOR');
  });
  it('must not fire: the same title with no department named in the article invents none', () => {
    const t = last('Grants to boat owners will be cut by a fifth from April.|Deputy Minister for Coastal Fisheries Anna Holt said the cut was "painful but necessary" given the state\'s debts.');
    expect(Object.keys(t).some((n) => /Department/u.test(n))).toBe(false);
  });
});

describe('"welcomed the fine but said it did not go far enough": what follows the "but" is said of the decision\'s maker', () => {
  const fined = 'The Data Protection Board fined Kestrel Cloud 2 million on Tuesday for keeping customer records too long.';
  it('the body that took the decision is the target of the criticism after "but said"', () => {
    const t = last(`${fined}|Privacy advocates welcomed the fine but said it did not go far enough.`);
    expect(t['Data Protection Board']).toBe('AGAINST');
  });
  it('the body that fined, written in the passive, is the target', () => {
    const t = last('Grell Shipping was fined by the Harbour Safety Authority on Friday for overloading a ferry.|Dock unions welcomed the fine but said it did not go far enough.');
    expect(t['Harbour Safety Authority']).toBe('AGAINST');
    expect(t['Grell Shipping']).toBeUndefined();
  });
  // (the review's misfires: the party voted in is not the vote's maker; the party fined is not the fine's maker)
  it('must not fire: the party voters elected is not the maker of "the vote"', () => {
    const t = last('Voters in Tamsk elected the Liberal Alliance in April.|The bishop praised the vote but said turnout had been far too low.');
    expect(t['Liberal Alliance']).toBeUndefined();
  });
  it('must not fire: the company fined (the latest organisation named) is not the maker of "the fine"', () => {
    const t = last('The harbour inspector fined Grell Shipping last week.|The Ferry Users\' Council welcomed the fine but said it did not go far enough.');
    expect(t['Grell Shipping']).toBeUndefined();
  });
  it('must not fire: a neutral report after "but said" takes no stance', () => {
    const t = last(`${fined}|Kestrel Cloud accepted the fine but said the money would come from its reserves.`);
    expect(t['Data Protection Board']).not.toBe('AGAINST');
  });
  it('must not fire: a decision named by another speaker\'s clause is not what this speaker qualifies', () => {
    const t = last(`${fined}|Privacy advocates welcomed the fine, and a shoppers\' group said prices were going up everywhere.`);
    expect(t['Data Protection Board']).toBeUndefined();
  });
});

// (a decision praised or criticised stands for the body that took it: never the body it fell on or the party it chose,
// which the latest-organisation fallback used to pick)
describe('a decision welcomed or criticised is not the act of the body it fell on', () => {
  it('"welcomed the move" after a body announced it: that body, FAVOR', () => {
    const t = last('The Fenwick Rail Authority said on Monday it would reopen the branch line to Coldby.|Ann Marsh, who chairs the Coldby Traders\' Guild, welcomed the move, saying it would bring shoppers back.');
    expect(t['Fenwick Rail Authority']).toBe('FAVOR');
  });
  it('"welcomed the decision" after a council approved something: the council, FAVOR', () => {
    const t = last('The Harbour Council on Monday approved the new ferry route.|Ellen Park, who chairs the Rivers Trust, welcomed the decision, saying it would help commuters.');
    expect(t['Harbour Council']).toBe('FAVOR');
  });
  it('must not fire: "welcomed the fine" does not favour the firm that was fined', () => {
    const t = last('Regulators on Tuesday fined Marsh Water for sewage spills into the river.|Ellen Park, who chairs the Rivers Trust, welcomed the fine, saying it sent a clear message.');
    expect(t['Marsh Water']).not.toBe('FAVOR');
  });
  it('must not fire: nor when the article wrote the fine in the passive', () => {
    const t = last('Brightwell Energy was fined on Monday for overcharging customers.|Rosa Kemp, of the Consumer Forum, welcomed the penalty.');
    expect(t['Brightwell Energy']).not.toBe('FAVOR');
  });
  it('must not fire: "praised the vote" does not favour the party the voters elected', () => {
    const t = last('Voters on Sunday elected the Green Alliance to a second term in office.|Tom Hale, a local pastor, praised the vote, saying turnout had been strong.');
    expect(t['Green Alliance']).not.toBe('FAVOR');
  });
  it('must not fire: "criticised the penalty" is not against the firm sentenced to pay it', () => {
    const t = last('A judge on Friday sentenced Corvan Holdings to pay a record penalty for dumping waste.|Ivo Pratt, a director of the Clean Rivers Fund, criticised the penalty as too small to deter anyone.');
    expect(t['Corvan Holdings']).not.toBe('AGAINST');
  });
});

// ("the company" in a statement of a body that is no company is not that body; "the company's decision" names who took it)
describe('"the company’s decision" welcomed by a body that is no company is the company’s', () => {
  const askham = 'Askham Water announced a ban on garden hoses on Monday. Askham Water said its reservoirs were at half their usual level.';
  it('a growers\' club welcomed the company\'s decision: the company, FAVOR', () => {
    const t = last(`${askham}|The Fellside Growers' Club welcomed the company's decision to exempt allotments.`);
    expect(t['Askham Water']).toBe('FAVOR');
    expect(t['Fellside Growers\' Club']).toBeUndefined();
  });
  it('a tenants\' association criticised the company\'s decision: the company, AGAINST', () => {
    const t = last(`${askham}|The Brook Street Tenants' Association criticised the company's decision to cut the standing charge for businesses only.`);
    expect(t['Askham Water']).toBe('AGAINST');
  });
  it('must not fire: "the company’s staff" in a neutral report takes no side', () => {
    const t = last(`${askham}|The Fellside Growers' Club said the company's staff had answered its questions.`);
    expect(t['Askham Water']).not.toBe('FAVOR');
    expect(t['Askham Water']).not.toBe('AGAINST');
  });
  it('must not fire: a company speaking of "the company" still speaks of itself', () => {
    const t = last('Corran Foods said on Monday that the company had met every safety rule at its Ardley plant.');
    expect(t['Corran Foods']).toBe('FAVOR');
  });
  it('must not fire: "the council’s meeting" names no decision', () => {
    const t = last('The Dunmore Borough Council met on Tuesday.|The Fellside Growers\' Club said the council\'s meeting had run for three hours.');
    expect(Object.values(t)).not.toContain('FAVOR');
    expect(Object.values(t)).not.toContain('AGAINST');
  });
});
