/**
 * Speech act, framing and targets with stance, each with the evidence that decided it (LABELS.md).
 * Order: the cue's category; then the news vocabulary of stance-words.json (denial, wrongdoing, legitimacy, demand,
 * warning) on the content; negation of the cue. General sentiment lexicons are not used: they read "claimed it had found
 * no evidence of … violating" as strongly negative, the wrong way round.
 */
import { z } from 'zod';
import type { Evidence, Target } from '../../model/article-result.js';
import type { DraftStatement, Mention, Token } from '../../model/document.js';
import type { Act, Stance } from '../../model/labels.js';
import stanceWords from '../../lexicon/stance-words.json' with { type: 'json' };

const StanceWords = z.object({
  $comment: z.string().optional(),
  denial: z.array(z.string()), negation: z.array(z.string()), wrongdoing: z.array(z.string()), legitimacy: z.array(z.string()), demand: z.array(z.string()),
  warning: z.array(z.string()), hedge: z.array(z.string()), selfReference: z.array(z.string()),
});
const WORDS = StanceWords.parse(stanceWords);

function compile(list: string[]): RegExp {
  const alts = list.map((w) => w.replace(/[.*+?^${}()|[\]\\]/gu, (c) => (c === '*' ? '*' : `\\${c}`)).replace(/\*/gu, '[\\p{L}-]*'));
  return new RegExp(`(?<![\\p{L}])(?:${alts.join('|')})(?![\\p{L}])`, 'giu');
}
const RX = {
  denial: compile(WORDS.denial), negation: compile(WORDS.negation), wrongdoing: compile(WORDS.wrongdoing), legitimacy: compile(WORDS.legitimacy),
  demand: compile(WORDS.demand), warning: compile(WORDS.warning), self: compile(WORDS.selfReference),
};

function firstMatch(rx: RegExp, text: string, offset: number): Evidence | null {
  rx.lastIndex = 0;
  const m = rx.exec(text);
  if (!m) return null;
  return { rule: '', start: offset + m.index, end: offset + m.index + m[0].length, text: m[0] };
}

const NEUTRAL_ACTS = new Set<Act>(['SAY', 'ASSERT', 'CLAIM', 'HEDGE']);

export interface JudgeInput { text: string; tokens: readonly Token[]; statements: readonly DraftStatement[]; mentions: readonly Mention[] }

