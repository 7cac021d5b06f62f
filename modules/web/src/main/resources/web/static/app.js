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

  document.addEventListener('submit', async (event) => {
    const form = event.target;
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
