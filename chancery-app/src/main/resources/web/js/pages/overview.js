import { el, api, link, route, table, section, labelled, fmt, makeChart, QUADS, stat } from '../dom.js';

const QUAD_COLOR = {
  VERBAL_COOPERATION: QUADS[0].color,
  MATERIAL_COOPERATION: QUADS[1].color,
  VERBAL_CONFLICT: QUADS[2].color,
  MATERIAL_CONFLICT: QUADS[3].color,
};

export async function overviewPage(view) {
  const o = await api('/api/overview');
  view.append(el('h1', null, 'Overview'));
  const period = o.period.from ? `${o.period.from} – ${o.period.to}` : 'no dated events';
  view.append(el('div', { class: 'stats' },
    stat('Documents', fmt(o.documents)),
    stat('Events', fmt(o.events)),
    stat('Counted as fact', fmt(o.fact_events)),
    stat('Period covered', period, 'period')));

  const a = el('input', { type: 'text', name: 'a', placeholder: 'USA', autocomplete: 'off', required: true, pattern: '[A-Za-z]{2,12}' });
  const b = el('input', { type: 'text', name: 'b', placeholder: 'PAK', autocomplete: 'off', required: true, pattern: '[A-Za-z]{2,12}' });
  if (o.top_dyads.length) { a.value = o.top_dyads[0].a; b.value = o.top_dyads[0].b; }
  const form = el('form', { class: 'controls', 'aria-label': 'Open a dyad' },
    labelled('Actor A', a), labelled('Actor B', b), el('button', { type: 'submit' }, 'Show relation'));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    location.hash = route('dyad', a.value.trim().toUpperCase(), b.value.trim().toUpperCase());
  });

  const grid = el('div', { class: 'grid' });
  view.append(grid);
  grid.append(section('Most active dyads', form,
    o.top_dyads.length ? table(null, ['Dyad', 'Events', 'Cooperation', 'Conflict', 'Goldstein'],
      o.top_dyads.map((d) => [link(`${d.a} – ${d.b}`, 'dyad', d.a, d.b), fmt(d.events), fmt(d.cooperation), fmt(d.conflict), fmt(d.goldstein_sum, 1)]),
      { class: 'data dyads' }) : el('p', { class: 'muted' }, 'No dyads yet.')));
  grid.append(section('Most active actors',
    o.top_actors.length ? table(null, ['Actor', 'Name', 'Events', 'As source', 'As target'],
      o.top_actors.map((x) => [link(x.code, 'actor', x.code), x.name, fmt(x.events), fmt(x.as_source), fmt(x.as_target)]),
      { class: 'data actors' }) : el('p', { class: 'muted' }, 'No actors yet.')));

  const mix = o.type_mix.filter((t) => t.events > 0);
  const chartBox = el('div', { class: 'chart', id: 'type-mix-chart', role: 'img', 'aria-label': 'Events per PLOVER type' });
  grid.append(section('Event-type mix', chartBox,
    mix.length ? null : el('p', { class: 'muted' }, 'No events counted as fact yet.')));
  grid.append(section('Documents',
    o.recent_documents.length ? table(null, ['Document', 'Published', 'Events'],
      o.recent_documents.map((d) => [link(d.title || d.doc_id, 'document', d.doc_id), d.published || '–', fmt(d.events)]),
      { class: 'data documents' }) : el('p', { class: 'muted' }, 'No documents yet.'),
    el('p', null, link('All documents', 'documents'))));

  const sorted = [...mix].sort((x, y) => x.events - y.events);
  makeChart(chartBox, 'typeMix', {
    grid: { left: 90, right: 20, top: 10, bottom: 30 },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: sorted.map((t) => t.type) },
    series: [{
      type: 'bar', name: 'Events',
      data: sorted.map((t) => ({ value: t.events, itemStyle: { color: QUAD_COLOR[t.quad] } })),
    }],
  });
}

