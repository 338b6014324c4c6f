// Stance errors two new users found on their own articles (brief fixnu22s): a harm that befell a person, a claim
// rebutted whose author is the party that made it, an illness named "heart failure". Sentences are our own.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/analyze.js';
import { statementsOf as run, withContent } from './stance-helpers.js';


describe('a harm that befell a person, reported neutrally, is against no one harmed', () => {
  it('"was found with head injuries and died in hospital, police said": the victim is not opposed', () => {
    const st = withContent('Marta Quell, 31, was found with head injuries on Dock Lane on Friday and died in hospital, Brenford Police said.', 'Marta Quell');
    expect(st.targets['Marta Quell'] ?? 'NONE').toBe('NONE');
  });
  it('"a post-mortem found that Mr Quell died from …": the finding reveals nothing against him', () => {
    const sts = run('Marta Quell was attacked on Dock Lane on Friday.|A post-mortem examination found that Ms Quell died from a blow to the head, police said.');
    for (const st of sts) expect(st.targets['Marta Quell'] ?? 'NONE').toBe('NONE');
  });
  it('"were killed when the roof collapsed": the ones killed, subject of a passive', () => {
    const st = withContent('Three workers at Harlow Quarry were killed on Monday when a conveyor gantry fell, the fire service said.', 'Three workers');
    expect(st.targets['Harlow Quarry'] ?? 'NONE').toBe('NONE');
  });
});

describe('… but a harm done is still against its doer', () => {
  it('"Dorian Vask punched a steward": the one who punched, named before in the active', () => {
    const st = withContent('Police said Dorian Vask punched a steward outside the Ember Arena and fled.', 'Dorian Vask');
    expect(st.targets['Dorian Vask']).toBe('AGAINST');
  });
  it('"attacks by Orsk patrol boats": the doer after "by"', () => {
    const st = withContent('Coastguard officials said there were at least nine attacks by Orsk patrol boats on fishing crews last year.', 'there were');
    expect(st.targets['Orsk']).toBe('AGAINST');
  });
  it('a capitalised "Recall" inside a sentence is a name, no recall: "Velto Recall will go on sale"', () => {
    const st = withContent('The headset, called Velto Recall, will go on sale in May, chief executive Ana Mirel said.', 'The headset');
    for (const stance of Object.values(st.targets)) expect(stance).not.toBe('AGAINST');
  });
});

describe('a claim rebutted answers the party that made it in the article', () => {
  const article = 'Fenna Wick, who runs a bakery on Ost Lane, accused Dalby District Council of ignoring years of complaints about flooding.'
    + '|The Environment Office said it had begun a review of drainage in the area.'
    + '|Inspector Carl Munro said officers had closed the lane twice this winter.'
    + '|Dalby District Council said it had cleared the drains in March and rejected claims that it had ignored the problem.';
  it('"rejected claims that it had ignored the problem": the resident who accused the council, not the officer quoted last', () => {
    const st = withContent(article, 'claims that');
    expect(st.targets['Fenna Wick']).toBe('AGAINST');
    expect(st.targets['Carl Munro'] ?? 'NONE').toBe('NONE');
  });
  it('"rejected suggestions that …" that no one in the article voiced: the body quoted before is no claimant', () => {
    const st = withContent('The trial was paid for by Corvan Biotech.|The Medicines Board said it could not comment on a product it had not assessed.'
      + '|Dr Ilse Brandt, who led the trial, rejected suggestions that the sponsor had shaped the results.', 'suggestions that');
    expect(st.targets['Medicines Board'] ?? 'NONE').not.toBe('AGAINST');
  });
  it('an ordinary rebuttal still answers its author: "dismissed the criticism as …"', () => {
    const st = withContent('Councillor Ruth Alder accused the mayor, Glen Doriot, of wasting money on the new harbour wall.|Doriot dismissed the criticism as "election noise."', 'the criticism');
    expect(st.targets['Ruth Alder']).toBe('AGAINST');
  });
  it('a rebuttal right after the accusation, with no one between: "rejected the accusation"', () => {
    const st = withContent('Lisa Koenig, a former driver, said Brantley Freight had forced staff to skip rest breaks.|Brantley Freight rejected the accusation.', 'the accusation');
    expect(st.targets['Lisa Koenig']).toBe('AGAINST');
  });
});

describe('"heart failure" names an illness, not a failure', () => {
  it('"a milestone for patients living with kidney failure" criticises no one', () => {
    const st = withContent('Vell Pharma described the results as "a milestone for patients living with kidney failure."', 'the results');
    expect(st.act).not.toBe('CRITICIZE');
  });
  it('"described the board as “a failure”" still criticises', () => {
    const st = withContent('Ms Rauch described the board as "a complete failure."', 'the board');
    expect(st.act).toBe('CRITICIZE');
  });
  it('"the failure of the pumps" in a complaint still reads negative', () => {
    const st = withContent('Residents accused Tarnby Water of hiding the failure of its pumps for a month.', 'Tarnby Water');
    expect(st.targets['Tarnby Water']).toBe('AGAINST');
  });
});

