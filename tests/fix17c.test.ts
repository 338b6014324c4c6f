// Session 17, two new users' stance and act errors. Sentences are our own; each expectation was written by hand from
// the sentence (LABELS.md; GUIDE sections 4 and 6).
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/analyze.js';

const statements = (paragraphs: string) => analyzeArticle(`Headline\n${paragraphs.replace(/\|/gu, '\n')}\n`).statements;
const last = (paragraphs: string) => { const s = statements(paragraphs); expect(s.length).toBeGreaterThan(0); return s[s.length - 1]!; };
const targetsOf = (paragraphs: string): Record<string, string> => Object.fromEntries(last(paragraphs).targets.map((t) => [t.name, t.stance]));
const actOf = (paragraphs: string): string => last(paragraphs).act;

describe('the party an allegation is about is against, whatever words tell the conduct', () => {
  it('fires: "alleged that X had quietly rewritten …" (no charge word)', () => {
    expect(targetsOf('Norcliff Research alleged that Tessmer Bio had quietly rewritten the study\'s main goal after the first patients enrolled.')['Tessmer Bio']).toBe('AGAINST');
  });
  it('fires: a lawsuit that "alleges that X\'s executives knew …"', () => {
    const s = statements('The lawsuit, filed in Boston on Monday, alleges that Vantor Mining executives knew as early as May that the dam was leaking but continued to describe it as sound.');
    expect(s[0]!.targets.find((t) => t.name === 'Vantor Mining')?.stance).toBe('AGAINST');
  });
  it('must not fire: the rivals who "had been handed" a story are alleged, not the paper named before the passive', () => {
    expect(targetsOf('Councillor Ana Reyes alleged that the Marsh Gazette\'s story had been handed to it by officials in her own office.')['Marsh Gazette'] ?? 'NONE').not.toBe('AGAINST');
  });
  it('must not fire: a plain "said" report of the same facts takes no stance by this rule', () => {
    const t = targetsOf('Tessmer Bio said it had rewritten the study\'s main goal after the first patients enrolled.');
    expect(Object.values(t).every((v) => v !== 'AGAINST')).toBe(true);
  });
  it('must not fire: an "alleged" used as an adjective in a neutral report', () => {
    const s = statements('Police said the alleged theft at the Kelso Bakery was reported shortly after midnight.');
    expect(s.every((x) => x.targets.every((t) => !(t.evidence?.[0]?.rule ?? '').includes(':alleged')))).toBe(true);
  });
});

describe('a remedy someone deserves is no praise', () => {
  it('fires: "deserved to know why …" is not PRAISE', () => {
    expect(actOf('The tenants\' association said its members deserved to know why the heating had been cut.')).not.toBe('PRAISE');
  });
  it('fires: "deserve to be made whole" is not PRAISE', () => {
    expect(actOf('"Families who lost their savings deserve to be made whole," said lawyer Tomas Brell.')).not.toBe('PRAISE');
  });
  it('must not fire: "deserved to win" still praises', () => {
    expect(actOf('"She deserved to win tonight, she was the best player on the court," coach Mara Linde said.')).toBe('PRAISE');
  });
  it('must not fire: "deserves the same fair hearing as anyone" still defends and praises', () => {
    expect(actOf('"Hal has served this town for twenty years, and he deserves the same fair hearing as anyone else," said councillor Ken Obi.')).toBe('PRAISE');
  });
});

describe('sorrow at a misfortune is no admission', () => {
  it('fires: a client who "bitterly regrets" the deaths admits nothing', () => {
    const s = last('Defence lawyer Rosa Klee told the court that her client "bitterly regrets" the deaths of the two climbers.');
    expect(s.act).not.toBe('ADMIT');
  });
  it('fires: "deeply regrets the loss of life"', () => {
    expect(actOf('Defence lawyer Rosa Klee said her client deeply regrets the loss of life.')).not.toBe('ADMIT');
  });
  it('must not fire: regret for one\'s own delay admits it', () => {
    expect(actOf('The company said it regretted the delay in telling families about the leak.')).toBe('ADMIT');
  });
  it('must not fire: "We regret that the error was not caught sooner"', () => {
    expect(actOf('"We regret that the error was not caught sooner," the bank said.')).toBe('ADMIT');
  });
});

