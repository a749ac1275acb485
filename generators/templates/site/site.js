(() => {
  'use strict';
  const entries = [...document.querySelectorAll('[data-entry]')];
  const filters = document.querySelector('[data-filters]');
  const form = filters.querySelector('form');
  const field = (name) => form.querySelector(`[data-filter="${name}"]`);
  const count = filters.querySelector('[data-count]');
  const noMatch = filters.querySelector('[data-no-match]');
  const text = (e) => [e.dataset.code, e.dataset.key, e.dataset.aliases || '', ...[...e.querySelectorAll('[data-field]')].map((f) => f.textContent)].join('\n').toLowerCase();
  const haystacks = new Map(entries.map((e) => [e, text(e)]));
  const apply = () => {
    const words = field('text').value.toLowerCase().split(/\s+/).filter(Boolean);
    const group = field('group').value, status = field('status').value, retryable = field('retryable').value;
    let shown = 0;
    for (const e of entries) {
      const hit = words.every((w) => haystacks.get(e).includes(w)) && (!group || e.dataset.group === group) && (!status || e.dataset.status === status) && (!retryable || e.dataset.retryable === retryable);
      e.hidden = !hit;
      if (hit) shown++;
    }
    for (const section of document.querySelectorAll('[data-group]:not([data-entry])')) {
      if (section.tagName === 'SECTION') section.hidden = !section.querySelector('[data-entry]:not([hidden])');
    }
    count.textContent = count.dataset.template.replace('{shown}', shown).replace('{total}', entries.length);
    noMatch.hidden = shown > 0;
  };
  const highlight = () => {
    for (const e of document.querySelectorAll('.is-target')) e.classList.remove('is-target');
    const id = decodeURIComponent(location.hash.slice(1));
    const target = id && document.getElementById(id);
    if (!target || !target.matches('[data-entry]')) return;
    if (target.hidden) { form.reset(); apply(); }
    target.classList.add('is-target');
    target.scrollIntoView({ block: 'start' });
    for (const a of document.querySelectorAll('.languages a')) a.hash = location.hash;
  };
  form.addEventListener('input', apply);
  form.addEventListener('reset', () => setTimeout(apply));
  window.addEventListener('hashchange', highlight);
  for (const button of document.querySelectorAll('[data-copy]')) {
    button.hidden = false;
    button.addEventListener('click', async () => {
      const label = button.textContent;
      try {
        await navigator.clipboard.writeText(document.getElementById(button.dataset.copy).textContent);
        button.textContent = button.dataset.copied || label;
      } catch {
        getSelection().selectAllChildren(document.getElementById(button.dataset.copy));
      }
      setTimeout(() => { button.textContent = label; }, 1500);
    });
  }
  filters.hidden = false;
  apply();
  highlight();
})();