describe('the speaker’s own feeling is no stance toward herself', () => {
  it('"said she was “heartbroken” for the family": no stance on the speaker', () => {
    const st = withContent('The town’s MP, Nadia Orme, said she was "heartbroken" by the news and thanked the lifeboat crew.', 'she was');
    expect(st.targets['Nadia Orme'] ?? 'NONE').toBe('NONE');
  });
  it('"said he was shocked by the closure": no stance on the speaker', () => {
    const st = withContent('Councillor Ben Adair said he was shocked by the closure of the Elm Street library.', 'he was shocked');
    expect(st.targets['Ben Adair'] ?? 'NONE').toBe('NONE');
  });
  it('a self-report answering a charge still favours the speaker: "said he had visited every school"', () => {
    // (a person's self-report is in their favour only after a charge against them, GUIDE decision 22)
    const st = withContent('Parents accused Councillor Ben Adair of ignoring the ward\'s schools. Adair said he had visited every school in the ward since March.', 'he had visited');
    expect(st.targets['Ben Adair']).toBe('FAVOR');
  });
  it('a feeling of another party does not clear a charge: "accused Vorn Holdings of leaving tenants shocked and cold"', () => {
    const st = withContent('Tenant leader Maya Fenn accused Vorn Holdings of leaving families without heating all winter.', 'Vorn Holdings');
    expect(st.targets['Vorn Holdings']).toBe('AGAINST');
  });
});

describe('negative words inside a neutral phrase', () => {
  it('"had shown some remorse" is a mitigation, against no one', () => {
    const st = withContent('Judge Anne Pell said she accepted that Rusk had shown some remorse.', 'she accepted');
    expect(st.targets['Rusk'] ?? 'NONE').not.toBe('AGAINST');
  });
  it('"had shown no remorse" is still the fault', () => {
    const st = withContent('Judge Anne Pell said Rusk had shown no remorse for the attack.', 'Rusk had shown');
    expect(st.targets['Rusk']).toBe('AGAINST');
  });
  it('"the people in charge" is no criminal charge in a demand', () => {
    const st = withContent('Pavel Rusk died after a fall at the Orrin quarry in March.|"Pavel never came home. We urge the inspectors to find out how little his safety mattered to the people in charge," his brother Tomas Rusk said.', 'Pavel never');
    expect(st.targets['Pavel Rusk'] ?? 'NONE').toBe('NONE');
    expect(st.targets['inspectors'] ?? 'NONE').toBe('NONE');
  });
  it('"called on prosecutors to charge Orwell Haulage" is still punitive', () => {
    const st = withContent('The union called on prosecutors to charge Orwell Haulage over the crash.', 'prosecutors to charge');
    expect(st.targets['Orwell Haulage']).toBe('AGAINST');
  });
  it('"cautioned that the Liberal Union had done better than expected": a caveat, against no one', () => {
    const st = withContent('Pollster Idris Kane cautioned that the Liberal Union had done better than expected in the northern towns.', 'the Liberal Union');
    expect(st.targets['Liberal Union'] ?? 'NONE').toBe('NONE');
  });
  it('"cautioned that the Liberal Union could lose its majority" still warns', () => {
    const st = withContent('Idris Kane cautioned that the Liberal Union could lose its majority if turnout fell.', 'the Liberal Union');
    expect(st.targets['Liberal Union']).toBe('AGAINST');
  });
  it('"it would be “wrong to speculate”" declines to answer (GUIDE 19: NO_COMMENT), no criticism', () => {
    const st = withContent('Superintendent Lena Voss said the force was cooperating fully with the inquiry and that it would be "wrong to speculate" while it was under way.', 'the force');
    expect(st.act).toBe('NO_COMMENT');
  });
  it('… and, its "wrong" in quotation marks, is against no party it names', () => {
    const st = withContent('Superintendent Lena Voss said the force was cooperating fully with the Harlow Conduct Office and that it would be "wrong to speculate" while it was under way.', 'the force');
    expect(st.targets['Harlow Conduct Office'] ?? 'NONE').toBe('NONE');
  });
  it('"it would be wrong to close the station" still criticises', () => {
    const st = withContent('Ms Voss said it would be wrong to close the Harlow Road station.', 'it would be');
    expect(st.act).toBe('CRITICIZE');
  });
});

