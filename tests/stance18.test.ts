// Stance targets, session 18: a person's report of themselves is in their own favour only when it answers a charge the
// article reports against them (GUIDE decision 22, section 6); "the company" is never a body that is no company (an
// alliance, a league, a council). Sentences are our own.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/analyze.js';

const run = (text: string) => analyzeArticle(`Headline\n${text}\n`).statements.map((s) => ({
  speaker: s.speaker.name,
  content: s.content.text,
  targets: Object.fromEntries(s.targets.map((t) => [t.name, t.stance])),
}));
const withContent = (text: string, start: string) => {
  const st = run(text).find((s) => s.content.startsWith(start));
  expect(st).toBeDefined();
  return st!;
};

describe('a person speaking of themselves after a charge against them is in their own favour', () => {
  it('fires: a councillor accused earlier in the article tells of his own record', () => {
    const st = withContent('The town’s ethics board accused Councillor Dara Penhallow of hiding payments from a property developer.\n“I have spent twenty years serving this town with my door open,” Penhallow said.', 'I have spent');
    expect(st.targets['Dara Penhallow']).toBe('FAVOR');
  });
});

describe('… and not when nobody charged them (a lament, a plan, a grievance)', () => {
  it('a nurse’s own hardship is about no one', () => {
    const st = withContent('Nurses at the Caldmoor clinic have complained about parking charges for months. “I pay more for parking every week than I pay for my phone,” said Jana Morrow, a nurse at the clinic.', 'I pay more');
    expect(st.targets['Jana Morrow']).toBeUndefined();
  });
  it('a porter’s account of his own work is no self-defence', () => {
    const st = withContent('Ivo Brandt, a porter, said he had worked nights at the clinic for eleven years.', 'he had worked');
    expect(st.targets['Ivo Brandt']).toBeUndefined();
  });
  it('someone else accused earlier does not make a bystander’s "I" a defence', () => {
    const st = withContent('Residents accused the Marlby Harbour Trust of letting the pier rot.\n“I have spent twenty years serving this town with my door open,” said Ruth Kettering, a fisherman’s widow.', 'I have spent');
    expect(st.targets['Ruth Kettering']).toBeUndefined();
  });
});

describe('"the company" is the article’s company, never an alliance or a league', () => {
  it('fires: the company named as often as a tenants’ alliance is the one "the company" means', () => {
    const st = withContent('The Pelham Tenants’ Alliance has campaigned for repairs for a decade, and the Pelham Tenants’ Alliance said on Monday the flats were still damp. Harcastle Homes owns the block, and Harcastle Homes declined to comment.\nA council audit found the company had twice postponed replacing the boilers to protect its dividend.', 'the company had');
    expect(st.targets['Harcastle Homes']).toBe('AGAINST');
    expect(st.targets['Pelham Tenants’ Alliance']).toBeUndefined();
  });
  it('no company in the article: "the company" is not the anglers’ league', () => {
    const st = withContent('The Corbel Anglers’ League has fished the reservoir since 1952, and the Corbel Anglers’ League said on Friday its members would keep fishing it.\nA council audit found the company had twice postponed replacing the pumps to protect its dividend.', 'the company had');
    expect(Object.keys(st.targets)).not.toContain('Corbel Anglers’ League');
  });
  it('the league itself, named, is still a target', () => {
    const st = withContent('The Corbel Anglers’ League has fished the reservoir since 1952.\nA council audit found the Corbel Anglers’ League had twice failed to file its accounts.', 'the Corbel');
    expect(st.targets['Corbel Anglers’ League']).toBe('AGAINST');
  });
});

