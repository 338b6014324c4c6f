// Stance rules of session 30 (brief stance30), on sentences written for them.
import { describe, expect, it } from 'vitest';
import type { DraftStatement } from '../src/model/document.js';
import type { Stance } from '../src/model/labels.js';
import { defendsAgainstCritics, impliedParties, inHeadline, ownOpponentsNamed } from '../src/stages/stance/judge-stance.js';
import { isWeakStanceRule } from '../src/stages/stance/weak-rules.js';
import { draft, statementsOf, withContent } from './stance-helpers.js';

const FILLER = 'The estate was built in the 1960s and has 1,200 flats in six blocks. Most of its tenants are families with young children, and many have lived there for more than twenty years. ';

describe('a party under fire defends itself in a report far from the charge (defendsAgainstCritics)', () => {
  it('a landlord accused paragraphs earlier, reporting what it did, is in its own favour', () => {
    const all = statementsOf(`Tenants accused Marrowby Homes of ignoring damp in dozens of flats for years.|${FILLER.repeat(3)}|${FILLER.repeat(3)}|Marrowby Homes said surveyors had visited each flat within a month of the first report.`);
    const reply = all.find((s) => s.content.startsWith('surveyors had visited'));
    expect(reply?.targets['Marrowby Homes']).toBe('FAVOR');
  });
  it('the defence so read is shown as a guess (a weak rule), the one of a reply just after the charge is not', () => {
    expect(isWeakStanceRule('stance:favor:defends-against-critics')).toBe(true);
    expect(isWeakStanceRule('stance:favor:answers-charge')).toBe(false);
  });
  it('a report before any charge that restricts ("not … a single complaint") defends it too', () => {
    const ordered = [
      draft('Marrowby Homes', 'organization', 10, 'it had not received a single complaint about the lifts', 'SAY'),
      draft('Tenants', 'group', 2000, 'Marrowby Homes of ignoring damp for years', 'ACCUSE', [['Marrowby Homes', 'AGAINST']]),
    ];
    expect(defendsAgainstCritics(ordered).has(ordered[0]!)).toBe(true);
  });
  it('must not fire: a plain fact reported before anyone spoke against the speaker answers nothing', () => {
    const ordered = [
      draft('Marrowby Homes', 'organization', 10, 'it manages 4,000 flats across the county', 'SAY'),
      draft('Tenants', 'group', 2000, 'Marrowby Homes of ignoring damp for years', 'ACCUSE', [['Marrowby Homes', 'AGAINST']]),
    ];
    expect(defendsAgainstCritics(ordered).size).toBe(0);
  });
  it('must not fire: a plan the accused party announces after the charge is no defence', () => {
    const plan = withContent(`Tenants accused Marrowby Homes of ignoring damp in dozens of flats for years.|${FILLER.repeat(3)}|${FILLER.repeat(3)}|Marrowby Homes said it would hire twelve more surveyors next year.`, 'it would hire');
    expect(plan.targets['Marrowby Homes'] ?? 'NONE').toBe('NONE');
  });
  it('must not fire: a speaker nobody else speaks against, nor one that only criticised itself', () => {
    const ordered = [
      draft('Marrowby Homes', 'organization', 10, 'Marrowby Homes had been too slow', 'CRITICIZE', [['Marrowby Homes', 'AGAINST']]),
      draft('Marrowby Homes', 'organization', 900, 'surveyors had visited every flat', 'SAY'),
      draft('Harl Council', 'organization', 2000, 'the estate had 1,200 flats', 'SAY'),
    ];
    expect(defendsAgainstCritics(ordered).size).toBe(0);
  });
  it('must not fire: a claim of the accused party that favours another party, or names the party itself, is not read as defence', () => {
    const ordered = [
      draft('Tenants', 'group', 10, 'Marrowby Homes of ignoring damp for years', 'ACCUSE', [['Marrowby Homes', 'AGAINST']]),
      draft('Marrowby Homes', 'organization', 900, 'its roofing contractor had worked quickly and well', 'CLAIM', [['roofing contractor', 'FAVOR']]),
      draft('Marrowby Homes', 'organization', 1500, 'Marrowby Homes would publish the surveys in June', 'ASSERT', [['Marrowby Homes', 'NONE']]),
    ];
    expect(defendsAgainstCritics(ordered).size).toBe(0);
  });
  it('must not fire: a plain report of the accused party made before any charge, with no negation, answers nothing', () => {
    const ordered = [
      draft('Marrowby Homes', 'organization', 10, 'its surveyors visit each block twice a year', 'SAY'),
      draft('Tenants', 'group', 900, 'Marrowby Homes of ignoring damp for years', 'ACCUSE', [['Marrowby Homes', 'AGAINST']]),
    ];
    expect(defendsAgainstCritics(ordered).size).toBe(0);
  });
});

/** Statements laid out one after another in a text of their contents, each with its act and targets. */
function laidOut(parts: Array<[string, string, DraftStatement['act'], Array<[string, Stance]>]>): { text: string; drafts: DraftStatement[] } {
  let text = '';
  const drafts: DraftStatement[] = [];
  for (const [speaker, content, act, targets] of parts) {
    drafts.push(draft(speaker, 'person', text.length, content, act, targets));
    text += `${content} `;
  }
  return { text, drafts };
}

