import { el, api, link, table, section, labelled, fmt, makeChart, eventItem, stat } from '../dom.js';

export async function actorPage(view, args, query, current) {
  const code = (args[0] || '').toUpperCase();
  const period = ['month', 'quarter', 'year'].includes(query.get('period')) ? query.get('period') : 'month';
  const d = await api(`/api/actors/${encodeURIComponent(code)}`, { period });
  if (!current()) return;
  const a = d.actor;
  view.append(el('h1', null, a.name ? `${a.name} ` : '', el('span', { class: 'code' }, a.code)));
  if (a.codes.length > 1) view.append(el('p', { class: 'muted' }, 'Includes ', a.codes.join(', ')));
  view.append(el('div', { class: 'stats' }, stat('Events', fmt(a.events)), stat('Counted as fact', fmt(a.fact_events)),
    stat('As source', fmt(a.as_source)), stat('As target', fmt(a.as_target)), stat('Mentions', fmt(a.mentions))));
  const sel = el('select', null, ['month', 'quarter', 'year'].map((p) => el('option', { value: p, selected: p === period }, p)));
  sel.addEventListener('change', () => { location.hash = `#/actor/${encodeURIComponent(code)}?period=${sel.value}`; });
  const chartBox = el('div', { class: 'chart', id: 'actor-chart', role: 'img', 'aria-label': `Activity of ${a.code} per ${period}` });
  view.append(section('Activity over time', el('div', { class: 'controls' }, labelled('Period', sel)), chartBox,
    d.undated_events ? el('p', { class: 'muted' }, `${d.undated_events} undated events are not shown.`) : null));
  view.append(section('Counterparts', d.counterparts.length ? table(null, ['Counterpart', 'Name', 'Events', 'Cooperation', 'Conflict', 'Goldstein', 'Relation'],
    d.counterparts.map((c) => [link(c.code, 'actor', c.code), c.name || '', fmt(c.events), fmt(c.cooperation), fmt(c.conflict),
      fmt(c.goldstein_sum, 1), link(`${a.code} – ${c.code}`, 'dyad', a.code, c.code)]), { class: 'data counterparts' })
    : el('p', { class: 'muted' }, 'No counterparts.')));
  const evBox = el('ul', { class: 'events' });
  view.append(section('Events (first 20, oldest first)', evBox,
    el('p', null, el('a', { href: `#/events?actor=${encodeURIComponent(a.code)}` }, `All events of ${a.code}`))));
  if (d.activity.length) {
    makeChart(chartBox, 'actor', {
      tooltip: { trigger: 'axis' }, legend: { top: 0 },
      grid: { left: 40, right: 20, top: 36, bottom: 30 },
      xAxis: { type: 'category', data: d.activity.map((p) => p.period) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { name: 'Cooperation', type: 'bar', stack: 'x', itemStyle: { color: '#219ebc' }, data: d.activity.map((p) => p.cooperation) },
        { name: 'Conflict', type: 'bar', stack: 'x', itemStyle: { color: '#d62828' }, data: d.activity.map((p) => p.conflict) },
      ],
    });
  } else {
    chartBox.replaceChildren(el('p', { class: 'muted' }, 'No dated events.'));
  }
  const ev = await api('/api/events', { actor: a.code, limit: 20 });
  if (!current()) return;
  evBox.append(...ev.items.map(eventItem));
  if (!ev.items.length) evBox.append(el('li', { class: 'muted' }, 'No events.'));
}
