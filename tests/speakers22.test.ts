// Speaker faults from the train and dev errors of session 22 ("same mention, other name"). The sentences are written
// for this file.
import { describe, expect, it } from 'vitest';
import { speakerOf } from './speaker-helpers.js';

describe('a document the article gives a title speaks by that title', () => {
  it('a long participle phrase before "under the title"', () => {
    expect(speakerOf('The survey, commissioned by the Harlow Rivers Trust and released in March under the title “Muddy Waters,” found that eels had vanished from three of the five streams.', 'eels had vanished'))
      .toMatchObject({ name: 'Muddy Waters', kind: 'document' });
  });
  it('a title in apposition after the report and its author, then "It" in the next sentence', () => {
    const body = 'A report by the Regional Buses Board, “Running Late,” published in May, found that a third of rural services had been cut. It warned that the timetable left villagers with no evening buses.';
    expect(speakerOf(body, 'a third of rural services')).toMatchObject({ name: 'Running Late', kind: 'document' });
    expect(speakerOf(body, 'the timetable left villagers')).toMatchObject({ name: 'Running Late', kind: 'document' });
  });
  it('a title before an indefinite description, and "the investigation" later', () => {
    const body = 'The claims first appeared in “Cold Storage,” an investigation published on Monday by the Lantern Post. According to the investigation, managers at the depot switched off the freezers overnight to save power.';
    expect(speakerOf(body, 'managers at the depot switched off')).toMatchObject({ name: 'Cold Storage', kind: 'document' });
  });
  it('the findings, published in a report titled …, showed', () => {
    expect(speakerOf('The findings, published on Friday by Orrin Analytics in a report titled “Empty Shelves,” showed that 12 of 30 pharmacies had run out of the drug.', '12 of 30 pharmacies'))
      .toMatchObject({ name: 'Empty Shelves', kind: 'document' });
  });
  it('according to figures published in a bulletin titled …', () => {
    expect(speakerOf('According to the council’s own figures, published in a weekly bulletin titled “Bins Update,” collections were missed on 40 streets in October.', 'collections were missed'))
      .toMatchObject({ name: 'Bins Update', kind: 'document' });
  });
  it('must not fire: a quotation after a report that said it', () => {
    const who = speakerOf('The inspectors’ report said, “Nothing about this ward is safe,” and the trust accepted that staffing was too thin.', 'Nothing about this ward is safe');
    expect(who.name).not.toBe('Nothing about this ward is safe');
  });
  it('must not fire: a quoted remark then a report found', () => {
    const who = speakerOf('Residents had called the plan “a disgrace,” a report by the ombudsman found, adding that the council had ignored 300 letters.', 'the council had ignored 300 letters');
    expect(who.name).not.toBe('a disgrace');
  });
  it('must not fire: a report with no title stays the report', () => {
    expect(speakerOf('A report by the Regional Buses Board, published in May, found that a third of rural services had been cut.', 'a third of rural services'))
      .toMatchObject({ kind: 'document' });
    expect(speakerOf('A report by the Regional Buses Board, published in May, found that a third of rural services had been cut.', 'a third of rural services').name).toMatch(/report/u);
  });
  it('must not fire: a phrase someone called a thing after the findings', () => {
    const who = speakerOf('The findings, described by the minister as “deeply troubling,” showed that 12 of 30 pharmacies had run out of the drug.', '12 of 30 pharmacies');
    expect(who.name).not.toBe('deeply troubling');
  });
});

describe('"the group" after a name a collective noun described in apposition is that body', () => {
  const body = 'Lorries must rest more often, the Freight Bureau said. Road Safety Alliance, a Leeds-based advocacy group, noted that the bureau had rated Dunmore Haulage safe. Dunmore Haulage said its drivers were trained. The group urged ministers to require new brakes on all lorries.';
  it('a place-based collective in apposition, with another company named since', () => {
    expect(speakerOf(body, 'ministers to require new brakes')).toMatchObject({ name: 'Road Safety Alliance' });
  });
  it('the kind stays as the name gives it (no group made of an advocacy body)', () => {
    expect(speakerOf(body, 'the bureau had rated')).toMatchObject({ name: 'Road Safety Alliance', kind: 'organization' });
  });
  it('must not fire: "the company" after the same sentences is the company', () => {
    expect(speakerOf(body.replace('The group urged', 'The company urged'), 'ministers to require new brakes')).toMatchObject({ name: 'Dunmore Haulage' });
  });
  it('must not fire: a person described as a member of a group is no group', () => {
    expect(speakerOf('Mara Quist, a member of the residents’ group, said the road was unsafe. The council said it would review the junction.', 'it would review the junction'))
      .toMatchObject({ kind: 'organization' });
  });
});

describe('"the agency" stands for a body named "Office of …" or "Office for …"', () => {
  it('an Office of … named in the lead', () => {
    expect(speakerOf('In an order issued on Monday, the federal Office of Rail Safety said the bridge had shown cracks in 2021. The agency said running trains over it would be dangerous.', 'running trains over it would be dangerous'))
      .toMatchObject({ name: 'Office of Rail Safety', kind: 'organization' });
  });
  it('must not fire: a body named with the word agency itself wins over an Office of … named since', () => {
    expect(speakerOf('The Coastal Survey Agency ordered the dredging to stop. The Office of Port Planning had approved it in May. The agency said the silt was toxic.', 'the silt was toxic'))
      .toMatchObject({ name: 'Coastal Survey Agency' });
  });
  it('must not fire: a ministry called an Office with no "of" is no agency', () => {
    const who = speakerOf('The Home Office said the visas would be reviewed. The Border Data Agency said its records were complete. Later the agency said the checks had been run twice.', 'the checks had been run twice');
    expect(who.name).toBe('Border Data Agency');
  });
});

describe('a one-word name the oracle reads as a place is a body when a body noun stands in apposition after it', () => {
  it('five modifiers before the kind noun, and "the company" after the content', () => {
    expect(speakerOf('Soundvale, the region’s most popular food delivery service, will raise its fee by 15 percent from May, the company said on Tuesday.', 'will raise its fee'))
      .toMatchObject({ name: 'Soundvale', kind: 'organization' });
  });
  it('must not fire: a town described as a town stays a place', () => {
    const who = speakerOf('Soundvale, the county’s largest town, will lose its last bank branch in May, the council said on Tuesday.', 'will lose its last bank branch');
    expect(who.name).not.toBe('Soundvale');
  });
  it('must not fire: a place with a relative "which" stays a place', () => {
    const who = speakerOf('Soundvale, which has 12,000 residents, will lose its last bank branch in May, the company said on Tuesday.', 'will lose its last bank branch');
    expect(who.name).not.toBe('Soundvale');
  });
});
