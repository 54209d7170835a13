// What-if: sliders for walk-away (reservation) values and issue weights, fields for option
// evaluations, red-line concessions and issue set-asides. Every change is a --shock of
// `parley analyze`, recomputed live by the server; the equivalent command line is shown and can
// be copied, and Simulate negotiates the same what-if.
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
  // A toggle is a shock without a number: present (checked) or absent.
  const toggle = (key, spec, label, attributes = {}) => el('label', { style: 'display: inline-block; margin-right: 1em' },
    el('input', { type: 'checkbox', checked: key in state.shocks, ...attributes,
                  onchange: (e) => change(key, e.target.checked ? spec : null) }), ' ', label);
  const redLines = parties.flatMap((p) => p.red_lines.map((r) => ({ party: p.name, ...r })));
  const concessions = el('fieldset', { id: 'whatif-red-lines' },
    el('legend', {}, 'Concede a red line (the party signs what it said it never would)'),
    redLines.length
      ? redLines.map((r) => toggle(`redline:${r.key}`, `${r.party}.red-line.${r.issue}=off`,
          `${r.party}: ${r.issue.replaceAll('_', ' ')} (rejects ${r.rejects.join(', ')})`, { 'data-red-line': r.key, title: r.description }))
      : el('p', { class: 'muted' }, 'no red lines in this snapshot'));
  const asides = el('fieldset', { id: 'whatif-setaside' }, el('legend', {}, 'Set an issue aside (every party satisfied on it, e.g. shelved)'),
    state.scenario.issues.map((i) => toggle(`set-aside:${i.name}`, `set-aside.${i.name}`, i.name.replaceAll('_', ' '), { value: i.name })));
  fill(root, reservations, weights, evaluations, concessions, asides);
  built = `${state.at}|${editingParty}`;
}

export function renderWhatIf() {
  if (!state.preferences || !state.analysis) return;
  if (built !== `${state.at}|${editingParty}`) buildControls();
  const a = state.analysis;
  const shocks = Object.values(state.shocks);
  fill(document.getElementById('whatif-result'),
    el('div', { class: 'muted', id: 'whatif-shocks' }, shocks.length ? `what-if: ${shocks.join(', ')}` : 'the scenario as written'),
    zopaSummary(a), blockingTable(a),
    el('div', { class: 'muted', id: 'whatif-latency' }, state.latencyMs === null ? '' : `answered in ${state.latencyMs.toFixed(0)} ms`));
  fill(document.getElementById('whatif-plot'), utilityPlot(state.pairData, { points: projectedPoints() }));
  document.getElementById('whatif-command').textContent = a.what_if.command;
  document.getElementById('whatif-copy').onclick = () => navigator.clipboard?.writeText(a.what_if.command);
  document.getElementById('whatif-reset').onclick = () => { state.shocks = {}; built = ''; recompute(); };
}