describe('a charge against other parties is against the party the article complains of too (impliedParties)', () => {
  const charges: Array<[string, string, DraftStatement['act'], Array<[string, Stance]>]> = [
    ['Inspectors', 'Thornbury Care Homes had left residents without food for hours', 'ACCUSE', [['Thornbury Care Homes', 'AGAINST']]],
    ['Union', 'Thornbury Care Homes had cut night staff to save money', 'CRITICIZE', [['Thornbury Care Homes', 'AGAINST']]],
  ];
  it('a daughter blaming the night nurses of the home is against the home as well', () => {
    const { text, drafts } = laidOut([...charges, ['Joan Pell', 'the night nurses ignored my mother for two hours', 'CRITICIZE', [['night nurses', 'AGAINST']]]]);
    expect(impliedParties(text, drafts).get(drafts[2]!)).toBe('Thornbury Care Homes');
  });
  it('must not fire: a criticism that praises someone too (the nurses, against the county) is not read as against the home', () => {
    const { text, drafts } = laidOut([...charges, ['Joan Pell', 'the county had starved the home of money while the nurses did their best', 'CRITICIZE', [['county', 'AGAINST'], ['nurses', 'FAVOR']]]]);
    expect(impliedParties(text, drafts).has(drafts[2]!)).toBe(false);
  });
  it('must not fire: a criticism that names the home itself already is not given it again', () => {
    const { text, drafts } = laidOut([...charges, ['Joan Pell', 'the night nurses at Thornbury Care Homes ignored my mother', 'CRITICIZE', [['night nurses', 'AGAINST'], ['Thornbury Care Homes', 'AGAINST']]]]);
    expect(impliedParties(text, drafts).has(drafts[2]!)).toBe(false);
  });
  it('must not fire: the home’s own criticism of agency nurses is not against the home', () => {
    const { text, drafts } = laidOut([...charges, ['Thornbury Care Homes', 'the agency nurses had not followed its rules', 'CRITICIZE', [['agency nurses', 'AGAINST']]]]);
    expect(impliedParties(text, drafts).has(drafts[2]!)).toBe(false);
  });
});

describe('the party the headline names is the party the article is about (impliedParties, inHeadline)', () => {
  const parts: Array<[string, string, DraftStatement['act'], Array<[string, Stance]>]> = [
    ['Ruth Dale', 'Tom Dale was left on a trolley for six hours', 'CRITICIZE', [['Tom Dale', 'AGAINST']]],
    ['Inspectors', 'Fenbury Hospital had too few nurses on the ward', 'CRITICIZE', [['Fenbury Hospital', 'AGAINST']]],
    ['Ann Cole', 'Tom Dale had been sent home twice before', 'CRITICIZE', [['Tom Dale', 'AGAINST']]],
    ['Health board', 'Fenbury Hospital had ignored two warnings', 'CRITICIZE', [['Fenbury Hospital', 'AGAINST']]],
    ['Union', 'nobody answered the bell for an hour', 'CRITICIZE', []],
  ];
  const laid = (headline: string): { text: string; drafts: DraftStatement[] } => {
    const { text, drafts } = laidOut(parts);
    const shift = headline.length + 1;
    return { text: `${headline}\n${text}`, drafts: drafts.map((d) => ({ ...d, content: { ...d.content, start: d.content.start + shift, end: d.content.end + shift } })) };
  };
  it('a hospital named in the headline outweighs a patient misread as against as often and earlier', () => {
    const { text, drafts } = laid('Fenbury Hospital criticised after patient waits six hours');
    expect(impliedParties(text, drafts).get(drafts[4]!)).toBe('Fenbury Hospital');
  });
  it('must not change: with a headline naming neither, the party first spoken against of the two stays', () => {
    const { text, drafts } = laid('Patient waits six hours on a trolley');
    expect(impliedParties(text, drafts).get(drafts[4]!)).toBe('Tom Dale');
  });
  it.each([
    ['Kestwood accused of clearing forest on tribal land', 'Kestwood Timber', true],
    ['Fenbury Hospital criticised', 'Fenbury Hospital', true],
    ['Fordham parents protest', 'Ford', false],
    ['Court halts logging', 'Kestwood Timber', false],
    ['', 'Kestwood Timber', false],
  ])('inHeadline(%j, %j) is %s', (headline, name, expected) => {
    expect(inHeadline(headline, name)).toBe(expected);
  });
});

describe('a warning or question that names the speaker\'s opponent is against it too (ownOpponentsNamed)', () => {
  const charge = draft('Tenants’ union', 'group', 0, 'Tarn Homes of ignoring damp for two years', 'ACCUSE', [['Tarn Homes', 'AGAINST']]);
  it('the union warning that Tarn Homes would raise rents is against Tarn Homes', () => {
    const warning = draft('Tenants’ union', 'group', 500, 'Tarn Homes would raise rents again in the spring', 'WARN', [['Tarn Homes', 'NONE']]);
    expect(ownOpponentsNamed([charge, warning]).get(warning)).toEqual(['Tarn Homes']);
  });
  it('must not fire: a demand the union makes of Tarn Homes keeps the addressee neutral', () => {
    const demand = draft('Tenants’ union', 'group', 500, 'Tarn Homes to meet tenants before Friday', 'DEMAND', [['Tarn Homes', 'NONE']]);
    expect(ownOpponentsNamed([charge, demand]).has(demand)).toBe(false);
  });
  it('must not fire: another speaker\'s warning naming Tarn Homes', () => {
    const other = draft('Harl Council', 'organization', 500, 'Tarn Homes would raise rents again in the spring', 'WARN', [['Tarn Homes', 'NONE']]);
    expect(ownOpponentsNamed([charge, other]).has(other)).toBe(false);
  });
});
