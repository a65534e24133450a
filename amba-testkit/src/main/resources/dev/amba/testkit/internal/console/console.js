// The Amba emulator's web console. Plain script, no build step, no library: every panel reads and
// writes through the emulator's own routes (the admin routes with the project's server key or PAT,
// the client routes as a user with the server key, and the documented /_emulator routes).
'use strict';

(function () {
  // When the emulator listens beyond loopback it asks for its console token: given in the page's
  // URL, it goes on every request.
  const TOKEN = new URLSearchParams(window.location.search).get('token');
  const PAGE_SIZE = 20;
  const MAX_LIVE_EVENTS = 500;

  const state = {
    projects: [],
    project: null,
    events: [],
    eventSource: null,
    streamState: 'closed',
    lastUser: null,
  };

  // ------------------------------------------------------------------ DOM helpers (no innerHTML)

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k.startsWith('on')) node.addEventListener(k.substring(2), v);
      else if (k === 'text') node.textContent = v;
      else node.setAttribute(k, v === true ? '' : String(v));
    }
    for (const c of children.flat()) {
      if (c === null || c === undefined || c === false) continue;
      node.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return node;
  }

  function table(columns, rows, onRow, testId) {
    return el('table', { 'data-test': testId },
      el('thead', {}, el('tr', {}, columns.map(c => el('th', {}, c.label)))),
      el('tbody', {}, rows.length === 0
        ? el('tr', {}, el('td', { colspan: columns.length, class: 'muted' }, 'nothing yet'))
        : rows.map(r => el('tr', onRow ? { class: 'clickable', onclick: () => onRow(r) } : {},
          columns.map(c => el('td', {}, c.render ? c.render(r) : text(r[c.key])))))));
  }

  function text(v) {
    if (v === null || v === undefined) return el('span', { class: 'muted' }, '—');
    if (typeof v === 'object') return el('code', {}, JSON.stringify(v));
    return String(v);
  }

  function json(v) {
    return el('pre', {}, JSON.stringify(v, null, 2));
  }

  function kv(object, testId) {
    return el('table', { class: 'kv', 'data-test': testId },
      el('tbody', {}, Object.entries(object || {}).map(([k, v]) =>
        el('tr', {}, el('th', {}, k), el('td', { 'data-test': testId ? testId + '.' + k : null }, text(v))))));
  }

  function page(...children) {
    const main = document.getElementById('page');
    main.replaceChildren(...children.flat().filter(Boolean));
  }

  function showError(e) {
    const box = document.getElementById('error');
    if (!e) {
      box.hidden = true;
      box.textContent = '';
      return;
    }
    box.hidden = false;
    box.textContent = e.message || String(e);
  }

  // ------------------------------------------------------------------ the emulator's routes

  async function call(method, path, options) {
    const headers = Object.assign({}, (options && options.headers) || {});
    if (TOKEN) headers['X-Emulator-Token'] = TOKEN;
    let body;
    if (options && options.body !== undefined) {
      headers['Content-Type'] = 'application/json';
      body = JSON.stringify(options.body);
    }
    const response = await fetch(path, { method, headers, body, cache: 'no-store' });
    if (response.status === 204) return null;
    const payload = await response.json().catch(() => null);
    if (!response.ok) {
      const error = payload && payload.error;
      const detail = error && error.details && error.details.fields
        ? ' (' + error.details.fields.map(f => f.path + ': ' + f.message).join('; ') + ')' : '';
      throw new Error(method + ' ' + path.split('?')[0] + ' answered ' + response.status
        + (error ? ' ' + error.code + ': ' + error.message + detail : ''));
    }
    return payload;
  }

  function adminPath(path) {
    return '/v1/admin/projects/' + encodeURIComponent(state.project.project_id) + path;
  }

  /** An admin route with the project's server key. */
  function admin(method, path, body) {
    return call(method, adminPath(path), { body, headers: { Authorization: 'Bearer ' + state.project.server_key } });
  }

  /** An admin route that takes the developer PAT (email, experiments). */
  function adminPat(method, path, body) {
    return call(method, adminPath(path), { body, headers: { Authorization: 'Bearer ' + state.project.pat } });
  }

  /** A client route acting for a user: the server key with X-Amba-On-Behalf-Of, as asUser(uid) sends. */
  function asUser(userId, method, path, body) {
    return call(method, '/v1/client' + path, {
      body,
      headers: {
        'X-Api-Key': state.project.client_key,
        Authorization: 'Bearer ' + state.project.server_key,
        'X-Amba-On-Behalf-Of': userId,
      },
    });
  }

  /**
   * A query string as the SDK writes one (RFC 3986): the emulator reads a '+' as a plus, never as a
   * space, so URLSearchParams' form encoding would change the values.
   */
  function query(params) {
    const pairs = Object.entries(params)
      .filter(([, v]) => v !== null && v !== undefined && v !== '')
      .map(([k, v]) => encodeURIComponent(k) + '=' + encodeURIComponent(v));
    return pairs.length ? '?' + pairs.join('&') : '';
  }

  // ------------------------------------------------------------------ projects

  async function loadProjects() {
    const answer = await call('GET', '/_emulator/console/api/projects');
    state.projects = answer.data;
    const select = document.getElementById('project-select');
    const wanted = sessionStorage.getItem('amba-console-project');
    select.replaceChildren(...state.projects.map(p =>
      el('option', { value: p.project_id }, p.project_id + (p.default ? ' (default)' : ''))));
    const chosen = state.projects.find(p => p.project_id === wanted) || state.projects[0];
    select.value = chosen.project_id;
    select.onchange = () => chooseProject(select.value);
    chooseProject(chosen.project_id);
  }

  function chooseProject(projectId) {
    state.project = state.projects.find(p => p.project_id === projectId);
    sessionStorage.setItem('amba-console-project', projectId);
    openEventStream();
    route();
  }

  function secret(value, testId) {
    const masked = value.replace(/_[^_]+$/, '_') + '••••••••';
    const span = el('span', { class: 'secret mono', title: 'click to show', 'data-test': testId, text: masked });
    span.addEventListener('click', () => {
      span.textContent = span.textContent === value ? masked : value;
    });
    return span;
  }

  function copyButton(value, testId) {
    const button = el('button', { class: 'plain', type: 'button', 'data-test': testId }, 'Copy');
    button.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(value);
      } catch (e) {
        // No clipboard API (an insecure origin): the old way, through a selected text area.
        const area = el('textarea', {}, value);
        document.body.append(area);
        area.select();
        document.execCommand('copy');
        area.remove();
      }
      button.textContent = 'Copied';
      setTimeout(() => { button.textContent = 'Copy'; }, 1500);
    });
    return button;
  }

  function projectsPage() {
    const origin = window.location.origin;
    page(el('h2', {}, 'Projects and keys'),
      state.projects.map(p => el('div', { class: 'card', 'data-test': 'project-' + p.project_id },
        el('h3', {}, p.project_id, p.default ? ' ' : null, p.default ? el('span', { class: 'badge' }, 'default') : null),
        el('table', { class: 'kv' }, el('tbody', {},
          el('tr', {}, el('th', {}, 'API URL'), el('td', {}, el('code', {}, origin), ' ', copyButton(origin))),
          el('tr', {}, el('th', {}, 'project id'), el('td', {}, el('code', {}, p.project_id), ' ', copyButton(p.project_id))),
          el('tr', {}, el('th', {}, 'client key'), el('td', {}, el('code', {}, p.client_key), ' ', copyButton(p.client_key))),
          el('tr', {}, el('th', {}, 'server key'), el('td', {}, secret(p.server_key, 'server-key'), ' ',
            copyButton(p.server_key, 'copy-server-key'))),
          el('tr', {}, el('th', {}, 'PAT'), el('td', {}, secret(p.pat, 'pat'), ' ', copyButton(p.pat))))))));
  }

  // ------------------------------------------------------------------ users

  async function usersPage(params) {
    const search = params.get('search') || '';
    const offset = Number(params.get('offset') || 0);
    const box = el('input', { type: 'text', placeholder: 'search email, name or id', value: search, 'data-test': 'user-search' });
    const go = (o) => { window.location.hash = '#/users' + query({ search: box.value.trim(), offset: o || '' }); };
    box.addEventListener('keydown', e => { if (e.key === 'Enter') go(0); });
    const answer = await admin('GET', '/users' + query({ search, limit: PAGE_SIZE, offset }));
    page(el('h2', {}, 'Users'),
      el('div', { class: 'row' }, box, el('button', { type: 'button', onclick: () => go(0), 'data-test': 'user-search-go' }, 'Search'),
        el('span', { class: 'status-line' }, answer.total + ' in all')),
      table([
        { label: 'id', render: u => el('code', {}, u.id) },
        { label: 'email', key: 'email' },
        { label: 'display name', key: 'display_name' },
        { label: 'last seen', key: 'last_seen_at' },
        { label: 'created', key: 'created_at' },
      ], answer.data, u => { window.location.hash = '#/users/' + encodeURIComponent(u.id); }, 'users-table'),
      pager(offset, answer.total, go));
  }

  function pager(offset, total, go) {
    return el('div', { class: 'row' },
      el('button', { class: 'plain', type: 'button', disabled: offset <= 0, onclick: () => go(Math.max(0, offset - PAGE_SIZE)) }, 'Previous'),
      el('span', { class: 'status-line' }, total === 0 ? '' : (offset + 1) + '–' + Math.min(total, offset + PAGE_SIZE) + ' of ' + total),
      el('button', { class: 'plain', type: 'button', disabled: offset + PAGE_SIZE >= total, onclick: () => go(offset + PAGE_SIZE) }, 'Next'));
  }

  async function userPage(userId) {
    state.lastUser = userId;
    const [user, entitlements, balances, streaks, xp, events] = await Promise.all([
      admin('GET', '/users/' + encodeURIComponent(userId)),
      asUser(userId, 'GET', '/entitlements'),
      asUser(userId, 'GET', '/currencies'),
      asUser(userId, 'GET', '/streaks'),
      admin('GET', '/xp/users/' + encodeURIComponent(userId)),
      admin('GET', '/events' + query({ user_id: userId, limit: 20, since: '1970-01-01T00:00:00Z' })),
    ]);
    page(el('h2', {}, 'User ', el('code', { 'data-test': 'user-id' }, userId)),
      el('div', { class: 'grid' },
        el('div', { class: 'card' }, el('h3', {}, 'Profile'), kv(user.data, 'user-profile')),
        el('div', { class: 'card' }, el('h3', {}, 'XP'), kv(xp.data, 'user-xp'))),
      el('div', { class: 'card' }, el('h3', {}, 'Streaks'), table([
        { label: 'key', key: 'key' }, { label: 'name', key: 'name' },
        { label: 'current', key: 'current_count' }, { label: 'longest', key: 'longest_count' },
        { label: 'status', render: s => el('span', { class: 'badge', 'data-test': 'streak-status-' + s.key }, s.status) },
        { label: 'last qualified', key: 'last_qualified_at' }, { label: 'shields', key: 'freezes_remaining' },
      ], streaks.data, null, 'user-streaks')),
      el('div', { class: 'card' }, el('h3', {}, 'Currency balances'), table([
        { label: 'code', render: b => b.code || b.currency_code }, { label: 'balance', key: 'balance' }, { label: 'updated', key: 'updated_at' },
      ], balances.data, null, 'user-balances')),
      el('div', { class: 'card' }, el('h3', {}, 'Entitlements'), table([
        { label: 'entitlement', key: 'entitlement_id' }, { label: 'active', key: 'is_active' }, { label: 'store', key: 'store' },
        { label: 'product', key: 'product_id' }, { label: 'expires', key: 'expiration_date' },
      ], entitlements.data, null, 'user-entitlements')),
      el('div', { class: 'card' }, el('h3', {}, 'Latest events'), table([
        { label: 'event', render: e => el('code', {}, e.event_name) }, { label: 'properties', key: 'properties' },
        { label: 'occurred', key: 'occurred_at' },
      ], events.data, null, 'user-events')),
      el('div', { class: 'row' },
        el('a', { href: '#/storage' + query({ user: userId }) }, 'Files'), ' · ',
        el('a', { href: '#/collections' + query({ user: userId }) }, 'Collection rows')));
  }

  // ------------------------------------------------------------------ collections

  // The SDK's operators, under the names the SDK gives them, with their wire spelling (section 5.1).
  const OPERATORS = [
    ['eq', 'eq'], ['ne', 'ne'], ['gt', 'gt'], ['gte', 'gte'], ['lt', 'lt'], ['lte', 'lte'],
    ['in', 'in'], ['notIn', 'not_in'], ['like', 'like'], ['ilike', 'ilike'],
    ['isNull', 'is_null'], ['isNotNull', 'is_not_null'],
  ];

  async function collectionsPage(params) {
    const answer = await admin('GET', '/collections' + query({ limit: 100 }));
    const name = params.get('name');
    const parts = [el('h2', {}, 'Collections'),
      table([{ label: 'name', render: c => el('code', {}, c.name) }, { label: 'created', key: 'created_at' }], answer.data,
        c => { window.location.hash = '#/collections' + query({ name: c.name, user: params.get('user') || state.lastUser }); },
        'collections-table')];
    if (name) parts.push(await collectionDetail(name, params));
    page(parts);
  }

  async function collectionDetail(name, params) {
    const definition = await admin('GET', '/collections/' + encodeURIComponent(name));
    const columns = definition.data.columns.map(c => c.name);
    const userBox = el('input', { type: 'text', placeholder: 'user id (rows are read as their user)', value: params.get('user') || '', size: 40, 'data-test': 'rows-user' });
    const filterBox = el('textarea', { 'data-test': 'rows-filter', placeholder: '{"column": "score", "op": "gte", "value": 10}' }, params.get('filter') || '');
    const column = el('select', { 'data-test': 'cond-column' }, ['id', 'user_id', 'created_at', 'updated_at'].concat(columns).map(c => el('option', { value: c }, c)));
    const operator = el('select', { 'data-test': 'cond-op' }, OPERATORS.map(([sdk, wire]) => el('option', { value: wire }, sdk)));
    const value = el('input', { type: 'text', placeholder: 'value (JSON: 10, "a", [1,2])', 'data-test': 'cond-value' });
    const join = el('select', { 'data-test': 'cond-join' }, el('option', { value: 'and' }, 'and'), el('option', { value: 'or' }, 'or'));
    const negate = el('input', { type: 'checkbox', 'data-test': 'cond-not' });
    const addCondition = () => {
      let condition = { column: column.value, op: operator.value };
      if (operator.value !== 'is_null' && operator.value !== 'is_not_null') {
        let v = value.value.trim();
        try { v = JSON.parse(v); } catch (e) { /* a bare word is a string */ }
        condition.value = v;
      }
      if (negate.checked) condition = { not: condition };
      const current = filterBox.value.trim();
      let combined = condition;
      if (current) {
        const previous = JSON.parse(current);
        combined = previous[join.value] && Object.keys(previous).length === 1
          ? { [join.value]: previous[join.value].concat([condition]) } : { [join.value]: [previous, condition] };
      }
      filterBox.value = JSON.stringify(combined);
    };
    const run = (cursor) => {
      window.location.hash = '#/collections' + query({ name, user: userBox.value.trim(), filter: filterBox.value.trim(), cursor: cursor || '' });
    };
    const parts = [el('h3', {}, 'Collection ', el('code', {}, name)),
      el('div', { class: 'card' }, el('h3', {}, 'Definition'), table([
        { label: 'column', key: 'name' }, { label: 'type', key: 'type' }, { label: 'nullable', key: 'nullable' },
      ], definition.data.columns, null, 'collection-columns'),
      definition.data.indexes && definition.data.indexes.length ? el('p', {}, 'indexes: ', text(definition.data.indexes)) : null),
      el('div', { class: 'card' }, el('h3', {}, 'Rows'),
        el('div', { class: 'row' }, userBox),
        el('div', { class: 'row' }, 'add condition:', negate, 'not', column, operator, value, join,
          el('button', { class: 'plain', type: 'button', onclick: addCondition, 'data-test': 'cond-add' }, 'Add'),
          el('button', { class: 'plain', type: 'button', onclick: () => { filterBox.value = ''; } }, 'Clear')),
        filterBox,
        el('div', { class: 'row' }, el('button', { type: 'button', onclick: () => run(''), 'data-test': 'rows-run' }, 'Find rows')))];
    const user = params.get('user');
    if (user) {
      const options = { limit: PAGE_SIZE, order: [{ column: 'created_at', direction: 'desc' }] };
      const filter = params.get('filter');
      if (filter) options.filter = JSON.parse(filter);
      if (params.get('cursor')) options.cursor = params.get('cursor');
      const rows = await asUser(user, 'GET', '/collections/' + encodeURIComponent(name) + query({ query: JSON.stringify(options) }));
      const shown = ['id'].concat(columns).concat(['created_at']);
      parts.push(el('div', { class: 'card' },
        table(shown.map(c => ({ label: c, key: c })), rows.data, null, 'rows-table'),
        el('div', { class: 'row' }, el('button', { class: 'plain', type: 'button', onclick: () => run(''), disabled: !params.get('cursor') }, 'First page'),
          el('button', { class: 'plain', type: 'button', onclick: () => run(rows.next_cursor), disabled: !rows.has_more, 'data-test': 'rows-next' }, 'Next page'))));
    }
    return el('div', {}, parts);
  }

  // ------------------------------------------------------------------ live events (server-sent events)

  function openEventStream() {
    if (state.eventSource) state.eventSource.close();
    state.events = [];
    const url = '/_emulator/console/api/events/stream' + query({ project_id: state.project.project_id, token: TOKEN });
    const source = new EventSource(url);
    state.eventSource = source;
    setStreamState('connecting');
    source.onopen = () => setStreamState('live');
    source.onerror = () => setStreamState(source.readyState === EventSource.CLOSED ? 'closed' : 'reconnecting');
    source.onmessage = (message) => {
      const event = JSON.parse(message.data);
      state.events.unshift(event);
      if (state.events.length > MAX_LIVE_EVENTS) state.events.length = MAX_LIVE_EVENTS;
      if (currentPage() === 'events') renderEventRows();
    };
  }

  function setStreamState(s) {
    state.streamState = s;
    const line = document.querySelector('[data-test=stream-state]');
    if (line) line.textContent = s;
  }

  function eventsPage() {
    page(el('h2', {}, 'Live events ', el('span', { class: 'status-line', 'data-test': 'stream-state' }, state.streamState)),
      el('p', { class: 'muted' }, 'Every event the project stores, newest first; ',
        el('span', { class: 'badge derived' }, 'derived'), ' events are the ones the server wrote itself (XP, levels, streak milestones, ...).'),
      el('div', { id: 'event-rows' }));
    renderEventRows();
  }

  function renderEventRows() {
    const holder = document.getElementById('event-rows');
    if (!holder) return;
    holder.replaceChildren(table([
      { label: '', render: e => e.derived ? el('span', { class: 'badge derived' }, 'derived') : el('span', { class: 'badge tracked' }, 'tracked') },
      { label: 'event', render: e => el('code', {}, e.event) },
      { label: 'user', render: e => el('a', { href: '#/users/' + encodeURIComponent(e.user_id) }, el('code', {}, e.user_id)) },
      { label: 'properties', key: 'properties' },
      { label: 'received', key: 'received_at' },
    ], state.events, null, 'events-table'));
  }

  // ------------------------------------------------------------------ push, email, storage

  async function pushPage(params) {
    const offset = Number(params.get('offset') || 0);
    const [deliveries, campaigns] = await Promise.all([
      admin('GET', '/_emulator/push/deliveries' + query({ limit: PAGE_SIZE, offset })),
      admin('GET', '/push/campaigns' + query({ limit: 50 })),
    ]);
    page(el('h2', {}, 'Push deliveries'),
      el('p', { class: 'muted' }, 'The emulator reaches no device: each delivery is recorded here.'),
      table([
        { label: 'delivered', key: 'delivered_at' }, { label: 'user', key: 'user_id' }, { label: 'platform', key: 'platform' },
        { label: 'title', key: 'title' }, { label: 'body', key: 'body' }, { label: 'data', key: 'data' }, { label: 'campaign', key: 'campaign_id' },
      ], deliveries.data, null, 'push-table'),
      pager(offset, deliveries.total, o => { window.location.hash = '#/push' + query({ offset: o }); }),
      el('h3', {}, 'Campaigns'),
      table([
        { label: 'name', key: 'name' }, { label: 'title', key: 'title' }, { label: 'status', key: 'status' },
        { label: 'scheduled', key: 'scheduled_at' }, { label: 'sent', key: 'sent_at' }, { label: 'stats', key: 'stats' },
      ], campaigns.data, null, 'campaigns-table'));
  }

  async function emailPage(params) {
    const offset = Number(params.get('offset') || 0);
    const answer = await adminPat('GET', '/email/deliveries' + query({ limit: PAGE_SIZE, offset }));
    page(el('h2', {}, 'Emails'),
      el('p', { class: 'muted' }, 'Nothing leaves the machine: every send is recorded here.'),
      table([
        { label: 'created', key: 'created_at' }, { label: 'to', render: m => text(m.to_email || m.to) },
        { label: 'template', key: 'template' }, { label: 'subject', key: 'subject' }, { label: 'status', key: 'status' },
        { label: 'message id', key: 'message_id' },
      ], answer.data, null, 'email-table'),
      pager(offset, answer.total, o => { window.location.hash = '#/email' + query({ offset: o }); }));
  }

  async function storagePage(params) {
    const user = params.get('user') || state.lastUser || '';
    const offset = Number(params.get('offset') || 0);
    const box = el('input', { type: 'text', placeholder: 'user id', value: user, size: 40, 'data-test': 'storage-user' });
    const parts = [el('h2', {}, 'Storage files'),
      el('p', { class: 'muted' }, 'Files are listed as their owner sees them.'),
      el('div', { class: 'row' }, box, el('button', { type: 'button', onclick: () => { window.location.hash = '#/storage' + query({ user: box.value.trim() }); } }, 'List files'))];
    if (user) {
      const files = await asUser(user, 'GET', '/media' + query({ limit: PAGE_SIZE, offset }));
      parts.push(table([
        { label: 'bucket', key: 'bucket' }, { label: 'key', key: 'key' }, { label: 'type', key: 'mime_type' },
        { label: 'bytes', key: 'size_bytes' }, { label: 'created', key: 'created_at' },
        { label: '', render: f => el('a', { href: f.url, download: f.key.split('/').pop(), 'data-test': 'download' }, 'Download') },
      ], files.data, null, 'files-table'),
      pager(offset, files.total, o => { window.location.hash = '#/storage' + query({ user, offset: o }); }));
    }
    page(parts);
  }

  // ------------------------------------------------------------------ faults and clock

  async function faultsPage() {
    const current = await admin('GET', '/_emulator/faults');
    const kind = el('select', { 'data-test': 'fault-kind' }, ['status', 'rate_limited', 'delay', 'reset_before', 'reset_after', 'truncated', 'endless', 'hold']
      .map(k => el('option', { value: k }, k)));
    const status = el('input', { type: 'number', value: 503, min: 400, max: 599, 'data-test': 'fault-status' });
    const count = el('input', { type: 'number', value: 1, min: 1, 'data-test': 'fault-count' });
    const prefix = el('input', { type: 'text', placeholder: '/v1/client/events (every path when empty)', size: 36, 'data-test': 'fault-prefix' });
    const extra = el('input', { type: 'number', placeholder: 'delay ms / retry-after s', 'data-test': 'fault-extra' });
    const add = async () => {
      const rule = { kind: kind.value, count: Number(count.value) };
      if (prefix.value.trim()) rule.path_prefix = prefix.value.trim();
      if (kind.value === 'status') rule.status = Number(status.value);
      if (kind.value === 'delay') rule.delay_ms = Number(extra.value || 1000);
      if (kind.value === 'rate_limited') rule.retry_after_seconds = Number(extra.value || 1);
      await guarded(async () => { await admin('POST', '/_emulator/faults', rule); await faultsPage(); });
    };
    const clear = () => guarded(async () => { await admin('DELETE', '/_emulator/faults'); await faultsPage(); });
    page(el('h2', {}, 'Fault switch'),
      el('p', { class: 'muted' }, 'Rules apply to the next requests carrying this project\'s keys; the console\'s own routes are never faulted.'),
      el('div', { class: 'card' },
        el('div', { class: 'row' }, 'kind', kind, 'status', status, 'count', count),
        el('div', { class: 'row' }, 'path prefix', prefix, 'delay / retry-after', extra),
        el('div', { class: 'row' }, el('button', { type: 'button', onclick: add, 'data-test': 'fault-add' }, 'Add rule'),
          el('button', { class: 'plain', type: 'button', onclick: clear, 'data-test': 'fault-clear' }, 'Clear all'))),
      el('h3', {}, 'Pending'), kv({ pending: current.data.pending, held: current.data.held,
        randomly_injected: current.data.randomly_injected }, 'fault-state'),
      el('h3', {}, 'Rules in force'), table([
        { label: 'kind', key: 'kind' }, { label: 'status', key: 'status' }, { label: 'path prefix', key: 'path_prefix' },
        { label: 'turns left', render: r => text(r.remaining !== undefined ? r.remaining : 'random, ' + r.fraction) },
      ], current.data.rules || [], null, 'fault-rules'));
  }

  async function clockPage() {
    const now = await call('GET', '/_emulator/clock');
    const seconds = el('input', { type: 'number', min: 0, value: 3600, 'data-test': 'clock-seconds' });
    const advance = (s) => guarded(async () => {
      await call('POST', '/_emulator/clock', { body: { advance_seconds: s } });
      await clockPage();
    });
    showClock(now.data.now);
    page(el('h2', {}, 'Emulator clock'),
      el('div', { class: 'card' },
        el('p', {}, 'now: ', el('code', { 'data-test': 'clock-now' }, now.data.now)),
        el('div', { class: 'row' }, 'advance by', seconds, 'seconds',
          el('button', { type: 'button', onclick: () => advance(Number(seconds.value)), 'data-test': 'clock-advance' }, 'Advance')),
        el('div', { class: 'row' },
          el('button', { class: 'plain', type: 'button', onclick: () => advance(3600) }, '+1 hour'),
          el('button', { class: 'plain', type: 'button', onclick: () => advance(86400), 'data-test': 'clock-plus-day' }, '+1 day'),
          el('button', { class: 'plain', type: 'button', onclick: () => advance(7 * 86400) }, '+1 week'))),
      el('p', { class: 'muted' }, 'Time only moves forward. Streaks break, schedules fall due and windows roll on the next read.'));
  }

  function showClock(now) {
    document.getElementById('clock-badge').textContent = 'clock ' + now;
  }

  // ------------------------------------------------------------------ routing

  const PAGES = {
    projects: projectsPage, users: usersPage, collections: collectionsPage, events: eventsPage,
    push: pushPage, email: emailPage, storage: storagePage, faults: faultsPage, clock: clockPage,
  };

  function currentPage() {
    return (window.location.hash.replace(/^#\//, '').split(/[/?]/)[0]) || 'projects';
  }

  async function guarded(work) {
    try {
      showError(null);
      await work();
    } catch (e) {
      showError(e);
    }
  }

  function route() {
    if (!state.project) return;
    const hash = window.location.hash.replace(/^#\//, '');
    const [path, search] = hash.split('?');
    const parts = path.split('/');
    const name = PAGES[parts[0]] ? parts[0] : 'projects';
    for (const a of document.querySelectorAll('#tabs a')) a.classList.toggle('active', a.dataset.page === name);
    const params = new URLSearchParams(search || '');
    document.body.dataset.page = name;
    guarded(async () => {
      delete document.body.dataset.ready;
      if (name === 'users' && parts[1]) await userPage(decodeURIComponent(parts[1]));
      else await PAGES[name](params);
      // Tests wait for this: the page's data has arrived and is drawn.
      document.body.dataset.ready = hash || 'projects';
    });
  }

  window.addEventListener('hashchange', route);
  document.addEventListener('DOMContentLoaded', () => {
    guarded(async () => {
      await loadProjects();
      const now = await call('GET', '/_emulator/clock');
      showClock(now.data.now);
    });
  });
})();
