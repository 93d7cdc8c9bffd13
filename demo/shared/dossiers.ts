// The "Mijn dossiers" page: every tracker follows the page's notification store, a link such as
// /dossiers.html#studietoelage-2026 focuses its tracker once the trackers have loaded, and the demo
// buttons move a dossier forward (the server then pushes a notification for it).
import { NotificationStore } from '../../src/data/index.js';
import type { LoketStatusTracker } from '../../src/entries/status-tracker.js';
import './dossiers.css';

const ENDPOINT = '/api/notifications';
const trackers = [...document.querySelectorAll<LoketStatusTracker>('loket-status-tracker')];

// The same store as the header's bell (one per endpoint per page): a new notification about a dossier
// makes its tracker refetch and announce the change.
const store = NotificationStore.for(ENDPOINT);
for (const tracker of trackers) tracker.source = store;

/** Resolves when the tracker has its dossier (or after a few seconds, when loading failed). */
function loaded(tracker: LoketStatusTracker): Promise<unknown> {
  if (tracker.dossier) return tracker.updateComplete;
  return Promise.race([
    new Promise((resolve) => tracker.addEventListener('loket-dossier-load', resolve, { once: true })),
    new Promise((resolve) => setTimeout(resolve, 4000)),
  ]).then(() => tracker.updateComplete);
}

/**
 * Focuses the tracker the hash points at. Trackers load asynchronously, so the browser's own jump to the
 * fragment lands too early: wait for all of them, then focus (which scrolls) the target.
 */
async function focusHash(): Promise<void> {
  const id = decodeURIComponent(location.hash.slice(1));
  if (!id) return;
  const target = document.getElementById(id);
  if (!target || !trackers.includes(target as LoketStatusTracker)) return;
  await customElements.whenDefined('loket-status-tracker');
  await Promise.all(trackers.map(loaded));
  target.focus({ preventScroll: true });
  target.scrollIntoView({ block: 'start' });
}

void focusHash();
window.addEventListener('hashchange', () => void focusHash());

for (const button of document.querySelectorAll<HTMLElement>('[data-advance]')) {
  button.addEventListener('click', async () => {
    const id = button.dataset.advance!;
    const tracker = trackers.find((t) => t.dossierId === id);
    const response = await fetch(`/api/dossiers/${encodeURIComponent(id)}/advance`, { method: 'POST', credentials: 'include' });
    if (!response.ok) return;
    const dossier = (await response.json()) as { title: string; steps: { label: string; status: string }[] };
    const current = dossier.steps.find((s) => s.status === 'current') ?? dossier.steps[dossier.steps.length - 1];
    // What a back office would do: notify the citizen. The tracker hears it through the store.
    const pushed = await fetch(ENDPOINT, {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        title: `De status van uw dossier ${dossier.title} is gewijzigd`,
        body: `Nieuwe stap: ${current.label}.`,
        sender: { id: 'mijn-dossiers', name: 'Mijn dossiers' },
        url: `/dossiers.html#${id}`,
        dossier: { id, label: dossier.title },
      }),
    }).catch(() => undefined);
    // Without a live notification stream (or when the push failed) the tracker would not hear of it:
    // refetch directly. The change is announced either way.
    if (!pushed?.ok || store.snapshot.connection !== 'live') await tracker?.reload();
  });
}
