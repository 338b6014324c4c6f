// The speaker's principal (stance27): a body speaking of a person the article gives as its own (its surgeon, its
// officer) takes that person's side or none; it is against them only where its own words charge them. Sentences
// invented; expected values decided by reading them.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/analyze.js';

const run = (paragraphs: string) => analyzeArticle(`Headline\n${paragraphs.replace(/\|/gu, '\n')}\n`).statements;
const stanceOf = (paragraphs: string, contentHas: string, target: string) => {
  const st = run(paragraphs).find((s) => s.content.text.includes(contentHas));
  expect(st, `a statement with "${contentHas}"`).toBeDefined();
  return st?.targets.find((t) => t.name === target)?.stance ?? 'NONE';
};
const SURGEON = 'Dr Ana Voss, a heart surgeon at Harlow General Hospital, said she had raised concerns about staffing in March.';

describe('a body and its own people', () => {
  it('a hospital warning about what its own surgeon will need is not against her', () => {
    expect(stanceOf(`${SURGEON}|Harlow General Hospital warned that Dr Voss would need retraining.`, 'retraining', 'Ana Voss')).not.toBe('AGAINST');
  });
  it('a hospital asking whether its surgeon had support is not against her', () => {
    expect(stanceOf(`${SURGEON}|Harlow General Hospital questioned whether Dr Voss had been given enough support.`, 'enough support', 'Ana Voss')).not.toBe('AGAINST');
  });
  it('near miss: the hospital accusing its surgeon of a wrong is against her (the cue\'s object)', () => {
    expect(stanceOf(`${SURGEON}|Harlow General Hospital accused Dr Voss of ignoring safety checks.`, 'safety checks', 'Ana Voss')).toBe('AGAINST');
  });
  it('near miss: the hospital saying its surgeon falsified records is against her (the charge\'s subject)', () => {
    expect(stanceOf(`${SURGEON}|Harlow General Hospital said Dr Voss had falsified three patient records.`, 'falsified', 'Ana Voss')).toBe('AGAINST');
  });
  it('near miss: a surgeon of another hospital warned about keeps the warning against her', () => {
    const other = 'Dr Ana Voss, a heart surgeon at Corley Royal Infirmary, said she had raised concerns about staffing in March.';
    expect(stanceOf(`${other}|Harlow General Hospital warned that Dr Voss would need retraining.`, 'retraining', 'Ana Voss')).toBe('AGAINST');
  });
});

// A plain report naming no party, by a speaker who speaks against the article's party in another statement: the
// speaker's side holds across its statements (impliedParties). Sentences invented.
describe('a critic\'s plain report that names no party', () => {
  const ARTICLE = "The Drivers' Union accused Tarn Buses of cutting routes without notice.|Passengers criticised Tarn Buses for scrapping the night service.";
  it('is against the party the same speaker charged before', () => {
    expect(stanceOf(`${ARTICLE}|The union said drivers had been given no breaks since May.`, 'no breaks', 'Tarn Buses')).toBe('AGAINST');
  });
  it('near miss: another speaker\'s plain report takes no side on the party', () => {
    expect(stanceOf(`${ARTICLE}|A spokesman for Harwick County said the new timetable would be published on Friday.`, 'timetable', 'Tarn Buses')).toBe('NONE');
  });
  it('near miss: with no other statement of the speaker against the party, the report takes no side', () => {
    const alone = "Passengers criticised Tarn Buses for scrapping the night service.|Passengers complained that Tarn Buses had cut the Sunday routes.|The Drivers' Union said drivers had been given no breaks since May.";
    expect(stanceOf(alone, 'no breaks', 'Tarn Buses')).toBe('NONE');
  });
  it('is against it too when the report is by a person who speaks for the body that charged it', () => {
    expect(stanceOf(`${ARTICLE}|Ann Cole, general secretary of the Drivers' Union, said drivers had been given no breaks since May.`, 'no breaks', 'Tarn Buses')).toBe('AGAINST');
  });
  it('near miss: a person of another body takes no side', () => {
    expect(stanceOf(`${ARTICLE}|Ann Cole, a director of the Harwick Chamber of Commerce, said shops had been quieter since May.`, 'quieter', 'Tarn Buses')).toBe('NONE');
  });
});
