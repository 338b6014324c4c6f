// Acts of a neutral cue's content in constructions of political and business news (issue 6, session 17): a party's
// inaction or failing state, a choice named bad, the speaker's own dismay at a party (CRITICIZE), another party's choice
// named good (PRAISE), and a side's blanket "never" from those who speak for it (DENY). Sentences are our own, written
// for each class; every expectation was set by hand from LABELS.md (Act) and corpus/GUIDE.md (section 4, decisions 7
// and 18), with ordinary news sentences sharing the trigger words beside each construction.
import { describe } from 'vitest';
import { table } from './act-table.js';

describe('a party that has done nothing or little about something is criticised (GUIDE decision 18: a complaint about conduct)', () => {
  table([
    ['a party noun as subject',
      'The harbour road has flooded four times since March.\n“The council has done nothing to fix the drains,” said Ilse Brandt, a café owner.',
      [['Ilse Brandt', 'CRITICIZE']]],
    ['a possessive description with names in it',
      'Fuel prices rose again in May.\n“Governor Dahl’s deals with Norvik, Oslo and Bergen have done little to help drivers,” said Jon Moen, a state senator.',
      [['Jon Moen', 'CRITICIZE']]],
    ['reported speech, a name as subject',
      'The trade figures were published on Friday.\nSenator Ana Ruiz said Marcus Tell had done almost nothing about the shipping backlog.',
      [['Ana Ruiz', 'CRITICIZE']]],
    ['must not fire: the weather as subject',
      'The heatwave ended on Sunday.\n“The rain has done little to cool the city,” said Ilse Brandt, a forecaster.',
      [['Ilse Brandt', 'SAY']]],
    ['must not fire: the speaker’s own side defends itself ("we did nothing to"; no rule yet reads the denial, so SAY)',
      'The union was fined for the walkout.\n“We did nothing to break the law,” said Jon Moen, its secretary.',
      [['Jon Moen', 'SAY']]],
    ['must not fire: a party "has done nothing to deserve" a charge is defended (LABELS.md: PRAISE defends others)',
      'The teacher was suspended last week.\n“Ms. Holt has done nothing to deserve this,” said Ana Ruiz, a parent.',
      [['Ana Ruiz', 'PRAISE']]],
    ['must not fire: a name that is a preposition’s object, not the subject',
      'The border town’s shops are quiet.\n“Trade from Canada to the United States is in decline,” said Ilse Brandt, an economist.',
      [['Ilse Brandt', 'SAY']]],
    ['must not fire: in a condition',
      'The vote is on Thursday.\n“If the council has done nothing to fix the drains by then, we will vote against it,” said Ilse Brandt.',
      [['Ilse Brandt', 'SAY']]],
    // (review17 #6: "nothing with X but …" tells what a party did with something, a defence, not its inaction)
    ['must not fire: a lawyer says his client did nothing with the money but hold it',
      'The mayor’s campaign fund is under review.\nHis lawyer, Pia Lund, said the mayor did nothing with the gifts but keep them in a locked safe.',
      [['Pia Lund', 'SAY']]],
    ['must not fire: nothing done to a thing ("to the" is no act left undone)',
      'The old pier was sold in 2019.\n“The new owners have done nothing to the pier since they bought it,” said Ilse Brandt, a harbour historian.',
      [['Ilse Brandt', 'SAY']]],
  ]);
});

describe('a party in a failing state is criticised ("the campaign is in disarray")', () => {
  table([
    ['a description headed by a party word',
      'The polls closed at eight.\n“The Holm campaign is in complete disarray,” said Lars Vik, a rival’s adviser.',
      [['Lars Vik', 'CRITICIZE']]],
    ['an adjective before "leadership"',
      'The summit ended without a statement.\n“Western leadership is in decline,” said Kari Nes, a former ambassador.',
      [['Kari Nes', 'CRITICIZE']]],
    ['must not fire: a market, not a party, in decline',
      'The mill closed in 2019.\n“The timber trade is in decline across the valley,” said Lars Vik, an economist.',
      [['Lars Vik', 'SAY']]],
    ['must not fire: negated',
      'The polls closed at eight.\n“Our campaign is not in disarray. We are ahead in three counties,” said Lars Vik, its manager.',
      [['Lars Vik', 'SAY']]],
    ['must not fire: inside a rival’s reported claim',
      'The polls closed at eight.\nLars Vik said critics keep claiming the Holm campaign is in disarray.',
      [['Lars Vik', 'SAY']]],
  ]);
});

describe('a choice named bad is criticised ("a terrible idea", "the worst deal")', () => {
  table([
    ['a bad name for a decision',
      'The board voted to sell the depot.\n“It is a reckless decision,” said Tove Lund, a shareholder.',
      [['Tove Lund', 'CRITICIZE']]],
    ['a superlative',
      'The trade pact was signed on Monday.\n“This is the worst deal this province has ever signed,” said Odd Berg, a farmer.',
      [['Odd Berg', 'CRITICIZE']]],
    ['a quoted term as subject, in straight quote marks',
      'The minister used the word again on Friday.\n"The word \'reform\' is a cynical buzzword," said Tove Lund, a lobbyist.',
      [['Tove Lund', 'CRITICIZE']]],
    ['must not fire: a misfortune, not a choice',
      'The valley lost power for two days.\n“It was a terrible storm,” said Tove Lund, who runs the inn.',
      [['Tove Lund', 'SAY']]],
    ['must not fire: negated',
      'The board voted to sell the depot.\n“It is not a bad idea to sell it now,” said Tove Lund, a shareholder.',
      [['Tove Lund', 'SAY']]],
    ['must not fire: a question',
      'The board voted to sell the depot.\n“Is it a bad idea? We will know in a year,” said Tove Lund, a shareholder.',
      [['Tove Lund', 'QUESTION']]],
  ]);
});

