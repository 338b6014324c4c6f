// Each stage wraps one pure step and declares the layers it reads and adds.
import type { Stage } from '../model/stage.js';
import { layer, withLayer, type Doc, type Paragraph } from '../model/document.js';
import { splitParagraphs } from './segment/split-paragraphs.js';
import { tokenizeParagraphs } from './segment/tokenize.js';
import { mergeSplitSentences } from './segment/merge-split-sentences.js';
import { retagProperNames } from './segment/retag-names.js';
import { datelineSpans } from './segment/datelines.js';
import { pairQuoteMarks } from './quotes/pair-quote-marks.js';
import { findStatements } from './statements/find-statements.js';
import { resolveSpeakers } from './speakers/resolve-speakers.js';
import { judgeStance } from './stance/judge-stance.js';
import { flagForReview } from './stance/review-flag.js';

export const segment: Stage = {
  name: 'segment',
  requires: [],
  assigns: ['paragraphs', 'sentences', 'tokens', 'datelines'],
  run(doc) {
    const paragraphs = splitParagraphs(doc.article.text);
    const raw = tokenizeParagraphs(doc.article.text, paragraphs);
    const { sentences, tokens: split } = mergeSplitSentences(raw.tokens, raw.sentences);
    const tokens = retagProperNames(split, sentences);
    // (found once here: the statement and speaker stages both set datelines aside, and each scanned the text for them)
    const datelines = datelineSpans(doc.article.text);
    return withLayer(withLayer(withLayer(withLayer(doc, 'paragraphs', paragraphs), 'sentences', sentences), 'tokens', tokens, raw.messages), 'datelines', datelines);
  },
};

export const quotes: Stage = {
  name: 'quotes',
  requires: ['paragraphs'],
  assigns: ['quotes'],
  run(doc) {
    const r = pairQuoteMarks(doc.article.text, layer(doc, 'paragraphs'));
    return withLayer(doc, 'quotes', r.quotes, r.messages);
  },
};

/**
 * The first paragraph when it is the article's title (a .txt file's first line, a JSON text that opens with its title),
 * else undefined: a JSON article's `title` or an HTML page's title given apart from its text leaves every line body, and
 * the stages that read the first line as the headline must not (a name in the lede would count as a headline word).
 */
function headlineParagraph(doc: Doc): Paragraph | undefined {
  const first = (doc.layers.paragraphs ?? [])[0];
  const title = doc.article.title.trim();
  return first && title && doc.article.text.slice(first.start, first.end).trim() === title ? first : undefined;
}

export const statements: Stage = {
  name: 'statements',
  requires: ['paragraphs', 'sentences', 'tokens', 'datelines', 'quotes'],
  assigns: ['statements'],
  run(doc, ctx) {
    // A headline is no statement: when the first paragraph is the article's title, the body starts after it.
    const first = headlineParagraph(doc);
    const bodyStart = first ? first.end : undefined;
    const r = findStatements({ text: doc.article.text, sentences: layer(doc, 'sentences'), tokens: layer(doc, 'tokens'), quotes: layer(doc, 'quotes'), datelines: layer(doc, 'datelines'), cues: ctx.cues, ...(bodyStart !== undefined ? { bodyStart } : {}) });
    return withLayer(doc, 'statements', r.statements, r.messages);
  },
};

export const speakers: Stage = {
  name: 'speakers',
  requires: ['statements', 'tokens', 'datelines', 'paragraphs'],
  assigns: ['statements', 'mentions'],
  run(doc, ctx) {
    const r = resolveSpeakers({ text: doc.article.text, tokens: layer(doc, 'tokens'), statements: layer(doc, 'statements'), datelines: layer(doc, 'datelines'), registry: ctx.registry, headlineInText: headlineParagraph(doc) !== undefined });
    return withLayer(withLayer(doc, 'statements', r.statements), 'mentions', r.mentions);
  },
};

export const stance: Stage = {
  name: 'stance',
  requires: ['statements', 'mentions', 'tokens', 'paragraphs'],
  assigns: ['statements'],
  run(doc) {
    const st = judgeStance({ text: doc.article.text, tokens: layer(doc, 'tokens'), statements: layer(doc, 'statements'), mentions: layer(doc, 'mentions'), headlineInText: headlineParagraph(doc) !== undefined });
    // (the review flag and its reasons: review-flag.ts)
    const paragraphs = layer(doc, 'paragraphs');
    const tokens = layer(doc, 'tokens');
    return withLayer(doc, 'statements', st.map((s, i) => flagForReview(doc.article.text, paragraphs, s, st[i - 1], tokens, st)));
  },
};
