// What-if: sliders for walk-away (reservation) values and issue weights, fields for option
// evaluations, and issue set-asides. Every change is a --shock of `parley analyze`, recomputed
// live by the server; the equivalent command line is shown and can be copied.
import { el, fmt, fill } from './api.js';
import { state, recompute } from './app.js';
import { utilityPlot } from './charts.js';
import { zopaSummary, blockingTable, projectedPoints } from './space.js';

let editingParty = '';
let built = '';  // which snapshot the controls were built for

const round = (x) => Math.round(x * 1000) / 1000;

function change(key, spec) {
  if (spec === null) delete state.shocks[key];
  else state.shocks[key] = spec;
  recompute();
}

function slider(label, value, base, key, specOf, attributes = {}) {
  const number = el('output', {}, fmt(value, 2));
  const input = el('input', { type: 'range', min: 0, max: 1, step: 0.01, value, 'aria-label': label, ...attributes });
  const row = el('div', { class: `slider-row${Math.abs(value - base) > 1e-9 ? ' changed' : ''}` }, el('label', {}, label), input, number);
  input.addEventListener('input', () => {
    const x = Number(input.value);
    number.textContent = fmt(x, 2);
    row.classList.toggle('changed', Math.abs(x - base) > 1e-9);
    change(key, Math.abs(x - base) > 1e-9 ? specOf(round(x)) : null);
  });
  return row;
}

// The value a shock sets now, or the scenario's.
const current = (key, base) => {
  const spec = state.shocks[key];
  return spec ? Number(spec.slice(spec.lastIndexOf('=') + 1)) : base;
};

function buildControls() {
  const root = document.getElementById('whatif-controls');
  const parties = state.preferences.parties;
  if (!parties.find((p) => p.name === editingParty)) editingParty = parties[0].name;
  const reservations = el('fieldset', { id: 'whatif-reservations' }, el('legend', {}, 'Walk-away values (utility of no deal)'),
    parties.map((p) => slider(p.name, current(`${p.name}.reservation`, p.reservation), p.reservation, `${p.name}.reservation`,
      (x) => `${p.name}.reservation=${x}`, { 'data-party': p.name, class: 'reservation-slider' })));
  const party = parties.find((p) => p.name === editingParty);
  const picker = el('select', { id: 'whatif-party', onchange: (e) => { editingParty = e.target.value; buildControls(); } },
    parties.map((p) => el('option', { value: p.name, selected: p.name === editingParty }, p.name)));
  const weights = el('fieldset', { id: 'whatif-weights' }, el('legend', {}, 'Issue weights of ', picker));
  const evaluations = el('fieldset', { id: 'whatif-evaluations' }, el('legend', {}, `How ${editingParty} values each option (0 worst, 1 best)`));
  if (party.additive) {
    for (const [issue, w] of Object.entries(party.weights))
      weights.append(slider(issue.replaceAll('_', ' '), current(`${party.name}.weight.${issue}`, w), w, `${party.name}.weight.${issue}`,
        (x) => `${party.name}.weight.${issue}=${x}`, { 'data-issue': issue }));
    weights.append(el('p', { class: 'muted' }, 'setting one weight rescales the others so that they still sum to 1'));
    for (const [issue, values] of Object.entries(party.evaluations))
      evaluations.append(el('div', { class: 'slider-row' }, el('label', {}, issue.replaceAll('_', ' ')),
        el('div', {}, Object.entries(values).map(([value, e]) => {
          const key = `${party.name}.evaluation.${issue}.${value}`;
          const input = el('input', { type: 'number', min: 0, max: 1, step: 0.05, value: current(key, e), title: value, style: 'width: 5em' });
          input.addEventListener('change', () => {
            const x = Number(input.value);
            change(key, Math.abs(x - e) > 1e-9 ? `${key}=${round(x)}` : null);
          });
          return el('label', { class: 'muted', style: 'display: inline-block; margin-right: .6em' }, value, ' ', input);
        })), el('span')));
  } else {
    weights.append(el('p', { class: 'muted' }, 'non-additive utility: no weights to change'));
  }
  const asides = el('fieldset', { id: 'whatif-setaside' }, el('legend', {}, 'Set an issue aside (every party satisfied on it, e.g. shelved)'),
    state.scenario.issues.map((i) => el('label', { style: 'display: inline-block; margin-right: 1em' },
      el('input', { type: 'checkbox', value: i.name, checked: state.setAside.has(i.name),
                    onchange: (e) => { e.target.checked ? state.setAside.add(i.name) : state.setAside.delete(i.name); recompute(); } }),
      ' ', i.name.replaceAll('_', ' '))));
  fill(root, reservations, weights, evaluations, asides);
  built = `${state.at}|${editingParty}`;
}

export function renderWhatIf() {
  if (!state.preferences || !state.analysis) return;
  if (built !== `${state.at}|${editingParty}`) buildControls();
  const a = state.analysis;
  const shocks = Object.values(state.shocks);
  fill(document.getElementById('whatif-result'),
    el('div', { class: 'muted' }, shocks.length || state.setAside.size ? `what-if: ${[...shocks, ...[...state.setAside].map((i) => `${i} set aside`)].join(', ')}` : 'the scenario as written'),
    zopaSummary(a), blockingTable(a),
    el('div', { class: 'muted', id: 'whatif-latency' }, state.latencyMs === null ? '' : `answered in ${state.latencyMs.toFixed(0)} ms`));
  fill(document.getElementById('whatif-plot'), utilityPlot(state.pairData, { points: projectedPoints() }));
  let command = a.what_if.command;
  if (state.setAside.size) command += `\n# set aside (no --shock form; see the sweep's "margin if neutral"): ${[...state.setAside].join(', ')}`;
  document.getElementById('whatif-command').textContent = command;
  document.getElementById('whatif-copy').onclick = () => navigator.clipboard?.writeText(a.what_if.command);
  document.getElementById('whatif-reset').onclick = () => { state.shocks = {}; state.setAside = new Set(); built = ''; recompute(); };
}
