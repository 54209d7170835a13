// Sources: the article text with the cited sentence highlighted, coloured by how the source
// reports it: the speaker's own words (quoted), reported speech (the outlet's paraphrase), or
// the outlet's own narration.
import { api, query, el } from './api.js';
import { state, setStatus } from './app.js';

const FORM_TEXT = {
  said: 'own words: the source quotes the speaker',
  reported: "reported speech: the source's paraphrase of what the speaker said",
  narrated: "narration: the outlet's own account, no speaker",
};

export function renderSourceList() {
  const list = document.getElementById('source-list');
  list.replaceChildren();
  const sources = state.scenario.timeline ? state.scenario.timeline.sources : [];
  for (const source of sources)
    list.append(el('li', { dataset: { source: source.id }, onclick: () => openSource(source.id) },
      el('b', {}, source.outlet), ' ', el('span', { class: 'muted' }, source.published), el('br'), source.title));
}

export async function openSource(id, cite) {
  try {
    const source = await api(`/api/source?${query({ id, quote: cite ? cite.quote : '' })}`);
    const article = document.getElementById('source-text');
    article.replaceChildren(el('h2', {}, source.title), el('p', { class: 'muted' },
      `${source.outlet}, ${source.published}`, source.url ? ` · ${source.url}` : ''));
    const text = new TextEncoder().encode(source.text);  // spans are byte offsets (UTF-8)
    const decode = (a, b) => new TextDecoder().decode(text.slice(a, b));
    const body = el('div', { class: 'article-body' });
    if (cite && source.found) {
      const [a, b] = source.span;
      const mark = el('mark', { class: `${cite.form} current`, id: 'highlight' }, decode(a, b));
      body.append(decode(0, a), mark, decode(b, text.length));
    } else {
      body.append(source.text);
    }
    article.append(body);
    const info = document.getElementById('citation-info');
    info.hidden = !cite;
    if (cite) {
      info.replaceChildren(
        el('div', {}, el('b', {}, cite.speaker_name || (cite.about ? `about ${cite.about}` : 'the outlet'))),
        el('div', { class: `form-${cite.form}` }, el('mark', { class: cite.form }, cite.form), ' ', FORM_TEXT[cite.form]),
        el('div', { class: 'muted' }, `dated ${cite.date || source.published}; ${cite.file}:${cite.line}`),
        source.found ? null : el('div', { class: 'field-error' }, 'the quote was not found in this source'));
      document.getElementById('highlight')?.scrollIntoView({ block: 'center' });
    }
    for (const li of document.querySelectorAll('#source-list li')) li.style.fontWeight = li.dataset.source === id ? 700 : '';
  } catch (error) {
    setStatus(error.message, true);
  }
}
