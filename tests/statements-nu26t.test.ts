// Session 26 (wt-fixnu26t), statements and spans from a new user's trial on articles of kinds the corpus lacks (a data
// breach, peace talks, a police trial). Sentences are our own, with other names and words; each expectation was written
// by hand from the sentence (LABELS.md "Content span"; GUIDE.md decision 55).
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/analyze.js';

const statements = (paragraphs: string) => analyzeArticle(`Headline\n${paragraphs.replace(/\|/gu, '\n')}\n`).statements;
const view = (paragraphs: string): [string | null, string][] => statements(paragraphs).map((s) => [s.cue?.text ?? null, s.content.text]);

describe('a cue whose subject opens a whether-clause is what is asked or examined, no statement (GUIDE decision 55)', () => {
  it('fires: "would examine whether the bank had disclosed …" has no statement by the bank', () => {
    const v = view('The watchdog said it would examine whether Norlake Bank had disclosed the losses on time.');
    expect(v.map(([cue]) => cue)).toEqual(['said']);
  });
  it('fires: "asked whether the minister had told staff to …": the question only', () => {
    const v = view('Reporters asked whether the minister had told staff to delete the files.');
    expect(v.map(([cue]) => cue)).toEqual(['asked']);
  });
  it('must not fire: "Whether or not …, the mayor said …" keeps the mayor\'s statement', () => {
    expect(view('Whether or not the plan passes, the mayor said she would stay on.')).toEqual([['said', 'she would stay on']]);
  });
  it('must not fire: a report nested in a plain clause stays its own statement', () => {
    const v = view('The inspectors said Norlake Bank had disclosed the losses only in March.');
    expect(v.map(([cue]) => cue)).toEqual(['said', 'disclosed']);
  });
});

describe('"posting as @name" is the name the words appeared under, no statement', () => {
  it('fires: no statement with cue "posting"', () => {
    const v = view('A second reader, posting as @quietfox, said he had cancelled his subscription.');
    expect(v).toEqual([['said', 'he had cancelled his subscription']]);
  });
  it('must not fire: "posted on social media that …" is a statement', () => {
    const v = view('The club posted on social media that the match had been called off.');
    expect(v).toContainEqual(['posted', 'the match had been called off']);
  });
  it('must not fire: "in a post, she wrote that …" keeps its cue', () => {
    const v = view('In a post on Tuesday, the singer wrote that the tour was over.');
    expect(v).toContainEqual(['wrote', 'the tour was over']);
  });
});

describe('"criticised what it described as …": the speaker\'s own naming of the object is part of the one statement', () => {
  it('fires: one CRITICIZE-like statement, no second one for "called"', () => {
    const v = view('The charity welcomed the report but condemned what it called a culture of silence at the trust.');
    expect(v.map(([cue]) => cue)).toEqual(['welcomed', 'condemned']);
    expect(v).toContainEqual(['condemned', 'what it called a culture of silence at the trust']);
  });
  it('must not fire: another speaker\'s naming ("what the minister described as") stays its own statement', () => {
    const v = view('The union rejected what the minister described as a modest reform.');
    expect(v.map(([cue]) => cue)).toContain('described');
  });
  it('must not fire: after a plain "said" the naming stays its own statement', () => {
    const v = view('The council said what it described as a pause in the bus service was now over.');
    expect(v.map(([cue]) => cue)).toContain('described');
  });
});

describe('"said its claim that X …": a noun of saying with its clause is the subject of the reported clause', () => {
  it('fires: the content keeps "its claim that"', () => {
    const v = view('The auditor said its claim that the accounts were complete was false.');
    expect(v).toEqual([['said', 'its claim that the accounts were complete was false']]);
  });
  it('must not fire: "said in a statement that …" drops the setting', () => {
    expect(view('The agency said in a statement that the files were safe.')).toEqual([['said', 'the files were safe']]);
  });
  it('must not fire: "repeated her claim that …" keeps the clause only', () => {
    const v = view('The mayor repeated her claim that the count was rigged.');
    expect(v.map(([, c]) => c)).toEqual(['the count was rigged']);
  });
});

