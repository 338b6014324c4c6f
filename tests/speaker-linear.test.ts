// Issue 8: the speaker stage's work per article grows linearly with its length. Counted, not timed: the whole-text
// scans run once per article, and the earlier statements read back for "the statement said" stay within a window.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/analyze.js';
import { speakerWork } from '../src/stages/speakers/resolve-speakers.js';

const BLOCK = [
  'Consumer groups said the new charges were unfair to tenants.',
  'Greystead Homes, a builder in Rennick, raised its fees in March. Greystead Homes said the rise covered repairs.',
  'In a statement, the company said it would review the charges. “We listen to our residents,” the statement said.',
  'Tenant advocates said they would meet the council next week.',
].join('\n');

function run(copies: number): { scans: number; readBack: number; speakers: string[] } {
  speakerWork.textScans = 0;
  speakerWork.statementsReadBack = 0;
  const r = analyzeArticle(`Fees row\n${Array.from({ length: copies }, () => BLOCK).join('\n')}\n`);
  return { scans: speakerWork.textScans, readBack: speakerWork.statementsReadBack, speakers: r.statements.map((s) => s.speaker.name) };
}

describe('speaker resolution cost is linear in article length', () => {
  it('whole-text scans do not grow with the number of phrases; read-backs grow in proportion', () => {
    const small = run(20);
    const large = run(40);
    expect(small.speakers.length).toBeGreaterThan(60);
    // twice the text, the same block each time: each copy resolved as the copies before it
    expect(large.speakers).toEqual([...small.speakers, ...small.speakers]);
    expect(small.speakers.slice(0, 5)).toEqual(['consumer groups', 'Greystead Homes', 'Greystead Homes', 'Greystead Homes', 'tenant advocates']);
    expect(large.scans).toBe(small.scans);
    expect(small.scans).toBeGreaterThan(0);
    expect(small.scans).toBeLessThanOrEqual(5);
    expect(small.readBack).toBeGreaterThan(0);
    expect(large.readBack).toBeLessThanOrEqual(2 * small.readBack + 5);
  });
});
