// Subscription editor: validates as you type, previews matches, saves through the subscriptions API.
'use strict';
(() => {
  const form = document.getElementById('editor');
  if (!form) return;
  const query = document.getElementById('f-query');
  const status = document.getElementById('query-status');
  const marker = document.getElementById('query-marker');

  function lines(text) {
    return text.split('\n').map((s) => s.trim()).filter((s) => s.length > 0);
  }

  function body() {
    const e = form.elements;
    const b = {
      name: e.name.value.trim() || undefined,
      query: e.query.value.trim() || null,
      watchlist: lines(e.watchlist.value),
      minSources: parseInt(e.minSources.value || '1', 10),
      mode: e.mode.value,
      rateLimitPerHour: parseInt(e.rateLimitPerHour.value || '0', 10),
      channels: [],
    };
    if (e.id && e.id.value.trim()) b.id = e.id.value.trim();
    if (b.mode === 'digest') {
      b.digest = { every: e.digestEvery.value, at: e.digestAt.value.trim(), zone: e.digestZone.value.trim() };
    }
    form.querySelectorAll('tr.channel').forEach((row) => {
      const type = row.querySelector('[name="type"]').value;
      if (!type) return;
      const c = { type };
      const url = row.querySelector('[name="url"]').value.trim();
      const secret = row.querySelector('[name="secret"]').value;
      const to = row.querySelector('[name="to"]').value.trim();
      if (url) c.url = url;
      if (secret) c.secret = secret;
      if (to) c.to = to;
      b.channels.push(c);
    });
    return b;
  }

  function showQueryError(data) {
    if (data && data.line && data.column && query.value.trim()) {
      status.textContent = 'Line ' + data.line + ', column ' + data.column + ': ' + data.error;
      const text = query.value.split('\n')[data.line - 1] || '';
      marker.textContent = text + '\n' + ' '.repeat(Math.max(0, data.column - 1)) + '^';
      marker.hidden = false;
      query.setAttribute('aria-invalid', 'true');
    } else {
      status.textContent = data && data.error ? data.error : '';
      marker.hidden = true;
      query.setAttribute('aria-invalid', data && data.error ? 'true' : 'false');
    }
    status.className = 'status error';
  }

  let timer = null;
  let seq = 0;
  async function validate() {
    const mine = ++seq;
    const result = await newswatch.api('POST', '/api/v1/subscriptions:validate', body());
    if (mine !== seq) return;
    if (result.ok) {
      status.textContent = 'Query is valid.';
      status.className = 'status ok';
      marker.hidden = true;
      query.setAttribute('aria-invalid', 'false');
    } else {
      showQueryError(result.data);
    }
  }
  form.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(validate, 300);
  });

  document.getElementById('preview').addEventListener('click', async () => {
    const result = await newswatch.api('POST', '/api/v1/subscriptions:preview', body());
    const section = document.getElementById('preview-result');
    const summary = document.getElementById('preview-summary');
    const list = document.getElementById('preview-matches');
    list.replaceChildren();
    section.hidden = false;
    if (!result.ok) {
      summary.textContent = newswatch.errorText(result);
      showQueryError(result.data);
      return;
    }
    summary.textContent = result.data.matchCount + ' of ' + result.data.storiesChecked
      + ' recent stories would have matched.';
    for (const m of result.data.matches) {
      const li = document.createElement('li');
      li.className = 'match';
      const title = document.createElement('strong');
      title.textContent = m.title;
      const meta = document.createElement('span');
      meta.className = 'sub';
      meta.textContent = ' · ' + m.independentSources + ' outlets';
      const why = document.createElement('p');
      why.className = 'why';
      why.textContent = m.reason;
      li.append(title, meta, why);
      list.append(li);
    }
  });

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const b = body();
    const update = form.dataset.mode === 'update';
    const path = update ? '/api/v1/subscriptions/' + encodeURIComponent(form.dataset.id) : '/api/v1/subscriptions';
    const result = await newswatch.api(update ? 'PUT' : 'POST', path, b);
    if (result.ok) {
      window.location.assign('/subscriptions/' + encodeURIComponent(result.data.id));
    } else {
      newswatch.showError('save-error', newswatch.errorText(result));
      if (result.data && result.data.line) showQueryError(result.data);
    }
  });
})();
