// Session 32, helper fixnu32: a body's statement named by the body's noun, and denials that argue about another's plan.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/analyze.js';
import { withContent } from './stance-helpers.js';

const speakersOf = (body: string) => analyzeArticle(`Headline\n${body.replace(/\|/gu, '\n')}\n`).statements.map((s) => ({ name: s.speaker.name, kind: s.speaker.kind }));

describe('"a company statement", "a council statement" is the body named earlier speaking (resolve-speakers utterance-of-body)', () => {
  it('a company statement after the company is named: the company', () => {
    const [s] = speakersOf('The leaking tank belonged to Dornway Logistics.|“Our staff followed every instruction,” a company statement said.');
    expect(s).toEqual({ name: 'Dornway Logistics', kind: 'organization' });
  });
  it('a council statement after the council is named: the council', () => {
    const [s] = speakersOf('The Kessel Borough Council shut the bridge on Monday.|A council statement said the bridge would stay shut until June.');
    expect(s?.name).toBe('Kessel Borough Council');
  });
  it('a firm statement: the firm named before', () => {
    const [s] = speakersOf('The accountancy firm Pelham Rowe examined the accounts.|A firm statement said the audit had found no missing funds.');
    expect(s?.name).toBe('Pelham Rowe');
  });
  it('must not fire: a witness statement is a document, not a body', () => {
    const [s] = speakersOf('The Kessel Borough Council shut the bridge on Monday.|A witness statement said the lorry had been speeding.');
    expect(s?.kind).not.toBe('organization');
  });
  it('must not fire: a company statement with no company named before stays the document', () => {
    const [s] = speakersOf('The river rose by two metres overnight.|A company statement said the barges had been moved.');
    expect(s?.kind).toBe('document');
  });
});

describe('a denial of what another party says could be done is no self-defence (judge-stance possibilityModals)', () => {
  it('"denied that a mobile team could replace the clinic": no FAVOR toward the speaker', () => {
    const st = withContent('The Royal College of Midwives denied that a mobile team could replace the clinic.', 'a mobile');
    expect(st.act).toBe('DENY');
    expect(st.targets['Royal College of Midwives']).toBeUndefined();
  });
  it('"rejected the idea that volunteers can run the ferry": no FAVOR toward the speaker', () => {
    const st = withContent('The Seafarers Guild denied that volunteers can run the island ferry safely.', 'volunteers');
    expect(st.targets['Seafarers Guild']).toBeUndefined();
  });
  it('"denied that a single inspector might cover three counties": no FAVOR toward the speaker', () => {
    const st = withContent('The Association of Meat Inspectors denied that a single inspector might cover three counties.', 'a single');
    expect(st.targets['Association of Meat Inspectors']).toBeUndefined();
  });
  it('must not fire: a denial about the speaker’s own staff is its defence', () => {
    const st = withContent('Corrick Haulage denied that its drivers could have ignored the warning lights.', 'its drivers');
    expect(st.targets['Corrick Haulage']).toBe('FAVOR');
  });
  it('must not fire: a denial of a charge the article reports against the speaker is its defence', () => {
    const st = withContent('Residents accused the Wyvern Waterways Trust of neglecting the locks.|The Wyvern Waterways Trust denied that the locks could fail.', 'the locks could');
    expect(st.targets['Wyvern Waterways Trust']).toBe('FAVOR');
  });
});
