// Edit and save: the values written in the chosen snapshot's file — positions (option, stance,
// summary, citations), walk-away values and weights with their reasons. Each change is checked
// by the server with the scenario reader's own rules as you type (a dry run: nothing written);
// a quote is checked against its source as you type; Save writes only the changed values into
// the file (comments and layout kept), atomically, and is refused if the file changed on disk.
import { api, query, el, fill } from './api.js';
import { state, setStatus, selectSnapshot } from './app.js';

let editable = null;
const pending = new Map();  // JSON of the path -> {path, value}
let lastField = null;       // the field whose message shows the server's verdict

const key = (path) => JSON.stringify(path);

function message(field, text, ok) {
  const node = document.querySelector(`[data-message="${CSS.escape(key(field.path))}"]`);
  if (node) {
    node.textContent = text;
    node.className = ok ? 'field-ok' : 'field-error';
  }
}

async function check() {
  const summary = document.getElementById('edit-pending');
  summary.textContent = pending.size ? `${pending.size} unsaved change${pending.size > 1 ? 's' : ''}` : 'no unsaved changes';
  document.getElementById('edit-save').disabled = pending.size === 0;
  if (!pending.size || !lastField) return;
  try {
    await api('/api/edit', { file: editable.file, generation: state.scenario.generation, changes: [...pending.values()], dry_run: true });
    message(lastField, 'valid', true);
  } catch (error) {
    message(lastField, error.message, false);
  }
}

let quoteTimer = null;
function checkQuote(field, text) {
  clearTimeout(quoteTimer);
  quoteTimer = setTimeout(async () => {
    const c = field.citation;
    try {
      const answer = await api('/api/check-citation', { source: c.source, quote: text, form: c.form, speaker: c.speaker, about: c.about, date: c.date });
      const node = document.querySelector(`[data-quote-check="${CSS.escape(key(field.path))}"]`);
      if (node) {
        node.textContent = answer.ok ? `found in ${c.source}` : answer.problems.join('; ');
        node.className = answer.ok ? 'field-ok' : 'field-error';
      }
    } catch (error) {
      setStatus(error.message, true);
    }
  }, 250);
}

function changed(field, value) {
  const same = JSON.stringify(value) === JSON.stringify(field.value);
  if (same) pending.delete(key(field.path));
  else pending.set(key(field.path), { path: field.path, value });
  lastField = field;
  message(field, same ? '' : 'checking…', true);
  check();
}

function input(field) {
  const id = `edit-${field.path.join('-')}`;
  if (field.kind === 'number')
    return el('input', { type: 'number', step: 'any', id, value: field.value, 'data-path': key(field.path),
                         oninput: (e) => e.target.value !== '' && changed(field, Number(e.target.value)) });
  if (field.kind === 'option')
    return el('select', { id, 'data-path': key(field.path), onchange: (e) => changed(field, e.target.value) },
      field.choices.map((c) => el('option', { value: c, selected: c === field.value }, c)));
  if (field.kind === 'options') {
    const chosen = new Set(field.value);
    return el('span', { id, 'data-path': key(field.path) }, field.choices.map((c) => el('label', { style: 'margin-right: .8em' },
      el('input', { type: 'checkbox', value: c, checked: chosen.has(c), onchange: (e) => {
        e.target.checked ? chosen.add(c) : chosen.delete(c);
        changed(field, field.choices.filter((x) => chosen.has(x)));
      } }), ' ', c)));
  }
  const area = el('textarea', { id, rows: Math.min(6, Math.ceil(String(field.value).length / 90) + 1), 'data-path': key(field.path) }, field.value);
  area.addEventListener('input', () => {
    changed(field, area.value);
    if (field.kind === 'quote') checkQuote(field, area.value);
  });
  return area;
}

function fieldRow(field) {
  return el('div', { class: 'edit-field', style: 'margin: .35em 0' },
    el('label', { for: `edit-${field.path.join('-')}`, style: 'display: block; font-size: .85em; color: #6b7280' },
      field.label, field.kind === 'quote' ? ` (${field.citation.form}, ${field.citation.speaker || field.citation.about}, ${field.citation.source})` : '',
      ` · line ${field.line}`),
    input(field),
    field.kind === 'quote' ? el('div', { 'data-quote-check': key(field.path) }) : null,
    el('div', { 'data-message': key(field.path) }));
}

async function save() {
  try {
    const answer = await api('/api/edit', { file: editable.file, generation: state.scenario.generation, changes: [...pending.values()] });
    state.scenario.generation = answer.generation;
    pending.clear();
    setStatus(`saved ${editable.file}`);
    await selectSnapshot(state.at);
  } catch (error) {
    fill(document.getElementById('edit-banner'), el('div', { class: 'card field-error', id: 'edit-error' }, error.message));
    setStatus(error.message, true);
  }
}

async function undo() {
  try {
    const answer = await api('/api/undo', { generation: state.scenario.generation });
    state.scenario.generation = answer.generation;
    pending.clear();
    setStatus('the last saved edit was undone');
    await selectSnapshot(state.at);
  } catch (error) {
    fill(document.getElementById('edit-banner'), el('div', { class: 'card field-error', id: 'edit-error' }, error.message));
  }
}

let ticket = 0;
export async function renderEdit() {
  const mine = ++ticket;  // a later snapshot choice wins over an answer still on its way
  const root = document.getElementById('edit-body');
  if (!state.scenario.timeline) {
    fill(root, el('p', { class: 'muted' }, 'Editing in the page is for dated scenarios (a folder with snapshots).'));
    return;
  }
  let answer;
  try {
    answer = await api(`/api/editable?${query({ at: state.at })}`);
  } catch (error) {
    if (mine === ticket) fill(root, el('p', { class: 'field-error' }, error.message));
    return;
  }
  if (mine !== ticket) return;
  editable = answer;
  pending.clear();
  lastField = null;
  state.scenario.generation = editable.generation;
  const groups = new Map();
  for (const field of editable.fields) {
    if (!groups.has(field.group)) groups.set(field.group, []);
    groups.get(field.group).push(field);
  }
  const order = [...groups.keys()].sort((a, b) => (a.startsWith('preferences') ? 0 : 1) - (b.startsWith('preferences') ? 0 : 1));
  fill(root,
    el('div', { id: 'edit-banner' }),
    el('div', { class: 'card' },
      el('b', {}, `Editing ${editable.file}`), ' ',
      el('span', { class: 'muted' }, 'values inherited from an earlier snapshot are edited in the snapshot that set them; every change is checked as you type'),
      el('div', {}, el('button', { id: 'edit-save', class: 'primary', disabled: true, onclick: save }, 'Save'),
        el('button', { id: 'edit-undo', onclick: undo, disabled: !editable.undo_available }, 'Undo the last save'),
        el('span', { id: 'edit-pending', class: 'muted' }, 'no unsaved changes')),
      editable.read_only ? el('div', { class: 'field-error' }, 'read-only server: saving is refused') : null),
    ...order.map((group) => el('fieldset', { 'data-group': group }, el('legend', {}, group), groups.get(group).map(fieldRow))));
}
