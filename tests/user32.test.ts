// What a new user's trial of session 32 found in the speakers' kinds: a body named by its form of membership
// ('Forum', 'Cooperative', 'Syndicate') is an organisation, with or without a possessive inside its name. The sentences
// are written for this file; every expectation is what a careful reader would say (LABELS.md: kind).
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/analyze.js';

const kinds = (paragraphs: string): Array<[string, string]> =>
  analyzeArticle(`Headline\n${paragraphs}\n`).statements.map((s) => [s.speaker.name, s.speaker.kind]);

describe('a body named by its form of membership is an organisation', () => {
  it.each<[string, string, string]>([
    ['a possessive inside the name', 'The Elmstead Patients’ Forum said the closure would leave hundreds of residents without care.', 'Elmstead Patients’ Forum'],
    ['a plain name', 'The Corrow Valley Growers Cooperative said prices had fallen below the cost of production.', 'Corrow Valley Growers Cooperative'],
    ['a hyphenated head', 'The Dunhaven Fishermen’s Co-operative said the new quotas would ruin its members.', 'Dunhaven Fishermen’s Co-operative'],
  ])('%s', (_what, text, name) => {
    expect(kinds(text)).toEqual([[name, 'organization']]);
  });

  it('a person named before such a body stays a person', () => {
    expect(kinds('Mara Jelinek, who chairs the Elmstead Patients’ Forum, said the closure was a mistake.')[0]).toEqual(['Mara Jelinek', 'person']);
  });
});