describe('common words of praise', () => {
  it('fires: results described as "genuinely encouraging"', () => {
    expect(actOf('Dr Ilse Brandt described the early results as "genuinely encouraging."')).toBe('PRAISE');
  });
  it('fires: a count "well organised and fair"', () => {
    expect(actOf('Observers said the count had been well organised and fair.')).toBe('PRAISE');
  });
  it('must not fire: police "encouraging residents to stay indoors"', () => {
    expect(actOf('Police said they were encouraging residents to stay indoors until the smoke cleared.')).not.toBe('PRAISE');
  });
  it('must not fire: a council "encouraging drivers" to take another road', () => {
    expect(actOf('The council said it was encouraging drivers to use the ring road during the works.')).not.toBe('PRAISE');
  });
});

describe('a share or a tally written after a name is not part of it', () => {
  it('fires: "gave the Green Alliance 31 percent"', () => {
    const names = last('The pollster said its survey gave the Green Alliance 31 percent and the Farmers\' Party 12 percent.').targets.map((t) => t.name);
    expect(names).toContain('Green Alliance');
    expect(names.some((n) => /\d/u.test(n))).toBe(false);
  });
  it('must not fire: a union local keeps its number', () => {
    expect(last('The union said Teamsters Local 727 would join the strike on Monday.').targets.map((t) => t.name)).toContain('Teamsters Local 727');
  });
  it('must not fire: a name with no number is unchanged', () => {
    expect(last('The pollster said the Green Alliance had gained ground in the north.').targets.map((t) => t.name)).toContain('Green Alliance');
  });
});

describe('a fault supposed of anyone in a condition criticises no one', () => {
  it('fires: "If you made a mistake, the coach would …"', () => {
    expect(actOf('"If you made a mistake on the ice, the coach would skate over and walk you through it," said defender Mia Koss.')).not.toBe('CRITICIZE');
  });
  it('must not fire: a mistake charged to a named party', () => {
    expect(actOf('"The council made a mistake, and the families paid for it," said Lena Voss.')).toBe('CRITICIZE');
  });
  // Since session 18 a fault supposed of a named party in an if/unless/whether clause is no charge either (judge-stance.ts
  // criticism: `supposed`; 5 train and dev gold acts right with it, 0 lost): "If that trust failed them, there will be
  // consequences" is WARN. Here the rest of the sentence presses the council to own up, which a reader hears as a demand
  // or as criticism, and the system now says SAY: a known gap.
  it.fails('a condition about a named party that presses it to own up', () => {
    expect(['DEMAND', 'CRITICIZE']).toContain(actOf('"If the council made a mistake, it should say so," said Lena Voss.'));
  });
});

describe('a "must" inside a warning the statement reports is the warning\'s, not a demand of the speaker', () => {
  it('fires: "had been warned … that the doors must be kept unlocked"', () => {
    const s = statements('Prosecutor Ann Hale said the landlord had been warned by a council officer in April that the fire doors must be kept unlocked.');
    expect(s.find((x) => x.speaker.name === 'Ann Hale')?.act).not.toBe('DEMAND');
  });
  it('must not fire: the speaker\'s own "must"', () => {
    expect(actOf('Prosecutor Ann Hale said the landlord must be held to account for the fire.')).toBe('DEMAND');
  });
  it('must not fire: a "must" after a plain "said that"', () => {
    expect(actOf('Tenant leader Jo Price said that the council must repair the fire doors before winter.')).toBe('DEMAND');
  });
});

describe('needs_review: a FAVOR that no words of denial decide is asked of the reviewer', () => {
  it('fires: a body that "welcomed" a decision, FAVOR toward itself by words of defence alone', () => {
    const s = last('The transport ministry said it welcomed the company\'s decision to offer free repairs, calling it fair and proportionate.');
    expect(s.targets.find((t) => t.name === 'transport ministry')?.evidence?.[0]?.rule).toBe('stance:favor:self-defence');
    expect(s.needsReview).toBe(true);
  });
  it('must not fire: a denial in words of its own is not flagged for it', () => {
    const s = last('Vantor Mining denied that it had ignored the warnings, saying the claims were without merit.');
    expect(s.act).toBe('DENY');
    expect(s.needsReview).toBe(false);
  });
  it('must not fire: a plain denial by a named company', () => {
    const s = last('A spokesperson for Corvel Foods said the company had done nothing wrong.');
    expect(s.act).toBe('DENY');
    expect(s.needsReview).toBe(false);
  });
});
