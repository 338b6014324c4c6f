// Session 16: stance rules written from the train errors (issue 6). Test sentences are our own.
import { describe, expect, it } from 'vitest';
import { last } from './stance-helpers.js';

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
    const t = last('Tollbridge Ales Ltd was fined in March for polluting the river.|Tollbridge Ales Ltd has two breweries.|A former shift supervisor at the brewery said managers pressed staff to pour waste into the yard drains.');
    expect(t['Tollbridge Ales Ltd']).toBe('AGAINST');
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
  it('must not fire: a union official (who speaks for a body) saying staff were told to attend a meeting', () => {
    const t = last('Harbury Foods recalled its frozen pies on Monday.|Mira Castell, an official of the Food Workers Union, said staff had been told to attend a meeting on Friday.');
    expect(t['Harbury Foods'] ?? 'NONE').not.toBe('AGAINST');
  });
});
