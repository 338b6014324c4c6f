// GUIDE decision 55: speech reported inside an indirect content is a statement of its own. Verbs of instructing, pressing
// and offering tell of deeds as often as of words, so they are cues only there (cues.json "nestedOnly").
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/analyze.js';

const rows = (body: string) =>
  analyzeArticle(`Headline\n\n${body}\n`).statements.map((s) => ({
    cue: s.cue?.text ?? null, speaker: s.speaker.mention?.text ?? null, kind: s.speaker.kind, content: s.content.text, act: s.act,
  }));

describe('instructed, pressed, offered inside another speaker\'s reported clause (GUIDE decision 55)', () => {
  it('"said managers had instructed them not to …": the managers\' DEMAND beside the nurses\' whole statement', () => {
    const r = rows('Two nurses said managers had instructed them not to discuss the shortages with patients.');
    expect(r).toContainEqual(expect.objectContaining({ cue: 'said', speaker: 'Two nurses', content: 'managers had instructed them not to discuss the shortages with patients' }));
    expect(r).toContainEqual(expect.objectContaining({ cue: 'instructed', speaker: 'managers', content: 'them not to discuss the shortages with patients', act: 'DEMAND' }));
  });
  it('"said the trust had pressed some nurses to work …": the trust\'s DEMAND', () => {
    const r = rows('The union said the hospital trust had pressed some nurses to work double shifts.');
    expect(r).toContainEqual(expect.objectContaining({ cue: 'pressed', speaker: 'the hospital trust', kind: 'organization', content: 'some nurses to work double shifts', act: 'DEMAND' }));
  });
  it('"said the developer had offered to pay …": the developer\'s SAY, and the outer content keeps the offer', () => {
    const r = rows('Two councillors said the developer had offered to pay for a new footbridge if the plan was approved.');
    expect(r).toContainEqual(expect.objectContaining({ cue: 'offered', speaker: 'the developer', content: 'to pay for a new footbridge if the plan was approved', act: 'SAY' }));
    expect(r).toContainEqual(expect.objectContaining({ cue: 'said', content: 'the developer had offered to pay for a new footbridge if the plan was approved' }));
  });
  it('a coordinated offer does not cut the outer content: "could not help but had offered to …"', () => {
    const r = rows('The chairwoman said the county could not cover the shortfall but had offered to lend the club its sports hall for a year.');
    expect(r).toContainEqual(expect.objectContaining({ cue: 'said', content: 'the county could not cover the shortfall but had offered to lend the club its sports hall for a year' }));
  });
});

describe('must not fire: the same verbs as deeds, in the narrative, in the passive, or the speaker\'s own act', () => {
  it('in the reporter\'s narrative the verbs make no statement', () => {
    expect(rows('The hospital trust pressed some nurses to work double shifts.')).toEqual([]);
    expect(rows('The developer offered to pay for a new footbridge.')).toEqual([]);
    expect(rows('The family instructed a solicitor after the crash.')).toEqual([]);
  });
  it('"pressed ahead with" and an offer of goods inside a reported clause are deeds', () => {
    expect(rows('The mayor said the council had pressed ahead with the sale of the depot.').map((x) => x.cue)).toEqual(['said']);
    expect(rows('The owner said the chain had offered a discount to loyal customers.').map((x) => x.cue)).toEqual(['said']);
    expect(rows('A spokesman said the airline had offered free rebooking to passengers.').map((x) => x.cue)).toEqual(['said']);
  });
  it('speech the content says did not happen: "rejected claims that it was pressing …"', () => {
    expect(rows('The minister rejected claims that the department was pressing councils to sell their parks.').map((x) => x.cue)).not.toContain('pressing');
  });
  it('a person telling of their own body\'s offer: "Okoro said the company had offered to …", "said his office had offered to …"', () => {
    expect(rows('Dana Okoro said the company had offered to replace the faulty boilers free of charge.').map((x) => x.cue)).toEqual(['said']);
    expect(rows('Victor Hale said his office had offered to host the talks.').map((x) => x.cue)).toEqual(['said']);
  });
  it('an offer of a thing, not an action: "said the scheme offered “a fresh start to …”"', () => {
    expect(rows('The charity said the scheme offered “a fresh start to families who want to rebuild.”').map((x) => x.cue)).toEqual(['said']);
  });
  it('a passive with no agent has no source: "had been instructed to stop"', () => {
    expect(rows('Police said the driver had been instructed to stop.').map((x) => x.cue)).toEqual(['said']);
  });
  it('the speaker\'s own earlier act is one statement: "she said she had instructed her staff to …"', () => {
    const r = rows('She said she had instructed her staff to check every invoice.');
    expect(r).toHaveLength(1);
    expect(r[0]).toEqual(expect.objectContaining({ cue: 'said', act: 'DEMAND' }));
  });
});
