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
      .toEqual({ 'Housing Commission': 'NONE', 'Brightwell Lettings': 'AGAINST' });
  });

  it('is against the doer after "by" and the holder of what the action falls on, not the object of a takeover', () => {
    expect(last('Brewers asked the Competition Tribunal to block the takeover of Dunmore Brewing by Kestrel Group.'))
      .toMatchObject({ 'Competition Tribunal': 'NONE', 'Kestrel Group': 'AGAINST' });
    expect(last('Brewers asked the Competition Tribunal to block the takeover of Dunmore Brewing by Kestrel Group.')['Dunmore Brewing'])
      .not.toBe('AGAINST');
    expect(last('Anglers urged the Rivers Regulator to suspend the permit of Halvey Quarries after the spill.'))
      .toEqual({ 'Rivers Regulator': 'NONE', 'Halvey Quarries': 'AGAINST' });
  });

  it('must not fire on a party inside an of/against/around phrase of the action\'s object', () => {
    const library = last('Readers asked the Castleford Council to halt the demolition of Ormsby Library.');
    expect(library['Castleford Council']).toBe('NONE');
    expect(library['Ormsby Library']).not.toBe('AGAINST');
    const death = last('The family urged the Justice Ministry to investigate the death of Tomas Reyes in custody.');
    expect(death['Justice Ministry']).toBe('NONE');
    expect(death['Tomas Reyes']).not.toBe('AGAINST');
    const threats = last('Supporters called on the regulator to investigate threats against Senator Ilse Marr.');
    expect(threats['Ilse Marr']).not.toBe('AGAINST');
    const school = last('Parents asked the Wexley Council to review the traffic rules around Fernhill Primary School.');
    expect(school['Wexley Council']).toBe('NONE');
    expect(school['Fernhill Primary School']).not.toBe('AGAINST');
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
    // (a party the action would fall on is named, so the test fails if the rule fires, not only if no target is found)
    const targets = last('Shoppers asked Corbel Market to review Ridgeway Farms’ egg prices.');
    expect(targets['Ridgeway Farms']).toBeDefined();
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
