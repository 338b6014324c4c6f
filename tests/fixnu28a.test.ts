// Statement spans from two new users' trials (nu28, nu29): a time after a bare object phrase is when the speaker acted,
// not what it said; a passive "found" that shares the auxiliary of the passive before "and" goes on with that clause.
// Sentences written for these tests (GUIDE section 2: the content is the reported clause).
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/analyze.js';

const contents = (paragraphs: string): Array<[string, string]> =>
  analyzeArticle(`Headline\n${paragraphs}\n`).statements.map((s) => [s.cue?.text ?? '', s.content.text]);

describe('a trailing time after an object phrase with no verb is outside the content', () => {
  it.each<[string, string, Array<[string, string]>]>([
    ['"rejected the verdict on Monday"',
      'The tax appeal was decided last month.\nThe finance minister, Irma Kolb, rejected the verdict on Monday and said the state would appeal.',
      [['rejected', 'the verdict'], ['said', 'the state would appeal']]],
    ['"welcomed the audit last week"',
      'The tax appeal was decided last month.\nThe finance minister, Irma Kolb, welcomed the audit last week.',
      [['welcomed', 'the audit']]],
    ['"criticised the decision on Friday night"',
      'The tax appeal was decided last month.\nThe opposition leader, Bo Lind, criticised the decision on Friday night.',
      [['criticised', 'the decision']]],
    ['must not fire: a clause keeps its time',
      'The ferry was withdrawn in May.\nThe operator, Nordlink, said the new ferry would enter service on Friday.',
      [['said', 'the new ferry would enter service on Friday']]],
    ['must not fire: an infinitive keeps its time',
      'The ferry was withdrawn in May.\nThe harbour board ordered all crossings to stop on Monday.',
      [['ordered', 'all crossings to stop on Monday']]],
  ])('%s', (_name, text, expected) => {
    expect(contents(text)).toEqual(expected);
  });
});

describe('a passive "found" after "and" goes on with the passive clause before it', () => {
  it.each<[string, string, Array<[string, string]>]>([
    ['"had been examined and found to be without merit"',
      'The count ended on Sunday.\nThe electoral board told reporters that every appeal had been reviewed and found to be groundless.',
      [['told', 'every appeal had been reviewed and found to be groundless']]],
    ['"was inspected and found sound"',
      'The bridge reopened on Sunday.\nThe county engineer said the main span was inspected and found to be safe.',
      [['said', 'the main span was inspected and found to be safe']]],
    ['must not fire: a finding with its own subject after the comma',
      'The bridge reopened on Sunday.\nThe county engineer said the main span had been closed, and inspectors found two cracked bolts.',
      [['said', 'the main span had been closed'], ['found', 'two cracked bolts']]],
    ['must not fire: an active "found" with an object after a passive (unchanged: the cut stays)',
      'The bridge reopened on Sunday.\nThe county engineer said the span was closed and found two cracked bolts were missing.',
      [['said', 'the span was closed']]],
  ])('%s', (_name, text, expected) => {
    expect(contents(text)).toEqual(expected);
  });
});

describe('"threaten" with a thing put at risk as its object, and a request only allowed, are no statements', () => {
  it.each<[string, string, Array<[string, string]>]>([
    ['an inanimate subject threatening jobs is no speaker',
      'The dairy tariffs began in April.\nLorland raised duties on imported butter, saying cheap foreign butter was threatening hundreds of farm jobs.',
      [['saying', 'cheap foreign butter was threatening hundreds of farm jobs']]],
    ['"the drought threatens the harvest" reports no words',
      'The reservoirs are at record lows.\nThe long drought threatens the wheat harvest across the south.',
      []],
    ['must not fire: "threatened to" sue',
      'The dairy tariffs began in April.\nThe butter makers threatened to sue the ministry if the duties stayed.',
      [['threatened', 'to sue the ministry if the duties stayed']]],
    ['must not fire: "threatened a walkout"',
      'The dairy tariffs began in April.\nThe dairy workers’ union threatened a national walkout over the duties.',
      [['threatened', 'a national walkout over the duties']]],
    ['"may ask to" under a law is no request',
      'The councillor was sentenced to 18 months.\nUnder the state’s rules she may ask to serve the sentence at home after six months.',
      []],
    ['must not fire: "would ask" the court, a request announced (GUIDE decision 20)',
      'The councillor was sentenced to 18 months.\nHer lawyer said he would ask the court to let her serve the sentence at home.',
      [['said', 'he would ask the court to let her serve the sentence at home']]],
    ['must not fire: "asked" the court',
      'The councillor was sentenced to 18 months.\nHer lawyer asked the court to let her serve the sentence at home.',
      [['asked', 'the court to let her serve the sentence at home']]],
  ])('%s', (_name, text, expected) => {
    expect(contents(text)).toEqual(expected);
  });
});
