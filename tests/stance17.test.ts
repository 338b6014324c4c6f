// Session 17: stance targets (issue 6), rules written from the train errors. Test sentences are our own.
import { describe, expect, it } from 'vitest';
import { last, targetsOf } from './stance-helpers.js';

describe('a kind noun stands for the body whose name carries a word of that kind ("the airline" → "X Airways")', () => {
  it('"the airline had ignored warnings" after "Pellmoor Airways": the airline is accused', () => {
    const t = last('Pellmoor Airways grounded three of its turboprops on Friday.|Union officials said the airline had ignored warnings from its own engineers for months.');
    expect(t['Pellmoor Airways']).toBe('AGAINST');
  });
  it('"accused the airline of" after "Tessaly Airlines": the airline is accused', () => {
    const t = last('Tessaly Airlines cancelled 60 flights over the holiday weekend.|Passenger groups accused the airline of hiding the cancellations until the last minute.');
    expect(t['Tessaly Airlines']).toBe('AGAINST');
  });
  it('"the shipyard" after "Dunmere Shipbuilding": the shipyard is the company', () => {
    const t = last('Dunmere Shipbuilding is building two ferries for the island service.|Three welders said the shipyard had falsified its weld inspection records.');
    expect(t['Dunmere Shipbuilding']).toBe('AGAINST');
  });
  it('"the airline denied …" speaks for the airline named before: its own defence', () => {
    const all = targetsOf('Pellmoor Airways grounded three of its turboprops on Friday.|The airline denied that it had cut corners on maintenance.');
    expect(all[all.length - 1]?.['Pellmoor Airways']).toBe('FAVOR');
  });
  it('must not fire: "the airline" in a story that names no airline', () => {
    const t = last('Flights were delayed across the region on Friday.|Union officials said the airline had ignored warnings from its own engineers for months.');
    expect(Object.keys(t).some((n) => /airways|air$/iu.test(n))).toBe(false);
  });
  it('must not fire: an airport\'s name is no airline ("Brellow Airport")', () => {
    const t = last('Brellow Airport opened a new terminal on Monday.|Union officials said the airline would add two routes to the islands in spring.');
    expect(t['Brellow Airport'] ?? 'NONE').toBe('NONE');
  });
  it('must not fire: "the shipyard" in a story whose only company is a bank', () => {
    const t = last('Farrow Bank lent the town council two million pounds.|Three welders said the shipyard had changed its shift pattern in spring.');
    expect(t['Farrow Bank'] ?? 'NONE').toBe('NONE');
  });
});

describe('a sector word two bodies\' names share does not make them one side ("Air", "Water")', () => {
  it('"Air" alone shared: the other body is not the speaker\'s own side', () => {
    const t = last('Tessaly Air Ltd cancelled 60 flights over the holiday weekend.|The controllers’ agency, Brenmoor Air Navigation Service, said Tessaly Air Ltd had made a terrible, chaotic mess of its holiday timetable.');
    expect(t['Tessaly Air Ltd']).toBe('AGAINST');
  });
  it('must not fire: a water company and a water regulator in a neutral report', () => {
    const t = last('Corran Water raised its bills by four per cent.|The Water Services Authority said the rise was within the limit it had set in January.');
    expect(t['Corran Water'] ?? 'NONE').toBe('NONE');
  });
  it('must not fire: an airline and an airport in a neutral report', () => {
    const t = last('Tessaly Air Ltd moved its winter flights to Brellow.|Brellow Air Terminal Company said the airline would use gate four from December.');
    expect(t['Tessaly Air Ltd'] ?? 'NONE').toBe('NONE');
  });
});
