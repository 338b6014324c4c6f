// Session 20, act and stance errors two new users found in articles of their own (a conflict report, a wildfire, a
// parliamentary debate …). Sentences are our own, with other names and words; each expectation was written by hand from
// the sentence (LABELS.md; GUIDE sections 4 and 6).
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/analyze.js';

const statements = (paragraphs: string) => analyzeArticle(`Headline\n${paragraphs.replace(/\|/gu, '\n')}\n`).statements;
const last = (paragraphs: string) => { const s = statements(paragraphs); expect(s.length).toBeGreaterThan(0); return s[s.length - 1]!; };
const targetsOf = (paragraphs: string): Record<string, string> => Object.fromEntries(last(paragraphs).targets.map((t) => [t.name, t.stance]));
const actOf = (paragraphs: string): string => last(paragraphs).act;

describe('damage done by a natural event is no criticism', () => {
  it('fires: "a wildfire …, destroying at least 30 houses, officials said" → SAY', () => {
    expect(actOf('A fast-moving wildfire swept through the hills overnight, destroying at least 30 houses, officials said on Monday.')).toBe('SAY');
  });
  it('fires: "the floods had destroyed dozens of homes, residents said" → SAY', () => {
    expect(actOf('The floods had destroyed dozens of homes along the river, residents said.')).toBe('SAY');
  });
  it('fires: "the storm damaged the harbour wall, the council said" → SAY', () => {
    expect(actOf('The storm badly damaged the harbour wall and two fishing boats, the council said.')).toBe('SAY');
  });
  it('must not change: harm done by a named party stays a criticism', () => {
    expect(actOf('The army destroyed the only bridge into the village, the mayor said.')).toBe('CRITICIZE');
    expect(actOf('The developer\'s decision will destroy the character of the town, residents said.')).toBe('CRITICIZE');
  });
  it('must not change: a fire someone is said to have started, or a weapon\'s fire', () => {
    expect(actOf('Sparks from the company\'s machinery started the fire that destroyed the barn, the farmer said.')).not.toBe('SAY');
    expect(actOf('Troops opened fire on the crowd, destroying two cars, a witness said.')).toBe('CRITICIZE');
  });
});

describe('"an offensive" is the military noun, no criticism', () => {
  it('fires: "as Tessian troops pressed an offensive along the coast" → SAY', () => {
    expect(actOf('A rocket strike on a bus depot killed at least seven people on Friday, a monitoring group said, as Tessian troops pressed an offensive along the coast.')).toBe('SAY');
  });
  it('must not change: "offensive" as a judgement', () => {
    expect(actOf('Ruth Allen said the remarks were offensive to the families.')).toBe('CRITICIZE');
    expect(actOf('Ruth Allen said it was an offensive joke that should never have been told.')).toBe('CRITICIZE');
  });
});

describe('a criticism the speaker denies is none', () => {
  it('fires: "the review was not an attack on the mayor" → not CRITICIZE, the mayor not AGAINST', () => {
    const s = last('Pia Rask, who wrote the review, told councillors that the review was not an attack on the mayor.');
    expect(s.act).not.toBe('CRITICIZE');
    expect(s.targets.filter((t) => t.stance === 'AGAINST').map((t) => t.name)).toEqual([]);
  });
  it('fires: a noun whose absence is the fault stays a criticism: "had shown no remorse" (review 17b)', () => {
    expect(actOf('Chef Nora Kell had shown no remorse for the outbreak, the inspector Ivo Drazen said.')).toBe('CRITICIZE');
    expect(actOf('Ivo Drazen said there had been no remorse from the managers at Halvard Homes.')).toBe('CRITICIZE');
  });
  it('must not change: a negated judgement is still none, and a neutral "consultation" or "remorse" is no criticism', () => {
    expect(actOf('Ivo Drazen said the new rules were not unfair to the tenants.')).not.toBe('CRITICIZE');
    expect(actOf('Ivo Drazen said the delay was no mistake.')).not.toBe('CRITICIZE');
    expect(actOf('The council said a consultation with residents would open in May.')).toBe('SAY');
  });
  it('must not change: a criticism stated, and "did not go far enough"', () => {
    expect(actOf('Pia Rask said the budget was an attack on the poorest families.')).toBe('CRITICIZE');
    expect(actOf('Pia Rask said the new rules did not go far enough.')).toBe('CRITICIZE');
  });
});

