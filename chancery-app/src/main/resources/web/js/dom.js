// DOM building without innerHTML: every piece of data goes in as a text node or an attribute value.

/** Creates an element. Strings and numbers among the children become text nodes. */
export function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') e.className = v;
    else if (k.startsWith('on') && typeof v === 'function') e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v === true ? '' : String(v));
  }
  append(e, children);
  return e;
}

export function append(parent, children) {
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    parent.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return parent;
}

/** A link inside the app: parts are URI-encoded path segments. */
export function link(text, ...parts) {
  return el('a', { href: route(...parts) }, text);
}

export function route(...parts) {
  return '#/' + parts.map((p) => encodeURIComponent(String(p))).join('/');
}

/** Fetches JSON from the API; throws an Error with the API's message on failure. */
export async function api(path, params) {
  const qs = params ? new URLSearchParams(Object.entries(params).filter(([, v]) => v !== null && v !== undefined && v !== '')) : null;
  const url = qs && [...qs.keys()].length ? `${path}?${qs}` : path;
  const res = await fetch(url, { headers: { Accept: 'application/json' } });
  let body = null;
  try { body = await res.json(); } catch (e) { body = null; }
  if (!res.ok) {
    const err = body && body.error ? body.error : { status: res.status, message: res.statusText };
    const where = err.parameter ? ` (parameter ${err.parameter})` : '';
    const e = new Error(`${err.status}: ${err.message}${where}`);
    e.status = err.status;
    throw e;
  }
  return body;
}