describe('a description by trade stands for a company whose name closes with a corporate word', () => {
  it('fires: "the brewery" is "Harwood Brewing Company"', () => {
    const st = withContent('Harwood Brewing Company has made beer in the town since 1890.\nInspectors from the river agency found the brewery had pumped hop waste into a storm drain for most of the summer.', 'the brewery had');
    expect(st.targets['Harwood Brewing Company']).toBe('AGAINST');
  });
  it('fires: "the airline" is "Kestrel Airways Ltd"', () => {
    const st = withContent('Kestrel Airways Ltd cancelled nine flights at Dunmore on Friday.\nA consumer group accused the airline of hiding the cause of the delays.', 'the airline');
    expect(st.targets['Kestrel Airways Ltd']).toBe('AGAINST');
  });
  it('must not fire: a festival named after brewing is no brewery', () => {
    const st = withContent('The Harwood Brewing Festival drew big crowds to the quay on Saturday.\nInspectors from the river agency found the brewery had pumped hop waste into a storm drain for most of the summer.', 'the brewery had');
    expect(Object.keys(st.targets).some((n) => n.includes('Festival'))).toBe(false);
  });
  it('must not fire: a group of another trade is no brewery', () => {
    const st = withContent('Tolsey Shipping Group bought the old maltings on the quay last year.\nInspectors from the river agency found the brewery had pumped hop waste into a storm drain for most of the summer.', 'the brewery had');
    expect(st.targets['Tolsey Shipping Group']).toBeUndefined();
  });
});

describe('"the park" is a wildlife park that speaks or employs a speaker in the article', () => {
  it('fires: the park speaks for itself, then inspectors find against "the park"', () => {
    const st = withContent('Brackwater Wildlife Park faces a council review after two otters died. Brackwater Wildlife Park said in a statement that its keepers had done everything they could.\nInspectors found the park had left its otter pool unfiltered for a month.', 'the park had');
    expect(st.targets['Brackwater Wildlife Park']).toBe('AGAINST');
  });
  it('fires: the park is the body its director speaks for', () => {
    const st = withContent('Brackwater Wildlife Park faces a council review after two otters died. Odile Fenwick, the director of Brackwater Wildlife Park, said its keepers had done everything they could.\nInspectors found the park had left its otter pool unfiltered for a month.', 'the park had');
    expect(st.targets['Brackwater Wildlife Park']).toBe('AGAINST');
  });
  it('must not fire: a public park where a festival was held is a place', () => {
    const st = withContent('Thousands gathered in Linwood Park on Saturday for the Ormsby Food Festival. The Ormsby Food Festival said it had sold out.\nInspectors found the park had no working toilets for most of the afternoon.', 'the park had');
    expect(st.targets['Linwood Park']).toBeUndefined();
  });
  it('must not fire: the stadium a club plays at is not the club', () => {
    const st = withContent('Harlow Rovers play at Maddox Stadium. Harlow Rovers said on Monday that ticket prices would rise.\nFans accused the stadium of charging twice the going rate for parking.', 'the stadium');
    expect(st.targets['Maddox Stadium']).toBeUndefined();
  });
});

describe('a body described before it is named ("the harbour authority" … "Marsholt Harbour Authority said")', () => {
  const named = 'Marsholt Harbour Authority said new cranes would arrive in the spring.';
  it('fires: the description with a word of the name, the name in the next sentence', () => {
    const st = withContent(`Dockers in Marsholt accused the harbour authority of “starving the port of cranes” on Tuesday.\n${named}`, 'the harbour authority');
    expect(st.targets['Marsholt Harbour Authority']).toBe('AGAINST');
  });
  it('must not fire: a bare "the authority" is not read ahead', () => {
    const st = withContent(`Dockers in Marsholt accused the authority of “starving the port of cranes” on Tuesday.\n${named}`, 'the authority');
    expect(st.targets['Marsholt Harbour Authority']).toBeUndefined();
  });
  it('must not fire: a modifier the later name lacks ("the transport authority")', () => {
    const st = withContent(`Dockers in Marsholt accused the transport authority of “starving the port of cranes” on Tuesday.\n${named}`, 'the transport authority');
    expect(st.targets['Marsholt Harbour Authority']).toBeUndefined();
  });
  it('must not fire: a body of that head named before is the one meant, not the one named after', () => {
    const st = withContent(`Kelby Port Authority runs the northern quays.\nDockers in Kelby accused the port authority of “starving the quays of cranes” on Tuesday.\nMarsholt Port Authority said it had cranes to spare.`, 'the port authority');
    expect(st.targets['Marsholt Port Authority']).toBeUndefined();
    expect(st.targets['Kelby Port Authority']).toBe('AGAINST');
  });
});
