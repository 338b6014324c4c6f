// "The company" and kin after a related party or a person named in apposition: which body the description stands for.
// The sentences are written for this file.
import { describe, expect, it } from 'vitest';
import { speakerOf } from './speaker-helpers.js';

describe('a body named as another body’s related party ("Y’s largest shareholder, X") is not "the company"', () => {
  it('"Its biggest backer, the investment group Ostrava Partners, …" then "Ostrava would not say …. The company has conceded" → the operator it backs', () => {
    const body = 'Quillon Rail will scrap two of its night services. Its biggest backer, the investment group Ostrava Partners, raised its holding in 2021. '
      + 'Ostrava would not say on Thursday how it had voted. The company has conceded that its new timetable was too ambitious.';
    expect(speakerOf(body, 'its new timetable was too ambitious').name).toBe('Quillon Rail');
  });
  it('"Its biggest investor, Corram Holdings, …" then "Corram Holdings refused …. The company has admitted" → Fenwick Dairies', () => {
    const body = 'Fenwick Dairies will stop collecting milk from 40 farms. Its biggest investor, Corram Holdings, doubled its share last spring. '
      + 'Corram Holdings refused to answer questions on Wednesday. The company has admitted that the price it paid farmers was too low.';
    expect(speakerOf(body, 'the price it paid farmers was too low').name).toBe('Fenwick Dairies');
  });
  it('"Halvey’s largest customer, Dunmere Academies, …" then "Dunmere did not reply. … The company said" → Halvey', () => {
    const body = 'Halvey Books charged schools for books it never sent, former staff said. '
      + 'Halvey’s largest customer, Dunmere Academies, stopped placing orders in June. Dunmere did not reply to emails. '
      + 'The company said every invoice had been checked by hand.';
    expect(speakerOf(body, 'every invoice had been checked by hand').name).toMatch(/^Halvey/u);
  });
  it('must not fire: a company named in its own right before "the company" is that company', () => {
    const body = 'Quillon Rail will scrap two night services, the train operator announced on Friday. '
      + 'The investment group Ostrava Partners raised its holding in the operator in 2021. '
      + 'Ostrava Partners said on Saturday it supported the change. '
      + 'The company said it would keep its shares.';
    expect(speakerOf(body, 'it would keep its shares').name).toBe('Ostrava Partners');
  });
});

describe('a name set beside a person’s role, or before ", who", is no body "the company" refers back to', () => {
  it('"Its managing director, Ysolde Carrick, …" then "The company said" → Marbeck Water', () => {
    const body = 'Customers of Marbeck Water will pay a tenth more next April. '
      + 'Its managing director, Ysolde Carrick, told a radio station that cheap water was a thing of the past. '
      + 'The company said in a letter to customers that no pipe repair would be delayed.';
    const who = speakerOf(body, 'no pipe repair would be delayed');
    expect(who.name).toBe('Marbeck Water');
    expect(who.kind).toBe('organization');
  });
  it('"said Ruairi Denholm, who worked for six years at the Corby branch" then "Denholm said …. The company said" → Pellwick', () => {
    const body = 'Pellwick Clinics charged patients for eye tests they never had, two opticians said. '
      + '“It was a sales target, not medicine,” said Ruairi Denholm, who worked for six years at the Corby branch. '
      + 'Denholm said he had complained to Pellwick’s head office in 2023. '
      + 'The company said it could find no trace of his complaint.';
    const who = speakerOf(body, 'no trace of his complaint');
    expect(who.name).toMatch(/^Pellwick/u);
    expect(who.kind).toBe('organization');
  });
  it('must not fire: a body named in apposition to a kind of business stays "the company"', () => {
    const body = 'Pellory Quarrant, the catering group, lost a contract worth £40 million on Monday. '
      + 'The company said it would appeal.';
    expect(speakerOf(body, 'it would appeal').name).toBe('Pellory Quarrant');
  });
});

describe('a kind noun in apposition before a participle ("X, the ride-hailing app used by …") is the head "the company" finds', () => {
  it('"Brisko, the ride-hailing app used by half a million drivers," then "The company denied" → Brisko', () => {
    const body = 'Brisko, the ride-hailing app used by half a million drivers in Poland, will raise the commission it takes from each fare. '
      + 'Drivers said they would log off for a day. The company denied that the rise would pay for its expansion abroad.';
    expect(speakerOf(body, 'the rise would pay for its expansion abroad').name).toBe('Brisko');
  });
  it('must not fire: a person in apposition with a participle stays a person, not "the company"', () => {
    const body = 'Brisko Rides will raise the commission it takes from each fare. '
      + 'Tolland Greaves, a driver used to night shifts, said the rise was unfair. The company said the change was needed.';
    expect(speakerOf(body, 'the change was needed').name).toBe('Brisko Rides');
  });
});

describe('a name a kind noun introduces after a preposition ("sold to the shipping group X") is no subject "the company" takes', () => {
  it('"The operator … was sold in 2021 to the shipping group Arvant Maritime. In a letter …, the company said" → the operator', () => {
    const body = 'Commuters faced longer queues after Tollen Ferries said it would cut four crossings. '
      + 'The operator, which runs 12 boats, was sold in 2021 to the shipping group Arvant Maritime. '
      + 'In a letter sent to season-ticket holders, the company said the cuts were a last resort.';
    expect(speakerOf(body, 'the cuts were a last resort').name).toBe('Tollen Ferries');
  });
  it('must not fire: the group as the subject that bought the operator is "the company"', () => {
    const body = 'Commuters faced longer queues after Tollen Ferries said it would cut four crossings. '
      + 'The shipping group Arvant Maritime bought the operator in 2021. '
      + 'In a letter sent to its shareholders, the company said the cuts were a last resort.';
    expect(speakerOf(body, 'the cuts were a last resort').name).toBe('Arvant Maritime');
  });
  it('must not fire: an article and a noun after a preposition ("after the storms the shipping group X") are no modifiers of one phrase', () => {
    const body = 'Tollen Ferries cancelled four crossings on Monday. '
      + 'Barely a week after the storms the shipping group Arvant Maritime offered to buy the operator. '
      + 'The company said it would pay £40 million in cash.';
    expect(speakerOf(body, 'it would pay £40 million').name).toBe('Arvant Maritime');
  });
});
