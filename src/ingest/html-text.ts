// The article body's text from HTML, through parse5 (a spec-compliant parser): no regex stripping.
import { parse } from 'parse5';

interface Node { nodeName: string; tagName?: string; value?: string; childNodes?: Node[]; attrs?: Array<{ name: string; value: string }> }

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'nav', 'header', 'footer', 'aside', 'form', 'svg', 'iframe', 'button', 'select', 'figcaption']);
const BLOCK = new Set(['p', 'div', 'section', 'article', 'main', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'blockquote', 'pre', 'br', 'tr', 'table', 'dd', 'dt', 'figure', 'hr']);

export function htmlToArticle(html: string): { title: string; text: string } {
  const doc = parse(html) as unknown as Node;
  const find = (n: Node, pred: (x: Node) => boolean): Node | null => {
    if (pred(n)) return n;
    for (const c of n.childNodes ?? []) { const f = find(c, pred); if (f) return f; }
    return null;
  };
  const root = find(doc, (x) => x.tagName === 'article')
    ?? find(doc, (x) => x.tagName === 'main' || (x.attrs ?? []).some((a) => a.name === 'role' && a.value === 'main'))
    ?? find(doc, (x) => x.tagName === 'body') ?? doc;
  const h1 = find(root, (x) => x.tagName === 'h1') ?? find(doc, (x) => x.tagName === 'h1');
  const titleEl = find(doc, (x) => x.tagName === 'title');
  const title = (h1 ? textOf(h1) : titleEl ? textOf(titleEl) : '').replace(/\s+/gu, ' ').trim();
  const blocks: string[] = [];
  let cur = '';
  const flush = () => { const t = cur.replace(/\s+/gu, ' ').trim(); if (t) blocks.push(t); cur = ''; };
  const walk = (n: Node) => {
    if (n.tagName && SKIP.has(n.tagName)) return;
    if (n.nodeName === '#text') { cur += n.value ?? ''; return; }
    const block = n.tagName !== undefined && BLOCK.has(n.tagName);
    if (block) flush();
    for (const c of n.childNodes ?? []) walk(c);
    if (block) flush();
  };
  walk(root);
  flush();
  // A title alone is no article: the page had no body text (scripts, navigation, an empty shell).
  if (title && blocks.length && blocks[0] !== title) blocks.unshift(title);
  return { title, text: blocks.length ? `${blocks.join('\n')}\n` : '' };
}

function textOf(n: Node): string {
  if (n.nodeName === '#text') return n.value ?? '';
  return (n.childNodes ?? []).map(textOf).join('');
}