export function judgeStance(input: JudgeInput): DraftStatement[] {
  const { text, tokens, statements, mentions } = input;
  const tokenAt = indexTokens(tokens);
  const sorted = mentions.every((m, i) => i === 0 || (mentions[i - 1] as Mention).start <= m.start);
  return statements.map((st) => {
    const evidence: Evidence[] = [];
    const rules = [...(st.rules ?? [])];
    const content = st.content.text;
    const off = st.content.start;
    let act: Act = st.act;
    let needsReview = false;
    const cueLemma = st.cue?.lemma ?? '';
    if (st.cue) evidence.push({ rule: 'act:cue', start: st.cue.start, end: st.cue.end, text: st.cue.text });

    // Negated cue: "did not deny" is not a denial.
    const negated = st.cue ? isNegated(st.cue.start) : false;
    const denial = firstMatch(RX.denial, content, off);
    const negation = firstMatch(RX.negation, content, off);
    const wrong = firstMatch(RX.wrongdoing, content, off);
    const legit = firstMatch(RX.legitimacy, content, off);
    const demand = firstMatch(RX.demand, content, off);
    const warning = firstMatch(RX.warning, content, off);

    if (negated && act === 'DENY') { act = 'SAY'; rules.push('act:negated-denial'); }
    else if (act !== 'NO_COMMENT' && (NEUTRAL_ACTS.has(act) || cueLemma === 'describe')) {
      if (denial) { act = 'DENY'; evidence.push({ ...denial, rule: 'act:content-denial' }); rules.push('act:content-denial'); }
      else if (negation && wrong && negation.start! < wrong.start!) { act = 'DENY'; evidence.push({ ...negation, rule: 'act:negated-wrongdoing' }); rules.push('act:negated-wrongdoing'); }
      else if (wrong && act !== 'HEDGE') {
        act = cueLemma === 'describe' || cueLemma === 'call' ? 'CRITICIZE' : 'ACCUSE';
        evidence.push({ ...wrong, rule: 'act:content-wrongdoing' }); rules.push('act:content-wrongdoing');
      } else if (demand && act === 'SAY' && /must|should|need|call|have to|has to/iu.test(demand.text ?? '')) {
        act = 'DEMAND'; evidence.push({ ...demand, rule: 'act:content-demand' }); rules.push('act:content-demand'); needsReview = true;
      } else if (warning && act === 'SAY' && /lead to|at risk|could cost|would cost|could face|would face|catastroph|disaster/iu.test(warning.text ?? '')) {
        act = 'WARN'; evidence.push({ ...warning, rule: 'act:content-warning' }); rules.push('act:content-warning'); needsReview = true;
      } else if (cueLemma === 'describe' && legit) { act = 'PRAISE'; rules.push('act:describe-positive'); }
    }
    if (cueLemma === 'ask' && /^(whether|why|how|what|if|who)\b/iu.test(content)) act = 'QUESTION';

    // Targets: names in the content and the cue's object; "the company"/"we" refer back to the speaker.
    const found = new Map<string, { at: number }>();
    const speakerKey = key(st.speaker.name);
    const objEnd = st.cue ? Math.min(st.content.start, st.cue.end + 80) : 0;
    // Only mentions from the cue's end or the content's start up to the content's end can count (one window, not
    // every mention of the article for every statement).
    const from = sorted ? firstStartingAt(mentions, Math.min(st.content.start, st.cue ? st.cue.end : Infinity)) : 0;
    for (let i = from; i < mentions.length; i++) {
      const m = mentions[i] as Mention;
      if (sorted && m.start > st.content.end) break;
      const inContent = m.start >= st.content.start && m.end <= st.content.end;
      const isObject = st.cue !== null && m.start >= st.cue.end && m.end <= objEnd && m.start < st.content.start;
      if (!inContent && !isObject) continue;
      if (m.kind === 'document' || m.kind === 'anonymous') continue;
      if (!found.has(m.name)) found.set(m.name, { at: m.start });
    }
    const selfRef = firstMatch(RX.self, content, off);
    if (selfRef && st.speaker.kind !== 'anonymous' && st.speaker.kind !== 'document' && st.speaker.kind !== 'media') found.set(st.speaker.name, { at: -1 });

    const targets: Target[] = [];
    for (const [name] of [...found.entries()].sort((a, b) => a[1].at - b[1].at)) {
      if (targets.length >= 3) break;
      const self = key(name) === speakerKey;
      let stance: Stance = 'NONE';
      let ev: Evidence | null = null;
      if (self) {
        if (act === 'DENY' || (legit && !wrong)) { stance = 'FAVOR'; ev = denial ?? legit; }
        else if (act === 'ADMIT' && wrong) { stance = 'AGAINST'; ev = wrong; }
        else continue; // the speaker is a target only when the statement is about itself
      } else if (act === 'ACCUSE' || act === 'CRITICIZE') { stance = 'AGAINST'; ev = wrong; }
      else if (act === 'DEMAND') { stance = 'AGAINST'; ev = demand; }
      else if (act === 'PRAISE') { stance = 'FAVOR'; ev = legit; }
      else if (act === 'DENY') { stance = 'FAVOR'; ev = denial; }
      else if (wrong && !denial) { stance = 'AGAINST'; ev = wrong; }
      else if (act === 'REVEAL' && st.speaker.kind === 'document') { stance = 'AGAINST'; needsReview = true; }
      else if (act === 'WARN' || act === 'QUESTION') { stance = 'AGAINST'; needsReview = true; }
      const t: Target = { name, stance };
      if (ev && ev.start !== undefined) t.evidence = [{ ...ev, rule: `stance:${stance.toLowerCase()}` }];
      targets.push(t);
    }
    if (!st.cue || (wrong && legit)) needsReview = true;
    return { ...st, act, targets, evidence, rules, needsReview };
  });

  function isNegated(cueStart: number): boolean {
    const i = tokenAt.get(cueStart);
    if (i === undefined) return false;
    for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
      const n = (tokens[k] as Token).normal;
      if (n === 'not' || n === "n't" || n === 'n’t' || n === 'never') return true;
    }
    return false;
  }
  void text;
}

/** The index of the first mention that starts at or after `pos` (mentions sorted by start). */
function firstStartingAt(mentions: readonly Mention[], pos: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((mentions[mid] as Mention).start < pos) lo = mid + 1; else hi = mid;
  }
  return lo;
}

function key(s: string): string { return s.toLowerCase().replace(/^the\s+/u, ''); }

function indexTokens(tokens: readonly Token[]): Map<number, number> {
  const m = new Map<number, number>();
  tokens.forEach((t, i) => m.set(t.start, i));
  return m;
}