describe('support the rules had missed', () => {
  it('"I wish Mr Varga well" is for Varga', () => {
    const st = withContent('"The people have spoken and we accept their verdict," Prime Minister Olaf Renn said. "I wish Mr Varga well. I hope he governs for everyone."', 'The people');
    expect(st.targets['Varga']).toBe('FAVOR');
  });
  it('"wished Varga luck" in a report is for Varga', () => {
    const st = withContent('Olaf Renn said he wished Varga luck in the new parliament.', 'he wished');
    expect(st.targets['Varga']).toBe('FAVOR');
  });
  it('"the well was dry": a well that is no wish takes no side', () => {
    const st = withContent('Farmer Ida Lunn said the well at Marren Farm had run dry in August.', 'the well');
    expect(st.targets['Marren Farm'] ?? 'NONE').toBe('NONE');
  });
  it('"I wish the council had listened" wishes no one well', () => {
    const st = withContent('"I wish Dorset Council had listened to us," said resident Paul Ames.', 'I wish');
    expect(st.targets['Dorset Council'] ?? 'NONE').not.toBe('FAVOR');
  });
  it('a lawyer insisting her client was "made a scapegoat" is for the client', () => {
    const st = withContent('Her lawyer, Tom Reese, insisted that Ms Corr had been "made a scapegoat" by a board that wanted the audit closed quickly.', 'Ms Corr');
    expect(st.targets['Corr']).toBe('FAVOR');
  });
  it('a family describing him as "a loving son" praises him', () => {
    const st = withContent('Mr Hale’s family described him as "a loving grandfather who never missed a Sunday lunch."', 'him as');
    expect(st.act).toBe('PRAISE');
    expect(st.targets['Hale']).toBe('FAVOR');
  });
  it('police describing a man as "a devoted father" in a neutral report is no praise', () => {
    const st = withContent('Police described the man as a devoted father of two who had no criminal record.', 'the man');
    expect(st.act).not.toBe('PRAISE');
  });
});

describe('the speaker’s own workplace is not the one who took "the decision" she questions', () => {
  it('"questioned the decision" after "Dr Lara Quinn, a statistician at the Corbel Institute": not the institute', () => {
    const st = withContent('"The sample was too small," said Dr Lara Quinn, a statistician at the Corbel Institute in Ashby.|Quinn also questioned the decision to end the study early.', 'the decision');
    expect(st.targets['Corbel Institute'] ?? 'NONE').toBe('NONE');
  });
  it('the body the article wrote taking the decision is still questioned', () => {
    const st = withContent('The Ashby Health Board voted on Monday to end the study early.|Dr Lara Quinn, a statistician at the Corbel Institute, questioned the decision.', 'the decision');
    expect(st.targets['Ashby Health Board']).toBe('AGAINST');
  });
  it('a body named beside another person is still the decider: "said Jon Pell, a lawyer for the Ashby Health Board"', () => {
    const st = withContent('"We will review it," said Jon Pell, a lawyer for the Ashby Health Board.|Dr Lara Quinn questioned the decision to end the study early.', 'the decision');
    expect(st.targets['Ashby Health Board']).toBe('AGAINST');
  });
});

describe('a people’s adjective alone is no party', () => {
  const article = (body: string) => analyzeArticle(body).statements.map((s) => ({ content: s.content.text, targets: Object.fromEntries(s.targets.map((t) => [t.name, t.stance])) }));
  it('"Vostrian" (from the headline’s "Vostrian election") added as the prime minister’s side is no target of his concession', () => {
    const sts = article('Harlen People’s party wins Vostrian election as Kade concedes\nVOSTRA CITY, Vostria - The opposition won Vostria’s general election on Sunday, ending ten years of rule by Prime Minister Ivo Kade.\nKade conceded defeat and said he had called the winner to congratulate her.\n');
    for (const st of sts) expect(Object.keys(st.targets)).not.toContain('Vostrian');
  });
  it('written in the content before its agents, "attacks by Orskan patrol boats", it stays the target', () => {
    const sts = article('Headline\nOrska denied the report on Monday.\nCoastguard officials said there were at least nine attacks by Orskan patrol boats on fishing crews last year.\n');
    const st = sts.find((s) => s.content.startsWith('there were'));
    expect(st?.targets['Orskan']).toBe('AGAINST');
  });
  it('written in the content as the cue’s object, "accused Orskan officials of lying", it stays the target', () => {
    const sts = article('Headline\nThe Orskan government banned the catch on Monday.\nUnion leader Mara Dell accused Orskan officials of lying about the fish stocks.\n');
    const st = sts.find((s) => s.content.includes('lying'));
    expect(Object.entries(st?.targets ?? {}).some(([n, v]) => n.startsWith('Orskan') && v === 'AGAINST')).toBe(true);
  });
});

describe('a quote going on from a neutral statement that charges a person it describes', () => {
  it('"…approved by one manager who ignored the rules," Voss told reporters: not the company of the statement before', () => {
    const st = withContent('Prosecutor Ana Voss said her office would now study the role of Corbel Haulage in the case.|"Nothing about this was bad luck. Every shortcut was approved by one manager who ignored the rules," Voss told reporters.', 'Nothing about this');
    expect(st.targets['Corbel Haulage'] ?? 'NONE').toBe('NONE');
  });
  it('a quote going on from a criticism keeps its target', () => {
    const st = withContent('Prosecutor Ana Voss accused Corbel Haulage of ignoring safety rules for years.|"Nothing about this was bad luck. Every shortcut was approved," Voss told reporters.', 'Nothing about this');
    expect(st.targets['Corbel Haulage']).toBe('AGAINST');
  });
  it('a described person charged when the company is named in the quote: the company stays', () => {
    const st = withContent('"Corbel Haulage let one man who ignored the rules run the depot for years," said union official Pia Lund.', 'Corbel Haulage let');
    expect(st.targets['Corbel Haulage']).toBe('AGAINST');
  });
});
