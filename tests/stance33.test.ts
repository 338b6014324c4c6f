// Stance rules of brief stance33, on sentences written for them: the party a legal step is brought against (GUIDE
// decision 58), and the party a claim or a finding opens on as its subject (decision 111; stance-words conductCues).
import { describe, expect, it } from 'vitest';
import { withContent } from './stance-helpers.js';

describe('the party a legal step is brought against is AGAINST (stance-words legalSteps)', () => {
  it('"was weighing legal action against X": AGAINST X', () => {
    const st = withContent('Brightwater Orchards said it was weighing legal action against Pellmont Freight over the spoiled apples.', 'it was weighing');
    expect(st.targets['Pellmont Freight']).toBe('AGAINST');
  });
  it('"had sent X a notice of intent to sue": AGAINST X', () => {
    const st = withContent('The Ferncliff Residents Network said it had sent Dunmore Quarrying a notice of intent to sue over the dust.', 'it had sent');
    expect(st.targets['Dunmore Quarrying']).toBe('AGAINST');
  });
  it('"would bring a claim against X": AGAINST X', () => {
    const st = withContent('Ines Varga, a lawyer for the tenants, said they would bring a claim against Hollowmere Lettings next month.', 'they would');
    expect(st.targets['Hollowmere Lettings']).toBe('AGAINST');
  });
  it('"would sue X and Y": AGAINST both parties of the step\'s object', () => {
    const st = withContent('Brightwater Orchards said it would sue the Hadley Port Trust and the Hadley Harbour Board over the spill.', 'it would sue');
    expect(st.targets['Hadley Port Trust']).toBe('AGAINST');
    expect(st.targets['Hadley Harbour Board']).toBe('AGAINST');
  });
  it('must not fire: a step that was dropped brings nothing against the party', () => {
    const st = withContent('Brightwater Orchards said it no longer planned to sue Pellmont Freight.', 'it no longer');
    expect(st.targets['Pellmont Freight'] ?? 'NONE').not.toBe('AGAINST');
  });
  it('must not fire: the party that brings the step is not the one it is brought against', () => {
    const st = withContent('A spokesperson said Pellmont Freight was weighing legal action over the contract and would decide within a month.', 'Pellmont Freight was');
    expect(st.targets['Pellmont Freight'] ?? 'NONE').not.toBe('AGAINST');
  });
  it('must not fire: a court asked to rule is a forum, not a party sued', () => {
    const st = withContent('The union said it would file a claim against the dismissals at the Harlan Employment Tribunal.', 'it would file');
    expect(st.targets['Harlan Employment Tribunal'] ?? 'NONE').toBe('NONE');
  });
});

describe('the party a claim or a finding opens on, as its subject, is AGAINST (stance-words conductCues)', () => {
  it('"claimed that X had …" about another party\'s conduct: AGAINST X', () => {
    const st = withContent('The Coldharbour Anglers Club claimed that Vessel Minerals had emptied its settling ponds into the stream at night.', 'Vessel Minerals had');
    expect(st.targets['Vessel Minerals']).toBe('AGAINST');
  });
  it('a body\'s own finding about the party it opens on: AGAINST that party', () => {
    const st = withContent('The Ombudsman for Consumer Credit found that Quickcoin Lending had raised limits for customers who had asked it not to.', 'Quickcoin Lending had');
    expect(st.targets['Quickcoin Lending']).toBe('AGAINST');
  });
  it('"claimed that X was …" under a distancing cue: AGAINST X', () => {
    const st = withContent('The Dalby Traders Forum claimed that the Marlin Street Partnership was packing the meeting with its own staff.', 'the Marlin');
    expect(st.targets['Marlin Street Partnership']).toBe('AGAINST');
  });
  it('must not fire: a claim about the speaker\'s own side is no charge', () => {
    const st = withContent('The Corby Harriers claimed that the Corby Harriers had sold more tickets than any club in the league.', 'the Corby Harriers had');
    expect(st.targets['Corby Harriers'] ?? 'NONE').not.toBe('AGAINST');
  });
  it('must not fire: a claim of what the party holds now (a figure, a state) charges no conduct', () => {
    const st = withContent('Orla Fenn claimed that the Tarrow Ferry Authority keeps £6 million in a rainy-day fund of its own.', 'the Tarrow');
    expect(st.targets['Tarrow Ferry Authority'] ?? 'NONE').toBe('NONE');
  });
  it('must not fire: a finding that clears the party it opens on', () => {
    const st = withContent('The Ombudsman for Consumer Credit found that Quickcoin Lending had acted lawfully and had treated borrowers fairly.', 'Quickcoin Lending had');
    expect(st.targets['Quickcoin Lending'] ?? 'NONE').not.toBe('AGAINST');
  });
  it('must not fire: a party named only after the opening subject is not the one whose conduct is claimed', () => {
    const st = withContent('Mara Quint claimed that the new ferry timetable would suit Halvey Island Council better than the old one.', 'the new ferry');
    expect(st.targets['Halvey Island Council'] ?? 'NONE').not.toBe('AGAINST');
  });
  it('must not fire: a party opening a finding as the one harmed', () => {
    const st = withContent('The Marine Accident Board found that Tarrow Ferries had suffered a sharp fall in bookings after the storm.', 'Tarrow Ferries had');
    expect(st.targets['Tarrow Ferries'] ?? 'NONE').not.toBe('AGAINST');
  });
});
