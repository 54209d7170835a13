// The workbench page: one scenario, its snapshots, and the panels. Every number shown comes
// from the server's JSON API, which is the CLI's library (docs/cli/serve.md).
import { api, query, el, fmt } from './api.js';
import { renderTimeline } from './timeline.js';
import { openSource, renderSourceList } from './sources.js';
import { renderSpace } from './space.js';
import { renderWhatIf } from './whatif.js';
import { renderSimulate } from './simulate.js';
import { renderEdit } from './edit.js';
import { renderExport } from './export.js';

export const state = {
  scenario: null,   // /api/scenario
  at: '',           // the snapshot id ('' = the scenario itself)
  snapshot: null,   // /api/snapshot
  preferences: null,
  pair: { x: '', y: '' },
  shocks: {},       // key -> shock spec, the current what-if (set-asides and red-line concessions included)
  analysis: null,   // /api/analyze of the current what-if
  pairData: null,   // /api/pair of the current what-if
  simulation: null, // /api/negotiate
  latencyMs: null,
};

export function setStatus(text, isError = false) {
  const node = document.getElementById('status');
  node.textContent = text;
  node.classList.toggle('error', isError);
}

export function showPanel(name) {
  for (const button of document.querySelectorAll('#tabs button'))
    button.setAttribute('aria-selected', String(button.dataset.panel === name));
  for (const panel of document.querySelectorAll('.panel')) panel.hidden = panel.id !== `panel-${name}`;
}

export const whatIfRequest = () => ({ at: state.at, shocks: Object.values(state.shocks) });

// Recomputes the analysis and the pair's plot for the current snapshot and what-if.
let pending = 0;
export async function recompute() {
  const ticket = ++pending;
  const started = performance.now();
  try {
    const [analysis, pairData] = await Promise.all([
      api('/api/analyze', whatIfRequest()),
      api('/api/pair', { ...whatIfRequest(), x: state.pair.x, y: state.pair.y }),
    ]);
    if (ticket !== pending) return;  // a later change already asked again
    state.analysis = analysis;
    state.pairData = pairData;
    state.latencyMs = performance.now() - started;
    setStatus(`recomputed in ${state.latencyMs.toFixed(0)} ms`);
    renderSpace();
    renderWhatIf();
    renderSimulate();
  } catch (error) {
    if (ticket === pending) setStatus(error.message, true);
  }
}

let selection = 0;
export async function selectSnapshot(id) {
  const mine = ++selection;  // answers for an earlier choice are dropped
  state.at = id;
  state.shocks = {};
  state.simulation = null;
  const select = document.getElementById('snapshot-select');
  if (select.value !== id) select.value = id;
  const [snapshot, preferences] = await Promise.all([
    state.scenario.timeline ? api(`/api/snapshot?${query({ at: id })}`) : Promise.resolve(null),
    api(`/api/preferences?${query({ at: id })}`),
  ]);
  if (mine !== selection) return;
  state.snapshot = snapshot;
  state.preferences = preferences;
  const names = preferences.parties.map((p) => p.name);
  if (!names.includes(state.pair.x)) state.pair.x = names[0];
  if (!names.includes(state.pair.y) || state.pair.y === state.pair.x) state.pair.y = names.find((n) => n !== state.pair.x);
  renderTimeline();
  renderEdit();
  await recompute();
}

export function citationLink(cite, label) {
  return el('a', { class: 'cite', href: '#', title: `${cite.speaker_name || cite.about || cite.outlet}: “${cite.quote}”`,
                   dataset: { source: cite.source, quote: cite.quote },
                   onclick: (event) => { event.preventDefault(); showPanel('sources'); openSource(cite.source, cite); } }, label);
}

async function start() {
  // The token came in the URL of the first load; the cookie carries it from now on, so the
  // address bar (and the history) need not show it.
  if (location.search.includes('token=')) history.replaceState(null, '', location.pathname);
  for (const button of document.querySelectorAll('#tabs button'))
    button.addEventListener('click', () => showPanel(button.dataset.panel));
  try {
    state.scenario = await api('/api/scenario');
  } catch (error) {
    setStatus(error.message, true);
    return;
  }
  const s = state.scenario;
  document.getElementById('scenario-name').textContent = s.name || s.path;
  document.title = `parley · ${s.name || s.path}`;
  const select = document.getElementById('snapshot-select');
  if (s.timeline) {
    document.getElementById('snapshot-picker').hidden = false;
    for (const snap of s.timeline.snapshots)
      select.append(el('option', { value: snap.id }, `${snap.date} · ${snap.title}`));
    select.addEventListener('change', () => selectSnapshot(select.value));
  } else {
    for (const id of ['timeline', 'sources']) document.querySelector(`#tabs [data-panel=${id}]`).hidden = true;
    showPanel('space');
  }
  renderSourceList();
  renderExport();
  const latest = s.timeline ? s.timeline.snapshots[s.timeline.snapshots.length - 1].id : '';
  await selectSnapshot(latest);
  document.body.dataset.ready = 'true';
}

start();
export { fmt };
