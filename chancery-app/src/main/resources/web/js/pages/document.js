import { el, api, link, route, table, section, fmt, markedText, eventItem, pager } from '../dom.js';

export async function documentsPage(view, args, query, current) {
  const offset = Math.max(0, parseInt(query.get('offset') || '0', 10) || 0);
  const res = await api('/api/documents', { limit: 50, offset });
  if (!current()) return;
  view.append(el('h1', null, 'Documents'));
  view.append(section(`${fmt(res.total)} documents`,
    table(null, ['Document', 'Source', 'Published', 'Sentences', 'Mentions', 'Events'],
      res.items.map((d) => [link(d.title || d.doc_id, 'document', d.doc_id), d.source || '–', d.published || '–',
        fmt(d.sentences), fmt(d.mentions), fmt(d.events)]), { class: 'data documents' }),
    pager(res, (o) => `#/documents?offset=${o}`)));
}

export async function documentPage(view, args, query, current) {
  const id = args[0] || '';
  const d = await api(`/api/documents/${encodeURIComponent(id)}`);
  if (!current()) return;
  const doc = d.document;
  view.append(el('h1', null, doc.title || doc.doc_id));
  const safeUrl = typeof doc.url === 'string' && /^https?:\/\//i.test(doc.url) ? doc.url : null;
  view.append(el('dl', { class: 'meta' },
    el('dt', null, 'Id'), el('dd', null, doc.doc_id),
    el('dt', null, 'Published'), el('dd', null, doc.published ? `${doc.published} (${(doc.published_basis || '').toLowerCase()})` : 'unknown'),
    doc.source ? [el('dt', null, 'Source'), el('dd', null, doc.source)] : null,
    doc.author ? [el('dt', null, 'Author'), el('dd', null, doc.author)] : null,
    doc.url ? [el('dt', null, 'URL'), el('dd', null, safeUrl ? el('a', { href: safeUrl, rel: 'noopener noreferrer', target: '_blank' }, doc.url) : doc.url)] : null,
    el('dt', null, 'Counts'), el('dd', null, `${fmt(doc.sentences)} sentences · ${fmt(d.mentions.length)} mentions · ${fmt(d.events.length)} events`)));

  const spans = [
    ...d.mentions.map((m) => ({ start: m.start, end: m.end, cls: m.locative ? 'mention locative' : 'mention',
      title: `${m.code} ${m.name} (${m.basis.toLowerCase()}${m.locative ? ', place' : ''})` })),
    ...d.events.map((ev) => ({ start: ev.trigger.start, end: ev.trigger.end, cls: 'trigger',
      title: `${ev.plover.type}: ${ev.source.map((x) => x.code).join(',') || '?'} → ${ev.target.map((x) => x.code).join(',') || '?'}`,
      href: route('event', ev.event_id) })),
  ];
  view.append(section('Text',
    el('p', { class: 'legend' }, el('mark', { class: 'mention' }, 'actor mention'), ' ', el('mark', { class: 'mention locative' }, 'place'),
      ' ', el('mark', { class: 'trigger' }, 'event trigger (click to explain)')),
    el('div', { class: 'doc-text', id: 'doc-text' }, markedText(doc.text, 0, spans))));
  const events = d.events.map((ev) => ({ ...ev, document: { doc_id: doc.doc_id, title: doc.title, published: doc.published } }));
  view.append(section('Events', events.length ? el('ul', { class: 'events' }, events.map(eventItem)) : el('p', { class: 'muted' }, 'No events coded in this document.')));
}
