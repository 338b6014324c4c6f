// A third-person pronoun opening a reported statement's content as a target (resolve-speakers.ts pronounParty): the
// cue's object ("accused it of …") or the subject of a verb of conduct ("found it had overcharged …"), resolved by the
// speakers stage's antecedent search to a named organisation or group that is not the speaker. Sentences are our own.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/analyze.js';
import { statementsOf as run, withContent } from './stance-helpers.js';


describe('a pronoun opening the content names the party it stands for', () => {
  it('the cue’s object: "accused it of …" is the company the sentence named', () => {
    const st = withContent('The port authority on Monday fined Harrow Bay Freight for late sailings, after dock workers accused it of cutting safety checks to save time.', 'it of cutting');
    expect(st.targets['Harrow Bay Freight']).toBe('AGAINST');
  });
  it('the subject of a verb of conduct after a finding: "found it had overcharged …"', () => {
    const st = withContent('The energy supplier Brightwell Power was fined on Tuesday after the market watchdog found it had overcharged thousands of pensioners.', 'it had overcharged');
    expect(st.targets['Brightwell Power']).toBe('AGAINST');
  });
});

describe('… and not where the pronoun is the speaker or a thing', () => {
  it('a body’s own "it" ("the company said it had paid …") is the speaker, no other party', () => {
    const st = withContent('Tamsford Logistics bought a rival depot from Orrin Holdings last year.|Tamsford Logistics said it had paid the full price in cash.', 'it had paid');
    expect(Object.keys(st.targets)).not.toContain('Orrin Holdings');
  });
  it('"called it …" of a strike is no party', () => {
    const st = withContent('The Dockside Workers Union began a strike on Monday at the Carran terminal.|The Carran Chamber of Commerce called it an expensive way to settle a pay dispute.', 'it an expensive');
    expect(Object.keys(st.targets)).not.toContain('Dockside Workers Union');
  });
  it('"it had failed" of a plan is no party', () => {
    const st = withContent('The Wexley council approved a flood plan in 2022.|Residents said it had failed the first time the river rose.', 'it had failed');
    expect(Object.keys(st.targets)).not.toContain('Wexley');
  });
  it('a group’s own "they" ("campaigners said they had refused …") is the speaker', () => {
    const st = withContent('Greenhold Energy wants to build a pylon line across the moor.|Campaigners said they had refused an offer of compensation.', 'they had refused');
    expect(st.targets['Greenhold Energy']).toBeUndefined();
  });
});

describe('… nor where the cue’s object is no one held to account', () => {
  it('"urged them to vote" of a crowd in a named café is no party', () => {
    const got = run('Senator Mara Quist stopped at the Lantern Cafe on Sunday morning, where dozens of people were having breakfast.|She shook hands at every table and urged them to vote on Tuesday.');
    expect(got.length).toBeGreaterThan(0);
    for (const st of got) expect(Object.keys(st.targets)).not.toContain('Lantern Cafe');
  });
});

describe('… nor a word of the headline (review 17b)', () => {
  const fromText = (text: string, start: string) => {
    const st = analyzeArticle(text).statements.find((s) => s.content.text.startsWith(start));
    expect(st).toBeDefined();
    return st!.targets.map((t) => t.name);
  };
  it('a pronoun with no party before it is not read as the headline\'s first word', () => {
    expect(fromText('News in brief.\nA former manager said it had refused to tell staff about the cuts.\n', 'it had refused')).not.toContain('News');
    expect(fromText('Round-up of the day.\nThe watchdog found it had misled shoppers about prices.\n', 'it had misled')).not.toContain('Round');
    expect(fromText('News in brief.\nCampaigners accused it of cutting safety checks at the depot.\n', 'it of cutting')).not.toContain('News');
  });
  it('must not change: a company named in the text before the pronoun is still found', () => {
    expect(fromText('News in brief.\nThe grocer Hallam Foods was fined on Tuesday after the market watchdog found it had misled shoppers about prices.\n', 'it had misled')).toContain('Hallam Foods');
  });
});
