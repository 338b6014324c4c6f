// Session 16: stance rules written from the train errors (issue 6). Test sentences are our own.
import { describe, expect, it } from 'vitest';
import { last, statementsOf } from './stance-helpers.js';

describe('an insider\'s account of how staff were directed is against the employer', () => {
  it('"staff had been instructed to …", said by unnamed staff at the company\'s plant: the company', () => {
    const t = last('Harbury Foods recalled its frozen pies on Monday.|Two engineers at the company’s plant in Lenton said staff had been instructed to skip the cleaning checks when orders ran late.');
    expect(t['Harbury Foods']).toBe('AGAINST');
  });
  it('"assessors had been set a target of rejecting …", said by a former assessor named with the firm', () => {
    const t = last('Dunholt Mutual Insurance paid out on fewer storm claims than any rival last winter.|A former Dunholt claims assessor said assessors had been set a target of refusing half the storm claims.');
    expect(t['Dunholt Mutual Insurance']).toBe('AGAINST');
  });
  it('"welders at X’s yard were pressed to sign off …": the body the directed staff are placed at', () => {
    const t = last('The navy ordered two patrol ships last year.|Three current and former employees said welders at Castmere Marine’s yard in Oldhaven were pressed to approve welds that nobody had checked.');
    expect(t['Castmere Marine']).toBe('AGAINST');
  });
  it('"managers pressed staff to …", said by former staff at the brewery: the company the article is about', () => {
    // (the supervisor's statement; "managers pressed staff to …" is also a statement of the managers, GUIDE decision 55)
    const all = statementsOf('Tollbridge Ales Ltd was fined in March for polluting the river.|Tollbridge Ales Ltd has two breweries.|A former shift supervisor at the brewery said managers pressed staff to pour waste into the yard drains.');
    const st = all.find((x) => /supervisor/u.test(x.speaker));
    expect(st?.targets['Tollbridge Ales Ltd']).toBe('AGAINST');
  });
  it('must not fire: the company\'s spokesman telling how staff were directed (the body\'s own account)', () => {
    const t = last('Harbury Foods recalled its frozen pies on Monday.|A spokesman for Harbury Foods said staff had been told to check every freezer twice a day.');
    expect(t['Harbury Foods'] ?? 'NONE').not.toBe('AGAINST');
  });
  it('must not fire: insiders reporting something ordinary, no directing of staff', () => {
    const t = last('Harbury Foods recalled its frozen pies on Monday.|Two engineers at the plant said staff had been given new uniforms last year.');
    expect(t['Harbury Foods'] ?? 'NONE').toBe('NONE');
  });
  it('must not fire: managers told staff a piece of news (no "to" and a verb)', () => {
    const t = last('Harbury Foods recalled its frozen pies on Monday.|Two engineers at the plant said managers told staff that the canteen would reopen in June.');
    expect(t['Harbury Foods'] ?? 'NONE').toBe('NONE');
  });
  it('"staff were told not to log …", said by a former worker: keeping no record is a wrong', () => {
    const t = last('Harbury Foods recalled its frozen pies on Monday.|A former worker at the company’s plant said staff were told not to log near misses in the safety book.');
    expect(t['Harbury Foods']).toBe('AGAINST');
  });
  it('"staff were pressed to ship batches before they had been tested": work passed ahead of its check', () => {
    const t = last('Harbury Foods recalled its frozen pies on Monday.|Two engineers at the company’s plant said staff were pressed to ship batches before they had been tested.');
    expect(t['Harbury Foods']).toBe('AGAINST');
  });
  it('must not fire: told to wait until a check had been done', () => {
    const t = last('Harbury Foods recalled its frozen pies on Monday.|Two engineers at the company’s plant said staff were told to hold batches until they had been tested.');
    expect(t['Harbury Foods'] ?? 'NONE').toBe('NONE');
  });
  // (review 16: an insider's account of an ordinary direction is against no one; what staff were told to do decides)
  for (const [what, sentence] of [
    ['sent home ahead of a storm', 'Two engineers at the plant said staff had been told to leave early because of the gale warning.'],
    ['safety gear', 'A former technician at the plant said staff were instructed to wear goggles on the packing line.'],
    ['a fire drill', 'Two engineers at the plant said crews were ordered to leave the cold store when the alarm went off.'],
    ['a vaccine offered at work', 'A nurse at the plant said employees were told to book a winter vaccine through the company clinic.'],
    ['a pension scheme', 'A technician at the plant said managers pressed staff to join the new savings plan.'],
    ['told not to skip a check (the opposite of a wrong)', 'Two engineers at the plant said staff had been told not to skip the cleaning checks.'],
    ['told not to go into a place', 'A former worker at the plant said staff were told not to enter the freezer room alone.'],
  ] as const) {
    it(`must not fire: an insider telling an ordinary direction (${what})`, () => {
      // (the insider's statement: the first one of the last paragraph; "managers pressed staff to …" is also the
      // managers' own, GUIDE decision 55)
      const st = statementsOf(`Harbury Foods recalled its frozen pies on Monday.|${sentence}`)[0];
      expect(st).toBeDefined();
      expect(st!.targets['Harbury Foods'] ?? 'NONE').toBe('NONE');
    });
  }
  it('must not fire: staff made to feel welcome (praise is no account against the employer)', () => {
    const t = last('Harbury Foods opened a second bakery in May.|A worker at the bakery said staff were made to feel at home from the first week.');
    expect(t['Harbury Foods'] ?? 'NONE').not.toBe('AGAINST');
  });
  it('must not fire: a union official (who speaks for a body) saying staff were told to attend a meeting', () => {
    const t = last('Harbury Foods recalled its frozen pies on Monday.|Mira Castell, an official of the Food Workers Union, said staff had been told to attend a meeting on Friday.');
    expect(t['Harbury Foods'] ?? 'NONE').not.toBe('AGAINST');
  });
});
