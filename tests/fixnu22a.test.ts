// Acts two new users found wrong in articles of their own (a verdict, an election night, a product launch; a medical
// study, a summit, a police appeal): content words read without their construction. Sentences written for this file
// (none from any corpus or from the users' articles); each fix has sentences it must not change.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/analyze.js';

/** The act of the statement whose content holds `words`. */
const actOf = (body: string, words: string): string => {
  const s = analyzeArticle(`Headline\n${body}\n`).statements.find((x) => x.content.text.includes(words));
  if (!s) throw new Error(`no statement with “${words}”`);
  return s.act;
};

describe('a necessity no party is asked to meet is no demand (GUIDE section 4: a demand asks a party to act)', () => {
  it('an eased necessity: “children only need to use once a week”, “no longer have to queue”', () => {
    expect(actOf('A nasal spray that children only need to use once a week cut asthma visits by a third, the paediatrician said.', 'only need to')).not.toBe('DEMAND');
    expect(actOf('Drivers no longer have to queue at the border since the new scanners arrived, the customs chief said.', 'no longer have to')).not.toBe('DEMAND');
  });
  it('a generic “you” in a hypothesis: “you would need to screen about 60 older women”', () => {
    expect(actOf('To prevent one hip fracture you would need to screen about 60 older women, the statistician said.', 'you would need to')).not.toBe('DEMAND');
  });
  it('nobody, or no party, as subject: “Nobody has to panic”, “no other parent has to sit …”', () => {
    expect(actOf('"Nobody has to panic about the water," the engineer said.', 'Nobody has to panic')).not.toBe('DEMAND');
    expect(actOf('"We pray no other parent has to sit by a hospital bed like this," the mother said.', 'no other parent')).not.toBe('DEMAND');
  });
  it('accepting a situation: “villages which share a river must learn to live together”', () => {
    expect(actOf('The bishop said that villages which share a river must learn to live together.', 'learn to live')).not.toBe('DEMAND');
  });
  it('must not change: a necessity put on a party or on the one addressed', () => {
    expect(actOf('The league said the club must pay the fine by Friday.', 'must pay')).toBe('DEMAND');
    expect(actOf('"You need to resign," the protester told the harbour master.', 'You need to resign')).toBe('DEMAND');
    expect(actOf('The inspectors said the ministry must learn from its mistakes at the depot.', 'must learn from')).toBe('DEMAND');
    expect(actOf('"Nobody should be above the law," the senator said.', 'Nobody should')).toBe('DEMAND');
  });
});

describe('a harm word inside a phrase that means no harm', () => {
  it('“failure” of an organ or a machine is a disease or a breakdown: “for families living with liver failure”', () => {
    expect(actOf('The insurer described the new ward as "a step forward for families living with liver failure."', 'liver failure')).not.toBe('CRITICIZE');
  });
  it('a description of good news for those with a disease: its tone is not lowered by the disease', () => {
    expect(actOf('The drug maker described the trial as "a turning point for people living with kidney failure."', 'kidney failure')).not.toBe('CRITICIZE');
  });
  it('must not change: a party’s failure named', () => {
    expect(actOf('The opposition described the rollout as "a complete failure."', 'complete failure')).toBe('CRITICIZE');
    expect(actOf('The senator said the agency had failed the families of the miners.', 'had failed')).toBe('CRITICIZE');
  });
  it('a failure that sets off a success: “talks could succeed where sanctions have failed”', () => {
    expect(actOf('The envoy said talks could succeed where sanctions have failed.', 'succeed where')).not.toBe('CRITICIZE');
  });
  it('must not change: a failure with no success set against it', () => {
    expect(actOf('The auditor said the scheme had failed where it mattered most.', 'failed where')).toBe('CRITICIZE');
  });
  it('a pledge to act in good faith is no denial: “both sides would negotiate in good faith”', () => {
    expect(actOf('The ministers said both sides would negotiate in good faith over the canal.', 'good faith')).not.toBe('DENY');
    expect(actOf('The two unions said they had agreed to bargain in good faith with the new owners.', 'good faith')).not.toBe('DENY');
  });
  it('a pledge with the speaker’s words quoted: would “work in good faith …”', () => {
    expect(actOf('The two mayors said the towns would "work in good faith to reopen the ferry" by the summer.', 'good faith')).not.toBe('DENY');
  });
  it('must not change: conduct defended as done in good faith', () => {
    expect(actOf('The builder said it had always acted in good faith and followed the plans.', 'acted in good faith')).toBe('DENY');
  });
  it('“will follow” with an object is a plan: “We will follow the data wherever it takes us”', () => {
    expect(actOf('"We will follow the data wherever it takes us," the inspector said.', 'will follow')).not.toBe('WARN');
    expect(actOf('The coroner said she would follow the guidance on disclosure.', 'would follow')).not.toBe('WARN');
  });
  it('must not change: consequences that “will follow”', () => {
    expect(actOf('"If the fence is not mended by May, legal action will follow," the farmer said.', 'will follow')).toBe('WARN');
    expect(actOf('The union said strikes would follow if the offer was not improved.', 'would follow')).toBe('WARN');
  });
});

