// Session 17, statement and span errors two new users found in articles of their own. Every sentence here is our own;
// each expectation was written by hand from the sentence (LABELS.md; corpus/GUIDE.md sections 1 and 2).
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/analyze.js';

const statements = (paragraphs: string) => analyzeArticle(`Headline\n${paragraphs.replace(/\|/gu, '\n')}\n`).statements;
const cues = (paragraphs: string): string[] => statements(paragraphs).map((s) => s.cue?.text ?? '');
const contentOf = (paragraphs: string, cue: string): string | undefined => statements(paragraphs).find((s) => s.cue?.text === cue)?.content.text;

describe('"recall" is speech only when a memory is told; a recall of goods or people is no statement', () => {
  it('fires: a product recall with a quantity object is not a cue', () => {
    expect(cues('Brenwick Appliances is recalling about 120,000 kettles sold in Norland after reports of scalds.')).not.toContain('recalling');
  });
  it('fires: a recall of goods inside another statement is not a statement of its own', () => {
    expect(cues('The carmaker recalled 40,000 pickups last year, the regulator said.')).toEqual(['said']);
  });
  it('fires: "recalled" with a determiner object (its envoy) is not a cue', () => {
    expect(cues('Norland recalled its envoy from the capital on Tuesday.')).not.toContain('recalled');
  });
  it('fires: "is recalling its …" is a company\'s recall', () => {
    expect(cues('Brenwick said on Monday it was recalling its Vesta kettles after reports of scalds.')).not.toContain('recalling');
  });
  it('fires: "recall" after a possessive is the noun ("its recall notice")', () => {
    expect(cues('The agency said it would update its recall notice "as more facts come in."')).toEqual(['said']);
  });
  it('must not fire: a memory with a noun phrase object of one\'s own past', () => {
    expect(cues('Tamsin Oakes recalled her first campaign in the valley.')).toContain('recalled');
  });
  it('must not fire: "recalled that …" reports a memory', () => {
    expect(contentOf('Tamsin Oakes recalled that the mill had closed in the winter of 1998.', 'recalled')).toBe('the mill had closed in the winter of 1998');
  });
  it('must not fire: "recalled how …" reports a memory', () => {
    expect(cues('Tamsin Oakes recalled how the river had flooded the lower town.')).toContain('recalled');
  });
  it('must not fire: a quote closed by "she recalled"', () => {
    expect(contentOf('"We lost everything that night," she recalled.', 'recalled')).toContain('We lost everything that night');
  });
});

describe('"posted"/"tweeted" a picture or a link reports no words', () => {
  it('fires: "posted photos … of" a thing is no statement', () => {
    expect(cues('Orla Quint, a nurse in Castlebay, posted photos on Monday of a kettle whose handle had melted.')).toEqual([]);
  });
  it('fires: "posted a short video of" is no statement', () => {
    expect(cues('The striker posted a short video of the goal on his account.')).toEqual([]);
  });
  it('must not fire: "posted on Facebook that …" reports words', () => {
    expect(contentOf('The mayor posted on Facebook that the bridge would reopen.', 'posted')).toBe('the bridge would reopen');
  });
  it('must not fire: a quote closed by "she posted" stays a statement', () => {
    expect(contentOf('"The bridge reopens on Friday," the mayor posted on Facebook.', 'posted')).toContain('The bridge reopens on Friday');
  });
});

describe('"on X." at a sentence end closes the sentence', () => {
  it('fires: the next sentence\'s statement does not run into "on X."', () => {
    const s = statements('The mayor shared the news on X. The council said it would meet on Friday.');
    const said = s.find((x) => x.cue?.text === 'said');
    expect(said?.content.text).toBe('it would meet on Friday');
    expect(said?.speaker.name).toMatch(/council/u);
  });
  it('fires: an indirect statement "wrote on X." ends before the next sentence', () => {
    const s = statements('Pell wrote on X that the club had been sold. The board said nothing had been signed.');
    expect(s.find((x) => x.cue?.text === 'wrote')?.content.text).toBe('the club had been sold');
    expect(s.find((x) => x.cue?.text === 'said')?.content.text).toBe('nothing had been signed');
  });
  it('must not fire: a middle initial stays inside the name', () => {
    const s = statements('John X. Smith said the plan would fail.');
    expect(s).toHaveLength(1);
    expect(s[0]!.speaker.name).toBe('John X. Smith');
    expect(s[0]!.content.text).toBe('the plan would fail');
  });
  it('must not fire: an ordinary "on" before a capitalised initial in a name', () => {
    const s = statements('Officials said the talks on J. R. Cole\'s estate would resume on Monday.');
    expect(s).toHaveLength(1);
    expect(s[0]!.content.text).toBe('the talks on J. R. Cole\'s estate would resume on Monday');
  });
});