describe('the speaker’s own dismay at a party criticises it', () => {
  table([
    ['first person, a name in the cause',
      'The minister spoke at the dock on Tuesday.\n“I was appalled by the way Minister Dahl spoke to the crews,” said Siv Holm, a union organiser.',
      [['Siv Holm', 'CRITICIZE']]],
    ['a group’s "they", a name in the cause',
      'The senator addressed the dockers on Monday.\nSome dockers said they had cringed as Senator Moe compared the strike to a tantrum.',
      [['some dockers', 'CRITICIZE']]],
    ['must not fire: dismay at a misfortune with no party',
      'The river burst its banks on Sunday.\n“We were horrified by the damage to the old mill,” said Siv Holm, who lives nearby.',
      [['Siv Holm', 'SAY']]],
    // (review17 #6: a death or a loss is no party's act; a condolence is not a complaint)
    ['must not fire: a condolence, saddened to hear of a death',
      'Tom Garr, who coached the Kelby under-12s for thirty years, died on Friday.\n“We were deeply saddened to hear of his death,” said Siv Holm, the club secretary.',
      [['Siv Holm', 'SAY']]],
    ['must not fire: saddened at a team’s loss',
      'Kelby Town were beaten 4-0 by Arnside on Saturday.\n“We were all saddened by their loss after such a good season,” said Siv Holm, a supporter.',
      [['Siv Holm', 'SAY']]],
    ['a party’s remarks as the cause still criticise',
      'The minister spoke at the dock on Tuesday.\n“We were saddened to hear his remarks about the crews,” said Siv Holm, a union organiser.',
      [['Siv Holm', 'CRITICIZE']]],
    ['must not fire: the dismay is someone else’s, reported',
      'The minister spoke at the dock on Tuesday.\n“Some of the crews cringed as Minister Dahl spoke, but I thought it was fair,” said Siv Holm.',
      [['Siv Holm', 'SAY']]],
  ]);
});

describe('another party’s choice named good is praised (GUIDE decision 18: approving someone else’s act is PRAISE)', () => {
  table([
    ['a tactic named successful',
      'Senator Ruiz has passed nine amendments since 2019.\n“That has been a truly successful tactic,” said Tom Lake, who once worked for her.',
      [['Tom Lake', 'PRAISE']]],
    ['a wise decision, of another party',
      'The governor vetoed the toll bill on Friday.\n“That was a wise decision,” said Ada Fry, a commuter.',
      [['Ada Fry', 'PRAISE']]],
    ['must not fire: advice',
      'Heavy snow is forecast for the pass.\n“It is a good idea to carry chains,” said Ada Fry, a ranger.',
      [['Ada Fry', 'SAY']]],
    ['must not fire: the speaker’s own decision, justified (GUIDE decision 18)',
      'The bakery closed its second shop on Monday.\n“It was a smart plan for our staff and for our customers,” said Ada Fry, its owner.',
      [['Ada Fry', 'SAY']]],
    ['must not fire: a reason given for a decision (GUIDE decision 18: justifying a decision stays SAY)',
      'Harlow Rail bought the depot in March.\nIts chief executive, Ada Fry, said the board had gone ahead because it was a smart deal.',
      [['Ada Fry', 'SAY']]],
    ['must not fire: a body about its own plan',
      'Harlow Rail cut two evening trains.\nHarlow Rail said the timetable was the best plan for the winter.',
      [['Harlow Rail', 'SAY']]],
  ]);
});

describe('a side’s blanket "never", in the words of a body or of one who speaks for it, denies', () => {
  table([
    ['neither … nor any of his aides … ever, from a spokesperson',
      'A blog said the mayor had sought the union’s backing.\n“Neither the mayor nor any of his aides has ever requested the union’s support,” said Rita Moss, his spokeswoman.',
      [['blog', 'SAY'], ['Rita Moss', 'DENY']]],
    ['nobody on our staff … ever, from a company',
      'A newspaper linked the firm to the broker.\nHarlow Foods said in a statement: “Nobody on our staff has ever met the broker.”',
      [['Harlow Foods', 'DENY']]],
    ['must not fire: the same words from a resident complain',
      'The river flooded the lane in March.\n“Neither the mayor nor any of her aides has ever visited this lane,” said Rita Moss, who lives there.',
      [['Rita Moss', 'SAY']]],
    ['must not fire: "neither … nor" with no "ever", from a spokesperson',
      'The mayor’s office published the schedule.\n“Neither the mayor nor his deputy will attend the opening,” said Rita Moss, his spokeswoman.',
      [['Rita Moss', 'SAY']]],
  ]);
});