describe('dismissing a rival\'s account gives the rival no FAVOR (GUIDE decisions 22-23)', () => {
  it('fires: "said the Tessian account was “a fabrication”" → Tessian AGAINST, not FAVOR', () => {
    const t = targetsOf('Tessian artillery shelled the port on Friday. Interior Minister Ola Brenn said the Tessian account was "a fabrication meant to hide a massacre."');
    expect(t['Tessian']).toBe('AGAINST');
  });
  it('fires: "dismissed the ministry\'s figures as “a cynical fiction”" → the ministry AGAINST', () => {
    const t = targetsOf('The ministry said waiting lists had fallen. The opposition leader, Karl Umber, dismissed the ministry\'s figures as "a cynical fiction."');
    expect(t['ministry']).toBe('AGAINST');
  });
  it('must not change: a denial that clears a party named as its subject', () => {
    const t = targetsOf('Critics said the club had paid the referee. Club secretary Ben Ode denied that the Rovers coach had paid anyone.');
    expect(t['Rovers']).toBe('FAVOR');
    expect(targetsOf('The report said the ministry had hidden the losses. The ministry said the report was "a fabrication."')['ministry']).toBe('FAVOR');
  });
  it('fires: a name before "allegations" or "charges" is the accused, not the claimant (review 17b)', () => {
    expect(targetsOf('A lawyer for the producer, Ivo Drazen, said the Harlan allegations were baseless.')['Harlan']).toBe('FAVOR');
    expect(targetsOf('Ivo Drazen said the Harlan charges were false and would be dropped.')['Harlan']).toBe('FAVOR');
  });
  it('must not change: a name before an account noun is whose account is dismissed', () => {
    expect(targetsOf('Ivo Drazen said the Courier account was a fabrication.')['Courier']).toBe('AGAINST');
    expect(targetsOf('Ivo Drazen said the Tessian narrative was a fabrication from start to finish.')['Tessian']).toBe('AGAINST');
  });
  it('must not change: "the Harwick plan" praised or reported is no rebutted claim', () => {
    expect(Object.values(targetsOf('Mayor Jo Fenn said the Harwick plan was the best the town had seen.'))).not.toContain('AGAINST');
    expect(Object.values(targetsOf('Jo Fenn said the Harwick report would be published on Monday.'))).not.toContain('AGAINST');
  });
});

describe('the one a party "treated disgracefully" is the victim, not the one criticised', () => {
  it('fires: "said the company had treated Ana Ruiz disgracefully" → Ana Ruiz FAVOR', () => {
    expect(targetsOf('Ola Berg, a colleague of the sacked engineer, said the company had treated Ana Ruiz disgracefully.')['Ana Ruiz']).toBe('FAVOR');
  });
  it('fires: a pronoun: "and said the firm had treated her “shamefully”" → not AGAINST', () => {
    const t = targetsOf('Ana Ruiz left Corvel Rail in 2021. Her former colleague Ola Berg praised her work and said the firm had treated her "shamefully."');
    expect(t['Corvel Rail']).toBe('AGAINST');
    expect(t).not.toHaveProperty('Ana Ruiz', 'AGAINST');
  });
  it('must not change: the party that treated someone so is still criticised', () => {
    expect(targetsOf('Ola Berg said Corvel Rail had treated the drivers disgracefully.')['Corvel Rail']).toBe('AGAINST');
  });
  it('must not change: "treated every applicant fairly" is no criticism', () => {
    expect(actOf('The council said it had treated every applicant fairly.')).toBe('SAY');
  });
});

