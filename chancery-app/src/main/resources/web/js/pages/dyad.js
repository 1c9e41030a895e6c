import { el, api, route, link, table, section, labelled, fmt, makeChart, eventItem, QUADS, stat, evidenceLegend } from '../dom.js';

const PERIODS = ['month', 'quarter', 'year'];

export async function dyadPage(view, args, query, current) {
  const [a, b] = args.map((x) => x.toUpperCase());
  if (!a || !b) throw new Error('A dyad page needs two actor codes: #/dyad/USA/PAK');
  const period = PERIODS.includes(query.get('period')) ? query.get('period') : 'month';
  const axis = query.get('axis') === 'publication' ? 'publication' : 'event';
  const directed = query.get('directed') === 'true';
  const modality = query.get('modality') === 'all' ? 'all' : 'facts';

  view.append(el('h1', null, `${a} – ${b}`, el('span', { class: 'subtitle' }, ' cooperation and conflict over time')));
  view.append(el('p', { class: 'muted' }, link(`Actor ${a}`, 'actor', a), ' · ', link(`Actor ${b}`, 'actor', b),
    ' · ', el('a', { href: `#/events?dyad=${encodeURIComponent(a + ':' + b)}` }, 'All events of this dyad')));

  const inA = el('input', { type: 'text', value: a, required: true, pattern: '[A-Za-z]{2,12}' });
  const inB = el('input', { type: 'text', value: b, required: true, pattern: '[A-Za-z]{2,12}' });
  const selPeriod = el('select', null, PERIODS.map((p) => el('option', { value: p, selected: p === period }, p)));
  const selAxis = el('select', null,
    el('option', { value: 'event', selected: axis === 'event' }, 'when it happened'),
    el('option', { value: 'publication', selected: axis === 'publication' }, 'when it was published'));
  const selMod = el('select', null,
    el('option', { value: 'facts', selected: modality === 'facts' }, 'asserted kinds'),
    el('option', { value: 'all', selected: modality === 'all' }, 'all, incl. negated and planned'));
  const chkDirected = el('input', { type: 'checkbox', checked: directed });
  const form = el('form', { class: 'controls', 'aria-label': 'Dyad settings' },
    labelled('Actor A', inA), labelled('Actor B', inB), labelled('Period', selPeriod), labelled('Date axis', selAxis),
    labelled('Events', selMod), el('div', { class: 'field check' }, labelled('Only A → B', chkDirected)),
    el('button', { type: 'submit' }, 'Apply'));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const q = new URLSearchParams({ period: selPeriod.value, axis: selAxis.value, modality: selMod.value });
    if (chkDirected.checked) q.set('directed', 'true');
    location.hash = route('dyad', inA.value.trim().toUpperCase(), inB.value.trim().toUpperCase()) + '?' + q;
  });
  view.append(form);

  const s = await api(`/api/dyads/${encodeURIComponent(a)}/${encodeURIComponent(b)}/series`,
    { period, axis, directed: directed ? 'true' : null, modality: modality === 'all' ? 'all' : null });
  if (!current()) return;

  view.append(el('div', { class: 'stats' },
    stat('Events', fmt(s.events)), stat('Goldstein sum', fmt(s.goldstein_sum, 1)), stat('Goldstein mean', fmt(s.goldstein_mean, 2)),
    stat('Periods with events', fmt(s.points.filter((p) => p.events > 0).length))));
  if (s.undated_events > 0) {
    view.append(el('p', { class: 'muted', id: 'undated-note' }, `${fmt(s.undated_events)} more events of this dyad have no date on this axis `
      + '(for instance from an article without a publication date) and are not in the chart: ',
      el('a', { href: `#/events?dyad=${encodeURIComponent(a + ':' + b)}` }, 'list them'), '.'));
  }

  const chartBox = el('div', { class: 'chart tall', id: 'dyad-chart', role: 'img',
    'aria-label': `Events between ${a} and ${b} per ${period}, stacked by quad class, with the mean Goldstein value` });
  const evidenceBox = el('div', { id: 'evidence' },
    el('p', { class: 'muted' }, 'Click a bar (or a period in the table) to list its events with their sentences.'));
  view.append(section('Relation over time', chartBox,
    el('p', { class: 'legend-note muted' }, 'Cooperation stacks above zero, conflict below; the line is the mean Goldstein value (right axis).')));
  view.append(section('Evidence', evidenceBox));

  if (!s.points.length) {
    chartBox.replaceChildren(el('p', { class: 'muted' }, `No events between ${a} and ${b} with these settings.`));
    return;
  }
  const periods = s.points.map((p) => p.period);
  // symmetric left axis so that its zero lines up with the Goldstein axis (-10..10)
  const coop = (p) => (p.by_quad_class['1'] || 0) + (p.by_quad_class['2'] || 0);
  const confl = (p) => (p.by_quad_class['3'] || 0) + (p.by_quad_class['4'] || 0);
  const extent = Math.max(1, ...s.points.map((p) => Math.max(coop(p), confl(p))));
  const chart = makeChart(chartBox, 'dyad', {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0, type: 'scroll' },
    grid: { left: 48, right: 52, top: 70, bottom: 40 },
    xAxis: { type: 'category', data: periods },
    yAxis: [{ type: 'value', name: 'events', minInterval: 1, min: -extent, max: extent, axisLabel: { formatter: (v) => String(Math.abs(v)) } },
      { type: 'value', name: 'Goldstein', min: -10, max: 10, splitLine: { show: false } }],
    series: [
      ...QUADS.map((q) => ({
        name: q.name, type: 'bar', stack: 'quad', itemStyle: { color: q.color }, emphasis: { focus: 'series' },
        tooltip: { valueFormatter: (v) => String(Math.abs(v)) },
        data: s.points.map((p) => q.sign * (p.by_quad_class[q.key] || 0)),
      })),
      { name: 'Goldstein mean', type: 'line', yAxisIndex: 1, symbolSize: 7, itemStyle: { color: '#333' },
        connectNulls: true, data: s.points.map((p) => (p.events ? Number(p.goldstein_mean.toFixed(2)) : null)) },
    ],
  });
  const show = (i) => showPeriod(evidenceBox, s, s.points[i], a, b, axis, directed, modality, current);
  chart.getZr().on('click', (ev) => {
    const pt = [ev.offsetX, ev.offsetY];
    if (!chart.containPixel('grid', pt)) return;
    const value = chart.convertFromPixel({ gridIndex: 0 }, pt);
    const i = Math.round(Array.isArray(value) ? value[0] : value);
    if (i >= 0 && i < s.points.length) show(i);
  });

  view.append(section('Periods', table(null, ['Period', 'Events', 'Cooperation', 'Conflict', 'Goldstein mean', 'Types', ''],
    s.points.map((p, i) => [p, i]).filter(([p]) => p.events > 0).map(([p, i]) => [p.period, fmt(p.events),
      fmt((p.by_quad_class['1'] || 0) + (p.by_quad_class['2'] || 0)), fmt((p.by_quad_class['3'] || 0) + (p.by_quad_class['4'] || 0)),
      fmt(p.goldstein_mean, 2), Object.entries(p.by_type).map(([t, n]) => `${t} ${n}`).join(', '),
      el('button', { type: 'button', class: 'small', onclick: () => show(i) }, 'Show events')]), { class: 'data periods' })));
}