/** A table from column headers and rows of cells (nodes or text). */
export function table(caption, headers, rows, opts = {}) {
  const t = el('table', { class: opts.class || 'data' },
    caption ? el('caption', null, caption) : null,
    el('thead', null, el('tr', null, headers.map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', null, rows.map((r) => el('tr', null, r.map((c) => el('td', null, c))))));
  return el('div', { class: 'table-wrap' }, t);
}

export function section(title, ...children) {
  return el('section', { class: 'card' }, el('h2', null, title), ...children);
}

export function labelled(labelText, control) {
  const id = control.id || ('c-' + Math.random().toString(36).slice(2, 9));
  control.id = id;
  return el('div', { class: 'field' }, el('label', { for: id }, labelText), control);
}

export function fmt(n, digits = 0) {
  if (n === null || n === undefined) return '–';
  return Number(n).toLocaleString('en-GB', { maximumFractionDigits: digits, minimumFractionDigits: digits });
}

/**
 * Text with marked spans. spans: [{start, end, cls, title, href}] in document offsets; base is the
 * offset of text[0]. Overlapping spans nest by splitting the text at every boundary.
 */
export function markedText(text, base, spans) {
  const frag = document.createDocumentFragment();
  const inside = spans
    .map((s) => ({ ...s, start: Math.max(0, s.start - base), end: Math.min(text.length, s.end - base) }))
    .filter((s) => s.end > s.start);
  const cuts = new Set([0, text.length]);
  for (const s of inside) { cuts.add(s.start); cuts.add(s.end); }
  const points = [...cuts].sort((a, b) => a - b);
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i];
    const b = points[i + 1];
    const piece = text.slice(a, b);
    const covering = inside.filter((s) => s.start <= a && b <= s.end);
    if (!covering.length) { frag.append(document.createTextNode(piece)); continue; }
    const cls = [...new Set(covering.map((s) => s.cls))].join(' ');
    const title = covering.map((s) => s.title).filter(Boolean).join(' · ');
    const href = covering.map((s) => s.href).find(Boolean);
    const mark = el('mark', { class: cls, title: title || null }, piece);
    frag.append(href ? el('a', { href, class: 'mark-link' }, mark) : mark);
  }
  return frag;
}

/** Evidence sentence of an event (contract JSON) with trigger, source and target marked. */
export function evidence(ev) {
  const s = ev.sentence || {};
  if (s.text === undefined) return el('span', { class: 'muted' }, '(sentence not stored)');
  const spans = [
    { start: ev.trigger.start, end: ev.trigger.end, cls: 'trigger', title: `trigger: ${ev.plover.type}` },
    ...ev.source.map((a) => ({ start: a.start, end: a.end, cls: 'source', title: `source: ${a.code} ${a.name}` })),
    ...ev.target.map((a) => ({ start: a.start, end: a.end, cls: 'target', title: `target: ${a.code} ${a.name}` })),
  ];
  return el('blockquote', { class: 'evidence' }, markedText(s.text, s.start, spans));
}

export function dateText(d) {
  if (!d || d.basis === 'UNKNOWN') return 'undated';
  const range = d.start === d.end ? (d.start || '') : `${d.start || '…'} – ${d.end || '…'}`;
  return `${range} (${(d.granularity || '').toLowerCase()}, ${d.basis.toLowerCase()})`;
}

export function actorsText(list) {
  return list.length ? list.map((a) => a.code).join(', ') : '–';
}

export const QUADS = [
  { key: '1', name: 'Verbal cooperation', color: '#8ecae6', sign: 1 },
  { key: '2', name: 'Material cooperation', color: '#219ebc', sign: 1 },
  { key: '3', name: 'Verbal conflict', color: '#f4a261', sign: -1 },
  { key: '4', name: 'Material conflict', color: '#d62828', sign: -1 },
];

/** One event as a list item: type, actors, date, evidence, links. */
export function eventItem(ev) {
  const q = QUADS[ev.cameo.quad_class - 1];
  return el('li', { class: 'event', 'data-event-id': ev.event_id },
    el('div', { class: 'event-head' },
      el('span', { class: 'badge', style: `background:${q.color}` }, ev.plover.type),
      ' ',
      el('strong', null, actorsText(ev.source)), ' → ', el('strong', null, actorsText(ev.target)),
      ' ',
      el('span', { class: 'muted' }, dateText(ev.date)),
      ev.modality !== 'ASSERTED' ? el('span', { class: 'badge modality' }, ev.modality.toLowerCase()) : null),
    evidence(ev),
    el('div', { class: 'event-links' },
      link('Explain', 'event', ev.event_id), ' · ',
      link(ev.document && ev.document.title ? ev.document.title : ev.doc_id, 'document', ev.doc_id),
      ` · CAMEO ${ev.cameo.code} (${ev.cameo.goldstein > 0 ? '+' : ''}${ev.cameo.goldstein})`));
}

/** Registry of chart instances so that resizing and tests can reach them. */
export const charts = {};
window.chancery = window.chancery || { charts };

export function makeChart(container, name, option) {
  if (charts[name]) { charts[name].dispose(); }
  const chart = window.echarts.init(container, null, { renderer: 'canvas' });
  chart.setOption(option);
  charts[name] = chart;
  return chart;
}

window.addEventListener('resize', () => {
  for (const c of Object.values(charts)) { if (c && !c.isDisposed()) c.resize(); }
});

export function stat(label, value, cls) {
  return el('div', { class: 'stat' + (cls ? ' ' + cls : '') }, el('div', { class: 'stat-label' }, label), el('div', { class: 'stat-value' }, value));
}

/** Previous/next links for a paged API answer. */
export function pager(res, hrefFor) {
  const { total, limit, offset } = res;
  const last = Math.min(total, offset + res.items.length);
  return el('nav', { class: 'pager', 'aria-label': 'Pages' },
    offset > 0 ? el('a', { href: hrefFor(Math.max(0, offset - limit)) }, '← Previous') : null,
    el('span', { class: 'muted' }, total ? ` ${offset + 1}–${last} of ${total} ` : ' none '),
    last < total ? el('a', { href: hrefFor(offset + limit) }, 'Next →') : null);
}

/** Key to the colours of an evidence sentence. */
export function evidenceLegend() {
  return el('p', { class: 'legend' }, el('mark', { class: 'source' }, 'source'), ' ', el('mark', { class: 'trigger' }, 'trigger'),
    ' ', el('mark', { class: 'target' }, 'target'));
}