describe('a name addressed at the head of a remembered quote is not a target', () => {
  it('fires: "They said, ‘Tomas, you are being difficult’" → no target Tomas', () => {
    const t = targetsOf('Tomas Brink joined the yard in 2016. "At first it was polite. They said, \'Tomas, you are being difficult, we have a launch date.\' Then I was moved to nights. Nobody ever told me why," Brink says.');
    expect(t['Tomas']).toBeUndefined();
  });
  it('must not change: a name that opens a quote as its subject', () => {
    const t = targetsOf('"Halvard Shipping, frankly, has been a disgrace to this town," said councillor Ruth Sand.');
    expect(t['Halvard Shipping']).toBe('AGAINST');
  });
  it('must not change: a name addressed in a quote that judges them stays the target (review 17b)', () => {
    // an insult written to someone: the one addressed is who it is against
    expect(targetsOf('A card left on the door of Karl Visser read: "Karl, you are a disgrace and a fraud!" said his neighbour Ina Holt.')['Karl Visser']).toBe('AGAINST');
    expect(targetsOf('Lena Brandt was dropped on Friday.|"Lena, you are useless and you have failed this club," the chairman Rolf Dahl told her.')['Lena Brandt']).toBe('AGAINST');
  });
  it('fires: a name addressed with words that judge nothing is not a target', () => {
    const t = targetsOf('Ivo Drazen met the coach, Pia Rask, on Monday.|"Pia, please sit down, the meeting starts at noon," Ivo Drazen said.');
    expect(t['Pia Rask']).toBeUndefined();
    expect(t['Pia']).toBeUndefined();
  });
  it('must not change: a name in the content with a comma after it', () => {
    expect(targetsOf('Ruth Sand said "Corvel, it is clear, has been a disgrace to this town."')['Corvel']).toBe('AGAINST');
  });
});

describe('acts of justification, rejection and naming', () => {
  it('fires: "the raid had hit “a legitimate military target”" → not PRAISE', () => {
    expect(actOf('An army spokesman, Ivo Drazen, said the raid had hit "a legitimate military target," a fuel store.')).not.toBe('PRAISE');
  });
  it('must not change: "a legitimate candidate" is praise; "legitimate concerns" is no justified target', () => {
    expect(actOf('Lena Ost said the new coach was a legitimate candidate for the award.')).toBe('PRAISE');
    expect(actOf('"She is a legitimate contender for the title," said coach Lena Ost.')).toBe('PRAISE');
  });
  it('fires: a first-person "We reject …" in a quote → DENY', () => {
    expect(actOf('"We take every precaution to protect patients," the hospital\'s director, Ivo Drazen, told reporters. "We reject the idea that the ward was short of nurses."')).toBe('DENY');
    expect(actOf('"We firmly reject the allegation," a spokesman for Corvel Rail said.')).toBe('DENY');
  });
  it('must not change: a third party\'s rejection reported inside content is no denial by the speaker', () => {
    expect(actOf('Ivo Drazen said the committee would reject the budget next week.')).not.toBe('DENY');
    expect(actOf('"Voters will reject this plan at the ballot box," Ivo Drazen said.')).not.toBe('DENY');
    // A first-person "reject" of something that is no claim or charge (a review found this one DENY).
    expect(actOf('"We reject applications that arrive after the closing date," the spokesman for Orrin Housing said.')).not.toBe('DENY');
    expect(actOf('"We reject about a third of the timber we are offered," the mill manager said.')).not.toBe('DENY');
  });
  it('fires: "called the new rota “pure fantasy”" → CRITICIZE', () => {
    expect(actOf('The nurses\' union called the new rota "pure fantasy."')).toBe('CRITICIZE');
    expect(actOf('Opposition leader Mira Lund described the budget as "wishful thinking."')).toBe('CRITICIZE');
  });
  it('fires: "fantasy" / "fairy tale" as a complement judges what it is said of (review 17b)', () => {
    expect(targetsOf('Ivo Drazen said the government plan was a fantasy.')['government']).toBe('AGAINST');
    expect(actOf('Ivo Drazen called the budget a fairy tale and the minister a dreamer.')).toBe('CRITICIZE');
  });
  it('must not fire: "fantasy" / "fairy tale" before a noun is no judgement of anyone (review 17b)', () => {
    expect(targetsOf('Ivo Drazen said a fantasy campaign to block Governor Reyes was under way.')['Reyes']).toBe('NONE');
    expect(targetsOf('Coach Ivo Drazen said fantasy football players loved Tom Eke this season.')['Tom Eke']).toBe('NONE');
    expect(targetsOf('Ivo Drazen said the fairy tale festival in Holmby would honour Mayor Ada Krum.')['Ada Krum']).toBe('NONE');
  });
  it('must not change: "fantasy" outside a naming cue', () => {
    expect(actOf('Mira Lund said the fantasy league had 4,000 members.')).toBe('SAY');
    expect(actOf('The author said her new novel was a fantasy set in a northern port.')).toBe('SAY');
  });
  it('fires: a minister who "defended the government\'s plan" defends her own side → not PRAISE, the government FAVOR', () => {
    const s = last('Transport Minister Ada Holm defended the government\'s plan for a new rail line on Tuesday, saying it would cut journey times.');
    expect(s.act).not.toBe('PRAISE');
    expect(Object.fromEntries(s.targets.map((t) => [t.name, t.stance]))['government']).toBe('FAVOR');
    // the portfolio word of her title ("Transport") is no party of its own (review 17b)
    expect(s.targets.map((t) => t.name).filter((n) => n !== 'government' && n !== 'Ada Holm')).toEqual([]);
  });
  it('must not change: a body named before a role that is no government office is still the speaker\'s side', () => {
    expect(targetsOf('Labour leader Ana Holm defended the party\'s plan for a new rail line on Tuesday.')['Labour']).toBe('FAVOR');
    expect(targetsOf('Ivo Drazen, a spokesman for Corvel Rail, defended the company\'s new timetable, saying it would cut delays.')['Corvel Rail']).toBe('FAVOR');
  });
  it('must not change: a union leader who defends the government\'s decision praises it (GUIDE decision 26)', () => {
    expect(actOf('Union leader Per Vik defended the government\'s decision to raise the minimum wage.')).toBe('PRAISE');
    expect(actOf('Transport Minister Ada Holm defended the rail regulator\'s decision to fine the operator.')).toBe('PRAISE');
  });
});

