import { el, api, route, link, table, section, labelled, fmt } from '../dom.js';

const TYPES = ['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST', 'ACCUSE', 'REJECT',
  'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT', 'STATEMENT'];

export function edgeColor(net) {
  if (net > 0) return '#2a9d8f';
  if (net < 0) return '#d62828';
  return '#8d99ae';
}

export async function networkPage(view, args, query, current) {
  const from = query.get('from') || '';
  const to = query.get('to') || '';
  const level = query.get('level') === 'full' ? 'full' : 'country';
  const type = TYPES.includes(query.get('type')) ? query.get('type') : '';
  const min = /^[1-9][0-9]*$/.test(query.get('min') || '') ? query.get('min') : '1';

  view.append(el('h1', null, 'Network', el('span', { class: 'subtitle' }, ' who acts with whom')));
  const inFrom = el('input', { type: 'date', value: from });
  const inTo = el('input', { type: 'date', value: to });
  const selLevel = el('select', null,
    el('option', { value: 'country', selected: level === 'country' }, 'countries'),
    el('option', { value: 'full', selected: level === 'full' }, 'actors as coded'));
  const selType = el('select', null, el('option', { value: '' }, 'all types'),
    TYPES.map((t) => el('option', { value: t, selected: t === type }, t)));
  const inMin = el('input', { type: 'number', min: '1', step: '1', value: min });
  const form = el('form', { class: 'controls', 'aria-label': 'Network settings' },
    labelled('From', inFrom), labelled('To', inTo), labelled('Level', selLevel), labelled('Event type', selType),
    labelled('At least (events)', inMin), el('button', { type: 'submit' }, 'Apply'));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const q = new URLSearchParams();
    if (inFrom.value) q.set('from', inFrom.value);
    if (inTo.value) q.set('to', inTo.value);
    if (selLevel.value !== 'country') q.set('level', selLevel.value);
    if (selType.value) q.set('type', selType.value);
    if (inMin.value && inMin.value !== '1') q.set('min', inMin.value);
    location.hash = '#/network' + (q.toString() ? '?' + q : '');
  });
  view.append(form);

  const n = await api('/api/network', { from, to, level, type, min });
  if (!current()) return;
  const box = el('div', { class: 'network', id: 'network-graph', role: 'img',
    'aria-label': `Network of ${n.nodes.length} actors and ${n.edges.length} relations` });
  view.append(section('Actors and relations', box,
    el('p', { class: 'legend' },
      el('span', { class: 'swatch', style: 'background:#2a9d8f' }), ' more cooperation ',
      el('span', { class: 'swatch', style: 'background:#d62828' }), ' more conflict ',
      el('span', { class: 'swatch', style: 'background:#8d99ae' }), ' balanced · node size: events · click a node or an edge')));
  if (!n.nodes.length) {
    box.replaceChildren(el('p', { class: 'muted' }, 'No relations in this period.'));
  } else {
    const maxEvents = Math.max(...n.nodes.map((x) => x.events), 1);
    const maxEdge = Math.max(...n.edges.map((x) => x.events), 1);
    const cy = window.cytoscape({
      container: box,
      elements: [
        ...n.nodes.map((x) => ({ data: { id: x.code, label: x.code, name: x.name || x.code, events: x.events,
          size: 26 + 54 * Math.sqrt(x.events / maxEvents) } })),
        ...n.edges.map((e) => ({ data: { id: `${e.a}--${e.b}`, source: e.a, target: e.b, events: e.events, net: e.net,
          color: edgeColor(e.net), width: 1.5 + 8 * (e.events / maxEdge) } })),
      ],
      style: [
        { selector: 'node', style: { label: 'data(label)', width: 'data(size)', height: 'data(size)', 'background-color': '#264653',
          color: '#fff', 'text-valign': 'center', 'text-halign': 'center', 'font-size': 11, 'text-outline-color': '#264653', 'text-outline-width': 1 } },
        { selector: 'edge', style: { width: 'data(width)', 'line-color': 'data(color)', 'curve-style': 'bezier', opacity: 0.85 } },
        { selector: ':selected', style: { 'overlay-opacity': 0.15 } },
      ],
      layout: { name: n.nodes.length > 2 ? 'cose' : 'circle', animate: false, randomize: false, padding: 30, nodeRepulsion: () => 9000 },
      wheelSensitivity: 0.3,
    });
    cy.on('tap', 'node', (e) => { location.hash = route('actor', e.target.id()); });
    cy.on('tap', 'edge', (e) => { location.hash = route('dyad', e.target.data('source'), e.target.data('target')); });
    window.chancery.network = cy;
  }
  const names = Object.fromEntries(n.nodes.map((x) => [x.code, x.name]));
  view.append(section('Relations', n.edges.length ? table(null, ['Dyad', 'Events', 'Cooperation', 'Conflict', 'Net', 'Goldstein'],
    [...n.edges].sort((x, y) => y.events - x.events).map((e) => [
      link(`${e.a} – ${e.b}`, 'dyad', e.a, e.b), fmt(e.events), fmt(e.cooperation), fmt(e.conflict),
      el('span', { style: `color:${edgeColor(e.net)}` }, (e.net > 0 ? '+' : '') + e.net), fmt(e.goldstein_sum, 1)]),
    { class: 'data edges' }) : el('p', { class: 'muted' }, 'No relations.'),
    n.nodes.length ? el('p', { class: 'muted' }, `${n.nodes.length} actors: `, n.nodes.map((x, i) => [i ? ', ' : '', link(x.code, 'actor', x.code),
      names[x.code] && names[x.code] !== x.code ? ` (${names[x.code]})` : ''])) : null));
}
