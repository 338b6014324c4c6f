// report.html: one self-contained page (no network, no external assets) with each article's statements highlighted.
import type { ArticleResult, Statement } from '../model/article-result.js';

export const escapeHtml = (s: string): string =>
  s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;').replace(/'/gu, '&#39;');

const PALETTE = ['#fde68a', '#bfdbfe', '#bbf7d0', '#fbcfe8', '#ddd6fe', '#fed7aa', '#a5f3fc', '#e9d5ff', '#fecaca', '#d9f99d'];

export function htmlHead(): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Statements report</title><style>
body{font:15px/1.55 system-ui,sans-serif;margin:0 auto;max-width:60rem;padding:1rem;color:#111}
article{border-top:2px solid #ddd;padding-top:1rem;margin-top:2rem}
.text{white-space:pre-wrap}
mark{border-radius:3px;padding:0 1px;cursor:help}
mark:focus{outline:2px solid #111}
.tip{display:none;position:absolute;background:#111;color:#fff;padding:.4rem .6rem;border-radius:4px;font-size:13px;max-width:28rem;z-index:2}
mark:hover + .tip, mark:focus + .tip{display:block}
.filters{position:sticky;top:0;background:#fff;padding:.5rem 0;border-bottom:1px solid #eee}
table{border-collapse:collapse;font-size:13px}td,th{border:1px solid #ddd;padding:2px 6px;text-align:left}
.hidden{background:none!important}
</style></head><body><h1>Statements report</h1>
<div class="filters" role="search">
<label>Speaker <input id="f-speaker" type="search" aria-label="filter by speaker"></label>
<label>Act <input id="f-act" type="search" aria-label="filter by act"></label>
<label>Stance <select id="f-stance" aria-label="filter by stance"><option value="">any</option><option>FAVOR</option><option>AGAINST</option><option>NONE</option></select></label>
</div>`;
}

export function htmlArticle(r: ArticleResult): string {
  const { text } = r.article;
  const colors = new Map<string, string>();
  const color = (name: string): string => {
    if (!colors.has(name)) colors.set(name, PALETTE[colors.size % PALETTE.length] as string);
    return colors.get(name) as string;
  };
  // Highlight each piece; overlapping statements (nested attribution) are shown by their outermost one.
  const marks: Array<{ start: number; end: number; s: Statement }> = [];
  for (const s of r.statements) for (const p of s.content.pieces ?? [s.content]) marks.push({ start: p.start, end: p.end, s });
  marks.sort((a, b) => a.start - b.start || b.end - a.end);
  let html = '';
  let at = 0;
  for (const m of marks) {
    if (m.start < at) continue;
    html += escapeHtml(text.slice(at, m.start));
    const s = m.s;
    const targets = s.targets.map((t) => `${t.name}: ${t.stance}`).join(', ') || 'none';
    const stances = s.targets.map((t) => t.stance).join(' ');
    html += `<mark tabindex="0" style="background:${color(s.speaker.name)}" data-statement="${escapeHtml(s.id)}" data-start="${m.start}" data-end="${m.end}" data-speaker="${escapeHtml(s.speaker.name)}" data-act="${s.act}" data-stance="${escapeHtml(stances)}">${escapeHtml(text.slice(m.start, m.end))}</mark><span class="tip" role="tooltip">${escapeHtml(`${s.speaker.name}${s.speaker.role ? ` (${s.speaker.role})` : ''} · ${s.speaker.kind} · ${s.act} · ${s.framing} · targets: ${targets}${s.evidence?.length ? ` · evidence: ${s.evidence.map((e) => e.text ?? e.rule).join(', ')}` : ''}`)}</span>`;
    at = m.end;
  }
  html += escapeHtml(text.slice(at));
  const bySpeaker = new Map<string, Map<string, number>>();
  for (const s of r.statements) {
    const acts = bySpeaker.get(s.speaker.name) ?? new Map<string, number>();
    acts.set(s.act, (acts.get(s.act) ?? 0) + 1);
    bySpeaker.set(s.speaker.name, acts);
  }
  const summary = [...bySpeaker.entries()].map(([name, acts]) => `<tr><td><span style="background:${color(name)}">${escapeHtml(name)}</span></td><td>${[...acts.entries()].map(([a, n]) => `${a} ${'▮'.repeat(Math.min(n, 20))} ${n}`).join('<br>')}</td></tr>`).join('');
  return `<article id="a-${escapeHtml(r.article.id)}"><h2>${escapeHtml(r.article.title || r.article.id)}</h2><p><small>${escapeHtml(r.article.source)} · ${r.statements.length} statements</small></p>
<table><tr><th>Speaker</th><th>Statements by act</th></tr>${summary}</table><div class="text">${html}</div></article>\n`;
}

export function htmlTail(): string {
  return `<script>
const f = () => { const sp = document.getElementById('f-speaker').value.toLowerCase(); const act = document.getElementById('f-act').value.toUpperCase(); const st = document.getElementById('f-stance').value;
  for (const m of document.querySelectorAll('mark')) { const ok = (!sp || m.dataset.speaker.toLowerCase().includes(sp)) && (!act || m.dataset.act.includes(act)) && (!st || m.dataset.stance.split(' ').includes(st)); m.classList.toggle('hidden', !ok); } };
for (const id of ['f-speaker','f-act','f-stance']) document.getElementById(id).addEventListener('input', f);
</script></body></html>\n`;
}
