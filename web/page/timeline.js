// Timeline: the snapshots on a date axis, and the chosen snapshot's positions side by side
// (issue by party), each with its citations; carried-forward positions say where they were stated.
import { el, fill } from './api.js';
import { state, selectSnapshot, citationLink } from './app.js';
import { timelineAxis } from './charts.js';

export function renderTimeline() {
  const s = state.scenario;
  const axis = document.getElementById('timeline-axis');
  const head = document.getElementById('snapshot-head');
  const table = document.getElementById('positions');
  fill(axis);
  fill(head);
  fill(table);
  if (!s.timeline || !state.snapshot) return;
  axis.append(timelineAxis(s.timeline, state.at, (id) => selectSnapshot(id)));
  const snap = state.snapshot;
  head.append(el('h2', {}, `${snap.date} · ${snap.title}`),
              el('p', { class: 'muted' }, `evidence window ${snap.window[0]} to ${snap.window[1]}`),
              el('p', {}, snap.summary));

  const rows = snap.side_by_side;
  const header = el('tr', {}, el('th', {}, 'issue'), rows.map((r) => el('th', {}, r.name)));
  const body = s.issues.map((issue) => el('tr', { dataset: { issue: issue.name } },
    el('th', {}, issue.name.replaceAll('_', ' ')),
    rows.map((row) => {
      const p = row.issues[issue.name];
      if (!p) return el('td', { class: 'muted' }, '—');
      let n = 0;
      return el('td', { dataset: { actor: row.actor } },
        el('span', { class: 'option' }, p.options.join(' or ')),
        el('span', { class: `stance ${p.stance}` }, p.stance),
        p.stated_in !== snap.id ? el('div', { class: 'carried' }, `stated in ${p.stated_in}`) : null,
        el('div', {}, p.summary, p.cites.map((c) => citationLink(c, `[${++n}]`))),
        p.because ? el('div', { class: 'carried' }, `inferred because: ${p.because}`) : null);
    })));
  table.append(el('table', { id: 'positions-table' }, el('thead', {}, header), el('tbody', {}, body)));

  const topics = snap.positions.filter((p) => p.topic);
  if (topics.length) {
    let n = 0;
    table.append(el('h3', {}, 'Other statements in this snapshot'),
      el('ul', {}, topics.map((p) => el('li', {}, el('b', {}, `${p.actor_name} (${p.topic}): `), p.summary,
        p.cites.map((c) => citationLink(c, `[${++n}]`))))));
  }
}
