// Hash router of the chancery UI: #/, #/dyad/A/B, #/network, #/actor/CODE, #/document/ID, #/event/ID.
import { el, charts } from './dom.js';
import { overviewPage } from './pages/overview.js';
import { dyadPage } from './pages/dyad.js';
import { networkPage } from './pages/network.js';
import { actorPage } from './pages/actor.js';
import { documentPage, documentsPage } from './pages/document.js';
import { eventPage, eventsPage } from './pages/event.js';
import { ingestPage } from './pages/ingest.js';

const pages = {
  '': overviewPage,
  dyad: dyadPage,
  network: networkPage,
  actor: actorPage,
  document: documentPage,
  documents: documentsPage,
  event: eventPage,
  events: eventsPage,
  ingest: ingestPage,
};

function parseHash() {
  const raw = location.hash.replace(/^#\/?/, '');
  const [pathPart, queryPart] = raw.split('?');
  const parts = pathPart.split('/').filter((p) => p.length).map((p) => decodeURIComponent(p));
  return { name: parts[0] || '', args: parts.slice(1), query: new URLSearchParams(queryPart || '') };
}

let generation = 0;

async function render() {
  const mine = ++generation;
  const { name, args, query } = parseHash();
  const main = document.getElementById('app');
  for (const [k, c] of Object.entries(charts)) { if (c && !c.isDisposed()) c.dispose(); delete charts[k]; }
  if (window.chancery.network) { window.chancery.network.destroy(); window.chancery.network = null; }
  const page = pages[name];
  const view = el('div', { class: 'page' });
  main.replaceChildren(view);
  document.body.dataset.page = name || 'overview';
  document.body.dataset.ready = 'false';
  if (!page) {
    view.append(el('h1', null, 'Not found'), el('p', null, `There is no page called "${name}".`));
    document.body.dataset.rendered = location.hash;
    document.body.dataset.ready = 'true';
    return;
  }
  try {
    await page(view, args, query, () => mine === generation);
  } catch (e) {
    if (mine !== generation) return;
    view.append(el('div', { class: 'error', role: 'alert' }, e.message));
  }
  if (mine === generation) {
    document.body.dataset.rendered = location.hash || '#/';
    document.body.dataset.ready = 'true';
  }
  for (const a of document.querySelectorAll('header nav a')) {
    const target = a.getAttribute('href').replace(/^#\/?/, '');
    a.toggleAttribute('aria-current', target === name && a.getAttribute('href').startsWith('#'));
  }
}

function start() {
  window.addEventListener('hashchange', render);
  render();
  fetch('/api/status').then((r) => r.json()).then((s) => {
    document.getElementById('nav-ingest').hidden = !s.ingest_allowed;
  }).catch(() => {});
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start); else start();