describe('"pay the price" warns only of what is to come', () => {
  it('fires: "whenever the timetable changes, it is the passengers … who pay the price" → not WARN', () => {
    expect(actOf('"Whenever the timetable changes, it is the passengers in the outer estates who pay the price," the campaign chair, Ola Berg, said in a statement.')).not.toBe('WARN');
  });
  it('must not change: a price to be paid is a warning', () => {
    expect(actOf('"If the council scraps the route, it is the elderly who will pay the price," said campaign chair Ola Berg.')).toBe('WARN');
    expect(actOf('The bus company said passengers would pay the price for the strike.')).toBe('WARN');
  });
});

describe('to allege another party\'s conduct is to accuse it (section 4; every "alleged" in the train and dev gold is ACCUSE)', () => {
  it('fires: "“They knew the pipe was corroded and chose not to replace it,” she alleged" → ACCUSE', () => {
    expect(actOf('A lawyer for the tenants, Mara Lind, said the landlord had been told about the leak in 2022.|"They knew the pipe was corroded and they chose not to replace it," she alleged.')).toBe('ACCUSE');
  });
  it('fires: "alleged that the firm had sacked four organisers" → ACCUSE', () => {
    expect(actOf('The union alleged that Harrow Freight had sacked four organisers before the ballot.')).toBe('ACCUSE');
  });
  it('fires: the speaker\'s own lot told with "she"/"he" stays CLAIM, as with "I" (review 17b)', () => {
    expect(actOf('Marta Quist alleged that she had been followed home by two men.')).toBe('CLAIM');
    expect(actOf('Tomas Brink alleged that he had been locked out of the office for a week.')).toBe('CLAIM');
  });
  it('must not change: "he" who is another person than the speaker is accused', () => {
    expect(actOf('Tomas Brink joined the club in 2019.|Marta Quist alleged that he had taken the money from the club.')).toBe('ACCUSE');
    expect(actOf('Police alleged that Ivo Drazen had carried stolen goods across the border.')).toBe('ACCUSE');
  });
  it('must not change: a negated "allege" accuses no one; "claimed" keeps CLAIM', () => {
    expect(actOf('Piet Saar did not allege that anyone at the club had taken the money.')).not.toBe('ACCUSE');
    expect(actOf('Piet Saar claimed that the new stadium would bring 2,000 jobs to the town.')).toBe('CLAIM');
  });
});

