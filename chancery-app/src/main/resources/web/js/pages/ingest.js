import { el, link, section, labelled, fmt } from '../dom.js';

/** Add a document: paste text or upload a file (only when the server was started with --allow-ingest). */
export async function ingestPage(view, args, query, current) {
  view.append(el('h1', null, 'Add a document'));
  const status = await (await fetch('/api/status')).json();
  if (!current()) return;
  if (!status.ingest_allowed) {
    view.append(el('div', { class: 'error', role: 'alert' },
      'This server is read-only. Start it with chancery serve --allow-ingest to add documents here.'));
    return;
  }
  const name = el('input', { type: 'text', name: 'name', placeholder: 'statement-2018-03.txt', maxlength: '200' });
  const text = el('textarea', { name: 'text', rows: '10', placeholder: 'Paste the article text here' });
  const file = el('input', { type: 'file', name: 'file', accept: '.txt,.md,.html,.htm,.jsonl' });
  const result = el('div', { id: 'ingest-result', 'aria-live': 'polite' });
  const button = el('button', { type: 'submit' }, 'Add');
  const form = el('form', { class: 'ingest', 'aria-label': 'Add a document' },
    labelled('Name (becomes the document id)', name), labelled('Text', text),
    el('p', { class: 'muted' }, 'or'), labelled('File (.txt, .md, .html, .jsonl)', file),
    el('p', { class: 'muted' }, `At most ${fmt(status.max_upload_bytes / 1024)} KiB. Coding runs the full pipeline and can take a while.`),
    button);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    button.disabled = true;
    result.replaceChildren(el('p', { class: 'muted' }, 'Reading and coding…'));
    try {
      let res;
      if (file.files.length) {
        const body = new FormData();
        body.append('file', file.files[0]);
        res = await fetch('/api/ingest', { method: 'POST', body });
      } else {
        res = await fetch('/api/ingest', { method: 'POST', headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ name: name.value.trim(), text: text.value }) });
      }
      const body = await res.json();
      if (!current()) return;
      if (body.error) {
        result.replaceChildren(el('div', { class: 'error', role: 'alert' },
          `${body.error.message}${body.error.parameter ? ` (parameter ${body.error.parameter})` : ''}`));
        return;
      }
      result.replaceChildren(section('Result',
        el('p', { class: 'ingest-summary' }, `${body.ingested} stored, ${body.duplicates} already present, ${body.events} events.`),
        body.doc_ids.length ? el('ul', null, body.doc_ids.map((id) => el('li', null, link(id, 'document', id)))) : null,
        body.skipped.length ? el('ul', { class: 'skipped' }, body.skipped.map((s) => el('li', null, s.message))) : null));
    } catch (err) {
      result.replaceChildren(el('div', { class: 'error', role: 'alert' }, String(err.message || err)));
    } finally {
      button.disabled = false;
    }
  });
  view.append(section('Paste or upload', form), result);
}
