// Alert history: each change of an alert's delivery state arrives over Server-Sent Events and the alert's
// entry, rendered and escaped by the server, replaces the one shown (or is added on top) without reload.
'use strict';
(() => {
  const list = document.getElementById('alerts');
  const live = document.getElementById('history-live');
  if (!list || typeof EventSource === 'undefined') return;
  const id = list.dataset.subscription;
  const base = '/subscriptions/' + encodeURIComponent(id);
  const pending = new Map();

  async function show(alertId) {
    const response = await fetch(base + '/alert/' + encodeURIComponent(alertId), { credentials: 'same-origin' });
    if (response.status !== 200) return;
    const doc = new DOMParser().parseFromString(await response.text(), 'text/html');
    const entry = doc.body.querySelector('li.alert');
    if (!entry) return;
    const old = list.querySelector('li.alert[data-alert="' + CSS.escape(alertId) + '"]');
    entry.classList.add('fresh');
    if (old) {
      old.replaceWith(document.adoptNode(entry));
    } else {
      list.prepend(document.adoptNode(entry));
    }
    const empty = document.getElementById('no-alerts');
    if (empty) empty.remove();
    live.textContent = 'Updated: ' + entry.querySelector('h2').textContent.trim();
  }

  // Several changes of one alert in a burst (queued, then delivered) fetch its entry once.
  function schedule(alertId) {
    if (pending.has(alertId)) return;
    pending.set(alertId, setTimeout(() => {
      pending.delete(alertId);
      show(alertId);
    }, 150));
  }

  const source = new EventSource('/api/v1/subscriptions/' + encodeURIComponent(id) + '/alerts/stream');
  source.addEventListener('delivery', (event) => {
    try {
      schedule(JSON.parse(event.data).alertId);
    } catch (e) {
      // an unreadable event is skipped
    }
  });
  source.addEventListener('open', () => { live.dataset.live = 'on'; });
  source.addEventListener('error', () => { live.dataset.live = 'reconnecting'; });
})();
