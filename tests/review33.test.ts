// Review of session 32's merged rules (brief review33) by probes written for this file: the party-silence and
// short-notice acts (content-act), the legal-step and claimed/found-conduct stances (judge-stance) and the
// appositive-subject forward reading (find-statements). Expectations set by hand from LABELS.md and corpus/GUIDE.md.
import { describe, expect, it } from 'vitest';
import { table } from './act-table.js';
import { withContent } from './stance-helpers.js';
import { analyzeArticle } from '../src/analyze.js';

/** The evidence rules of every target of every statement. */
const targetRules = (paragraphs: string): string[] => analyzeArticle(`Headline\n${paragraphs.replace(/\|/gu, '\n')}\n`).statements
  .flatMap((s) => s.targets.flatMap((t) => (t.evidence ?? []).map((e) => e.rule)));

describe('party silence and short notice: fires on complaints, not on ordinary prose', () => {
  table([
    ['"without being given a reason" after an eviction',
      'The landlord raised rents.\nTenants said they were evicted without being given a reason.',
      [['Tenants', 'CRITICIZE']]],
    ['"had yet to answer a petition"',
      'The council closed the library.\nResidents said the council had yet to answer a petition signed by 800 people.',
      [['residents', 'CRITICIZE']]],
    ['"less than two months\' notice" of a closure',
      'The factory will shut.\nA union official said members had less than two months\' notice of the closure.',
      [['union official', 'CRITICIZE']]],
    ['must not fire: a fronted "without a reply from …" sets how a vote went',
      'The vote came late on Thursday.\nA party whip said that without a reply from the opposition the bill passed by a wide margin.',
      [['party whip', 'SAY']]],
    ['must not fire: "nobody was hurt"',
      'The storm hit the coast overnight.\nThe mayor said nobody was hurt and the roads were clear by noon.',
      [['mayor', 'SAY']]],
    ['must not fire: "nobody had missed a session since January" is a record',
      'The team trained in the rain.\nThe captain said nobody had missed a session since January.',
      [['captain', 'SAY']]],
    ['must not fire: "nobody had crossed it since the repairs began" is the plan',
      'The bridge reopened on Monday.\nThe engineer said nobody had crossed it since the repairs began, as planned.',
      [['engineer', 'SAY']]],
    ['must not fire: a backlog its party means to clear, "not yet answered … but would"',
      'The agency hired new staff.\nThe director said the agency had not yet answered the questions from the committee but would do so on Monday.',
      [['director', 'SAY']]],
    ['must not fire: "under six months\' notice periods" is a contract term',
      'The firm hired new staff.\nThe manager said recruits with under six months\' notice periods could start in the spring.',
      [['manager', 'SAY']]],
    ['must not fire: "with no questions from members" at a meeting',
      'The charity held its annual meeting.\nThe treasurer said the accounts were approved with no questions from members.',
      [['treasurer', 'SAY']]],
  ]);
});

describe('legal steps and claimed conduct', () => {
  it('"had sent X a notice of intent to sue": AGAINST X', () => {
    const st = withContent('The dust got worse.|The Moss Lane Residents Group said it had sent Kerrow Aggregates a notice of intent to sue.', 'it had sent');
    expect(st.targets['Kerrow Aggregates']).toBe('AGAINST');
  });
  it('must not fire as a legal step: an insurer defends the suit brought against its client', () => {
    expect(targetRules('The bakery faces a suit.|The insurer Halden Mutual said it would defend the lawsuit against Brisk Bakeries in court.')).not.toContain('stance:against:legal-step');
  });
  it('a claim that a party ignored warnings: AGAINST it', () => {
    const st = withContent('The debate was heated.|Critics claimed that Vantor Mining had ignored safety warnings for years.', 'Vantor Mining');
    expect(st.targets['Vantor Mining']).toBe('AGAINST');
  });
  it('must not fire: a finding that a party followed procedure clears it', () => {
    const st = withContent('The review was published.|The panel found that Dunmore Police had followed every procedure on the night.', 'Dunmore Police');
    expect(st.targets['Dunmore Police'] ?? 'NONE').not.toBe('AGAINST');
  });
});