describe('a setting before a participle that goes on with the act stays inside the one statement (LABELS.md, GUIDE decision 10)', () => {
  it('fires: "criticised the ruling in a statement, saying …" is one statement', () => {
    const v = view('The drivers\' union criticised the ruling in a statement, saying the decision would "leave every driver exposed."');
    expect(v).toEqual([['criticised', 'the ruling in a statement, saying the decision would "leave every driver exposed."']]);
  });
  it('must not fire: a participle of another act after a setting is its own statement', () => {
    const v = view('The firm rejected the offer in a letter, warning that strikes would follow.');
    expect(v).toEqual([['rejected', 'the offer'], ['warning', 'strikes would follow']]);
  });
  it('must not fire: a setting closing the sentence is left out of the content', () => {
    expect(view('The minister announced her resignation in a message to staff.')).toEqual([['announced', 'her resignation']]);
  });
});

describe('"said it had … and found …": the speaker\'s own finding joined to the reported clause stays in it (GUIDE decision 55)', () => {
  it('fires: the content runs through "and found" and its quote', () => {
    const v = view('The agency said it had "located and sealed" the leaking tank and found "no sign that the water was affected."');
    expect(v).toEqual([['said', 'it had "located and sealed" the leaking tank and found "no sign that the water was affected."']]);
  });
  it('fires: with no quotes', () => {
    expect(view('The agency said it had sealed the tank and found no sign of damage.')).toEqual([['said', 'it had sealed the tank and found no sign of damage']]);
  });
  it('must not fire: a document\'s "said … and found that …" with a subject of its own stays two statements', () => {
    const v = view('The audit said the council had overspent and found that staff were unpaid.');
    expect(v).toEqual([['said', 'the council had overspent'], ['found', 'staff were unpaid']]);
  });
  it('must not fire: "said … and accused …" stays two statements', () => {
    const v = view('The mayor said the plan was dead and accused the council of wasting money.');
    expect(v.map(([cue]) => cue)).toEqual(['said', 'accused']);
  });
});

describe('"A third praised …": an article and an ordinal opening the clause are the speaker (one more of a set)', () => {
  it('fires: "A fourth said …" after three named readers is a statement', () => {
    const v = view('Three readers wrote to the paper. A fourth said the editor had done the right thing.');
    expect(v).toContainEqual(['said', 'the editor had done the right thing']);
  });
  it('fires: "A third praised X, writing that …" is one statement running through the participle', () => {
    const v = view('Two fans booed the board. A third praised the manager, writing that he "kept the club alive."');
    expect(v).toContainEqual(['praised', 'the manager, writing that he "kept the club alive."']);
  });
  it('must not fire: "a third" inside a noun phrase is no speaker', () => {
    const v = view('The club finished a third season without a trophy, the chairman said.');
    expect(statements('The club finished a third season without a trophy, the chairman said.').map((s) => s.speaker.name)).toEqual(['chairman']);
    expect(v).toHaveLength(1);
  });
  it('must not fire: "a third" ending a clause before the speaker is no speaker', () => {
    const body = 'Bus fares rose by a third, officials said on Monday.';
    expect(statements(body).map((s) => s.speaker.name)).toEqual(['officials']);
  });
});

describe('", writing that …" goes on with the act before it, as ", saying …" does (LABELS.md one statement per act)', () => {
  it('fires: "rejected the plan, writing that …" is one statement', () => {
    expect(view('The council rejected the plan, writing that it would cost too much.')).toEqual([['rejected', 'the plan, writing that it would cost too much']]);
  });
  it('must not fire: ", warning that …" after praise stays a second act', () => {
    expect(view('The coach praised the players, warning that the season was long.')).toEqual([['praised', 'the players'], ['warning', 'the season was long']]);
  });
  it('must not fire: a plain "wrote that …" is one statement', () => {
    expect(view('The mayor wrote that the plan was sound.')).toEqual([['wrote', 'the plan was sound']]);
  });
});
