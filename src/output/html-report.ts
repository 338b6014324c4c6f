// report.html: one self-contained page (no network, no external assets: inline CSS and JS, and a Content-Security-Policy
// that forbids every fetch). It is written in pieces: the head, then one section per article as results come, then the
// run summary and the filters, which the script moves to the top (CSS `order` places them there without script).
// All article text goes through escapeHtml; the script reads details from data attributes and writes with textContent.
import type { ArticleResult, Statement } from '../model/article-result.js';
import { ACTS, STANCES, type Act } from '../model/labels.js';
import type { SpeakerCounts } from './speaker-tally.js';
import { isWeakStanceRule } from '../stages/stance/weak-rules.js';
import { explainReason, explainReasons } from './review-reasons.js';
import { QUIET_REASONS } from '../stages/stance/review-flag.js';
import { articleCells } from './atomic.js';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const SPECIAL = /[&<>"']/u;
/** One pass over the text, and none for text without a special character (most of an article's stretches). */
export const escapeHtml = (s: string): string => (SPECIAL.test(s) ? s.replace(/[&<>"']/gu, (c) => ENTITIES[c] as string) : s);

/**
 * Speaker highlight colours: eleven that stay apart, the first eight by CIE Lab distance at least 40 between any two
 * (a user could not tell apart olive and mustard at 21, amber and ochre at 23, purple and violet at 30 in one article
 * of the eighteen colours this replaced), the three after them (pale yellow, slate, gold) 30 or more from every other:
 * an article of eleven speakers had its ninth to eleventh drawn as hatched blue, yellow and tan beside the plain ones,
 * and a user could not tell the hatched blue from the plain. None of them is green or red/pink, since FAVOR and
 * AGAINST are green and red in the stance bars and a speaker must not read as a stance; each one visible on the white
 * page (Lab distance from white at least 30: no cream) and light enough under the ink's text (contrast at least 5.5).
 * Those bounds leave room for no more: a twelfth colour would be 27 or less from one of these, and sixteen at best 23
 * apart. An article's speakers take them in order of first appearance, each colour the one farthest from all before
 * it; past eleven, the same colours come back dotted, hatched, striped upright and checked (SPEAKER_PATTERNS), rather
 * than as near shades. (tests/html-report.test.ts and tests/fixnu30r.test.ts measure these)
 */
export const SPEAKER_COLORS: readonly string[] = [
  '#33aaff', '#ffff33', '#ccaa88', '#cc88ff', '#ff9933', '#55ddee', '#eeccff', '#aaaa33', // blue, yellow, tan, violet, orange, cyan, lilac, olive
  '#ffffaa', '#99aabb', '#ffcc33', // pale yellow, slate, gold
];

/**
 * Patterns laid over a colour when an article has more speakers than colours: a speaker's highlight is its colour,
 * then its colour dotted, hatched, striped upright, then checked, so that up to 55 speakers of one article look
 * different. Every pattern is drawn in the ink's dark slate, never white: white hatching on the yellow (and on the pale
 * lilac) was nearly invisible, and a new user took a hatched yellow speaker for the plain yellow one of the same
 * article. Each pattern's marks stand out from every colour by a luminance contrast of 1.5 or more
 * (tests/html-report.test.ts). No pattern has lines along the text: stripes across a highlight read as a strike-through
 * (the upright stripes replaced them), and the dots, the most unlike a plain colour, come first.
 */
export const SPEAKER_PATTERNS: readonly string[] = [
  'radial-gradient(rgba(15,23,42,.55) 1.4px,transparent 1.9px) 0 0/6px 6px',
  'repeating-linear-gradient(135deg,rgba(15,23,42,.45) 0 2.5px,transparent 2.5px 7px)',
  'repeating-linear-gradient(90deg,rgba(15,23,42,.4) 0 2px,transparent 2px 6px)',
  'repeating-conic-gradient(rgba(15,23,42,.3) 0 25%,transparent 0 50%) 0 0/8px 8px',
];

/** The style of speaker style number k: `--c:<colour>`, and a pattern past the plain colours. */
export function speakerStyle(k: number): string {
  const color = SPEAKER_COLORS[k % SPEAKER_COLORS.length] as string;
  const variant = Math.floor(k / SPEAKER_COLORS.length) % (SPEAKER_PATTERNS.length + 1);
  return variant === 0 ? color : `${color};--p:${SPEAKER_PATTERNS[variant - 1]}`;
}

/** A speaker's style (the value of `--c`, with `--p` when it has a pattern), and the article being drawn. */
export interface SpeakerPalette {
  (name: string): string;
  /**
   * Called before an article is drawn with its speakers in order of appearance: the first gets the first colour, the
   * second the second, and so on, so that the few speakers of an article get the colours farthest apart. Outside an
   * article (the summary; after `forArticle([])`) a speaker has the style it got in order of first appearance over the run.
   */
  forArticle(names: readonly string[]): void;
}

/** Speaker colours: in an article, by order of appearance in it; over the run (the summary), by order of first appearance. */
export function speakerPalette(): SpeakerPalette {
  const styles = new Map<string, number>();
  let article = new Map<string, number>();
  const runStyle = (name: string): number => {
    let k = styles.get(name);
    if (k === undefined) { k = styles.size; styles.set(name, k); }
    return k;
  };
  const palette = ((name: string): string => speakerStyle(article.get(name) ?? runStyle(name))) as SpeakerPalette;
  palette.forArticle = (names) => {
    article = new Map();
    for (const name of names) {
      runStyle(name);
      if (!article.has(name)) article.set(name, article.size);
    }
  };
  return palette;
}

/**
 * Act colours, for the summary's act bars and the tooltips. Like the speaker colours they avoid green and red/pink: a
 * new user read a green PRAISE bar and a red ACCUSE bar beside the green FAVOR and red AGAINST stance bars as stances.
 * Any two are at least 39 apart in CIE Lab (a user could not tell ACCUSE from CRITICIZE, two browns, nor HEDGE from
 * NO_COMMENT, two pale greys, at 26 or less), and each is 19 or more from the NONE stance grey shown in the same legend.
 * The challenging acts are browns, oranges and olives, the answering ones blues and purples, SAY the slate it was.
 * (tests/html-report.test.ts measures these properties)
 */
export const ACT_COLORS: Record<Act, string> = {
  SAY: '#94a3b8', ASSERT: '#003344', CLAIM: '#ffff00', REVEAL: '#0066ff', ADMIT: '#aa44cc', DENY: '#1111ee', ACCUSE: '#995522',
  CRITICIZE: '#ff9900', PRAISE: '#0055aa', DEMAND: '#333300', WARN: '#aaaa33', QUESTION: '#330044', HEDGE: '#ccaaff', NO_COMMENT: '#ffddaa',
};
const STANCE_COLORS: Record<string, string> = { FAVOR: '#16a34a', AGAINST: '#dc2626', NONE: '#cbd5e1' };

export function htmlHead(): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>Statements report</title>
<style>
:root{--ink:#1e293b;--muted:#64748b;--line:#e2e8f0;--bg:#f8fafc}
*{box-sizing:border-box}
html{scroll-padding-top:calc(var(--bar,7.5rem) + .5rem)}
body{font:15px/1.6 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;color:var(--ink);background:var(--bg)}
header.page{background:#0f172a;color:#f8fafc;padding:1rem 1.5rem}
header.page h1{margin:0;font-size:1.3rem;font-weight:600}
header.page p{margin:.2rem 0 0;color:#cbd5e1;font-size:.9rem}
main{display:flex;flex-direction:column;max-width:64rem;margin:0 auto;padding:0 1rem 4rem}
#filters{order:-2;position:sticky;top:0;z-index:3;background:#fff;border:1px solid var(--line);border-top:0;border-radius:0 0 8px 8px;padding:.6rem .9rem;display:flex;flex-wrap:wrap;gap:.5rem 1.2rem;align-items:center;box-shadow:0 2px 6px rgba(15,23,42,.06)}
#filters label{font-size:.85rem;color:var(--muted);display:flex;gap:.4rem;align-items:center}
#filters select{max-width:14rem}
#filters select,#filters button{font:inherit;font-size:.9rem;padding:.2rem .4rem;border:1px solid #cbd5e1;border-radius:5px;background:#fff;color:var(--ink)}
#filters button{cursor:pointer}
#shown{margin-left:auto;font-size:.85rem;color:var(--muted)}
#summary{order:-1}
section.card,article.doc{background:#fff;border:1px solid var(--line);border-radius:8px;padding:1rem 1.25rem;margin-top:1rem}
h2{font-size:1.15rem;margin:0 0 .3rem}
.meta{color:var(--muted);font-size:.85rem;margin:0 0 .6rem}
.legend{display:flex;flex-wrap:wrap;gap:.3rem .8rem;font-size:.85rem;margin:0 0 .8rem;padding:0;list-style:none}
.sw{background:var(--c,#94a3b8);background-image:var(--p,none);display:inline-block;width:1em;height:1em;border-radius:3px;vertical-align:-.05em;margin-right:.3em;border:1px solid rgba(0,0,0,.15)}
.text{white-space:pre-wrap;overflow-wrap:anywhere;font-family:Georgia,"Times New Roman",serif;font-size:1.02rem;line-height:1.7}
mark.st{background:var(--c);background-image:var(--p,none);color:inherit;border-radius:3px;padding:.05em 0;box-shadow:inset 0 -2px 0 rgba(0,0,0,.18);cursor:help}
mark.st mark.st{box-shadow:inset 0 -3px 0 rgba(0,0,0,.35)}
mark.st{scroll-margin:1rem 0 12rem}
mark.st:focus{outline:2px solid #0f172a;outline-offset:1px}
mark.st.off{background:none;box-shadow:none;cursor:auto}
mark.st.rv{text-decoration:underline wavy #334155;text-decoration-skip-ink:none;text-underline-offset:4px}
mark.st.rv-end::after{content:"\\2691 review";font:600 .68rem/1 system-ui,sans-serif;color:#fff;background:#334155;border-radius:3px;padding:.12em .35em;margin-left:.25em;vertical-align:.2em;white-space:nowrap}
mark.st.rv.off{text-decoration:none}
mark.st.rv-end.off::after{content:none}
#filters .check{color:var(--ink)}
#filters .note{flex-basis:100%;margin:0;font-size:.8rem;color:var(--muted)}
#filters .note[hidden]{display:none}
tr .fshown{font-weight:600;color:var(--ink)}
#tip .rv{display:inline-block;margin-bottom:.2rem;padding:0 .35em;border-radius:3px;background:#f1f5f9;color:#0f172a;font-weight:600}
#tip .weak{color:#fbbf24}
article.doc.nomatch{display:none}
.who{box-shadow:inset 0 -3px 0 var(--c)}
.cue{text-decoration:underline dotted #475569;text-underline-offset:3px;font-style:italic}
.uq,.uq-key{outline:2px dotted #b45309;outline-offset:1px;border-radius:2px}
.uq-key{padding:0 .25em}
.who.off,.cue.off{box-shadow:none;text-decoration:none;font-style:inherit}
#tip{position:absolute;z-index:5;max-width:26rem;background:#0f172a;color:#f1f5f9;border-radius:6px;padding:.55rem .75rem;font-size:.85rem;line-height:1.45;box-shadow:0 6px 18px rgba(0,0,0,.25)}
#tip[hidden]{display:none}
#tip b{color:#fff}
#tip .row{margin-top:.2rem}
#tip .k{color:#94a3b8}
#tip ul{margin:.15rem 0 0;padding-left:1.1rem}
.pill{display:inline-block;padding:0 .35em;border-radius:4px;font-size:.78rem;font-weight:600;color:#fff}
table.speakers{border-collapse:collapse;width:100%;font-size:.88rem;table-layout:fixed}
table.speakers th:nth-child(1){width:24%}table.speakers th:nth-child(2){width:11%}table.speakers th:nth-child(3){width:25%}
table.speakers th{text-align:left;color:var(--muted);font-weight:600;border-bottom:1px solid var(--line);padding:.3rem .4rem}
table.speakers td{border-bottom:1px solid var(--line);padding:.4rem;vertical-align:top}
.bar{display:flex;height:.75rem;border-radius:3px;overflow:hidden;background:#f1f5f9;min-width:2px}
.bar span{display:block;height:100%}
.counts{color:var(--muted);font-size:.8rem;margin-top:.15rem}
.tg{display:grid;grid-template-columns:8rem 4.5rem 1fr;gap:.15rem .5rem;align-items:center;font-size:.82rem}
.tg .bar{height:.6rem}
.keys{display:flex;flex-wrap:wrap;gap:.2rem .7rem;font-size:.78rem;color:var(--muted);margin:.4rem 0}
.failures{color:#b91c1c}
button.more{font:inherit;font-size:.85rem;margin-top:.6rem;padding:.25rem .6rem;border:1px solid #cbd5e1;border-radius:5px;background:#fff;color:var(--ink);cursor:pointer}
@media print{#filters{position:static}}
</style></head><body>
<header class="page"><h1>Statements report</h1><p>Who said what about whom: statements highlighted in place, coloured by speaker. Speakers as written are underlined in their colour, cues are in dotted italics. A statement with a wavy underline and a ⚑ review flag is one whose labels the pipeline doubts (a weak rule, a guessed target, no cue): check those first. A quote in a dotted outline is one the pipeline found no speaker for (messages.csv lists it as quote:unattributed). messages.csv lists only what the pipeline knows it could not read (such quotes, inputs refused or read through, speakers that are no name), never a wrong statement: an empty one is no sign that all is right. Focus a highlight (Tab) or hover it for its details.</p></header>
<main id="main">
<div id="articles">
`;
}

/** A review reason as the tooltip lists it: its sentence, its id, and whether it raises the flag. */
export const reasonLine = (r: string, text = explainReason(r)): string => `${text} [${r}]${QUIET_REASONS.includes(r) ? ' (listed only: does not flag a row alone)' : ''}`;

/** A statement's highlighted stretches: its pieces (a split or multi-paragraph quote) or its content. */
const piecesOf = (s: Statement) => s.content.pieces?.length ? s.content.pieces : [s.content];

/**
 * A stretch to wrap: a statement piece (`st`, a focusable <mark>), or its cue or speaker mention (a plain <span>), or a
 * quote no statement holds (`uq`, a plain <span> with a dotted outline, of no statement).
 */
interface Part { start: number; end: number; s: Statement | null; piece: number; kind: 'st' | 'cue' | 'who' | 'uq' }

const RANK = { st: 0, uq: 0, who: 1, cue: 2 } as const;

/** The rule id of the message for a quote that no statement holds (find-statements.ts). */
export const UNATTRIBUTED_QUOTE = 'quote:unattributed';
const UQ_TITLE = 'a quote with no speaker found: no statement holds it (listed in messages.csv as quote:unattributed)';

function markOpen(p: Part, color: (name: string) => string, shown: (piece: string) => string): string {
  const s = p.s;
  if (p.kind === 'uq' || !s) return `<span class="uq" title="${escapeHtml(UQ_TITLE)}">`;
  if (p.kind !== 'st') return `<span class="${p.kind}" data-of="${escapeHtml(s.id)}" style="--c:${color(s.speaker.name)}">`;
  // (each stance with the rule that decided it, and whether that rule is a weak one: weak-rules.ts)
  const targets = s.targets.map((t) => {
    const ev = t.evidence ?? [];
    const rules = [...new Set(ev.map((e) => e.rule).filter(Boolean))];
    return { name: t.name, stance: t.stance, evidence: ev.map((e) => (e.text ? `“${shown(e.text)}”` : e.note ?? e.rule)), rules, weak: rules.some(isWeakStanceRule) };
  });
  // (evidence words in quotes, so that "AGAINST — “wrong”" reads as the word found, not as a verdict on the row)
  const evidence = (s.evidence ?? []).map((e) => (e.text ? `“${shown(e.text)}” [${e.rule}]` : e.note ? `${e.note} [${e.rule}]` : e.rule));
  const pieces = piecesOf(s);
  const attrs: Array<[string, string]> = [
    ['data-statement', s.id], ['data-piece', String(p.piece)], ['data-start', String(p.start)], ['data-end', String(p.end)],
    ['data-speaker', s.speaker.name], ['data-role', s.speaker.role ?? ''], ['data-kind', s.speaker.kind], ['data-affiliation', s.speaker.affiliation ?? ''],
    ['data-act', s.act], ['data-framing', s.framing], ['data-type', s.type], ['data-cue', shown(s.cue?.text ?? '')], ['data-confidence', s.confidence.toFixed(2)],
    ['data-stances', s.targets.map((t) => t.stance).join(' ')], ['data-targets', JSON.stringify(targets)], ['data-evidence', JSON.stringify(evidence)],
    // (every reason of review_reasons, as quotes.csv lists them, flagged row or not: those that do not raise the flag
    // alone, QUIET_REASONS, say so, and the tooltip of an unflagged row lists them under "noted, not flagged")
    ['data-review', s.needsReview ? 'yes' : ''], ['data-reasons', (s.reviewReasons ?? []).length ? JSON.stringify(explainReasons(s).map(([r, text]) => reasonLine(r, text))) : ''],
  ];
  // (the needs-review flag is drawn once, after the statement's last character)
  const last = p.piece === pieces.length - 1 && p.end === (pieces[pieces.length - 1] as { end: number }).end;
  const cls = `st${s.needsReview ? ' rv' : ''}${s.needsReview && last ? ' rv-end' : ''}`;
  return `<mark class="${cls}" tabindex="0" aria-describedby="tip" style="--c:${color(s.speaker.name)}" ${attrs.map(([k, v]) => `${k}="${escapeHtml(v)}"`).join(' ')}>`;
}

/**
 * The article text with every statement piece wrapped in a <mark>, in place. Nested attribution nests marks; a piece
 * that crosses the end of another is cut there and goes on in a second mark with the same statement and piece, so
 * every character of every piece is inside a mark of its statement. Cues and speaker mentions, when `cuesAndSpeakers`,
 * are marked too (spans that take no focus), by the same rules.
 */
export function highlightText(text: string, statements: readonly Statement[], color: (name: string) => string = speakerPalette(), cuesAndSpeakers = true, unattributed: ReadonlyArray<{ start: number; end: number }> = [], hiddenHead = 0): string {
  const parts: Part[] = [];
  // (the text as a browser shows a web page's: its character references and mis-decoded runs read, articleCells; the
  // marks' offsets index the text as given, and a reference is never cut by one: the stages read it whole)
  const shown = articleCells(text);
  for (const u of unattributed) if (u.end > u.start) parts.push({ start: u.start, end: u.end, s: null, piece: 0, kind: 'uq' });
  for (const s of statements) {
    piecesOf(s).forEach((p, piece) => { if (p.end > p.start) parts.push({ start: p.start, end: p.end, s, piece, kind: 'st' }); });
    if (!cuesAndSpeakers) continue;
    if (s.cue && s.cue.end > s.cue.start) parts.push({ start: s.cue.start, end: s.cue.end, s, piece: 0, kind: 'cue' });
    const m = s.speaker.mention;
    if (m && m.end > m.start) parts.push({ start: m.start, end: m.end, s, piece: 0, kind: 'who' });
  }
  const order = (a: Part, b: Part): number => a.start - b.start || b.end - a.end || RANK[a.kind] - RANK[b.kind];
  // One left-to-right sweep over the parts in order (a scan of every remaining part per highlight made long articles
  // quadratic): the parts that start inside the current one nest in it, one that crosses its end is split and its tail
  // waits, in order, with the parts that follow.
  const render = (from: number, to: number, spans: Part[]): string => {
    const sorted = spans.sort(order);
    let i = 0;
    let pending: Part[] = [];
    const headIsPending = (): boolean => pending.length > 0 && (i >= sorted.length || order(pending[0] as Part, sorted[i] as Part) <= 0);
    const peek = (): Part | undefined => (headIsPending() ? pending[0] : sorted[i]);
    const take = (): Part | undefined => (headIsPending() ? pending.shift() : sorted[i++]);
    let out = '';
    let at = from;
    for (let top = take(); top; top = take()) {
      const inside: Part[] = [];
      const tails: Part[] = [];
      for (let p = peek(); p && p.start < top.end; p = peek()) {
        take();
        if (p.end <= top.end) inside.push(p);
        else { inside.push({ ...p, end: top.end }); tails.push({ ...p, start: top.end }); }
      }
      out += escapeHtml(shown(text.slice(at, top.start))) + markOpen(top, color, shown) + render(top.start, top.end, inside) + (top.kind === 'st' ? '</mark>' : '</span>');
      at = top.end;
      if (tails.length) pending = [...pending, ...tails].sort(order);
    }
    return out + escapeHtml(shown(text.slice(at, to)));
  };
  // (the headline line of a .txt text, shown as the card's heading: kept in the text, whole for a copy or a search, but
  // hidden, unless a highlight crosses out of it)
  if (hiddenHead > 0 && !parts.some((p) => p.start < hiddenHead && p.end > hiddenHead)) {
    const head = parts.filter((p) => p.end <= hiddenHead);
    return `<span class="head" hidden>${render(0, hiddenHead, head)}</span>${render(hiddenHead, text.length, parts.filter((p) => p.end > hiddenHead))}`;
  }
  return render(0, text.length, parts);
}

/**
 * Where the text's headline line ends, with the line breaks after it, when the text opens with the article's title (a
 * .txt file, whose first line is its title), else 0: the card shows the title as its heading, and once is enough.
 */
export function headlineLineEnd(text: string, title: string): number {
  const m = /^\s*([^\r\n]*)(?:\r?\n|\r)\s*/u.exec(text);
  return m && title.trim() !== '' && (m[1] ?? '').trim() === title.trim() && m[0].length < text.length ? m[0].length : 0;
}

export function htmlArticle(r: ArticleResult, color: ((name: string) => string) | SpeakerPalette): string {
  const bySpeaker = new Map<string, number>();
  for (const s of r.statements) bySpeaker.set(s.speaker.name, (bySpeaker.get(s.speaker.name) ?? 0) + 1);
  // (a palette gives the article's speakers styles none of them shares; a worker's placeholders are coloured by the
  // writer, which does the same with the names in this order)
  if ('forArticle' in color) color.forArticle([...bySpeaker.keys()]);
  const legend = [...bySpeaker.entries()].map(([name, n]) => `<li><span class="sw" style="--c:${color(name)}"></span>${escapeHtml(name)} <span class="counts">${n}</span></li>`).join('');
  const notes = r.messages.filter((m) => m.ruleId.startsWith('no-statements')).map((m) => `<p class="meta">${escapeHtml(m.reason)}</p>`).join('');
  // (quotes no statement holds: outlined in the text, so that a reviewer finds what the tool could not attribute)
  const unattributed = r.messages.filter((m) => m.ruleId === UNATTRIBUTED_QUOTE && m.start !== undefined && m.end !== undefined && m.end <= r.article.text.length)
    .map((m) => ({ start: m.start as number, end: m.end as number }));
  const uqNote = unattributed.length ? ` · <span class="uq-key">${unattributed.length} quote${unattributed.length === 1 ? '' : 's'} with no speaker found</span>` : '';
  return `<article class="doc" id="a-${escapeHtml(r.article.id)}" aria-labelledby="h-${escapeHtml(r.article.id)}">
<h2 id="h-${escapeHtml(r.article.id)}">${escapeHtml(articleCells(r.article.text)(r.article.title) || r.article.id)}</h2>
<p class="meta">${escapeHtml(r.article.id)} · ${escapeHtml(r.article.source)} · ${r.statements.length} statement${r.statements.length === 1 ? '' : 's'}${uqNote}</p>
${legend ? `<ul class="legend" aria-label="speakers in this article">${legend}</ul>` : ''}${notes}<div class="text">${highlightText(r.article.text, r.statements, color, true, unattributed, headlineLineEnd(r.article.text, r.article.title))}</div></article>
`;
}

export interface HtmlRunTotals { articles: number; statements: number; failures: Array<{ source: string; problem: string }>; /** statements marked needsReview */ needsReview?: number }

const MAX_SUMMARY_SPEAKERS = 300;
/** Rows shown before "Show all speakers". */
const FIRST_SPEAKERS = 12;

function stackedBar(counts: Map<string, number>, colors: Record<string, string>, widthPct: number, label: string): string {
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  const segs = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([k, n]) => `<span style="flex:${n};background:${colors[k] ?? '#999'}" title="${escapeHtml(`${k} ${n}`)}"></span>`).join('');
  return `<div class="bar" role="img" aria-label="${escapeHtml(`${label}: ${[...counts.entries()].map(([k, n]) => `${k} ${n}`).join(', ')} of ${total}`)}" style="width:${widthPct.toFixed(1)}%">${segs}</div>`;
}

/**
 * What the solid part of a stance bar is worth: unflagged is not checked. The figures are the README's (needs_review,
 * measured by scripts/flag-audit.ts on the labelled corpus); tests/fixnu30r.test.ts keeps the two the same.
 */
export const UNFLAGGED_NOTE = 'The solid part is not checked either: on the labelled corpus 30 % (train) to 41 % (dev) of unflagged statements had a wrong speaker, act or stance, or were no statement.';

/** The flagged part of a stance bar: its stance colour, washed out and hatched. */
const FLAGGED_SEGMENT = 'background-image:repeating-linear-gradient(135deg,rgba(255,255,255,.75) 0 2px,transparent 2px 5px)';

/**
 * A stance bar: each stance's count, the part of it that rests on a doubted decision (a statement flagged for review,
 * a weak rule) hatched after the solid part, so that "AGAINST 3" from three guesses does not look like three accusations.
 */
function stanceBar(counts: Map<string, number>, flagged: Map<string, number> | undefined, widthPct: number, label: string): string {
  const entries = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const segs = entries.flatMap(([k, n]) => {
    const d = Math.min(n, flagged?.get(k) ?? 0);
    const color = STANCE_COLORS[k] ?? '#999';
    return [
      n - d > 0 ? `<span style="flex:${n - d};background:${color}" title="${escapeHtml(`${k} ${n - d} not flagged (not checked either)`)}"></span>` : '',
      d > 0 ? `<span class="flagged" style="flex:${d};background-color:${color};${FLAGGED_SEGMENT}" title="${escapeHtml(`${k} ${d} flagged for review or from a weak rule`)}"></span>` : '',
    ];
  }).join('');
  return `<div class="bar" role="img" aria-label="${escapeHtml(`${label}: ${stanceCountsText(counts, flagged, ', ')} of ${sum(counts)}`)}" style="width:${widthPct.toFixed(1)}%">${segs}</div>`;
}

/** `AGAINST 3 (3 flagged) · NONE 1`: counts, and how many of each rest on a flagged statement or a weak rule. */
export const stanceCountsText = (counts: Map<string, number>, flagged?: Map<string, number>, sep = ' · '): string =>
  [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([k, n]) => { const d = flagged?.get(k) ?? 0; return `${k} ${n}${d > 0 ? ` (${d} flagged)` : ''}`; }).join(sep);

const countsText = (counts: Map<string, number>): string =>
  [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([k, n]) => `${k} ${n}`).join(' · ');

/** Every target of the run's statements, alphabetically: the target filter's options. */
export function targetNames(speakers: readonly SpeakerCounts[]): string[] {
  const names = new Set<string>();
  for (const sp of speakers) for (const t of sp.targets.keys()) names.add(t);
  return [...names].sort((a, b) => a.localeCompare(b, 'en'));
}

/** Targets shown per speaker in the summary. */
const MAX_SUMMARY_TARGETS = 5;
/** What marks a speaker's stance toward itself in the summary: a neutral word, right for a person and a body alike. */
export const SELF_LABEL = 'self';

/** The end of the page: filters, the run summary with the per-speaker chart, the tooltip and the script. */
export function htmlTail(speakers: readonly SpeakerCounts[], totals: HtmlRunTotals, color: (name: string) => string): string {
  const reviewCount = totals.needsReview ?? 0;
  // (a loop, not Math.max(...): a spread of 100,000+ speakers overflows the call stack)
  const max = speakers.reduce((m, s) => Math.max(m, s.statements), 1);
  const shown = speakers.slice(0, MAX_SUMMARY_SPEAKERS);
  // Other parties first, the speaker itself last: a speaker's FAVOR toward itself (its own defence, or a weak
  // self-report) had led most rows and hidden who is for or against whom.
  // Then the targets with most counts that rest on no doubted decision: a count wholly from flagged statements or weak
  // rules ("AGAINST 3", all three guessed) had led rows with the pipeline's likeliest errors.
  const firm = (sp: SpeakerCounts, t: string, m: Map<string, number>): number => sum(m) - sum(sp.flagged?.get(t) ?? new Map());
  // The speaker itself, last, is always among the five when it is a target: cut off after four others, its stance
  // (often the row's largest count) had gone unseen while the caption promised the largest counts first.
  const topTargets = shown.map((sp) => {
    const others = [...sp.targets.entries()].filter(([t]) => t !== sp.name)
      .sort((a, b) => firm(sp, b[0], b[1]) - firm(sp, a[0], a[1]) || sum(b[1]) - sum(a[1]) || (a[0] < b[0] ? -1 : 1));
    const self = sp.targets.get(sp.name);
    return self ? [...others.slice(0, MAX_SUMMARY_TARGETS - 1), [sp.name, self] as [string, Map<string, number>]] : others.slice(0, MAX_SUMMARY_TARGETS);
  });
  // The stance bars share one scale over every row shown, as the act bars do: "AGAINST 1" is as long in every row.
  const targetMax = topTargets.reduce((m, list) => list.reduce((k, [, x]) => Math.max(k, sum(x)), m), 1);
  const rows: string[] = shown.map((sp, i) => {
    const targets = topTargets[i] as Array<[string, Map<string, number>]>;
    const tg = targets.map(([t, m]) => { const f = sp.flagged?.get(t); return `<span>${escapeHtml(t === sp.name ? `${t} (${SELF_LABEL})` : t)}</span>${stanceBar(m, f, 100 * sum(m) / targetMax, `stance toward ${t}`)}<span class="counts">${escapeHtml(stanceCountsText(m, f))}</span>`; }).join('');
    return `<tr data-speaker="${escapeHtml(sp.name)}"><td><span class="sw" style="--c:${color(sp.name)}"></span><b>${escapeHtml(sp.name)}</b><div class="counts">${escapeHtml(sp.article ? `${sp.kind} · in ${sp.article} only` : sp.kind)}</div></td>
<td><span class="fshown"></span>${sp.statements}<div class="counts">${sp.articles} article${sp.articles === 1 ? '' : 's'}</div></td>
<td>${stackedBar(sp.acts, ACT_COLORS, 100 * sp.statements / max, 'statements by act')}<div class="counts">${escapeHtml(countsText(sp.acts))}</div></td>
<td>${targets.length ? `<div class="tg">${tg}</div>` : '<span class="counts">no targets</span>'}</td></tr>`;
  });
  const actsUsed = ACTS.filter((a) => speakers.some((s) => s.acts.has(a)));
  const option = (v: string, label = v) => `<option value="${escapeHtml(v)}">${escapeHtml(label)}</option>`;
  const failures = totals.failures.length
    ? `<details class="failures"><summary>${totals.failures.length} input${totals.failures.length === 1 ? '' : 's'} could not be processed</summary><ul>${totals.failures.map((f) => `<li>${escapeHtml(f.source)}: ${escapeHtml(f.problem)}</li>`).join('')}</ul></details>` : '';
  return `</div>
<div id="filters" role="search" aria-label="Filter statements">
<label for="f-speaker">Speaker</label><select id="f-speaker">${option('', 'all speakers')}${[...new Set(speakers.map((s) => s.name))].sort((a, b) => a.localeCompare(b, 'en')).map((n) => option(n)).join('')}</select>
<label for="f-act">Act</label><select id="f-act">${option('', 'all acts')}${actsUsed.map((a) => option(a)).join('')}</select>
<label for="f-stance">Stance toward a target</label><select id="f-stance">${option('', 'any stance')}${STANCES.map((s) => option(s)).join('')}</select>
<label for="f-target">Target</label><select id="f-target" title="With a stance: the statements with that stance toward this target (who is AGAINST X?)">${option('', 'any target')}${targetNames(speakers).map((n) => option(n)).join('')}</select>
<label class="check" for="f-review"><input type="checkbox" id="f-review"> needs review only (${reviewCount})</label>
<button type="button" id="f-next" title="Scroll to the next statement shown (also: n)">Next match ↓</button>
<button type="button" id="f-reset">Reset</button>
<span id="shown" role="status" aria-live="polite">${totals.statements} statements</span>
<p class="note" id="f-note" hidden>The per-speaker summary lists only speakers with a statement shown, and says how many are shown; its bars still count all their statements.</p>
</div>
<section id="summary" class="card" aria-labelledby="summary-h">
<h2 id="summary-h">Summary</h2>
<p class="meta">${totals.articles} article${totals.articles === 1 ? '' : 's'} · ${totals.statements} statement${totals.statements === 1 ? '' : 's'} · ${speakers.length} speaker${speakers.length === 1 ? '' : 's'} · ${totals.failures.length} failure${totals.failures.length === 1 ? '' : 's'}</p>
${failures}
<div class="keys" aria-hidden="true">${actsUsed.map((a) => `<span><span class="sw" style="background:${ACT_COLORS[a]}"></span>${a}</span>`).join('')}<span>·</span>${STANCES.map((s) => `<span><span class="sw" style="background:${STANCE_COLORS[s]}"></span>${s}</span>`).join('')}<span><span class="sw" style="background-color:${STANCE_COLORS.AGAINST};${FLAGGED_SEGMENT}"></span>hatched: flagged or weak</span></div>
<table class="speakers"><caption class="meta" style="text-align:left">Per speaker: statements by act, and stance toward the targets they speak about most (up to five). A stance count's hatched part, "(n flagged)", rests on a statement flagged for review or on a weak rule (a guessed target, the tone): check those before citing the count. ${escapeHtml(UNFLAGGED_NOTE)} Targets with most unflagged counts come first; the speaker's stance toward itself, marked "(${SELF_LABEL})", comes last and is always shown.</caption>
<thead><tr><th scope="col">Speaker</th><th scope="col">Statements</th><th scope="col">By act</th><th scope="col">Stance toward targets</th></tr></thead>
<tbody>
${rows.slice(0, FIRST_SPEAKERS).join('\n')}
</tbody>${rows.length > FIRST_SPEAKERS ? `<tbody id="more-speakers">
${rows.slice(FIRST_SPEAKERS).join('\n')}
</tbody>` : ''}</table>
${rows.length > FIRST_SPEAKERS ? `<button type="button" id="more" class="more" aria-controls="more-speakers" aria-expanded="true">Show the top ${FIRST_SPEAKERS} only</button>` : ''}
${speakers.length > shown.length ? `<p class="meta">${speakers.length - shown.length} more speakers are listed in speakers.csv.</p>` : ''}
</section>
</main>
<div id="tip" role="tooltip" hidden></div>
<script>
${SCRIPT}
</script>
</body></html>
`;
}

const sum = (m: Map<string, number>): number => [...m.values()].reduce((a, b) => a + b, 0);

// Plain DOM, no libraries. Tooltip text is set with textContent only.
const SCRIPT = `(() => {
  const main = document.getElementById('main');
  main.prepend(document.getElementById('summary'));
  main.prepend(document.getElementById('filters'));
  const tip = document.getElementById('tip');
  // (what scrolls to an article, a link to #a-…, or to a highlight, "Next match", stops below the sticky filter bar,
  // which had covered the first row of an article's speaker legend: html's scroll-padding-top is the bar's height)
  const filters = document.getElementById('filters');
  const barHeight = () => document.documentElement.style.setProperty('--bar', filters.offsetHeight + 'px');
  barHeight();
  window.addEventListener('resize', barHeight);
  const more = document.getElementById('more'), moreRows = document.getElementById('more-speakers');
  const total0 = moreRows ? moreRows.rows.length + moreRows.parentElement.tBodies[0].rows.length : 0;
  const expand = (open) => { if (!more) return; moreRows.hidden = !open; more.setAttribute('aria-expanded', String(open)); more.textContent = open ? 'Show the top ' + (total0 - moreRows.rows.length) + ' only' : 'Show all ' + total0 + ' speakers'; };
  expand(false);
  if (more) more.addEventListener('click', () => expand(moreRows.hidden));
  const marks = [...document.querySelectorAll('mark.st')];
  const el = (tag, text, cls) => { const e = document.createElement(tag); if (text !== undefined) e.textContent = text; if (cls) e.className = cls; return e; };
  const row = (k, v) => { const d = el('div', undefined, 'row'); d.append(el('span', k + ' ', 'k'), v); return d; };
  const show = (m) => {
    const d = m.dataset;
    tip.replaceChildren();
    const reasons = JSON.parse(d.reasons || '[]');
    if (d.review || reasons.length) {
      tip.append(el('div', d.review ? '\u2691 needs review: the pipeline doubts these labels because' : 'not flagged; the pipeline notes', d.review ? 'rv' : 'k'));
      const why = el('ul');
      for (const r of reasons) why.append(el('li', r));
      tip.append(why);
    }
    const who = el('div'); who.append(el('b', d.speaker));
    const bits = [d.role, d.kind, d.affiliation && 'of ' + d.affiliation].filter(Boolean).join(' · ');
    if (bits) who.append(' (' + bits + ')');
    tip.append(who);
    tip.append(row('act', d.act + ' · framing ' + d.framing + ' · ' + d.type + (d.cue ? ' · cue “' + d.cue + '”' : '') + ' · confidence ' + d.confidence));
    const targets = JSON.parse(d.targets || '[]');
    if (targets.length) {
      const ul = el('ul');
      for (const t of targets) {
        const li = el('li', t.name + ': ' + t.stance);
        if (t.evidence.length) li.append(el('span', ' — from ' + t.evidence.join(', '), 'k'));
        if (t.rules.length) li.append(el('span', ' [' + t.rules.join(', ') + ']', 'k'));
        if (t.weak) li.append(el('span', ' weak rule', 'weak'));
        ul.append(li);
      }
      tip.append(row('targets', ul));
    } else tip.append(row('targets', 'none'));
    const ev = JSON.parse(d.evidence || '[]');
    if (ev.length) tip.append(row('evidence', ev.join('; ')));
    tip.hidden = false;
    const r = m.getBoundingClientRect();
    const left = Math.min(window.scrollX + r.left, window.scrollX + document.documentElement.clientWidth - tip.offsetWidth - 8);
    tip.style.left = Math.max(8, left) + 'px';
    tip.style.top = (window.scrollY + r.bottom + 6) + 'px';
  };
  const hide = () => { tip.hidden = true; };
  for (const m of marks) {
    m.addEventListener('focus', () => show(m));
    m.addEventListener('blur', hide);
    m.addEventListener('mouseover', (e) => { e.stopPropagation(); if (!m.classList.contains('off')) show(m); });
    m.addEventListener('mouseout', (e) => { e.stopPropagation(); if (document.activeElement !== m) hide(); });
  }
  document.addEventListener('keydown', (e) => { if (e.key === 'Escape') hide(); });
  const sel = (id) => document.getElementById(id);
  const parsed = new WeakMap();
  const targetsOf = (m) => { if (!parsed.has(m)) parsed.set(m, JSON.parse(m.dataset.targets || '[]')); return parsed.get(m); };
  const total = new Set(marks.map((m) => m.dataset.statement)).size;
  const speakerRows = [...document.querySelectorAll('table.speakers tbody tr')];
  // (the first mark of each statement shown, in page order: where "Next match" goes)
  let matches = [], at = -1;
  const apply = () => {
    const sp = sel('f-speaker').value, act = sel('f-act').value, st = sel('f-stance').value, tg = sel('f-target').value, rv = sel('f-review').checked;
    const active = !!(sp || act || st || tg || rv);
    const shown = new Set(), bySpeaker = new Map();
    matches = []; at = -1;
    for (const m of marks) {
      const d = m.dataset;
      // (a target with a stance: that stance toward that target; a target alone: any statement about it)
      const toward = !tg ? (!st || d.stances.split(' ').includes(st)) : targetsOf(m).some((t) => t.name === tg && (!st || t.stance === st));
      const ok = (!sp || d.speaker === sp) && (!act || d.act === act) && toward && (!rv || !!d.review);
      m.classList.toggle('off', !ok);
      m.tabIndex = ok ? 0 : -1;
      if (ok && !shown.has(d.statement)) { shown.add(d.statement); matches.push(m); bySpeaker.set(d.speaker, (bySpeaker.get(d.speaker) || 0) + 1); }
    }
    for (const e of document.querySelectorAll('span.cue, span.who')) e.classList.toggle('off', active && !shown.has(e.dataset.of));
    for (const a of document.querySelectorAll('article.doc')) a.classList.toggle('nomatch', active && !a.querySelector('mark.st:not(.off)'));
    // The summary follows the filters: only speakers with a statement shown, each with how many are shown.
    for (const tr of speakerRows) {
      const n = bySpeaker.get(tr.dataset.speaker) || 0;
      tr.hidden = active && n === 0;
      tr.querySelector('.fshown').textContent = active ? n + ' shown of ' : '';
    }
    if (more) { if (active) { moreRows.hidden = false; more.hidden = true; } else { more.hidden = false; expand(more.getAttribute('aria-expanded') === 'true'); } }
    sel('f-note').hidden = !active;
    barHeight();
    sel('shown').textContent = active ? shown.size + ' of ' + total + ' statements shown' : total + ' statements';
    hide();
  };
  const next = () => {
    if (!matches.length) return;
    at = (at + 1) % matches.length;
    // (a match near its article's top is shown with the article's heading and speaker legend above it, below the bar:
    // focus alone had left the legend's first row under the sticky bar)
    const m = matches[at], doc = m.closest('article.doc');
    if (doc && m.getBoundingClientRect().bottom - doc.getBoundingClientRect().top + filters.offsetHeight + 24 < window.innerHeight) {
      doc.scrollIntoView({ block: 'start' });
      m.focus({ preventScroll: true });
    } else m.focus();
  };
  for (const id of ['f-speaker', 'f-act', 'f-stance', 'f-target', 'f-review']) sel(id).addEventListener('change', apply);
  sel('f-next').addEventListener('click', next);
  document.addEventListener('keydown', (e) => { if (e.key === 'n' && !e.ctrlKey && !e.metaKey && !e.altKey && !/^(SELECT|INPUT|TEXTAREA)$/.test(e.target.tagName)) next(); });
  sel('f-reset').addEventListener('click', () => { for (const id of ['f-speaker', 'f-act', 'f-stance', 'f-target']) sel(id).value = ''; sel('f-review').checked = false; apply(); });
  apply();
})();`;
