// "The company" and kin after a related party or a person named in apposition: which body the description stands for.
// The sentences are written for this file.
import { describe, expect, it } from 'vitest';
import { speakerOf } from './speaker-helpers.js';

describe('a body named as another body’s related party ("Y’s largest shareholder, X") is not "the company"', () => {
  it('"Its largest shareholder, the investment firm Marlow Holdings, …" then "Marlow declined …. The company has admitted" → the company it holds shares in', () => {
    const body = 'Tamsin & Hale will close 30 shops. Its largest shareholder, the investment firm Marlow Holdings, bought a stake in 2019. '
      + 'Marlow declined to comment on Monday. The company has admitted that its turnaround plan was too slow.';
    expect(speakerOf(body, 'its turnaround plan was too slow').name).toBe('Tamsin & Hale');
  });
  it('"Its largest shareholder, Marlow Holdings, …" then "Marlow Holdings declined …. The company has admitted" → Tamsin Stores', () => {
    const body = 'Tamsin Stores will close 30 shops. Its largest shareholder, Marlow Holdings, bought its stake in 2019. '
      + 'Marlow Holdings declined to comment on Monday. The company has admitted that its turnaround plan was too slow.';
    expect(speakerOf(body, 'its turnaround plan was too slow').name).toBe('Tamsin Stores');
  });
  it('"Brenlow’s biggest client, Orrin Direct, …" then "Orrin did not respond. … The company said" → Brenlow', () => {
    const body = 'Brenlow Motors charged insurers for repairs it never made, former staff said. '
      + 'Brenlow’s biggest client, Orrin Direct, suspended its referrals last week. Orrin did not respond to a request for comment. '
      + 'The company said it had no record of any complaint.';
    expect(speakerOf(body, 'no record of any complaint').name).toMatch(/^Brenlow/u);
  });
  it('must not fire: a company named in its own right before "the company" is that company', () => {
    const body = 'Tamsin & Hale will close 30 shops, the department store chain said on Monday. '
      + 'The investment firm Marlow Holdings bought a stake in the retailer last year. '
      + 'Marlow Holdings said on Tuesday it backed the plan. '
      + 'The company said it would invest more.';
    expect(speakerOf(body, 'it would invest more').name).toBe('Marlow Holdings');
  });
});

describe('a name set beside a person’s role, or before ", who", is no body "the company" refers back to', () => {
  it('"Its chief executive, Odile Brancaster, …" then "The company said" → not Odile Brancaster', () => {
    const body = 'Ferrow Post plans to deliver letters on three days a week. '
      + 'Its chief executive, Odile Brancaster, told a newspaper that daily delivery belonged to the past. '
      + 'The company said in a statement that no worker would be made redundant.';
    expect(speakerOf(body, 'no worker would be made redundant').name).not.toBe('Odile Brancaster');
  });
  it('"said Tobin Ashgrove, who spent three years at the site" then "Ashgrove said …. The company said" → the company', () => {
    const body = 'Kellard Repairs billed insurers for parts it never fitted, former staff said. '
      + '“Everyone knew,” said Tobin Ashgrove, who spent three years at the Harwick site. '
      + 'Ashgrove said he had raised his concerns with Kellard’s head office in 2022. '
      + 'The company said it had no record of any such complaint.';
    const who = speakerOf(body, 'no record of any such complaint');
    expect(who.name).not.toMatch(/Ashgrove/u);
    expect(who.kind).toBe('organization');
  });
  it('must not fire: a body named in apposition to a kind of business stays "the company"', () => {
    const body = 'Pellory Quarrant, the catering group, lost a contract worth £40 million on Monday. '
      + 'The company said it would appeal.';
    expect(speakerOf(body, 'it would appeal').name).toBe('Pellory Quarrant');
  });
});

describe('a kind noun in apposition before a participle ("X, the food-delivery app used by …") is the head "the company" finds', () => {
  it('"Tenzo, the food-delivery app used by two million customers," then "The company denied" → Tenzo', () => {
    const body = 'Tenzo, the food-delivery app used by two million customers in Britain, will cut the fee it pays riders. '
      + 'Riders said they would strike. The company denied that the cut was linked to its share listing.';
    expect(speakerOf(body, 'the cut was linked to its share listing').name).toBe('Tenzo');
  });
  it('must not fire: a person in apposition with a participle stays a person, not "the company"', () => {
    const body = 'Tenzo Deliveries will cut the fee it pays riders. '
      + 'Marek Olszak, a rider used to long shifts, said the cut was unfair. The company said the change was needed.';
    expect(speakerOf(body, 'the change was needed').name).toBe('Tenzo Deliveries');
  });
});

describe('a name a kind noun introduces after a preposition ("bought by the private equity firm X") is no subject "the company" takes', () => {
  it('"The chain … was bought by the private equity firm Corvel Capital Partners. In an email, the company said" → the chain', () => {
    const body = 'Hundreds of families were left without childcare after Brightfield Nurseries said it would close eight sites. '
      + 'The chain, which runs 41 nurseries, was bought in 2022 by the private equity firm Corvel Capital Partners. '
      + 'In an email sent to parents, the company said the closures were not a decision taken lightly.';
    expect(speakerOf(body, 'not a decision taken lightly').name).toBe('Brightfield Nurseries');
  });
  it('must not fire: the firm as the subject that bought the chain is "the company"', () => {
    const body = 'Hundreds of families were left without childcare after Brightfield Nurseries said it would close eight sites. '
      + 'The private equity firm Corvel Capital Partners bought the chain in 2022. '
      + 'In an email sent to investors, the company said the closures were not a decision taken lightly.';
    expect(speakerOf(body, 'not a decision taken lightly').name).toBe('Corvel Capital Partners');
  });
});
