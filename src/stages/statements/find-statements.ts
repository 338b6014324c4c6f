/**
 * Finds attributed statements: direct quotes, reported speech, mixed quotes, "according to", no-comment.
 *
 * Scope: English news prose. Candidates come from two sources — cue words of the lexicon (src/lexicon/cues.json) in
 * reported-speech constructions, and top-level quote spans from pair-quote-marks — and are joined here: a quote is a
 * statement only when a cue attributes it (a name, title or scare quote has none), a reported clause that contains a
 * quote is `mixed`. Speakers are left as phrase spans (`speakerMentionHint`) for the speaker stage to resolve.
 * The shape of the rules follows textacy's `direct_quotations` and the PolNeAR source-cue-content scheme.
 */
import type { Message } from '../../model/article-result.js';
import type { DraftStatement, Quote, Sentence, SpeakerHint, Token } from '../../model/document.js';
import type { Act, Framing, TextSpan } from '../../model/labels.js';
import type { CueLexicon, PhraseEntry } from '../../lexicon/cue-lexicon.js';
import { AUX_AND_ADVERBS, DOCUMENT_HEADS, RELATIVE_PRONOUNS } from '../../lexicon/words.js';
import { QUOTE_MARKS } from '../../lexicon/quote-marks.js';

interface Cue { first: number; last: number; lemma: string; act: Act; framing: Framing; kind: 'verb' | 'according' | 'no-comment'; object: boolean }

export interface FindInput {
  text: string;
  sentences: readonly Sentence[];
  tokens: readonly Token[];
  quotes: readonly Quote[];
  cues: CueLexicon;
}

const NP_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'NUM', 'DET', 'PRON']);
const NP_INNER = new Set(['of', 'for', 'at', 'with', 'from', '&', 'and', 'in', 'on', 'by']);
const REVEAL_SUBJECTS = new Set([...DOCUMENT_HEADS, 'investigators', 'researchers', 'auditors', 'inspectors', 'scientists', 'analysts', 'investigation', 'inquiry', 'review', 'probe', 'panel', 'police', 'prosecutors', 'experts']);
const BOUNDARY_BEFORE_SUBJECT = new Set([',', ';', 'and', 'but', 'while', 'whereas', 'although', 'though', '—']);
const CLAUSE_OPENERS = new Set(['that']);
const TRAILING_OK = new Set(['in', 'on', 'at', 'during', 'last', 'this', 'earlier', 'yesterday', 'today', 'on', 'after', 'before',
  'when', 'while', 'as', 'to', 'via', 'through', 'late', 'early', 'told', 'adding', 'according', 'by', 'from', 'with', 'over', 'under', 'without']);
const PUNCT_END = /^[.!?…]+$/u;

const isQuoteMark = (s: string): boolean => s.length === 1 && QUOTE_MARKS[s] !== undefined;
const isPunct = (t: Token): boolean => t.pos === 'PUNCT' || t.pos === 'SYM';
/** wink tags some plural nouns as verbs ("sources", "reports"): take them as nouns after a determiner, adjective or preposition. */
const PLURAL_NOUNS = new Set(['sources', 'officials', 'reports', 'calls', 'documents', 'filings', 'records', 'files', 'emails', 'leaders', 'members', 'workers', 'residents', 'analysts', 'experts', 'critics', 'lawyers', 'investigators', 'prosecutors', 'researchers', 'executives', 'employees', 'campaigners', 'activists']);
const nounish = (t: Token, prev: Token | undefined): boolean =>
  NP_POS.has(t.pos) || (t.pos === 'VERB' && /[^s]s$/u.test(t.normal) && prev !== undefined && (['DET', 'ADJ', 'ADP', 'PART', 'NUM'].includes(prev.pos) || PLURAL_NOUNS.has(t.normal)));
