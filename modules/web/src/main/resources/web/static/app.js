// newswatch page: calls the API with the session cookie and the CSRF token (no token in the page).
'use strict';
const newswatch = (() => {
  const csrf = () => (document.querySelector('meta[name="csrf-token"]') || {}).content || '';

  async function api(method, path, body) {
    const init = { method, headers: { 'Accept': 'application/json' }, credentials: 'same-origin' };
    if (method !== 'GET') {
      init.headers['X-CSRF-Token'] = csrf();
    }
    if (body !== undefined) {
      init.headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    const response = await fetch(path, init);
    let data = null;
    try {
      data = await response.json();
    } catch (e) {
      data = null;
    }
    return { status: response.status, ok: response.ok, data };
  }

  function showError(id, text) {
    const el = document.getElementById(id);
    if (!el) return;
    el.textContent = text || '';
    el.hidden = !text;
  }

  function errorText(result) {
    return (result.data && result.data.error) ? result.data.error : 'request failed (HTTP ' + result.status + ')';
  }

  const actions = {
    async pause(id) { return api('POST', '/api/v1/subscriptions/' + encodeURIComponent(id) + '/pause'); },
    async resume(id) { return api('POST', '/api/v1/subscriptions/' + encodeURIComponent(id) + '/resume'); },
    async test(id) { return api('POST', '/api/v1/subscriptions/' + encodeURIComponent(id) + '/test'); },
    async delete(id) {
      if (!window.confirm('Delete subscription ' + id + '?')) return null;
      return api('DELETE', '/api/v1/subscriptions/' + encodeURIComponent(id));
    },
    async redeliver(id) {
      return api('POST', '/api/v1/deliveries/redeliver?subscription=' + encodeURIComponent(id));
    },
    async 'remove-feed'(id) {
      if (!window.confirm('Stop polling this feed?')) return null;
      return api('DELETE', '/api/v1/feeds/' + encodeURIComponent(id));
    },
  };

  function resultText(action, data) {
    if (action === 'test' && data) return data.matchCount + ' of ' + data.storiesChecked + ' recent stories match';
    if (action === 'redeliver' && data) return data.redelivered + ' redelivered of ' + data.read + ' read';
    return 'done';
  }

  document.addEventListener('click', async (event) => {
    const button = event.target.closest('button[data-action]');
    if (!button || !actions[button.dataset.action]) return;
    const action = button.dataset.action;
    button.disabled = true;
    try {
      const result = await actions[action](button.dataset.id);
      if (result === null) return;
      if (!result.ok) {
        showError('action-error', errorText(result));
        return;
      }
      showError('action-error', '');
      if (action === 'test' || action === 'redeliver') {
        const out = document.querySelector('[data-result="' + CSS.escape(button.dataset.id) + '"]');
        if (out) out.textContent = resultText(action, result.data);
      } else {
        window.location.reload();
      }
    } finally {
      button.disabled = false;
    }
  });

  const MAX_OPML_BYTES = 1024 * 1024;

  function cell(row, text, className) {
    const td = document.createElement('td');
    td.textContent = text || '';
    if (className) td.className = className;
    row.appendChild(td);
  }

  async function importOpml(form) {
    const file = form.elements.file.files[0];
    if (!file) return;
    if (file.size > MAX_OPML_BYTES) {
      showError('action-error', 'the OPML file is over 1 MiB');
      return;
    }
    const response = await fetch('/api/v1/feeds:import', {
      method: 'POST', credentials: 'same-origin', body: await file.text(),
      headers: { 'Accept': 'application/json', 'Content-Type': 'text/x-opml', 'X-CSRF-Token': csrf() },
    });
    let data = null;
    try { data = await response.json(); } catch (e) { data = null; }
    if (!response.ok) {
      showError('action-error', errorText({ status: response.status, data }));
      return;
    }
    showError('action-error', '');
    const body = document.querySelector('#import-table tbody');
    body.replaceChildren();
    for (const feed of data.feeds) {
      const row = document.createElement('tr');
      row.dataset.outcome = feed.outcome;
      cell(row, (feed.name ? feed.name + ' — ' : '') + feed.url);
      cell(row, feed.outcome === 'exists' ? 'already present' : feed.outcome, 'state state-' + feed.outcome);
      cell(row, feed.reason);
      body.appendChild(row);
    }
    document.getElementById('import-summary').textContent = data.listed + ' feeds listed: ' + data.added
      + ' added, ' + data.exists + ' already present, ' + data.refused + ' refused.';
    document.getElementById('import-result').hidden = false;
  }

  async function discover(form) {
    const result = await api('POST', '/api/v1/feeds:discover', { url: form.elements.url.value.trim() });
    if (!result.ok) {
      showError('action-error', errorText(result));
      return;
    }
    showError('action-error', '');
    const list = document.getElementById('discovered-list');
    list.replaceChildren();
    document.getElementById('discovered-page').textContent = result.data.page;
    if (result.data.feeds.length === 0) {
      const li = document.createElement('li');
      li.textContent = 'The page advertises no feed.';
      list.appendChild(li);
    }
    for (const feed of result.data.feeds) {
      const li = document.createElement('li');
      li.className = 'discovered-feed';
      const url = document.createElement('span');
      url.textContent = feed.url;
      li.appendChild(url);
      li.appendChild(document.createTextNode(' '));
      if (feed.registered) {
        const note = document.createElement('span');
        note.className = 'sub';
        note.textContent = 'already polled';
        li.appendChild(note);
      } else {
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'add-discovered';
        button.dataset.url = feed.url;
        button.textContent = 'Add';
        button.setAttribute('aria-label', 'Add ' + feed.url);
        li.appendChild(button);
      }
      list.appendChild(li);
    }
    document.getElementById('discovered').hidden = false;
  }

  document.addEventListener('click', async (event) => {
    const button = event.target.closest('button.add-discovered');
    if (!button) return;
    button.disabled = true;
    const result = await api('POST', '/api/v1/feeds', { url: button.dataset.url });
    if (result.status === 201 || result.status === 409) {
      window.location.reload();
    } else {
      button.disabled = false;
      showError('action-error', errorText(result));
    }
  });

  document.addEventListener('submit', async (event) => {
    const form = event.target;
    if (form.dataset.action === 'import-opml') {
      event.preventDefault();
      await importOpml(form);
      return;
    }
    if (form.dataset.action === 'discover-feeds') {
      event.preventDefault();
      await discover(form);
      return;
    }
    if (form.dataset.action !== 'add-feed') return;
    event.preventDefault();
    const body = { url: form.elements.url.value.trim() };
    if (form.elements.name.value.trim()) body.name = form.elements.name.value.trim();
    const result = await api('POST', '/api/v1/feeds', body);
    if (result.status === 201 || result.status === 409) {
      window.location.reload();
    } else {
      showError('action-error', errorText(result));
    }
  });

  return { api, showError, errorText };
})();