describe('places and units are no targets (GUIDE section 6: organisations and people)', () => {
  it('fires: "warned residents of the towns of Brell and Upper Marsh that …" → neither town a target', () => {
    const t = targetsOf('Fire chief Ivo Marsk warned residents of the towns of Brell and Upper Marsh that the roads could close without notice.');
    expect(t['Brell']).toBeUndefined();
    expect(t['Upper Marsh']).toBeUndefined();
  });
  it('fires: "above 38 degrees Celsius" → no target Celsius', () => {
    expect(targetsOf('Forecasters at the Harlund Weather Bureau warned that temperatures would climb above 38 degrees Celsius on Sunday.')['Celsius']).toBeUndefined();
  });
  it('fires: "the fire" in a wildfire story is no fire service', () => {
    const t = targetsOf('The Harlund Fire and Rescue Service said the blaze had reached the ridge.|Governor Ada Krum said every crew in the province was now committed to the fire.');
    expect(Object.keys(t).some((n) => /Fire/u.test(n))).toBe(false);
  });
  it('must not change: a town council named as the party criticised, and a company the residents accuse', () => {
    expect(targetsOf('Residents said Brell Town Council had ignored their complaints for years.')['Brell Town Council']).toBe('AGAINST');
    expect(targetsOf('Residents of Brell accused Corvane Quarries of blasting without a permit.')['Corvane Quarries']).toBe('AGAINST');
  });
  it('must not change: "the service" still stands for the fire service it names', () => {
    const t = targetsOf('The Harlund Fire and Rescue Service was criticised by residents.|Mayor Ada Krum defended the service, saying its crews had worked through the night.');
    // (the name is cut to "Rescue Service" at present: the test asks for the service's FAVOR, whatever its name's length)
    expect(Object.entries(t).filter(([n]) => /Rescue Service$/u.test(n)).map(([, v]) => v)).toEqual(['FAVOR']);
  });
});

describe('"the town of X" names a place, no party', () => {
  it('fires: "a shell hit a school in the border town of Varnik, a monitoring group said" → no target Varnik', () => {
    const t = targetsOf('A shell hit a school in the border town of Varnik on Monday, killing four people, a monitoring group said.');
    expect(t['Varnik']).toBeUndefined();
  });
  it('must not change: a town named as the body that acts, and a council of the town', () => {
    expect(targetsOf('Residents accused Varnik of ignoring their complaints about the landfill.')['Varnik']).toBe('AGAINST');
    expect(targetsOf('Residents said the council of the town of Varnik, Varnik Borough Council, had ignored their complaints.')['Varnik Borough Council']).toBe('AGAINST');
  });
});

describe('a city or town as a body that acts or is charged stays a target (review 17b)', () => {
  it('fires: "the city of Marlow had ignored warnings" and "accused the city of Brenford of dumping" → AGAINST', () => {
    expect(targetsOf('Ivo Drazen said the city of Marlow had ignored warnings about the bridge and was to blame.')['Marlow']).toBe('AGAINST');
    expect(targetsOf('Campaigners accused the city of Brenford of dumping sewage into the river.')['Brenford']).toBe('AGAINST');
  });
  it('fires: "people in the White House had misled" keeps the White House', () => {
    expect(targetsOf('Ivo Drazen said people in the White House had misled the public about the deal.')['White House']).toBe('AGAINST');
  });
  it('must not change: a city that is only where something happened, or whose people are meant, is no target', () => {
    expect(targetsOf('Ivo Drazen said the city of Marlow had been hit hard by the storm and would need help.')['Marlow']).toBeUndefined();
    expect(targetsOf('Campaigners accused Corvane Water of dumping sewage near the city of Brenford.')['Brenford']).toBeUndefined();
    expect(targetsOf('Ivo Drazen said voters in the town of Holmby had failed to turn out.')['Holmby']).toBeUndefined();
    expect(targetsOf('Campaigners said the report vindicated years of complaints from residents of the Northgate and Elmwood estates.')['Northgate']).toBeUndefined();
  });
  it('fires: a heading in capitals on its own line ("FULL TEXT.") is no target', () => {
    const text = 'Still the senator, but the spark is gone\nOn the trail, even old friends see a tired man.\n\nABSTRACT.\n\nAs the former senator campaigns for his brother, even some supporters notice a flatter style.\n\nFULL TEXT.\n\nAmos Veldt came to the grain-rich town of Holmby on Tuesday night and recounted his brother’s career, listed his plans for the farms, and tore into the Liberals a little.\n';
    const all = analyzeArticle(text).statements;
    expect(all.length).toBeGreaterThan(0);
    expect(all.flatMap((s) => s.targets.map((t) => t.name))).not.toContain('FULL TEXT');
  });
  it('must not change: a name in capitals inside a sentence is still a party', () => {
    expect(targetsOf('Ivo Drazen said NATO had failed the region.')['NATO']).toBe('AGAINST');
  });
});
