// Story board: new and revised stories arrive over Server-Sent Events and are shown without reload.
'use strict';
(() => {
  const list = document.getElementById('stories');
  const live = document.getElementById('live');
  if (!list || typeof EventSource === 'undefined') return;
  const filter = window.location.search;

  async function show(id) {
    const response = await fetch('/board/card/' + encodeURIComponent(id) + filter, { credentials: 'same-origin' });
    if (response.status !== 200) return;
    // The card is rendered and escaped by the server's template; parse it inert, then move it in.
    const doc = new DOMParser().parseFromString(await response.text(), 'text/html');
    const card = doc.body.querySelector('article.story');
    if (!card) return;
    const old = list.querySelector('article.story[data-id="' + CSS.escape(id) + '"]');
    if (old) old.remove();
    card.classList.add('fresh');
    list.prepend(document.adoptNode(card));
    const empty = document.getElementById('empty');
    if (empty) empty.remove();
    live.textContent = 'Updated: ' + card.querySelector('h2').textContent.trim();
  }

  const source = new EventSource('/api/v1/stories/stream');
  source.addEventListener('story', (event) => {
    try {
      const story = JSON.parse(event.data);
      show(story.id);
    } catch (e) {
      // an unreadable event is skipped
    }
  });
  source.addEventListener('open', () => { list.dataset.live = 'on'; });
  source.addEventListener('error', () => { list.dataset.live = 'reconnecting'; });
})();