describe('a gerund of saying after an accusation\'s "of" reports the accused\'s words', () => {
  it('fires: "accused him of … and of later telling auditors that …"', () => {
    const s = statements('She accused him of ignoring the advice and of later telling auditors that the ledger had been lost by a clerk.');
    expect(s.find((x) => x.cue?.text === 'telling')?.content.text).toBe('the ledger had been lost by a clerk');
  });
  it('must not fire: a gerund with no words reported', () => {
    expect(cues('Critics accused the minister of saying one thing and doing another.')).toEqual(['accused']);
  });
  it('must not fire: a gerund that is no cue', () => {
    expect(cues('The union accused the board of ignoring warnings from staff.')).toEqual(['accused']);
  });
  it('must not fire: a gerund of a cue that is no saying is the deed accused', () => {
    expect(cues('The guild accused Harbin Games of dismissing workers for their union activity.')).toEqual(['accused']);
  });
});

describe('the reporter\'s aside and the speaker\'s next act after the reported words are no content', () => {
  it('fires: a coordinated verb with the speaker\'s own price target after the clause', () => {
    expect(contentOf('Tomas Reyne of Calder Partners warned that the inquiry could delay the merger by a year, and cut his price target to $12 from $19.', 'warned'))
      .toBe('the inquiry could delay the merger by a year');
  });
  it('fires: "and kept a hold rating" after a mixed clause', () => {
    expect(contentOf('Ada Lusk, an analyst at Orbis, said the new design was "bold but risky" and kept a hold rating on the shares.', 'said'))
      .toBe('the new design was "bold but risky"');
  });
  it('fires: an appositive "a remark that …" after a quoted fragment', () => {
    expect(contentOf('He once told a reporter that most referees "could not spot a foul in a mirror," a remark that did not endear him to the league.', 'told'))
      .toBe('most referees "could not spot a foul in a mirror,"');
  });
  it('fires: a participle of consequence on the market', () => {
    expect(contentOf('Farmers filed a lawsuit on Monday accusing the firm of selling faulty seed, sending its shares down 9 percent.', 'accusing'))
      .toBe('the firm of selling faulty seed');
  });
  it('must not fire: a forecast cut by the subject of the reported clause ("its")', () => {
    expect(contentOf('The agency said the central bank held rates and cut its growth forecast.', 'said')).toBe('the central bank held rates and cut its growth forecast');
  });
  it('must not fire: an appositive on a person inside the clause', () => {
    expect(contentOf('The coach said the club had signed Aron Vale, a striker who scored 20 goals last season.', 'said'))
      .toBe('the club had signed Aron Vale, a striker who scored 20 goals last season');
  });
  it('must not fire: a participle of consequence that is no market\'s', () => {
    expect(contentOf('Officials said the storm hit the coast, sending waves over the harbour wall.', 'said')).toBe('the storm hit the coast, sending waves over the harbour wall');
  });
});

