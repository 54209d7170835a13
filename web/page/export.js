// Export: the current view as CSV (positions with citations, the ZOPA table), JSON (the
// analysis as `parley analyze --json` prints it), SVG of each chart, and a print layout.
import { el, download, fill } from './api.js';
import { state } from './app.js';

// RFC 4180: quote every field, double the quotes inside.
const csv = (rows) => rows.map((r) => r.map((v) => `"${String(v ?? '').replaceAll('"', '""')}"`).join(',')).join('\r\n') + '\r\n';

function positionsCsv() {
  const rows = [['snapshot', 'actor', 'issue_or_topic', 'options', 'stance', 'summary', 'stated_in', 'source', 'speaker', 'form', 'date', 'quote']];
  for (const row of state.snapshot.side_by_side)
    for (const [issue, p] of Object.entries(row.issues))
      for (const c of p.cites.length ? p.cites : [{}])
        rows.push([state.at, row.name, issue, p.options.join(' | '), p.stance, p.summary, p.stated_in, c.source, c.speaker_name || c.about, c.form, c.date, c.quote]);
  return csv(rows);
}

function zopaCsv() {
  const a = state.analysis, sweep = a.sensitivity[0];
  const rows = [['what_if', a.what_if.command], ['zopa_nonempty', a.zopa.nonempty], ['rational_outcomes', a.zopa.outcomes], ['margin', sweep.margin], [],
                ['party', 'reservation', 'threshold', 'change']];
  for (const t of sweep.reservation_thresholds) rows.push([t.party, t.reservation, t.threshold, t.change]);
  rows.push([], ['issue', 'margin_if_neutral', 'blocks']);
  for (const i of sweep.issues) rows.push([i.issue, i.margin_if_neutral, i.blocks]);
  return csv(rows);
}

function chartSvg(id) {
  const node = document.querySelector(`#${id} svg`);
  return node ? '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(node) : null;
}

export function renderExport() {
  const name = () => (state.at || 'scenario');
  const item = (id, label, make, file, type, note) => el('div', { class: 'card' },
    el('button', { id, onclick: () => { const text = make(); if (text) download(file(), text, type); } }, label),
    el('span', { class: 'muted' }, ' ', note));
  const timeline = !!state.scenario.timeline;
  fill(document.getElementById('export-body'),
    el('h2', {}, 'Export the current view'),
    timeline ? item('export-positions', 'Positions with citations (CSV)', positionsCsv, () => `positions-${name()}.csv`, 'text/csv', 'one row per citation') : null,
    item('export-zopa', 'ZOPA table (CSV)', zopaCsv, () => `zopa-${name()}.csv`, 'text/csv', 'margin, walk-away thresholds, issues set aside'),
    item('export-json', 'Analysis (JSON)', () => JSON.stringify(state.analysis, null, 2), () => `analysis-${name()}.json`, 'application/json',
         'the schema of parley analyze --json, with the what-if'),
    item('export-plot', 'Utility plot (SVG)', () => chartSvg('space-plot'), () => `space-${name()}.svg`, 'image/svg+xml', 'the Agreement space chart'),
    timeline ? item('export-timeline', 'Timeline (SVG)', () => chartSvg('timeline-axis'), () => 'timeline.svg', 'image/svg+xml', '') : null,
    item('export-simulation', 'Simulation plot (SVG)', () => chartSvg('simulate-plot'), () => `simulation-${name()}.svg`, 'image/svg+xml', 'after a run'),
    el('div', { class: 'card' }, el('button', { id: 'export-print', onclick: () => window.print() }, 'Print'),
       el('span', { class: 'muted' }, ' every panel on its own page')));
}
