// The portal's login bar: every demo page has a placeholder <div id="portal-header">; this puts a
// <loket-header> in its place with the profile from the demo backend (demo/server/routes/profile.mjs).
import '../../src/entries/header.js';

function mount(): void {
  const placeholder = document.getElementById('portal-header');
  if (!placeholder) return;
  const header = document.createElement('loket-header');
  const attributes: Record<string, string> = {
    id: 'portal-header',
    'application-name': 'Dienstencheques',
    'application-url': '/',
    'profile-url': '/api/profile',
    'login-url': '/api/login',
    'logout-url': '/api/logout',
    'switch-capacity-url': '/api/switch',
    'help-url': 'https://www.vlaanderen.be/contact',
    'skip-to': 'main',
  };
  for (const [name, value] of Object.entries(attributes)) header.setAttribute(name, value);
  // Static markup of the portal itself (no outside data).
  header.innerHTML = `
    <span slot="host">Beveiligde Zone</span>
    <a slot="links" href="/">Start</a>
    <a slot="links" href="/dossiers.html">Mijn dossiers</a>
    <a slot="links" href="/feedback.html">Feedback</a>
    <loket-notifications slot="notifications" endpoint="/api/notifications" inbox-url="/inbox.html"></loket-notifications>`;
  placeholder.replaceWith(header);
}

mount();
