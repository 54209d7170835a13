// SVG charts drawn in the page: the utility space of two parties and the timeline axis.
const NS = 'http://www.w3.org/2000/svg';

function svg(tag, attributes = {}, text) {
  const node = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attributes)) if (v !== undefined && v !== null) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}

// The utility plot of parties x and y: outcomes (grey), the pair's Pareto frontier, the
// reservation lines and the zone where both are above them, the reference points, and the
// offers of a simulated session. `pair` is /api/pair's answer; `extra.points` are points of
// the all-party analysis projected on (x, y); `extra.offers` [{party, ux, uy}].
export function utilityPlot(pair, extra = {}) {
  const W = 640, H = 560, L = 56, R = 20, T = 28, B = 88;
  const sx = (u) => L + u * (W - L - R), sy = (u) => H - B - u * (H - T - B);
  const root = svg('svg', { viewBox: `0 0 ${W} ${H}`, xmlns: NS, 'font-family': 'system-ui, sans-serif', 'font-size': 12,
                            role: 'img', 'aria-label': `utility space of ${pair.x} and ${pair.y}` });
  root.append(svg('rect', { x: 0, y: 0, width: W, height: H, fill: '#fff' }));
  const [rx, ry] = pair.reservation;
  root.append(svg('rect', { x: sx(rx), y: sy(1), width: sx(1) - sx(rx), height: sy(ry) - sy(1), fill: '#e6f4ea',
                            class: 'zopa-region' }));
  for (let k = 0; k <= 10; k++) {
    const u = k / 10;
    root.append(svg('line', { x1: sx(u), y1: sy(0), x2: sx(u), y2: sy(1), stroke: '#eef0f3' }));
    root.append(svg('line', { x1: sx(0), y1: sy(u), x2: sx(1), y2: sy(u), stroke: '#eef0f3' }));
    root.append(svg('text', { x: sx(u), y: sy(0) + 16, 'text-anchor': 'middle', fill: '#555' }, u.toFixed(1)));
    root.append(svg('text', { x: sx(0) - 6, y: sy(u) + 4, 'text-anchor': 'end', fill: '#555' }, u.toFixed(1)));
  }
  root.append(svg('rect', { x: sx(0), y: sy(1), width: sx(1) - sx(0), height: sy(0) - sy(1), fill: 'none', stroke: '#999' }));
  root.append(svg('text', { x: (sx(0) + sx(1)) / 2, y: sy(0) + 36, 'text-anchor': 'middle', 'font-weight': 600 }, `utility of ${pair.x}`));
  root.append(svg('text', { x: 14, y: (sy(0) + sy(1)) / 2, 'text-anchor': 'middle', 'font-weight': 600,
                            transform: `rotate(-90 14 ${(sy(0) + sy(1)) / 2})` }, `utility of ${pair.y}`));
  const cloud = svg('g', { class: 'outcomes', fill: '#b8bec8' });
  for (const [ux, uy] of pair.sample) cloud.append(svg('circle', { cx: sx(ux), cy: sy(uy), r: 1.8 }));
  root.append(cloud);
  const frontier = [...pair.frontier].sort((a, b) => a[0] - b[0]);
  if (frontier.length)
    root.append(svg('polyline', { points: frontier.map(([a, b]) => `${sx(a)},${sy(b)}`).join(' '), fill: 'none',
                                  stroke: '#2457c5', 'stroke-width': 2, class: 'frontier' }));
  for (const [a, b] of frontier) root.append(svg('circle', { cx: sx(a), cy: sy(b), r: 2.6, fill: '#2457c5' }));
  root.append(svg('line', { x1: sx(rx), y1: sy(0), x2: sx(rx), y2: sy(1), stroke: '#b42318', 'stroke-dasharray': '5 4', class: 'reservation-x' }));
  root.append(svg('line', { x1: sx(0), y1: sy(ry), x2: sx(1), y2: sy(ry), stroke: '#b42318', 'stroke-dasharray': '5 4', class: 'reservation-y' }));
  root.append(svg('text', { x: sx(rx) + 4, y: sy(1) + 12, fill: '#b42318' }, `${pair.x} walk-away ${rx.toFixed(2)}`));
  root.append(svg('text', { x: sx(1) - 4, y: sy(ry) - 5, fill: '#b42318', 'text-anchor': 'end' }, `${pair.y} walk-away ${ry.toFixed(2)}`));

  if (extra.offers && extra.offers.length) {
    const parties = [...new Set(extra.offers.map((o) => o.party))];
    const colours = ['#d9480f', '#7048e8', '#0c8599', '#e8590c', '#5c940d'];
    parties.forEach((party, i) => {
      const mine = extra.offers.filter((o) => o.party === party);
      const g = svg('g', { class: 'offers', 'data-party': party });
      g.append(svg('polyline', { points: mine.map((o) => `${sx(o.ux)},${sy(o.uy)}`).join(' '), fill: 'none',
                                 stroke: colours[i % colours.length], 'stroke-width': 1.2, opacity: 0.8 }));
      for (const o of mine) g.append(svg('circle', { cx: sx(o.ux), cy: sy(o.uy), r: 2.4, fill: colours[i % colours.length] }));
      root.append(g);
      root.append(svg('text', { x: L + 120 + 150 * i, y: H - 2, fill: colours[i % colours.length] }, `— offers by ${party ?? 'mediator'}`));
    });
  }
  const marks = [
    ['nash', 'Nash', '#e03131', 'M -6 -6 L 6 6 M -6 6 L 6 -6'],
    ['kalai_smorodinsky', 'Kalai–Smorodinsky', '#2f9e44', 'M 0 -7 L 7 0 L 0 7 L -7 0 Z'],
    ['max_welfare', 'max welfare', '#f08c00', 'M -6 -6 H 6 V 6 H -6 Z'],
  ];
  const legend = svg('g', { transform: `translate(${L}, ${H - 26})`, class: 'legend' });
  const legendX = [0, 130, 345];
  marks.forEach(([key, label, colour, path], i) => {
    const p = pair[key];
    if (p) root.append(svg('path', { d: path, transform: `translate(${sx(p.utilities[0])}, ${sy(p.utilities[1])})`, stroke: colour,
                                     'stroke-width': 2.5, fill: key === 'nash' ? 'none' : colour, class: `point-${key}` }));
    legend.append(svg('path', { d: path, transform: `translate(${8 + legendX[i]}, 0)`, stroke: colour, 'stroke-width': 2, fill: key === 'nash' ? 'none' : colour }));
    legend.append(svg('text', { x: 20 + legendX[i], y: 4 }, `${label} of the pair`));
  });
  (extra.points || []).forEach(([label, ux, uy], i) => {
    root.append(svg('circle', { cx: sx(ux), cy: sy(uy), r: 6, fill: 'none', stroke: '#111', 'stroke-width': 1.5 }));
    root.append(svg('text', { x: sx(ux) + 8, y: sy(uy) - 6 + i * 16, fill: '#111', 'font-size': 11 }, label));
  });
  if (extra.agreement) {
    const [ux, uy] = extra.agreement;
    root.append(svg('circle', { cx: sx(ux), cy: sy(uy), r: 8, fill: '#ffd43b', stroke: '#111', class: 'agreement' }));
    legend.append(svg('circle', { cx: 8, cy: 20, r: 6, fill: '#ffd43b', stroke: '#111' }));
    legend.append(svg('text', { x: 20, y: 24 }, 'agreement'));
  }
  root.append(legend);
  return root;
}

