// Sources: the article text with the cited sentence highlighted, coloured by how the source
// reports it: the speaker's own words (quoted), reported speech (the outlet's paraphrase), or
// the outlet's own narration.
import { api, query, el, fill } from './api.js';
import { state, setStatus } from './app.js';

const FORM_TEXT = {
  said: 'own words: the source quotes the speaker',
  reported: "reported speech: the source's paraphrase of what the speaker said",
  narrated: "narration: the outlet's own account, no speaker",
};

export function renderSourceList() {
  const list = document.getElementById('source-list');
  fill(list);
  const sources = state.scenario.timeline ? state.scenario.timeline.sources : [];
  for (const source of sources)
    list.append(el('li', { dataset: { source: source.id }, onclick: () => openSource(source.id) },
      el('b', {}, source.outlet), ' ', el('span', { class: 'muted' }, source.published), el('br'), source.title));
}

// Every citation of the chosen snapshot that quotes this source, for colouring them all.
function snapshotCitations(id) {
  const seen = new Map();
  for (const p of state.snapshot ? state.snapshot.positions : [])
    for (const c of p.cites) if (c.source === id && !seen.has(c.quote)) seen.set(c.quote, c);
  return [...seen.values()];
}

export async function openSource(id, cite) {
  try {
    const others = snapshotCitations(id).filter((c) => !cite || c.quote !== cite.quote);
    const [source, ...located] = await Promise.all([
      api(`/api/source?${query({ id, quote: cite ? cite.quote : '' })}`),
      ...others.map((c) => api(`/api/source?${query({ id, quote: c.quote })}`).then((s) => ({ c, span: s.span }))),
    ]);
    const article = document.getElementById('source-text');
    fill(article, el('h2', {}, source.title), el('p', { class: 'muted' },
      `${source.outlet}, ${source.published}`, source.url ? ` · ${source.url}` : ''));
    const text = new TextEncoder().encode(source.text);  // spans are byte offsets (UTF-8)
    const decode = (a, b) => new TextDecoder().decode(text.slice(a, b));
    // The chosen citation first, then the snapshot's other citations of this source that do
    // not overlap it, each coloured by its form.
    const marks = [];
    if (cite && source.found) marks.push({ span: source.span, form: cite.form, current: true, quote: cite.quote });
    for (const { c, span } of located)
      if (span && marks.every((m) => span[1] <= m.span[0] || span[0] >= m.span[1])) marks.push({ span, form: c.form, quote: c.quote,
        who: c.speaker_name || c.about || 'the outlet' });
    marks.sort((a, b) => a.span[0] - b.span[0]);
    const body = el('div', { class: 'article-body' });
    let at = 0;
    for (const m of marks) {
      body.append(decode(at, m.span[0]), el('mark', { class: `${m.form}${m.current ? ' current' : ''}`, id: m.current ? 'highlight' : null,
        title: m.current ? null : `${m.who} (${m.form})` }, decode(m.span[0], m.span[1])));
      at = m.span[1];
    }
    body.append(decode(at, text.length));
    article.append(body);
    const info = document.getElementById('citation-info');
    info.hidden = !cite;
    if (cite) {
      fill(info, ...[
        el('div', {}, el('b', {}, cite.speaker_name || (cite.about ? `about ${cite.about}` : 'the outlet'))),
        el('div', { class: `form-${cite.form}` }, el('mark', { class: cite.form }, cite.form), ' ', FORM_TEXT[cite.form]),
        el('div', { class: 'muted' }, `dated ${cite.date || source.published}; ${cite.file.split('/').slice(-2).join('/')}, line ${cite.line}`),
        source.found ? null : el('div', { class: 'field-error' }, 'the quote was not found in this source'),
        others.length ? el('div', { class: 'muted' }, `${marks.length - 1} other citation${marks.length === 2 ? '' : 's'} of this snapshot coloured in the text`) : null,
      ].filter(Boolean));
      document.getElementById('highlight')?.scrollIntoView({ block: 'center' });
    }
    for (const li of document.querySelectorAll('#source-list li')) li.style.fontWeight = li.dataset.source === id ? 700 : '';
  } catch (error) {
    setStatus(error.message, true);
  }
}
