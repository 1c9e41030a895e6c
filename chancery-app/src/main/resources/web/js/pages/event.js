import { el, api, link, table, section, labelled, fmt, eventItem, evidence, dateText, pager, QUADS, evidenceLegend } from '../dom.js';

export async function eventPage(view, args, query, current) {
  const id = args[0] || '';
  const d = await api(`/api/events/${encodeURIComponent(id)}`);
  if (!current()) return;
  const ev = d.event;
  const x = d.explanation;
  const q = QUADS[ev.cameo.quad_class - 1];
  view.append(el('h1', null, el('span', { class: 'badge big', style: `background:${q.color}` }, ev.plover.type), ' ',
    ev.source.map((s) => s.code).join(', ') || '?', ' → ', ev.target.map((s) => s.code).join(', ') || '?'));
  view.append(section('Evidence', evidenceLegend(), evidence(ev),
    el('p', { class: 'muted' }, 'In ', d.document ? link(d.document.title || d.document.doc_id, 'document', d.document.doc_id) : ev.doc_id,
      `, sentence ${ev.sentence.index + 1}.`)));
  const row = (k, v) => [el('th', { scope: 'row' }, k), el('td', null, v)];
  view.append(section('Why it was coded', el('div', { class: 'table-wrap' }, el('table', { class: 'data explain' }, el('tbody', null,
    [
      ['Rule', el('code', null, x.rule)],
      ['Dependency path', el('code', null, x.dependency_path || '–')],
      ['Trigger', `“${ev.trigger.text}” at ${ev.trigger.start}–${ev.trigger.end}`],
      ['PLOVER', `${ev.plover.type}${ev.plover.mode ? ' / ' + ev.plover.mode : ''}${ev.plover.context.length ? ' · ' + ev.plover.context.join(', ') : ''}`],
      ['CAMEO', `${ev.cameo.code} ${ev.cameo.name} · Goldstein ${ev.cameo.goldstein} · QuadClass ${ev.cameo.quad_class} (${q.name.toLowerCase()})`],
      ['Date', dateText(x.date) + (x.date.text ? ` from “${x.date.text}”` : '')],
      ['Modality', x.modality.toLowerCase()],
      ['Confidence', fmt(x.confidence, 2)],
      ['Quantities', ev.quantities.length ? ev.quantities.map((qq) => `${qq.text} = ${qq.value ?? '?'} ${qq.unit}`).join('; ') : '–'],
      ['Dictionary entries', x.dictionary_entries.length ? x.dictionary_entries.join(', ') : '–'],
      ['Dictionaries', el('code', null, x.dictionaries)],
      ['Version', x.version],
      ['Event id', el('code', null, ev.event_id)],
    ].map(([k, v]) => el('tr', null, row(k, v))))))));
  view.append(section('Actors and how they were recognised', table(null, ['Role', 'Code', 'Name', 'Text', 'Basis', 'Dictionary entry'],
    x.actors.map((a) => [a.role, link(a.code, 'actor', a.code), a.name, `“${a.text}”`, a.basis.toLowerCase().replace('_', ' '), el('code', null, a.entry)]),
    { class: 'data bases' })));
  if (ev.source.length && ev.target.length) {
    view.append(el('p', null, link(`Relation ${ev.source[0].code.slice(0, 3)} – ${ev.target[0].code.slice(0, 3)} over time`,
      'dyad', ev.source[0].code.slice(0, 3), ev.target[0].code.slice(0, 3))));
  }
}

const FILTERS = ['actor', 'dyad', 'type', 'from', 'to', 'modality', 'q'];

export async function eventsPage(view, args, query, current) {
  const params = {};
  for (const f of FILTERS) if (query.get(f)) params[f] = query.get(f);
  const offset = Math.max(0, parseInt(query.get('offset') || '0', 10) || 0);
  view.append(el('h1', null, 'Events'));
  const inputs = {
    actor: el('input', { type: 'text', value: params.actor || '', placeholder: 'PAK' }),
    dyad: el('input', { type: 'text', value: params.dyad || '', placeholder: 'USA:PAK' }),
    type: el('input', { type: 'text', value: params.type || '', placeholder: 'AID,SANCTION' }),
    from: el('input', { type: 'date', value: params.from || '' }),
    to: el('input', { type: 'date', value: params.to || '' }),
    modality: el('select', null, ['', 'facts', 'all', 'ASSERTED', 'NEGATED', 'HYPOTHETICAL', 'RECOMMENDED', 'PLANNED', 'REPORTED', 'HABITUAL']
      .map((m) => el('option', { value: m, selected: (params.modality || '') === m }, m || 'any'))),
    q: el('input', { type: 'search', value: params.q || '', placeholder: 'embargo' }),
  };
  const labels = { actor: 'Actor', dyad: 'Dyad (A:B)', type: 'Types', from: 'From', to: 'To', modality: 'Modality', q: 'Text in sentence' };
  const form = el('form', { class: 'controls', 'aria-label': 'Event filters' },
    FILTERS.map((f) => labelled(labels[f], inputs[f])), el('button', { type: 'submit' }, 'Search'));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const q = new URLSearchParams();
    for (const f of FILTERS) if (inputs[f].value.trim()) q.set(f, inputs[f].value.trim());
    location.hash = '#/events' + (q.toString() ? '?' + q : '');
  });
  view.append(form);
  const res = await api('/api/events', { ...params, limit: 50, offset });
  if (!current()) return;
  const base = new URLSearchParams(params);
  view.append(section(`${fmt(res.total)} events`, evidenceLegend(), el('ul', { class: 'events' }, res.items.map(eventItem)),
    pager(res, (o) => { const p = new URLSearchParams(base); p.set('offset', o); return '#/events?' + p; })));
}