const lastWord = (s: string): string => (s.toLowerCase().split(/\s+/u).pop() ?? '').replace(/[’']s$/u, '');

export function findStatements(input: FindInput): { statements: DraftStatement[]; messages: Message[] } {
  const { text, sentences, tokens, quotes, cues } = input;
  const messages: Message[] = [];
  const statements: DraftStatement[] = [];

  // Top-level quotes and their continuation chains (multi-paragraph quotes).
  const top = quotes.filter((q) => q.depth === 0);
  const byOpen = new Map(top.map((q) => [q.open, q]));
  const chainNext = new Map<number, Quote>();
  for (const q of top) if (q.continues !== null) chainNext.set(q.continues, q);
  const isContinuation = new Set(top.filter((q) => q.continues !== null && byOpen.has(q.continues)).map((q) => q.open));
  // Lookups by position instead of scans of every quote of the article per statement, so cost stays linear in length.
  const topIndex = new Map(top.map((q, i) => [q, i]));
  const byClose = new Map<number, Quote>();
  for (const q of top) if (q.close !== null && !byClose.has(q.close)) byClose.set(q.close, q);
  const topSorted = top.every((q, i) => i === 0 || (top[i - 1] as Quote).open <= q.open);
  /** Top-level quotes opening in [from, to), in order. */
  const quotesOpeningIn = (from: number, to: number): Quote[] => {
    if (!topSorted) return top.filter((x) => x.open >= from && x.open < to);
    let lo = 0;
    let hi = top.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if ((top[mid] as Quote).open < from) lo = mid + 1; else hi = mid; }
    const out: Quote[] = [];
    for (let i = lo; i < top.length && (top[i] as Quote).open < to; i++) out.push(top[i] as Quote);
    return out;
  };

  // Which token lies inside a top-level quote (its marks excluded): cues there are quoted words, not the reporter's.
  const quoteOfToken = new Int32Array(tokens.length).fill(-1);
  {
    let qi = 0;
    for (let t = 0; t < tokens.length; t++) {
      const tok = tokens[t] as Token;
      while (qi < top.length && ((top[qi] as Quote).close ?? (top[qi] as Quote).end) < tok.start) qi++;
      const q = top[qi];
      if (q && tok.start > q.open && tok.end <= (q.close ?? q.end)) quoteOfToken[t] = qi;
    }
  }
  const usedQuotes = new Set<number>(); // by open offset

  const span = (start: number, end: number): TextSpan => ({ start, end, text: text.slice(start, end) });
  const tokSpan = (a: number, b: number): TextSpan => span((tokens[a] as Token).start, (tokens[b] as Token).end);

  for (const s of sentences) {
    const cuesHere = findCues(tokens, s, cues, quoteOfToken);
    let lastHint: SpeakerHint | null = null;
    for (let ci = 0; ci < cuesHere.length; ci++) {
      const cue = cuesHere[ci] as Cue;
      // "criticized the decision, describing it as …" continues the earlier act: one statement.
      if (ci > 0 && ['describe', 'call'].includes(cue.lemma) && isParticipial(cue, s)) continue;
      const st = buildStatement(cue, cuesHere[ci + 1], s, lastHint);
      if (st) { statements.push(st); lastHint = st.speakerMentionHint ?? lastHint; }
    }
  }

  // Quotes attached as later pieces of a split quote: “A,” she said. “B.”
  return { statements: dedupe(statements), messages };

  function buildStatement(cue: Cue, nextCue: Cue | undefined, s: Sentence, lastHint: SpeakerHint | null): DraftStatement | null {
    const cueSpan = tokSpan(cue.first, cue.last);
    const base = { cue: { ...cueSpan, lemma: cue.lemma }, act: cue.act, framing: cue.framing, sentence: s.index };

    if (cue.kind === 'according') return according(cue, s, base);
    if (cue.kind === 'no-comment') {
      let a = cue.first;
      while (a - 1 >= s.tokenStart && ['did', 'does', 'has', 'had', 'would', 'could'].includes((tokens[a - 1] as Token).normal)) a--;
      const hint = subjectLeft(a - 1, s);
      if (!hint) return null;
      return draft('indirect', tokSpan(a, cue.last), { ...base, cue: { ...tokSpan(a, cue.last), lemma: cue.lemma } }, hint, 0.85, 'no-comment');
    }

    // Inverted: “…,” she said. / …, the ministry said. / …, said Hart.
    const inv = inverted(cue, s);
    if (inv) return inv(base);

    // Forward: X said (that) …
    let hint = subjectLeft(cue.first - 1, s);
    let rule = 'forward';
    const participial = isParticipial(cue, s);
    if (participial) { hint = sentenceSubject(s, cue.first) ?? lastHint; rule = 'participial'; }
    if (!hint && lastHint && coordinated(cue.first - 1, s) && finite(cue)) { hint = lastHint; rule = 'coordinated'; }
    // Passive "it was announced by X that …"
    let c = cue.last + 1;
    if (c < s.tokenEnd && (tokens[c] as Token).normal === 'by') {
      const np = npRight(c + 1, s);
      if (np) { hint = { ...tokSpan(np[0], np[1]) }; c = np[1] + 1; rule = 'passive'; }
    }
    if (!hint) return null;
    // "found"/"showed" report speech only for documents and investigators ("it had found no evidence" is inside a claim).
    if ((cue.lemma === 'find' || cue.lemma === 'show') && !REVEAL_SUBJECTS.has(lastWord(hint.text))) return null;
    // Skip an addressee (told Reuters that, warned investors that) and "that"/":"/"," before the content.
    const contentStart = skipToContent(c, s, cue);
    if (contentStart === null) return null;
    let end = s.tokenEnd - 1;
    // Stop before a later cue with a subject of its own ("…, an Israeli military spokesperson had asserted") or a
    // coordinated cue ("… and has demanded"); a cue inside the reported clause is nested and stays in it.
    if (nextCue && nextCue.first > contentStart) {
      const cut = clauseCut(nextCue, contentStart, s);
      if (cut !== null) end = Math.min(end, cut);
    }
    while (end >= contentStart && (isPunct(tokens[end] as Token) && !isQuoteMark((tokens[end] as Token).text))) end--;
    if (end < contentStart) return null;
    // Direct quote right after the cue: X said: “…”
    const firstTok = tokens[contentStart] as Token;
    const q = byOpen.get(firstTok.start);
    if (q && !isContinuation.has(q.open) && (q.close ?? q.end) >= (tokens[end] as Token).start - 1) {
      return directFrom(q, base, hint, 0.9, `direct-after-cue:${rule}`);
    }
    let cs = firstTok.start;
    let ce = (tokens[end] as Token).end;
    // A trailing closing mark belongs to the content only when its opening mark does.
    const inner = quotesOpeningIn(cs, ce);
    for (const x of inner) { usedQuotes.add(x.open); if (x.close !== null && x.close >= ce) ce = x.close + 1; }
    if (inner.length === 0 && isQuoteMark(text[ce - 1] as string)) ce--;
    const type = inner.length > 0 ? 'mixed' : 'indirect';
    return draft(type, span(cs, ce), base, hint, participial ? 0.7 : 0.8, `${type}:${rule}`);
  }

  function according(cue: Cue, s: Sentence, base: Pick<DraftStatement, 'cue' | 'act' | 'framing' | 'sentence'>): DraftStatement | null {
    const np = npRight(cue.last + 1, s);
    if (!np) return null;
    const hint = tokSpan(np[0], np[1]);
    let after = np[1] + 1;
    // skip an appositive or relative clause after the source up to the comma
    while (after < s.tokenEnd && (tokens[after] as Token).text !== ',' && !PUNCT_END.test((tokens[after] as Token).text)) after++;
    if (after < s.tokenEnd && (tokens[after] as Token).text === ',' && after + 1 < s.tokenEnd - 1) {
      let end = s.tokenEnd - 1;
      while (end > after && isPunct(tokens[end] as Token) && !isQuoteMark((tokens[end] as Token).text)) end--;
      if (end <= after) return null;
      return contentDraft(after + 1, end, base, hint, 0.85, 'according:before-content');
    }
    // "…, according to X." — content before the cue
    let e = cue.first - 1;
    while (e >= s.tokenStart && isPunct(tokens[e] as Token) && !isQuoteMark((tokens[e] as Token).text)) e--;
    if (e < s.tokenStart) return null;
    return contentDraft(s.tokenStart, e, base, hint, 0.85, 'according:after-content');
  }

  function contentDraft(a: number, b: number, base: Pick<DraftStatement, 'cue' | 'act' | 'framing' | 'sentence'>, hint: SpeakerHint, conf: number, rule: string): DraftStatement | null {
    while (a <= b && isPunct(tokens[a] as Token) && !isQuoteMark((tokens[a] as Token).text)) a++;
    if (a > b) return null;
    const first = tokens[a] as Token;
    const q = byOpen.get(first.start);
    if (q && (q.close ?? q.end) + 1 >= (tokens[b] as Token).end - 1) return directFrom(q, base, hint, conf, rule);
    let cs = first.start;
    let ce = (tokens[b] as Token).end;
    const inner = quotesOpeningIn(cs, ce);
    for (const x of inner) usedQuotes.add(x.open);
    if (inner.length === 0) {
      if (isQuoteMark(text[ce - 1] as string)) ce--;
      if (isQuoteMark(text[cs] as string)) cs++;
    }
    return draft(inner.length ? 'mixed' : 'indirect', span(cs, ce), base, hint, conf, rule);
  }

  /** “…,” she said. | “…,” said Hart. | …, the ministry said. */
  function inverted(cue: Cue, s: Sentence): ((base: Pick<DraftStatement, 'cue' | 'act' | 'framing' | 'sentence'>) => DraftStatement | null) | null {
    // What follows the cue (after an optional speaker for "said X") must end the clause.
    let after = cue.last + 1;
    let hint: SpeakerHint | null = null;
    let left = cue.first - 1;
    while (left >= s.tokenStart && AUX_AND_ADVERBS.has((tokens[left] as Token).normal)) left--;
    const leftTok = tokens[left];
    let boundary: number; // token index of the comma / closing mark before the speaker or cue
    if (leftTok && left >= s.tokenStart && (leftTok.text === ',' || isQuoteMark(leftTok.text) || leftTok.text === '—' || leftTok.text === ':')) {
      const np = npRight(after, s);
      if (!np) return null;
      hint = tokSpan(np[0], np[1]);
      after = np[1] + 1;
      boundary = left;
    } else {
      const np = npLeftBounds(left, s);
      if (!np) return null;
      const before = np[0] - 1;
      const b = tokens[before];
      if (!b || before < s.tokenStart || !(b.text === ',' || isQuoteMark(b.text) || b.text === '—')) return null;
      hint = tokSpan(np[0], np[1]);
      boundary = before;
    }
    // The rest of the sentence after the cue must not open a reported clause.
    let k = after;
    if (k < s.tokenEnd && (tokens[k] as Token).text === ',') {
      // appositive after the speaker: ", a spokesperson for Y," — swallow it
      const ap = npRight(k + 1, s);
      if (ap) { hint = { ...hint, appositive: tokSpan(ap[0], ap[1]) } as SpeakerHint; k = ap[1] + 1; }
    }
    // What is left must be a short adverbial ("in a statement on Tuesday"), not a reported clause.
    let rest = 0;
    for (let j = k; j < s.tokenEnd; j++) {
      const t = tokens[j] as Token;
      if (CLAUSE_OPENERS.has(t.normal) || (isQuoteMark(t.text) && byOpen.has(t.start))) return null;
      if (t.text === ',' || t.text === ';' || PUNCT_END.test(t.text)) break;
      if (j === k && !(TRAILING_OK.has(t.normal) || t.pos === 'ADV' || t.pos === 'ADP' || t.pos === 'NUM' || t.pos === 'PROPN')) return null;
      if (t.pos === 'VERB' && !TRAILING_OK.has(t.normal)) return null;
      if (++rest > 8) return null;
    }
    const hintFinal = hint;
    return (base) => {
      // Content: the quote that closes at the boundary, or the clause from the sentence start to the comma.
      let b = boundary;
      while (b >= s.tokenStart && (isPunct(tokens[b] as Token))) {
        const t = tokens[b] as Token;
        if (isQuoteMark(t.text)) {
          const q = byClose.get(t.start);
          if (q) return directFrom(chainStart(q), base, hintFinal, 0.9, 'direct:inverted');
        }
        b--;
      }
      if (b < s.tokenStart) return null;
      // Content starts at the sentence start, or after a leading attribution ("In a statement, …") — keep it simple.
      return contentDraft(s.tokenStart, b, base, hintFinal, 0.75, 'indirect:inverted');
    };
  }

  function chainStart(q: Quote): Quote {
    let cur = q;
    for (let guard = 0; cur.continues !== null && guard < 10000; guard++) {
      const prev = byOpen.get(cur.continues);
      if (!prev) break;
      cur = prev;
    }
    return cur;
  }

  /** A direct statement from a quote, its continuation paragraphs, and an uncued quote that follows in the paragraph. */
  function directFrom(q: Quote, base: Pick<DraftStatement, 'cue' | 'act' | 'framing' | 'sentence'>, hint: SpeakerHint, conf: number, rule: string): DraftStatement | null {
    const pieces: Quote[] = [];
    let cur: Quote | undefined = q;
    while (cur && pieces.length < 10000) { pieces.push(cur); cur = chainNext.get(cur.open); }
    // Split quote: a quote that follows in the same paragraph, separated only by the attribution.
    const last = pieces[pieces.length - 1] as Quote;
    const idx = topIndex.get(last) ?? -1;
    const following = top[idx + 1];
    if (following && following.paragraph === last.paragraph && !usedQuotes.has(following.open) && last.close !== null && base.cue) {
      const between = text.slice(last.close + 1, following.open);
      const cueInside = base.cue.start > last.close && base.cue.end <= following.open;
      if (cueInside && between.length < 120 && !/[“"]/u.test(between)) {
        let f: Quote | undefined = following;
        while (f && pieces.length < 10000) { pieces.push(f); f = chainNext.get(f.open); }
      }
    }
    for (const p of pieces) usedQuotes.add(p.open);
    const first = pieces[0] as Quote;
    const end = (pieces[pieces.length - 1] as Quote).end;
    const content: DraftStatement['content'] = { ...span(first.start, end) };
    if (pieces.length > 1) content.pieces = pieces.map((p) => span(p.start, p.end));
    return draft('direct', content, base, hint, conf, rule);
  }

  function draft(type: DraftStatement['type'], content: DraftStatement['content'], base: Pick<DraftStatement, 'cue' | 'act' | 'framing' | 'sentence'>, hint: SpeakerHint, confidence: number, rule: string): DraftStatement | null {
    if (content.end <= content.start || content.text.trim().length === 0) return null;
    return {
      type, content, cue: base.cue, act: base.act, framing: base.framing, sentence: base.sentence,
      speaker: { name: hint.text, mention: { start: hint.start, end: hint.end, text: hint.text }, role: null, kind: 'person' },
      speakerMentionHint: hint, targets: [], confidence, rules: [rule],
    };
  }

  /** The speaker phrase ending just before `i` (auxiliaries and adverbs skipped), with appositives and relatives. */
  function subjectLeft(i: number, s: Sentence): SpeakerHint | null {
    let k = i;
    while (k >= s.tokenStart && (AUX_AND_ADVERBS.has((tokens[k] as Token).normal) || ['quoted', 'as'].includes((tokens[k] as Token).normal))) k--;
    if (k < s.tokenStart) return null;
    const t = tokens[k] as Token;
    if (RELATIVE_PRONOUNS.has(t.normal) && t.normal !== 'that') {
      // "the campaign “No Azure for Apartheid,” which has accused …": the antecedent is the phrase before the comma.
      let a = k - 1;
      while (a >= s.tokenStart && ((tokens[a] as Token).text === ',' || isQuoteMark((tokens[a] as Token).text))) a--;
      const ante = npLeftBounds(a, s);
      return { ...tokSpan(k, k), relative: true, ...(ante ? { antecedent: tokSpan(ante[0], ante[1]) } : {}) };
    }
    if (t.text === ',') {
      // "Lena Hart, a spokesperson for Norvane, said" → the head before the appositive
      const ap = npLeftBounds(k - 1, s);
      if (ap && ap[0] - 1 >= s.tokenStart && (tokens[ap[0] - 1] as Token).text === ',') {
        const head = npLeftBounds(ap[0] - 2, s);
        if (head) return { ...tokSpan(head[0], head[1]), appositive: tokSpan(ap[0], ap[1]) } as SpeakerHint;
      }
      return null;
    }
    const np = npLeftBounds(k, s);
    if (!np) return null;
    // A coordinated list of sources: "A joint report by The Guardian, +972 Magazine, and Local Call"
    if (np[0] - 1 >= s.tokenStart && (tokens[np[0] - 1] as Token).normal === 'and') {
      let j = np[0] - 2;
      if (j >= s.tokenStart && (tokens[j] as Token).text === ',') j--;
      for (let guard = 0; guard < 12 && j >= s.tokenStart; guard++) {
        const prev = npLeftBounds(j, s);
        if (!prev) break;
        np[0] = prev[0];
        j = prev[0] - 1;
        if (j >= s.tokenStart && (tokens[j] as Token).text === ',') j--; else break;
      }
    }
    // "the statement" / "a letter" issued by someone: the subject of the issuing verb speaks.
    const headWord = (tokens[np[1]] as Token).normal;
    if (['statement', 'letter', 'post', 'release', 'message', 'note'].includes(headWord)) {
      const v = np[0] - 1;
      if (v >= s.tokenStart && (tokens[v] as Token).pos === 'VERB') {
        const subj = subjectLeft(v - 1, s);
        if (subj) return subj;
      }
    }
    return tokSpan(np[0], np[1]);
  }

  function sentenceSubject(s: Sentence, before: number): SpeakerHint | null {
    // The first noun phrase of the sentence that is followed by a verb; skip leading adverbials up to a comma.
    let k = s.tokenStart;
    for (let j = s.tokenStart; j < before && j < s.tokenStart + 12; j++) if ((tokens[j] as Token).text === ',' ) { k = j + 1; break; }
    for (const start of [k, s.tokenStart]) {
      let j = start;
      while (j < before && isPunct(tokens[j] as Token)) j++;
      const np = npRight(j, s);
      if (np && np[1] < before) {
        const nextTok = tokens[np[1] + 1];
        if (nextTok && (nextTok.pos === 'VERB' || nextTok.pos === 'AUX' || AUX_AND_ADVERBS.has(nextTok.normal) || nextTok.text === ',')) return tokSpan(np[0], np[1]);
      }
    }
    return null;
  }

  function npLeftBounds(end: number, s: Sentence): [number, number] | null {
    let k = end;
    while (k >= s.tokenStart && isQuoteMark((tokens[k] as Token).text)) k--; // the campaign “No Azure for Apartheid,”
    if (k < s.tokenStart) return null;
    const last = k;
    const t0 = tokens[k] as Token;
    if (!(NP_POS.has(t0.pos) || /^[’']s?$/u.test(t0.text))) return null;
    if (t0.pos === 'DET' || t0.pos === 'ADJ' && !/^[A-Z]/u.test(t0.text)) return null;
    if (t0.pos === 'PRON') return RELATIVE_PRONOUNS.has(t0.normal) ? null : [k, k];
    let start = k;
    for (let j = k - 1; j >= s.tokenStart && k - j < 14; j--) {
      const t = tokens[j] as Token;
      if (NP_POS.has(t.pos) && t.pos !== 'PRON') { start = j; continue; }
      if (t.pos === 'PRON' && ['its', 'their', 'his', 'her', 'our', 'my'].includes(t.normal)) { start = j; break; }
      if (/^[’']s?$/u.test(t.text) || t.text === '-' || t.text === '.' && j > s.tokenStart) { continue; }
      if (NP_INNER.has(t.normal) && j - 1 >= s.tokenStart && NP_POS.has((tokens[j - 1] as Token).pos)) continue;
      if (isQuoteMark(t.text) && quoteOfToken[j + 1] !== -1) continue;
      if (isQuoteMark(t.text)) { const q = quoteOfToken[j - 1]; if (q !== undefined && q !== -1) continue; }
      break;
    }
    while (start < last && (NP_INNER.has((tokens[start] as Token).normal) || isPunct(tokens[start] as Token))) start++;
    return [start, last];
  }

  function npRight(begin: number, s: Sentence): [number, number] | null {
    let k = begin;
    if (k >= s.tokenEnd) return null;
    const t0 = tokens[k] as Token;
    const n1 = tokens[k + 1];
    // wink tags some noun modifiers as verbs ("court filings"): a bare verb form followed by a noun starts a phrase too.
    const modifierVerb = t0.pos === 'VERB' && t0.normal === t0.lemma && n1 !== undefined && k + 1 < s.tokenEnd && n1.pos === 'NOUN';
    if (!nounish(t0, tokens[k - 1]) && !isQuoteMark(t0.text) && !modifierVerb) return null;
    if (t0.pos === 'PRON' && !['its', 'their', 'his', 'her', 'our', 'my'].includes(t0.normal)) return [k, k];
    let end = -1;
    for (; k < s.tokenEnd && k - begin < 14; k++) {
      const t = tokens[k] as Token;
      if ((nounish(t, tokens[k - 1]) || (k === begin && t.pos === 'VERB')) && t.pos !== 'PRON') { end = k; continue; }
      if (t.pos === 'PRON' && k === begin) { continue; }
      if (/^[’']s?$/u.test(t.text) || t.text === '-' || t.text === '+') continue;
      if (isQuoteMark(t.text)) continue;
      if (NP_INNER.has(t.normal) && k + 1 < s.tokenEnd && NP_POS.has((tokens[k + 1] as Token).pos) && !(t.normal === 'and' && (tokens[k + 1] as Token).pos === 'PRON')) continue;
      break;
    }
    if (end < 0) return null;
    return [begin, end];
  }

  /** An inflected cue (said, demands) or one with an auxiliary (has demanded, will say), not a bare infinitive. */
  function finite(cue: Cue): boolean {
    const t = tokens[cue.first] as Token;
    if (t.normal !== t.lemma && !t.normal.endsWith('ing')) return true;
    let k = cue.first - 1;
    while (k >= 0 && AUX_AND_ADVERBS.has((tokens[k] as Token).normal)) {
      if (['has', 'have', 'had', 'will', 'would', 'did', 'does', 'do', 'is', 'was', 'are', 'were'].includes((tokens[k] as Token).normal)) return true;
      k--;
    }
    return false;
  }

  function coordinated(i: number, s: Sentence): boolean {
    let k = i;
    while (k >= s.tokenStart && AUX_AND_ADVERBS.has((tokens[k] as Token).normal)) k--;
    const t = tokens[k];
    return k >= s.tokenStart && t !== undefined && ['and', 'but', 'or', ','].includes(t.normal);
  }

  /** Where the content of a cue must end because the next cue starts a clause of its own, or null (nested). */
  function clauseCut(next: Cue, contentStart: number, s: Sentence): number | null {
    if (next.kind === 'according') {
      let e = next.first - 1;
      while (e > contentStart && (isPunct(tokens[e] as Token) && !isQuoteMark((tokens[e] as Token).text))) e--;
      return e;
    }
    let k = next.first - 1;
    while (k >= contentStart && AUX_AND_ADVERBS.has((tokens[k] as Token).normal)) k--;
    let before: number;
    if (k >= contentStart && ['and', 'but', 'or', ','].includes((tokens[k] as Token).normal)) {
      if (!finite(next)) return null; // "cut all ties and publicly disclose them": a verb of the reported clause
      before = k;
    }
    else {
      const subj = k >= contentStart ? npLeftBounds(k, s) : null;
      if (!subj) return null;
      before = subj[0] - 1;
      if (before < contentStart || !BOUNDARY_BEFORE_SUBJECT.has((tokens[before] as Token).normal)) return null;
    }
    let e = before;
    while (e > contentStart && (BOUNDARY_BEFORE_SUBJECT.has((tokens[e] as Token).normal) || (isPunct(tokens[e] as Token) && !isQuoteMark((tokens[e] as Token).text)))) e--;
    return e;
  }

  function isParticipial(cue: Cue, s: Sentence): boolean {
    const t = tokens[cue.first] as Token;
    const prev = tokens[cue.first - 1];
    return t.normal.endsWith('ing') && cue.first > s.tokenStart && prev !== undefined && (prev.text === ',' || prev.text === '—' || prev.normal === 'while' || prev.normal === 'after');
  }

  function skipToContent(c: number, s: Sentence, cue: Cue): number | null {
    let k = c;
    const limit = Math.min(s.tokenEnd, c + 10);
    // "said in a statement that", "told reporters on Monday that": look ahead for "that" or ":" before any verb.
    for (let j = k; j < limit; j++) {
      const t = tokens[j] as Token;
      if (t.normal === 'that' && j + 1 < s.tokenEnd) return j + 1;
      if (t.text === ':' ) return j + 1 < s.tokenEnd ? j + 1 : null;
      if (isQuoteMark(t.text) && byOpen.has(t.start)) { if (j === k || /^[,:]$/u.test((tokens[j - 1] as Token).text)) return j; break; }
      if (t.pos === 'VERB' || t.pos === 'AUX') break;
    }
    while (k < s.tokenEnd && ((tokens[k] as Token).text === ',' || (tokens[k] as Token).text === ':')) k++;
    if (cue.lemma === 'tell' || cue.lemma === 'inform') {
      const np = npRight(k, s);
      if (np) k = np[1] + 1;
      while (k < s.tokenEnd && ((tokens[k] as Token).text === ',' || (tokens[k] as Token).text === ':')) k++;
    }
    if (k >= s.tokenEnd || PUNCT_END.test((tokens[k] as Token).text)) return null;
    return k;
  }
}

/** Cue words and phrases of one sentence, outside quotes. */
export function findCues(tokens: readonly Token[], s: Sentence, lex: CueLexicon, quoteOfToken: Int32Array): Cue[] {
  const out: Cue[] = [];
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    if (quoteOfToken[i] !== -1) continue;
    const t = tokens[i] as Token;
    const phrase = matchPhrase(tokens, i, s, lex.phrasesByFirst.get(t.lemma) ?? lex.phrasesByFirst.get(t.normal));
    if (phrase) {
      let first = i;
      let lemma = phrase.entry.words.join(' ');
      if (phrase.entry.kind === 'no-comment' && t.normal === 'not') { first = i; lemma = phrase.entry.words.join(' '); }
      out.push({ first, last: phrase.last, lemma, act: phrase.entry.act, framing: phrase.entry.framing, kind: phrase.entry.kind, object: false });
      i = phrase.last;
      continue;
    }
    const e = lex.byLemma.get(t.lemma) ?? lex.byLemma.get(t.normal);
    if (!e) continue;
    const prevTok = i > s.tokenStart ? tokens[i - 1] : undefined;
    const afterDocument = prevTok !== undefined && DOCUMENT_HEADS.has(prevTok.normal) && /^(show|shows|showed|find|finds|found|reveal|reveals|revealed|say|says|said)$/u.test(t.normal);
    const verbal = t.pos === 'VERB' || afterDocument;
    if (e.needsVerbTag ? !verbal : !(verbal || t.pos === 'AUX' || (t.pos === 'NOUN' && /(ed|said|told)$/u.test(t.normal)))) continue;
    // Adjectival participles ("the alleged victim", "a so-called report") are not cues.
    const next = tokens[i + 1];
    if (next && i + 1 < s.tokenEnd && t.normal.endsWith('ed') && (next.pos === 'NOUN') && tokens[i - 1] && ['the', 'a', 'an', 'its', 'their', 'his', 'her'].includes((tokens[i - 1] as Token).normal)) continue;
    out.push({ first: i, last: i, lemma: e.lemma, act: e.act, framing: e.framing, kind: 'verb', object: e.object ?? false });
  }
  return out;
}

function matchPhrase(tokens: readonly Token[], i: number, s: Sentence, list: readonly PhraseEntry[] | undefined): { entry: PhraseEntry; last: number } | null {
  if (!list) return null;
  for (const entry of list) {
    let j = i;
    let ok = true;
    for (const w of entry.words) {
      // allow one intervening auxiliary/adverb ("did not immediately respond", "could not be reached")
      while (j < s.tokenEnd && (tokens[j] as Token).lemma !== w && (tokens[j] as Token).normal !== w && AUX_AND_ADVERBS.has((tokens[j] as Token).normal) && j > i && w !== 'not') j++;
      const t = tokens[j];
      if (!t || j >= s.tokenEnd || (t.lemma !== w && t.normal !== w)) { ok = false; break; }
      j++;
    }
    if (ok) return { entry, last: j - 1 };
  }
  return null;
}

function dedupe(list: DraftStatement[]): DraftStatement[] {
  const seen = new Set<string>();
  const out: DraftStatement[] = [];
  for (const st of list) {
    const key = `${st.content.start}-${st.content.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(st);
  }
  return out.sort((a, b) => a.content.start - b.content.start || a.content.end - b.content.end);
}
