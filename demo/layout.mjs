// The frame every demo page shares, added at build time so each page holds only its title and content:
// the viewport, the portal script (all Loket elements, the login bar, the feedback button) and the footer.
const head = `
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <link rel="icon" href="data:," />
    <script type="module" src="./shared/portal.ts"></script>`;

const footer = `<footer class="portal-footer">
      <div class="loket-container">
        <p>Dienstencheques is een dienst van de Vlaamse overheid. Hulp nodig? Bel gratis 1700 (op werkdagen van 8 tot 20 uur).</p>
      </div>
    </footer>`;

/** Vite plugins: `<meta charset>` gets the shared head after it; `<!-- portal-footer -->` becomes the footer. */
export function demoLayout() {
  return [
    {
      name: 'loket-demo-layout',
      transformIndexHtml: {
        order: 'pre',
        handler(html, { filename }) {
          if (!html.includes('<meta charset="utf-8" />') || !html.includes('<!-- portal-footer -->')) {
            throw new Error(`${filename}: a demo page needs <meta charset="utf-8" /> and <!-- portal-footer -->`);
          }
          return html.replace('<meta charset="utf-8" />', (charset) => charset + head).replace('<!-- portal-footer -->', footer);
        },
      },
    },
    {
      // The portal's scripts block rendering, so Chromium paints nothing before the elements are defined (the page
      // does not jump as the header appears). Vite writes its own tags for them and drops `blocking`: put it back.
      name: 'loket-demo-render-blocking',
      transformIndexHtml: {
        order: 'post',
        handler: (html) => html.replace(/<script type="module"(?![^>]*blocking)/g, '<script type="module" blocking="render"'),
      },
    },
  ];
}
