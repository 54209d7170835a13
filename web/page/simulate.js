// Simulate: a protocol and an agent for each party, run by `parley negotiate` on the server;
// the offers appear in the utility plot of the chosen pair, and the trace can be downloaded.
import { api, el, fmt, download, fill } from './api.js';
import { state, setStatus, whatIfRequest } from './app.js';
import { utilityPlot } from './charts.js';
import { projectedPoints } from './space.js';

let catalog = null;
let formFor = '';

async function buildForm() {
  if (!catalog) catalog = await api('/api/agents');
  const agents = catalog.filter((c) => c.kind === 'agent');
  const form = document.getElementById('simulate-form');
  const parties = state.preferences.parties.map((p) => p.name);
  const defaults = ['boulware', 'conceder', 'linear', 'hardheaded'];
  const rows = parties.map((name, i) => {
    const select = el('select', { name: `agent-${i}`, 'data-party': name, class: 'agent-select' },
      el('option', { value: '' }, '(does not negotiate)'),
      agents.map((a) => el('option', { value: a.name, selected: a.name === defaults[i % defaults.length] && i < 2 }, a.name)));
    const params = el('input', { type: 'text', name: `params-${i}`, placeholder: 'parameters, e.g. e=0.1', size: 18 });
    const help = el('div', { class: 'muted', style: 'font-size: .8em' });
    const describe = () => {
      const a = agents.find((x) => x.name === select.value);
      help.textContent = a ? `${a.doc}${a.parameters.length ? ' — ' + a.parameters.map((p) => (p.default ? `${p.name}=${p.default}` : p.name)).join(', ') : ''}` : '';
    };
    select.addEventListener('change', describe);
    describe();
    return el('div', { class: 'card' }, el('b', {}, name), ' ', select, ' ', params, help);
  });
  const protocol = el('select', { name: 'protocol' }, ['auto', 'sao', 'saop', 'mediated'].map((p) => el('option', { value: p }, p)));
  const rounds = el('input', { type: 'number', name: 'rounds', value: 100, min: 1, max: 10000, style: 'width: 6em' });
  const seed = el('input', { type: 'number', name: 'seed', value: 1, min: 0, style: 'width: 6em' });
  // Red lines are respected unless the analyst drops them (as `parley negotiate --drop-red-line`).
  const dropRedLines = el('input', { type: 'text', name: 'drop-red-lines', id: 'simulate-drop-red-lines', size: 40,
    placeholder: 'e.g. Russia.crimea, Ukraine.donetsk_luhansk' });
  const withoutRedLines = el('input', { type: 'checkbox', name: 'without-red-lines', id: 'simulate-without-red-lines' });
  const run = el('button', { type: 'submit', class: 'primary', id: 'simulate-run' }, 'Run');
  form.replaceChildren(el('h2', {}, 'Agents'), ...rows,
    el('p', {}, el('label', {}, 'protocol ', protocol), ' ', el('label', {}, 'rounds ', rounds), ' ', el('label', {}, 'seed ', seed)),
    el('p', {}, el('label', {}, 'negotiate as if these red lines were conceded ', dropRedLines), ' ',
      el('label', {}, withoutRedLines, ' without any red line (the additive model alone)')),
    el('p', { class: 'muted' }, 'auto: alternating offers (SAO) for two negotiators, stacked (SAOP) for more. The session runs on the current what-if (as ',
      el('code', {}, 'parley negotiate --shock …'), '), over the outcomes no red line in force excludes; where they leave nothing to sign the server says so.'),
    run);
  form.onsubmit = async (event) => {
    event.preventDefault();
    const agentsOf = [], partiesOf = [];
    parties.forEach((name, i) => {
      const agent = form.elements[`agent-${i}`].value;
      if (!agent) return;
      const p = form.elements[`params-${i}`].value.trim();
      agentsOf.push(p ? `${agent}:${p}` : agent);
      partiesOf.push(name);
    });
    setStatus('simulating…');
    try {
      const drop = dropRedLines.value.split(',').map((k) => k.trim()).filter((k) => k);
      state.simulation = await api('/api/negotiate', { ...whatIfRequest(), agents: agentsOf, parties: partiesOf,
        protocol: protocol.value, rounds: Number(rounds.value), seed: Number(seed.value),
        ...(withoutRedLines.checked ? { without_red_lines: true } : {}), ...(drop.length ? { drop_red_lines: drop } : {}) });
      setStatus(`simulated in ${(state.simulation.wall_seconds * 1000).toFixed(0)} ms of compute`);
    } catch (error) {
      state.simulation = { error: error.message };
      setStatus(error.message, true);
    }
    renderSimulate();
  };
  formFor = state.at;
}


export async function renderSimulate() {
  if (!state.preferences || !state.pairData) return;
  if (formFor !== state.at || !catalog) await buildForm();
  const result = document.getElementById('simulate-result');
  const sim = state.simulation;
  const names = state.analysis.parties, ix = names.indexOf(state.pair.x), iy = names.indexOf(state.pair.y);
  let extra = { points: projectedPoints() };
  if (!sim) {
    fill(result, el('p', { class: 'muted' }, 'Choose the agents and press Run.'));
  } else if (sim.error) {
    fill(result, el('p', { class: 'field-error' }, sim.error));
  } else {
    const agreement = sim.agreement;
    fill(result,
      el('div', { id: 'simulate-outcome', class: agreement ? 'zopa-open' : 'zopa-empty' },
        agreement ? `agreement in round ${sim.rounds} (t = ${fmt(sim.t, 2)})` : `no agreement: ${sim.end_reason}${sim.acting_party ? ' by ' + sim.acting_party : ''}`),
      agreement ? el('div', {}, Object.entries(agreement).map(([k, v]) => `${k.replaceAll('_', ' ')}: ${v}`).join('; ')) : null,
      el('div', {}, Object.entries(sim.utilities).map(([p, u]) => `${p} ${fmt(u, 3)}`).join(' · ')),
      el('div', { class: 'muted' }, `${sim.offers} offers, ${sim.protocol}, seed ${sim.seed}; distance to Pareto ${fmt(sim.pareto_distance)}, to Nash ${fmt(sim.nash_distance)}`),
      el('div', { class: 'muted', id: 'simulate-what-if' }, sim.shocks.length ? `ran on the what-if: ${sim.shocks.join(', ')}` : 'ran on the snapshot as written'),
      el('div', { class: 'muted', id: 'simulate-red-lines' }, sim.red_lines.dropped_all ? 'red lines: all dropped (the additive model alone)'
        : `red lines respected: ${sim.red_lines.in_force.join(', ') || 'none'}${sim.red_lines.dropped.length ? '; dropped: ' + sim.red_lines.dropped.join(', ') : ''}`),
      el('button', { id: 'trace-download', onclick: () => download(`trace-${state.at || 'scenario'}-seed${sim.seed}.jsonl`, sim.trace, 'application/x-ndjson') }, 'Download trace (JSON Lines)'));
    extra.offers = sim.offer_list.map((o) => ({ party: o.party, ux: o.utilities[ix], uy: o.utilities[iy] }));
    if (agreement) extra.agreement = [sim.utilities[state.pair.x], sim.utilities[state.pair.y]];
  }
  fill(document.getElementById('simulate-plot'), utilityPlot(state.pairData, extra));
}
