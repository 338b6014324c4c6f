// Stance of this session's rules (wt-stance19), on sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { last } from './stance-helpers.js';

describe('a demand made to a court, regulator or council against another party (GUIDE decision 44)', () => {
  it('is against the party the action falls on, not the body asked', () => {
    expect(last('Residents of Marlowe asked the Northern District Court to halt dredging by Calloway Marine in the estuary.'))
      .toEqual({ 'Northern District Court': 'NONE', 'Calloway Marine': 'AGAINST' });
    expect(last('The campaign called on the Water Standards Agency to revoke the permit held by Fenrick Dairies until the river recovers.'))
      .toEqual({ 'Water Standards Agency': 'NONE', 'Fenrick Dairies': 'AGAINST' });
    expect(last('The Tenants’ Forum urged the Housing Commission to order Brightwell Lettings to repair every damp flat.'))
      .toMatchObject({ 'Brightwell Lettings': 'AGAINST' });
  });

  it('reads a subjunctive after "demanded that"', () => {
    expect(last('Campaigners in Osterby demanded that the Marine Inspectorate suspend the licence of Fenrick Dairies.'))
      .toEqual({ 'Marine Inspectorate': 'NONE', 'Fenrick Dairies': 'AGAINST' });
  });

  it('leaves the body asked neutral when the action names no one else', () => {
    expect(last('The Quiet Nights Alliance called on the Transport Ministry to ban departures before 6 a.m.'))
      .toEqual({ 'Transport Ministry': 'NONE' });
  });

  it('does not fire on a demand that the addressee itself suffer ("resign")', () => {
    expect(last('The Harwick Teachers’ Union called on Education Minister Petra Lund to resign over the closures.'))
      .toMatchObject({ 'Petra Lund': 'AGAINST' });
  });

  it('does not make a party the action is done with or for a target against', () => {
    const targets = last('Parents asked the school board to review the reading list with teachers from Elmfield Academy.');
    expect(targets['Elmfield Academy']).not.toBe('AGAINST');
    const grant = last('The Riverside Shelter urged the Greyport City Council to restore its grant to the Harbour Food Bank.');
    expect(grant['Harbour Food Bank']).not.toBe('AGAINST');
  });

  it('does not fire on a request to a company, which is no body that acts on others', () => {
    const targets = last('Shoppers asked Corbel Market to review its prices at the Eastgate store.');
    expect(Object.values(targets)).not.toContain('AGAINST');
  });
});

describe('the author of a warning, offer or proposal the speaker dismisses or rejects (GUIDE decision 44, last sentence)', () => {
  it('is against the party that gave the warning', () => {
    const text = 'Harlow Waste Ltd warned that refusing the permit would close the site within a year.|'
      + 'The Millbeck Residents’ Group dismissed the warning as “a bluff”.';
    expect(last(text)).toMatchObject({ 'Harlow Waste Ltd': 'AGAINST' });
  });

  it('takes a proposal as that of the party that last asked for something, not the last accuser', () => {
    const text = 'The Brook Valley Alliance urged the county to move the turbines east of the river.|'
      + 'Mayor Ada Finch accused Stellan Wind of ignoring residents.|'
      + 'Stellan Wind rejected that proposal, saying the ground there was too soft.';
    const targets = last(text);
    expect(targets['Brook Valley Alliance']).toBe('AGAINST');
    expect(targets['Ada Finch']).toBeUndefined();
  });

  it('must not fire: a rejected accusation is still the accuser’s, not a demander’s before it', () => {
    const text = 'The Bakers’ Union demanded that Corbel Foods raise wages.|'
      + 'Councillor Ana Weir accused Corbel Foods of hiding its profits.|'
      + 'Corbel Foods rejected the accusation, saying its accounts were public.';
    const targets = last(text);
    expect(targets['Ana Weir']).toBe('AGAINST');
    expect(targets['Bakers’ Union']).toBeUndefined();
  });

  it('must not fire: a proposal mentioned in a plain report is no denial', () => {
    const targets = last('The Greyport Harbour Board said it would publish a proposal for the new quay in May.');
    expect(Object.values(targets)).not.toContain('AGAINST');
  });
});