// Snapshots on an axis proportional to their dates; each window a bar, each date a dot. Labels
// go to the first row (above, then below the axis) where they do not overlap another.
export function timelineAxis(timeline, selected, onPick) {
  const W = 1000, L = 30, R = 30, AXIS = 86;
  const rows = [64, 44, 24, 116, 136, 156];
  const day = (iso) => Date.parse(iso.length === 4 ? `${iso}-01-01` : iso.length === 7 ? `${iso}-01` : iso);
  const t0 = day(timeline.start), t1 = day(timeline.end);
  const sx = (iso) => L + (day(iso) - t0) / (t1 - t0) * (W - L - R);
  const placed = timeline.snapshots.map((s) => {
    const label = `${s.date.slice(0, 7)} ${s.title}`;
    const width = label.length * (s.id === selected ? 7.4 : 6.8);  // bold is wider
    const x = sx(s.date);
    const start = Math.min(Math.max(x - 10, 2), W - 2 - width);
    return { s, label, x, start, end: start + width };
  });
  const ends = rows.map(() => -Infinity);
  for (const p of placed) {
    const row = rows.findIndex((_, r) => p.start > ends[r] + 10);
    p.row = row < 0 ? rows.length - 1 : row;
    ends[p.row] = p.end;
  }
  const H = Math.max(...placed.map((p) => rows[p.row])) > AXIS ? Math.max(...placed.map((p) => rows[p.row])) + 14 : AXIS + 34;
  const root = svg('svg', { viewBox: `0 0 ${W} ${H}`, xmlns: NS, 'font-family': 'system-ui, sans-serif', 'font-size': 12,
                            role: 'img', 'aria-label': 'snapshots on a date axis' });
  root.append(svg('rect', { x: 0, y: 0, width: W, height: H, fill: '#fff' }));
  root.append(svg('line', { x1: L, y1: AXIS, x2: W - R, y2: AXIS, stroke: '#999' }));
  const first = new Date(t0).getUTCFullYear(), last = new Date(t1).getUTCFullYear();
  for (let y = first; y <= last + 1; y++) {
    const x = sx(`${y}-01-01`);
    if (x < L - 1 || x > W - R + 1) continue;
    root.append(svg('line', { x1: x, y1: AXIS - 6, x2: x, y2: AXIS + 6, stroke: '#999' }));
    root.append(svg('text', { x: x + 3, y: AXIS + 18, fill: '#888' }, y));
  }
  for (const p of placed) {
    const s = p.s, on = s.id === selected, y = rows[p.row];
    const g = svg('g', { class: 'snapshot-mark', 'data-id': s.id, style: 'cursor: pointer' });
    g.append(svg('line', { x1: p.x, y1: AXIS, x2: p.x, y2: y < AXIS ? y + 3 : y - 12, stroke: '#9db4e8' }));
    g.append(svg('rect', { x: sx(s.window[0]), y: AXIS - 6, width: Math.max(3, sx(s.window[1]) - sx(s.window[0])), height: 12,
                           fill: on ? '#2457c5' : '#9db4e8', opacity: 0.7 }));
    g.append(svg('circle', { cx: p.x, cy: AXIS, r: on ? 8 : 6, fill: on ? '#2457c5' : '#fff', stroke: '#2457c5', 'stroke-width': 2 }));
    g.append(svg('text', { x: p.start, y, 'font-weight': on ? 700 : 400, fill: on ? '#2457c5' : '#1d2330' }, p.label));
    g.addEventListener('click', () => onPick(s.id));
    root.append(g);
  }
  return root;
}