describe('praise and criticism in the speaker’s own words', () => {
  it('a tribute under “described him as”: kin and friends with no negative tone', () => {
    expect(actOf('Mr Kerr\'s family described him as "a gentle brother and the kindest man on the team."', 'gentle brother')).toBe('PRAISE');
    expect(actOf('His widow described him as "a wonderful husband and a loyal friend."', 'wonderful husband')).toBe('PRAISE');
  });
  it('must not change: a description of a suspect, a description of a thing', () => {
    expect(actOf('Police described him as "a tall man in his forties" with a shaved head.', 'tall man')).not.toBe('PRAISE');
    expect(actOf('The curator described the vase as "a copy made in the last century."', 'a copy')).not.toBe('PRAISE');
  });
  it('a party’s conduct given the speaker’s quoted words as its predicate: the tone of those words', () => {
    expect(actOf('The analyst said the company had been "unusually open" in sharing its data.', 'unusually open')).toBe('PRAISE');
    expect(actOf('The magistrate said his attempt to blame the drivers had been "deeply unattractive."', 'deeply unattractive')).toBe('CRITICIZE');
  });
  it('with a cue after a relative clause that ends in a negation: “… but not Corvex, said the firm had been “…””', () => {
    expect(actOf('Dr Ines Moll, a surgeon who has advised other firms but not Corvex, said the company had been "unusually open" in sharing the trial data.', 'unusually open')).toBe('PRAISE');
  });
  it('must not change: a negated cue (“did not say”), a named person’s feeling with its object', () => {
    expect(actOf('The club did not deny that it had paid the agent.', 'it had paid the agent')).not.toBe('DENY');
    expect(actOf('A spokeswoman said Ines Moll is "eager" to join the board.', 'eager')).toBe('SAY');
  });
  it('must not change: quoted words with no clear tone, or not of a party', () => {
    expect(actOf('The engineer said the company had been "in talks" with two suppliers.', 'in talks')).toBe('SAY');
    expect(actOf('The forecaster said the weather had been "unusually warm" for March.', 'unusually warm')).toBe('SAY');
  });
  it('an employer disowning its employee’s conduct: “does not reflect the values of …”', () => {
    expect(actOf('"The behaviour of Mr Dorn does not reflect the values of Brightwell Foods," a spokesman said.', 'does not reflect the values')).toBe('CRITICIZE');
  });
  it('must not change: “reflect” of figures, or values reflected', () => {
    expect(actOf('The bank said the figures did not reflect the sale of its card business.', 'did not reflect')).toBe('SAY');
    expect(actOf('The school said the new uniform reflected the values of the town.', 'reflected the values')).not.toBe('CRITICIZE');
  });
});

describe('non-answers (GUIDE decision 19)', () => {
  it('“That is a question for another time.”, “wrong to speculate”', () => {
    expect(actOf('Asked about the merger, the chairman replied: "That is a question for another time."', 'question for another time')).toBe('NO_COMMENT');
    expect(actOf('The minister said it would be "wrong to speculate" about the cause of the fire.', 'wrong to speculate')).toBe('NO_COMMENT');
  });
  it('must not change: a question answered another time, a wrong named', () => {
    expect(actOf('The judge said it was a question for another court whether the contract was void.', 'question for another court')).toBe('SAY');
    expect(actOf('The mayor said it was wrong to close the library without a vote.', 'wrong to close')).toBe('CRITICIZE');
  });
});