async function showPeriod(box, series, point, a, b, axis, directed, modality, current) {
  box.replaceChildren(el('p', { class: 'muted' }, `Loading events of ${point.period}…`));
  const params = { dyad: `${a}:${b}`, directed: directed ? 'true' : null, modality: modality === 'all' ? 'all' : 'facts', limit: 1000 };
  if (axis === 'event') { params.from = point.period_start; params.to = point.period_end; }
  const res = await api('/api/events', params);
  if (!current()) return;
  const inPeriod = (ev) => {
    const day = axis === 'event' ? (ev.date.start || ev.date.end) : (ev.document && ev.document.published);
    return day && day >= point.period_start && day <= point.period_end;
  };
  const events = res.items.filter(inPeriod);
  const more = res.total > res.items.length
    ? el('p', { class: 'muted' }, `Showing the first ${res.items.length} of ${res.total} matching events; `,
      el('a', { href: `#/events?${new URLSearchParams({ dyad: `${a}:${b}`, from: point.period_start, to: point.period_end })}` }, 'page through all'), '.')
    : null;
  box.replaceChildren(
    el('h3', null, `${point.period}: ${events.length} event${events.length === 1 ? '' : 's'}`),
    more,
    evidenceLegend(),
    el('ul', { class: 'events', id: 'evidence-list' }, events.map(eventItem)));
  box.scrollIntoView({ behavior: 'smooth', block: 'start' });
}