describe('"told the jury that A, and that B": the second "that" clause is the same statement\'s', () => {
  it('fires: the content runs through the second clause and its nested speaker is "staff"', () => {
    const s = statements('Pell told the court that the gate had been locked for days before the blaze, and that staff had complained to a manager about it.');
    expect(s.find((x) => x.cue?.text === 'told')?.content.text).toBe('the gate had been locked for days before the blaze, and that staff had complained to a manager about it');
    expect(s.find((x) => x.cue?.text === 'complained')?.speaker.name).toBe('staff');
  });
  it('fires: after a quoted fragment with its comma inside the marks', () => {
    const s = statements('Pell told the court that the gate had been locked "for days, maybe longer," and that staff had complained to a manager about it.');
    expect(s.find((x) => x.cue?.text === 'told')?.content.text).toContain('and that staff had complained');
  });
  it('must not fire: a demonstrative "that decision" with no earlier reported clause', () => {
    const s = statements('The council closed the pool in May, and that decision angered swimmers, residents said.');
    expect(s).toHaveLength(1);
    expect(s[0]!.content.text).toBe('The council closed the pool in May, and that decision angered swimmers');
  });
  it('must not fire: a second clause of the same speaker keeps its words', () => {
    expect(contentOf('The minister said the plan would cost less than expected, and that it would be finished by June.', 'said'))
      .toBe('the plan would cost less than expected, and that it would be finished by June');
  });
});

describe('an order told as a past deed inside another speaker\'s clause is no statement of its own', () => {
  it('fires: "said X had ordered the gates chained"', () => {
    expect(cues('The prosecutor said Marlow had ordered the gates chained to stop tools from going missing.')).toEqual(['said']);
  });
  it('fires: inside the claim a lawyer rejected', () => {
    expect(cues('His lawyer rejected the claim that he had ordered the gates locked.')).toEqual(['rejected']);
  });
  it('must not fire: a judge\'s order in the main clause', () => {
    expect(cues('Judge Ana Ferro ordered Kemp held in custody until a hearing in May.')).toEqual(['ordered']);
  });
  it('must not fire: a nested order with an infinitive', () => {
    expect(cues('The official said the court had ordered the firm to pay 2 million in damages.')).toEqual(['said', 'ordered']);
  });
});

describe('nested and passive statements that were missed', () => {
  it('fires: an announcement in the passive, its agent closing the sentence', () => {
    const s = statements('His death was confirmed by his daughter, Mira Holt.');
    expect(s).toHaveLength(1);
    expect(s[0]!.content.text).toBe('His death');
    expect(s[0]!.speaker.name).toBe('Mira Holt');
  });
  it('fires: the same with a relative clause on the agent, which is a statement of its own', () => {
    expect(cues('His death was confirmed by his daughter, Mira Holt, who said he had been ill for years.')).toEqual(['confirmed', 'said']);
  });
  it('must not fire: a passive of another verb with an agent', () => {
    expect(cues('The bridge was built by a local firm in 1998.')).toEqual([]);
  });
  it('must not fire: a passive confirmation with no agent', () => {
    expect(cues('The figures were confirmed in a report on Monday.')).toEqual([]);
  });
  it('fires: "wrote to … to say" reports the writer\'s words, nested in another statement', () => {
    const s = statements('The engineer testified that she had written to the council in March to say the bridge was unsafe.');
    expect(s.find((x) => x.cue?.text === 'say')?.content.text).toBe('the bridge was unsafe');
  });
  it('fires: "wrote to … to say" in a main clause', () => {
    const s = statements('Parents wrote to the school to say the new timetable was unworkable.');
    expect(s.find((x) => x.cue?.text === 'say')?.speaker.name).toMatch(/^[Pp]arents$/u);
  });
  it('must not fire: "called on X to explain why" is a demand; the one asked is to speak, not the caller', () => {
    const s = statements('The Orrin Tenants\' Forum called on the housing regulator to explain why it had let rents rise twice in a year.');
    expect(s.map((x) => x.cue?.text)).toEqual(['called on']);
    expect(cues('Parents called for the trust to explain its decision.')).toEqual(['called for']);
  });
  it('must not fire: an infinitive of purpose that says nothing', () => {
    expect(cues('He went to the meeting to say goodbye to his colleagues.')).toEqual([]);
  });
  it('must not fire: a passive "had been called … to tell them" (they are the ones told)', () => {
    const s = statements('The union said staff had been called to meetings to tell them their jobs were at risk.');
    expect(s.map((x) => x.cue?.text)).toEqual(['said']);
  });
  it('must not fire: "called a meeting to discuss"', () => {
    expect(cues('The club called a meeting to discuss the stadium.')).toEqual([]);
  });
});
