// Agreement space: the utility plot of any two parties, with the all-party analysis beside it
// (ZOPA, reference packages, reservation thresholds, blocking issues).
import { el, fmt, fill } from './api.js';
import { state, recompute } from './app.js';
import { utilityPlot } from './charts.js';

// The all-party reference points, projected on the plotted pair.
export function projectedPoints() {
  const a = state.analysis, names = a.parties;
  const ix = names.indexOf(state.pair.x), iy = names.indexOf(state.pair.y);
  return [['nash', 'Nash (all parties)'], ['kalai_smorodinsky', 'KS (all parties)']]
    .filter(([key]) => a[key]).map(([key, label]) => [label, a[key].utilities[ix], a[key].utilities[iy]]);
}

export function zopaSummary(a) {
  const sweep = a.sensitivity ? a.sensitivity[0] : null;
  const open = a.zopa.nonempty;
  return el('div', { class: 'zopa-summary' },
    el('div', { class: `zopa-state ${open ? 'zopa-open' : 'zopa-empty'}` },
      open === null ? 'ZOPA: unknown' : open ? 'ZOPA open: an agreement every party prefers to walking away exists'
                                             : 'ZOPA empty: no package beats walking away for every party'),
    el('div', { class: 'muted' }, a.zopa.outcomes ? `${a.zopa.outcomes} rational outcomes of ${a.outcomes}` : a.zopa.reason || ''),
    sweep ? el('div', {}, `margin ${fmt(sweep.margin)} (the worst-off party's utility above its walk-away at the best package)`) : null);
}

export function blockingTable(a) {
  const sweep = a.sensitivity ? a.sensitivity[0] : null;
  if (!sweep || !sweep.issues.length) return null;
  return el('table', { class: 'blocking-table' },
    el('tr', {}, el('th', {}, 'issue set aside'), el('th', { class: 'num' }, 'margin'), el('th', {}, 'effect')),
    sweep.issues.map((i) => el('tr', { dataset: { issue: i.issue, blocks: String(i.blocks) } },
      el('td', {}, i.issue.replaceAll('_', ' ')), el('td', { class: 'num' }, fmt(i.margin_if_neutral)),
      el('td', { class: i.blocks ? 'blocks' : '' }, i.blocks ? 'blocks: setting it aside opens the ZOPA'
        : sweep.zopa === 'empty' ? 'not enough alone' : ''))));
}

export function thresholdTable(a) {
  const sweep = a.sensitivity ? a.sensitivity[0] : null;
  if (!sweep || !sweep.reservation_thresholds.length) return null;
  return el('table', { class: 'threshold-table' },
    el('tr', {}, el('th', {}, 'party'), el('th', { class: 'num' }, 'walk-away'), el('th', { class: 'num' }, 'ZOPA flips at'), el('th', {}, '')),
    sweep.reservation_thresholds.map((t) => el('tr', {},
      el('td', {}, t.party), el('td', { class: 'num' }, fmt(t.reservation)), el('td', { class: 'num' }, fmt(t.threshold)),
      el('td', { class: 'muted' }, t.change === null ? 'the others cannot all be satisfied'
        : t.change >= 0 ? `closes if it rises by more than ${fmt(t.change)}` : `opens if it falls by ${fmt(-t.change)}`))));
}

function pointRow(label, p, outcomeKeys) {
  if (!p) return el('tr', {}, el('td', {}, label), el('td', { colspan: 2, class: 'muted' }, 'none'));
  return el('tr', {}, el('td', {}, label), el('td', { class: 'num' }, p.utilities.map((u) => fmt(u, 2)).join(' / ')),
    el('td', {}, outcomeKeys.map((k) => `${k.replaceAll('_', ' ')}: ${p.outcome[k]}`).join('; ')));
}

export function renderSpace() {
  const a = state.analysis, pair = state.pairData;
  if (!a || !pair) return;
  const names = state.preferences.parties.map((p) => p.name);
  for (const [axis, id] of [['x', 'pair-x'], ['y', 'pair-y']]) {
    const select = document.getElementById(id);
    select.replaceChildren(...names.map((n) => el('option', { value: n, selected: n === state.pair[axis] }, n)));
    select.onchange = () => { state.pair[axis] = select.value; recompute(); };
  }
  fill(document.getElementById('space-plot'), utilityPlot(pair, { points: projectedPoints() }));
  const keys = a.issues;
  fill(document.getElementById('space-facts'),
    el('div', { class: 'card' }, zopaSummary(a)),
    el('h3', {}, 'Packages (utilities in party order: ' + a.parties.join(' / ') + ')'),
    el('table', {}, pointRow('Nash', a.nash, keys), pointRow('Kalai–Smorodinsky', a.kalai_smorodinsky, keys),
       pointRow('max welfare', a.max_welfare, keys)),
    el('h3', {}, 'Walk-away thresholds'), thresholdTable(a) || el('p', { class: 'muted' }, 'not available'),
    el('h3', {}, 'Blocking issues'), blockingTable(a) || el('p', { class: 'muted' }, 'not available (non-additive utilities)'),
    el('h3', {}, 'Red lines'), el('p', { class: 'muted' }, "none: parley's scenario model has no red lines yet"));
}
