#!/usr/bin/env node
// npm run a11y: the accessibility audit. Builds Storybook, opens every story in headless Chromium in
// every locale, runs axe-core with the WCAG 2.2 AA tags (and, in fr, en and de, looks for the stories'
// own Dutch texts: rule loket-story-language), writes reports/a11y/report.json and
// reports/a11y/report.html, prints "a11y: N stories × 4 locales, M violations" and exits non-zero
// on any violation or any story that fails to render. Documentation: docs/a11y.md.
//
//   node scripts/a11y.mjs [--no-build] [--story <substring>] [--locale nl,fr] [--switch] [--static-dir <dir>] [--out <dir>]
import { spawn } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { wcagTags } from './wcag-tags.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);

const allLocales = ['nl', 'fr', 'en', 'de'];
const parallelism = 2;
const storyTimeoutMs = 30_000;
// Storybook's own hidden chrome (error overlay, docs root, highlights): not part of any story.
const storybookChrome = ['.sb-wrapper', '#storybook-docs', '#storybook-highlights-root'];

const usage = `Usage: npm run a11y -- [options]
  --no-build            reuse storybook-static/ (built anyway when it is missing)
  --story <substring>   only stories whose id, title or name contains this (case-insensitive)
  --locale <list>       only these locales, comma-separated (default: nl,fr,en,de)
  --switch              load each story once, in the first locale, and switch to the others live
                        (as the toolbar's language switch does): about three times faster; without it
                        every story × locale is a fresh page load
  --static-dir <dir>    audit this Storybook build instead of storybook-static/ (implies --no-build)
  --out <dir>           where to write report.json and report.html (default: reports/a11y)`;

function parseArgs(argv) {
  const options = { build: true, story: undefined, locales: allLocales, switch: false, staticDir: 'storybook-static', out: 'reports/a11y' };
  for (let i = 0; i < argv.length; i += 1) {
    const [flag, inline] = argv[i].split(/=(.*)/s, 2);
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') fail(`${flag} needs a value.\n\n${usage}`);
      return v;
    };
    switch (flag) {
      case '--no-build': options.build = false; break;
      case '--story': options.story = value().toLowerCase(); break;
      case '--locale': case '--locales': {
        const list = value().split(',').map((l) => l.trim().toLowerCase()).filter(Boolean);
        const unknown = list.filter((l) => !allLocales.includes(l));
        if (unknown.length) fail(`Unknown locale(s): ${unknown.join(', ')}. Use ${allLocales.join(', ')}.`);
        options.locales = allLocales.filter((l) => list.includes(l));
        break;
      }
      case '--switch': options.switch = true; break;
      case '--static-dir': options.staticDir = value(); options.build = false; break;
      case '--out': options.out = value(); break;
      case '-h': case '--help': console.log(usage); process.exit(0); break;
      default: fail(`Unknown option ${argv[i]}.\n\n${usage}`);
    }
  }
  return options;
}

function fail(message, code = 2) {
  console.error(`a11y: ${message}`);
  process.exit(code);
}

function run(command, args) {
  return new Promise((resolvePromise) => {
    const child = spawn(command, args, { stdio: 'inherit', shell: process.platform === 'win32' });
    child.on('close', (code) => resolvePromise(code ?? 1));
    child.on('error', () => resolvePromise(1));
  });
}

/** `npm run build-storybook` (manifest + static Storybook), through the npm that runs us when there is one. */
async function buildStorybook() {
  console.log('a11y: building Storybook (npm run build-storybook)…');
  const started = performance.now();
  const npmCli = process.env.npm_execpath;
  const code = npmCli && /\.[cm]?js$/.test(npmCli)
    ? await run(process.execPath, [npmCli, 'run', '--silent', 'build-storybook'])
    : await run('npm', ['run', '--silent', 'build-storybook']);
  if (code !== 0) fail(`building Storybook failed (exit ${code}).`, 1);
  console.log(`a11y: Storybook built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

const mimeTypes = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.gif': 'image/gif', '.webp': 'image/webp',
  '.ico': 'image/x-icon', '.woff': 'font/woff', '.woff2': 'font/woff2', '.ttf': 'font/ttf', '.map': 'application/json',
  '.txt': 'text/plain; charset=utf-8', '.wasm': 'application/wasm',
};

/** A small static file server for the Storybook build, on a free localhost port. */
const axeUrl = '/__loket-a11y/axe.min.js';
const axeFile = join(root, 'node_modules/axe-core/axe.min.js');

function serveStatic(dir) {
  const base = resolve(dir);
  const server = createServer((req, res) => {
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    // axe-core from node_modules, served by URL so Chromium caches its compiled code between stories.
    let file = pathname === axeUrl ? axeFile : resolve(base, `.${pathname}`);
    if (file !== axeFile && file !== base && !file.startsWith(base + sep)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    res.writeHead(200, {
      'content-type': mimeTypes[extname(file).toLowerCase()] ?? 'application/octet-stream',
      // Hashed assets may be cached by the browser between stories; pages and index.json may not.
      'cache-control': pathname.startsWith('/assets/') || pathname.startsWith('/sb-') || pathname === axeUrl ? 'max-age=3600' : 'no-cache',
    });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolvePromise({ url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(() => r())) });
    });
  });
}

/** Resolves once no request (other than long-lived streams) has been in flight for `quietMs`. */
function trackNetwork(page) {
  const pending = new Set();
  const ignored = new Set(['eventsource', 'websocket']);
  page.on('request', (r) => { if (!ignored.has(r.resourceType())) pending.add(r); });
  page.on('requestfinished', (r) => pending.delete(r));
  page.on('requestfailed', (r) => pending.delete(r));
  return async function idle({ quietMs = 50, timeoutMs = 3000 } = {}) {
    const deadline = Date.now() + timeoutMs;
    let quietSince = Date.now();
    while (Date.now() < deadline) {
      if (pending.size > 0) quietSince = Date.now();
      else if (Date.now() - quietSince >= quietMs) return;
      await new Promise((r) => setTimeout(r, 25));
    }
  };
}

/** In the page: waits until Storybook finished the story (render, play, afterEach) or showed an error. */
function storyFinished(storyId) {
  const body = document.body;
  if (body?.classList.contains('sb-show-errordisplay')) return true;
  const render = window.__STORYBOOK_PREVIEW__?.currentRender;
  return Boolean(render && render.id === storyId && ['finished', 'aborted'].includes(render.phase));
}

/**
 * In the page: waits for every custom element in the story (through shadow roots) to be defined and
 * for Lit elements to finish updating, then two frames. Returns tags that never got defined.
 */
async function settleElements(timeoutMs) {
  const collect = () => {
    const found = new Set();
    const walk = (rootNode) => {
      for (const el of rootNode.querySelectorAll('*')) {
        if (el.localName.includes('-')) found.add(el);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document);
    return [...found];
  };
  const withTimeout = (promise) => Promise.race([promise, new Promise((r) => setTimeout(r, timeoutMs))]);
  const undefinedTags = new Set();
  for (let round = 0; round < 3; round += 1) {
    const elements = collect();
    const tags = [...new Set(elements.map((el) => el.localName))];
    await withTimeout(Promise.all(tags.map((tag) => customElements.whenDefined(tag))));
    undefinedTags.clear();
    for (const tag of tags) if (!customElements.get(tag)) undefinedTags.add(tag);
    // Elements render more elements: settle until a pass finds nothing new.
    await withTimeout(Promise.all(elements.map((el) => el.updateComplete).filter(Boolean)));
    await new Promise((r) => window.requestAnimationFrame(() => window.requestAnimationFrame(r)));
    if (collect().length === elements.length) break;
  }
  await document.fonts?.ready;
  return [...undefinedTags];
}

/**
 * In the page: axe-core on the whole document, Storybook's own chrome excluded. Rules a story switches
 * off in `parameters.a11y` (config.rules or options.rules with `enabled: false`) are exemptions: they
 * are honoured, as in the Storybook panel, and listed in the report. `a11y.disable` and `test: 'off'`
 * are not honoured: every story is audited.
 */
async function runAxe({ tags, exclude }) {
  const axe = window.axe;
  const a11y = window.__STORYBOOK_PREVIEW__?.currentRender?.story?.parameters?.a11y ?? {};
  const exempted = new Set();
  for (const rule of a11y.config?.rules ?? []) if (rule?.id && rule.enabled === false) exempted.add(rule.id);
  for (const [id, rule] of Object.entries(a11y.options?.rules ?? {})) if (rule?.enabled === false) exempted.add(id);
  axe.reset();
  const result = await axe.run(
    { include: [document], exclude: exclude.filter((s) => document.querySelector(s)).map((s) => [s]) },
    {
      runOnly: { type: 'tag', values: tags },
      rules: Object.fromEntries([...exempted].map((id) => [id, { enabled: false }])),
      resultTypes: ['violations'],
    },
  );
  return {
    exemptions: [...exempted],
    violations: result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      description: v.description,
      help: v.help,
      helpUrl: v.helpUrl,
      tags: v.tags,
      nodes: v.nodes.map((n) => ({ target: n.target, html: n.html, failureSummary: n.failureSummary ?? '' })),
    })),
    incomplete: result.incomplete.length,
    passes: result.passes.length,
  };
}

/**
 * In the page: switches the story to `locale` as the toolbar's "Taal" does (the `locale` global), so the
 * story renders again in place with its own text in that language and `lang` on the wrapper and on
 * <html>; the elements stay and must follow. Resolves when Storybook has finished that render.
 * (A Storybook without its channel only gets `lang` set.)
 */
async function switchLanguage({ locale, timeoutMs }) {
  const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
  if (!channel) {
    document.documentElement.lang = locale;
    for (const wrapper of document.querySelectorAll('.loket-story[lang]')) wrapper.setAttribute('lang', locale);
    return;
  }
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The story did not render again in ${locale} within ${timeoutMs / 1000} s.`)), timeoutMs);
    const finished = () => {
      clearTimeout(timer);
      channel.off('storyFinished', finished);
      resolve();
    };
    channel.on('storyFinished', finished);
    channel.emit('updateGlobals', { globals: { locale } });
  });
}

/** In the page: Loket elements (through shadow roots) whose localize controller is in another language. */
function elementsNotIn(locale) {
  const wrong = [];
  const walk = (rootNode) => {
    for (const el of rootNode.querySelectorAll('*')) {
      const active = el.localName.startsWith('loket-') ? el.localize?.locale : undefined;
      if (active && active !== locale && !el.closest('[lang]:not(html, .loket-story)')) wrong.push(`<${el.localName}> in ${active}`);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(document);
  return wrong;
}

/**
 * In the page: the Dutch texts of the stories' copy (stories/support/copy.ts, through the preview's
 * `__loketDutchTextsFor`) still shown on a page in `locale`: in text, in attributes that name or
 * describe (aria-label, label, title, alt, placeholder, heading) and, with `values`, in form fields'
 * values, through shadow roots. Text inside an element with its own other `lang` is marked as such (WCAG 3.1.2) and
 * passes. One finding per text and element, as axe reports nodes.
 */
function dutchStoryTexts({ locale, exclude, values }) {
  const texts = window.__loketDutchTextsFor?.(locale) ?? [];
  if (!texts.length) return [];
  const patterns = texts.map(({ text, pattern }) => ({ text, regex: new RegExp(pattern, 'u') }));
  const attributes = ['aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'aria-placeholder', 'label', 'title', 'alt', 'placeholder', 'heading'];
  // A shadow root (a fragment with a host) leads on to its host.
  const up = (node) => (node.parentNode?.nodeType === 11 && node.parentNode.host) || node.parentNode;
  const langOf = (node) => {
    for (let n = node; n; n = up(n)) if (n.nodeType === 1 && n.hasAttribute('lang')) return n.getAttribute('lang').toLowerCase().split('-')[0];
    return locale;
  };
  const pathOf = (el) => {
    const path = [];
    for (let n = el; n; n = n.getRootNode().nodeType === 11 ? n.getRootNode().host : null) path.unshift(n.localName + (n.id ? `#${n.id}` : ''));
    return path;
  };
  const found = new Map();
  const check = (value, el) => {
    const text = value.replace(/\s+/g, ' ').trim();
    if (!text || langOf(el) !== locale) return;
    const matches = patterns.filter(({ regex }) => regex.test(text)).map((p) => p.text);
    // "Fiscaal attest 2025 beschikbaar" is one finding, not also "Fiscaal attest".
    for (const dutch of matches.filter((m) => !matches.some((other) => other !== m && other.includes(m)))) {
      const key = `${dutch}\u0000${pathOf(el).join(' ')}`;
      if (!found.has(key)) found.set(key, { text: dutch, target: pathOf(el), html: el.outerHTML.slice(0, 300) });
    }
  };
  const walk = (root) => {
    // Adjacent text nodes are one text: a template splits "Een bericht van het type ${variant}." into
    // three, between comment markers.
    let run = '';
    const flush = () => {
      check(run, root.nodeType === 11 ? root.host : root);
      run = '';
    };
    for (const node of root.childNodes) {
      if (node.nodeType === 3) run += node.nodeValue ?? '';
      if (node.nodeType !== 1) continue;
      flush();
      if (['SCRIPT', 'STYLE', 'TEMPLATE'].includes(node.tagName.toUpperCase()) || exclude.some((s) => node.matches(s))) continue;
      for (const name of attributes) if (node.hasAttribute(name)) check(node.getAttribute(name), node);
      if (values && (node.localName === 'input' || node.localName === 'textarea') && node.value) check(node.value, node);
      if (node.shadowRoot) walk(node.shadowRoot);
      walk(node);
    }
    flush();
  };
  walk(document.body);
  return [...found.values()];
}

/** The Dutch story texts found on a page in `locale`, as a violation in axe's shape. */
function storyLanguageViolation(locale, found) {
  return {
    id: 'loket-story-language',
    impact: 'serious',
    description: `Text the story passes to the elements is still in Dutch on a page whose language is ${locale}, so a screen reader reads it with the wrong pronunciation and a designer sees a mixed page. Translate it in stories/support/copy.ts and show it through copyFor(context)`,
    help: 'Story text must be in the language of the page (Loket check, not an axe rule)',
    helpUrl: 'https://www.w3.org/WAI/WCAG22/Understanding/language-of-parts.html',
    tags: ['wcag2aa', 'wcag312'],
    nodes: found.map((f) => ({ target: f.target, html: f.html, failureSummary: `Dutch story text: "${f.text}"` })),
  };
}

/** Waits for the story's elements and the network to settle, then runs axe; fills in `record`. */
async function auditLoaded(page, idle, record) {
  await idle();
  // The stories' fake endpoints answer in the page (stories/support/fake-fetch.ts), unseen by idle().
  await page
    .waitForFunction(() => !window.__loketStoryPending, null, { timeout: 5000, polling: 50 })
    .catch(() => { throw new Error('A fake endpoint of the story did not answer within 5 s.'); });
  const undefinedTags = await page.evaluate(settleElements, 5000);
  if (undefinedTags.length) throw new Error(`Custom elements never defined: ${undefinedTags.join(', ')}.`);
  const wrongLanguage = await page.evaluate(elementsNotIn, record.locale);
  if (wrongLanguage.length) throw new Error(`Elements not in ${record.locale}: ${wrongLanguage.slice(0, 5).join(', ')}.`);
  await idle();
  if (!(await page.evaluate(() => Boolean(window.axe)))) await page.addScriptTag({ url: axeUrl });
  const result = await page.evaluate(runAxe, { tags: wcagTags, exclude: storybookChrome });
  // Not an axe rule: the story's own text must be in the page's language too (stories/support/copy.ts).
  // After a live switch, what was typed before it stays as it was typed: form fields are checked on a fresh load only.
  const dutch = await page.evaluate(dutchStoryTexts, { locale: record.locale, exclude: storybookChrome, values: !record.switchedFrom });
  if (dutch.length) result.violations.push(storyLanguageViolation(record.locale, dutch));
  Object.assign(record, { status: result.violations.length ? 'fail' : 'pass', ...result });
}

/**
 * Audits one story in `locales`: each one a fresh page load, or with `switchLive` the first one loaded
 * and the others switched to in the same page. Returns one record per locale.
 */
async function auditStory(context, baseUrl, story, locales, switchLive) {
  const records = [];
  let page;
  let idle;
  let pageErrors = [];
  for (const [i, locale] of locales.entries()) {
    // a11y.manual:!true keeps addon-a11y's own axe run (its afterEach) from running too: we run ours.
    const url = `${baseUrl}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story&globals=locale:${switchLive ? locales[0] : locale};a11y.manual:!true`;
    const fresh = !switchLive || i === 0;
    // A switched locale records the page it was switched in and the locale it came from.
    const record = { id: story.id, title: story.title, name: story.name, locale, url: url.slice(baseUrl.length + 1), ...(fresh ? {} : { switchedFrom: locales[0] }) };
    const started = performance.now();
    const errorsBefore = fresh ? 0 : pageErrors.length;
    try {
      if (fresh) {
        await page?.close().catch(() => {});
        page = await context.newPage();
        idle = trackNetwork(page);
        pageErrors = [];
        page.on('pageerror', (error) => pageErrors.push(String(error?.message ?? error)));
        await page.goto(url, { waitUntil: 'load', timeout: storyTimeoutMs });
        await page.waitForFunction(storyFinished, story.id, { timeout: storyTimeoutMs, polling: 50 });
        const errorShown = await page.evaluate(() => {
          if (!document.body.classList.contains('sb-show-errordisplay')) return null;
          const text = (selector) => document.querySelector(selector)?.textContent?.trim() ?? '';
          return [text('#error-message'), text('#error-stack')].filter(Boolean).join('\n') || 'Storybook showed its error display.';
        });
        if (errorShown) throw new Error(`The story failed to render: ${errorShown}`);
      } else {
        if (!page) throw new Error('The story could not be loaded in the first locale.');
        await page.evaluate(switchLanguage, { locale, timeoutMs: storyTimeoutMs });
      }
      const lang = await page.evaluate(() => document.documentElement.lang);
      if (lang !== locale) throw new Error(`The locale did not apply: <html lang="${lang}">, expected "${locale}".`);
      await auditLoaded(page, idle, record);
    } catch (error) {
      const message = String(error?.message ?? error).split('\n').slice(0, 12).join('\n');
      Object.assign(record, { status: 'error', error: message, violations: [], exemptions: [], incomplete: 0, passes: 0 });
      if (fresh && switchLive) {
        await page?.close().catch(() => {});
        page = undefined;
      }
    } finally {
      record.pageErrors = pageErrors.slice(errorsBefore);
      record.durationMs = Math.round(performance.now() - started);
      if (!switchLive) {
        await page?.close().catch(() => {});
        page = undefined;
      }
    }
    records.push(record);
  }
  await page?.close().catch(() => {});
  return records;
}

// ─── the HTML report ─────────────────────────────────────────────────────────────────────────────

const escapeHtml = (value) =>
  String(value ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
const localeNames = { nl: 'Nederlands', fr: 'Français', en: 'English', de: 'Deutsch' };
const impactOrder = ['critical', 'serious', 'moderate', 'minor'];
const slug = (value) => String(value).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
const plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function renderHtml(report, storybookHref) {
  const { summary } = report;
  const byStory = new Map();
  for (const r of report.results) {
    if (!byStory.has(r.id)) byStory.set(r.id, { id: r.id, title: r.title, name: r.name, runs: {} });
    byStory.get(r.id).runs[r.locale] = r;
  }
  const stories = [...byStory.values()];
  const failing = report.results.filter((r) => r.status !== 'pass');
  const cell = (r) => {
    if (!r) return '<td>—</td>';
    if (r.status === 'pass') return '<td class="pass">✓ <span>pass</span></td>';
    const anchor = `${slug(r.id)}-${r.locale}`;
    const label = r.status === 'error' ? 'render error' : plural(r.violations.length, 'violation');
    return `<td class="${r.status}"><a href="#${anchor}">✗ ${escapeHtml(label)}</a></td>`;
  };
  const storyLink = (r) =>
    storybookHref
      ? ` <a class="open" href="${escapeHtml(`${storybookHref}?path=/story/${encodeURIComponent(r.id)}&globals=locale:${r.locale}`)}">open in Storybook<span class="vh"> (${escapeHtml(r.title)} — ${escapeHtml(r.name)}, ${r.locale})</span></a>`
      : '';
  const details = failing
    .map((r) => {
      const heading = `<h3 id="${slug(r.id)}-${r.locale}">${escapeHtml(r.title)} — ${escapeHtml(r.name)} <span class="locale" lang="${r.locale}">${escapeHtml(localeNames[r.locale])}</span></h3>`;
      const meta = `<p class="meta">Story <code>${escapeHtml(r.id)}</code>, locale <code>${r.locale}</code>.${storyLink(r)}</p>`;
      if (r.status === 'error') {
        return `<section aria-labelledby="${slug(r.id)}-${r.locale}">${heading}${meta}<p><strong>The story could not be audited.</strong></p><pre><code>${escapeHtml(r.error)}</code></pre></section>`;
      }
      const violations = [...r.violations]
        .sort((a, b) => impactOrder.indexOf(a.impact) - impactOrder.indexOf(b.impact))
        .map(
          (v) => `<li class="violation">
  <h4><code>${escapeHtml(v.id)}</code> <span class="impact impact-${escapeHtml(v.impact ?? 'unknown')}">${escapeHtml(v.impact ?? 'unknown impact')}</span></h4>
  <p>${escapeHtml(v.help)}. ${escapeHtml(v.description)}</p>
  <p>Rule documentation: <a href="${escapeHtml(v.helpUrl)}">${escapeHtml(v.helpUrl)}</a></p>
  <p class="tags">WCAG tags: ${v.tags.map((t) => `<code>${escapeHtml(t)}</code>`).join(' ')}</p>
  <ol class="nodes">${v.nodes
    .map(
      (n) => `<li>
    <p>Target: ${n.target.map((t) => `<code>${escapeHtml(Array.isArray(t) ? t.join(' ⇒ ') : t)}</code>`).join(' ⇒ ')}</p>
    <pre><code>${escapeHtml(n.html)}</code></pre>
    ${n.failureSummary ? `<pre class="summary">${escapeHtml(n.failureSummary)}</pre>` : ''}
  </li>`,
    )
    .join('')}</ol>
</li>`,
        )
        .join('\n');
      return `<section aria-labelledby="${slug(r.id)}-${r.locale}">${heading}${meta}<ul class="violations">${violations}</ul></section>`;
    })
    .join('\n');
  const verdict = summary.violations === 0 && summary.errors === 0;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Loket accessibility audit — ${verdict ? 'no violations' : `${plural(summary.violations, 'violation')}${summary.errors ? `, ${plural(summary.errors, 'render error')}` : ''}`}</title>
<style>
  :root { color: #333332; background: #fff; font: 1rem/1.5 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; }
  body { margin: 0 auto; padding: 1rem 1.5rem 3rem; max-width: 72rem; }
  h1, h2, h3, h4 { font-weight: 500; line-height: 1.25; }
  h4 { margin: 0 0 .25rem; font-size: 1.05rem; }
  a { color: #0055cc; } a:visited { color: #660599; }
  a:focus-visible { outline: 3px solid #0055cc; outline-offset: 2px; }
  .skip { position: absolute; left: -999rem; } .skip:focus { position: static; }
  .vh { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
  .verdict { padding: .75rem 1rem; border-left: .375rem solid; }
  .verdict.ok { border-color: #006b30; background: #e5f5ec; } .verdict.bad { border-color: #a5262a; background: #fbebec; }
  dl.counts { display: grid; grid-template-columns: max-content auto; gap: .25rem 1rem; }
  dl.counts dt { font-weight: 600; } dl.counts dd { margin: 0; }
  .table-wrap { overflow-x: auto; }
  table { border-collapse: collapse; min-width: 100%; }
  caption { text-align: left; font-weight: 600; padding-bottom: .5rem; }
  th, td { border: 1px solid #cbd2da; padding: .375rem .625rem; text-align: left; vertical-align: top; }
  thead th { background: #f7f9fc; }
  td.pass { color: #006b30; } td.fail, td.error { color: #a5262a; font-weight: 600; }
  td.fail a, td.error a { color: #a5262a; }
  code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .9em; overflow-wrap: anywhere; }
  pre { background: #f7f9fc; border: 1px solid #cbd2da; padding: .5rem .75rem; overflow-x: auto; white-space: pre-wrap; overflow-wrap: anywhere; }
  pre.summary { background: #fff; }
  section { border-top: 2px solid #cbd2da; margin-top: 2rem; }
  .violations { list-style: none; padding: 0; } .violation { margin: 1rem 0 1.5rem; }
  .impact { display: inline-block; padding: 0 .5rem; border-radius: 999px; border: 1px solid; font-size: .875rem; font-family: inherit; }
  .impact-critical, .impact-serious { color: #a5262a; } .impact-moderate { color: #8a4b00; } .impact-minor { color: #333332; }
  .locale { font-size: .875rem; color: #687483; } .meta { color: #4d5662; }
  @media (forced-colors: active) { .verdict { border-color: CanvasText; } }
</style>
</head>
<body>
<a class="skip" href="#main">Skip to the results</a>
<header>
<h1>Loket accessibility audit</h1>
<p>axe-core ${escapeHtml(report.axeVersion)} on every Storybook story in ${report.locales.map((l) => `<span lang="${l}">${escapeHtml(localeNames[l])}</span>`).join(', ')}${report.loading === 'switch' ? ` (each story loaded in ${escapeHtml(localeNames[report.locales[0]])} and switched to the other languages live)` : ''}, with the rule tags ${report.tags.map((t) => `<code>${t}</code>`).join(', ')}. Generated ${escapeHtml(report.generatedAt)}${report.filter ? `, stories matching “${escapeHtml(report.filter)}”` : ''}.</p>
</header>
<main id="main">
<h2>Summary</h2>
<p class="verdict ${verdict ? 'ok' : 'bad'}" role="status"><strong>${verdict ? 'Passed: no violations.' : `Failed: ${plural(summary.violations, 'violation')} (${plural(summary.nodes, 'element')}) in ${plural(summary.failingRuns, 'story run')}${summary.errors ? `, ${plural(summary.errors, 'story', 'stories')} could not be audited` : ''}.`}</strong></p>
<dl class="counts">
  <dt>Stories</dt><dd>${summary.stories}</dd>
  <dt>Locales</dt><dd>${summary.locales}</dd>
  <dt>Story runs (stories × locales)</dt><dd>${summary.runs}</dd>
  <dt>Runs passed</dt><dd>${summary.passedRuns}</dd>
  <dt>Violations (rule × story × locale)</dt><dd>${summary.violations}</dd>
  <dt>Elements with a violation</dt><dd>${summary.nodes}</dd>
  <dt>Stories that could not be audited</dt><dd>${summary.errors}</dd>
  <dt>Stories audited a second time after a render error</dt><dd>${summary.retriedStories}</dd>
  <dt>Violations by impact</dt><dd>${impactOrder.map((i) => `${i} ${summary.byImpact[i] ?? 0}`).join(', ')}</dd>
  <dt>Stories with exempted rules</dt><dd>${Object.keys(summary.exemptions).length}</dd>
  <dt>Violations by rule</dt><dd>${Object.keys(summary.byRule).length ? Object.entries(summary.byRule).map(([id, n]) => `<code>${escapeHtml(id)}</code> ${n}`).join(', ') : 'none'}</dd>
</dl>
<h2>Results per story</h2>
<div class="table-wrap" role="region" aria-labelledby="per-story" tabindex="0">
<table>
<caption id="per-story">Each story in each locale: pass, or the number of violations (links to the details)</caption>
<thead><tr><th scope="col">Story</th>${report.locales.map((l) => `<th scope="col"><abbr title="${escapeHtml(localeNames[l])}" lang="${l}">${l}</abbr></th>`).join('')}</tr></thead>
<tbody>
${stories.map((s) => `<tr><th scope="row">${escapeHtml(s.title)} — ${escapeHtml(s.name)}</th>${report.locales.map((l) => cell(s.runs[l])).join('')}</tr>`).join('\n')}
</tbody>
</table>
</div>
<h2>Exemptions</h2>
${Object.keys(summary.exemptions).length ? `<p>Rules these stories switch off in their <code>parameters.a11y</code> (each must say why in the story):</p>
<ul>${Object.entries(summary.exemptions).map(([id, rules]) => `<li><code>${escapeHtml(id)}</code>: ${rules.map((r) => `<code>${escapeHtml(r)}</code>`).join(', ')}</li>`).join('')}</ul>` : '<p>None: every rule ran on every story.</p>'}
<h2>Details</h2>
${failing.length ? details : '<p>Nothing to report: every story passed in every locale.</p>'}
<h2>What this audit does not check</h2>
<p>axe-core finds the problems a machine can decide. Keyboard operation, focus order and focus return, whether labels and announcements make sense, and screen-reader behaviour are covered by the component tests and by hand; see <code>docs/a11y.md</code>.</p>
</main>
</body>
</html>
`;
}

// ─── main ────────────────────────────────────────────────────────────────────────────────────────

const options = parseArgs(process.argv.slice(2));
const started = performance.now();
const indexFile = join(options.staticDir, 'index.json');
if (options.build) await buildStorybook();
else if (!existsSync(indexFile)) {
  if (options.staticDir !== 'storybook-static') fail(`${indexFile} not found.`);
  console.log('a11y: storybook-static/ is missing, building it despite --no-build.');
  await buildStorybook();
}
if (!existsSync(indexFile)) fail(`${indexFile} not found after the build.`, 1);

const index = JSON.parse(readFileSync(indexFile, 'utf8'));
const allStories = Object.values(index.entries ?? index.stories ?? {}).filter((e) => (e.type ?? 'story') === 'story');
const stories = options.story
  ? allStories.filter((s) => [s.id, s.title, s.name, `${s.title} ${s.name}`].some((v) => String(v).toLowerCase().includes(options.story)))
  : allStories;
if (stories.length === 0) {
  fail(options.story ? `no story matches "${options.story}" (${allStories.length} stories in ${indexFile}).` : `no stories in ${indexFile}: nothing to audit.`, 1);
}

const axeVersion = JSON.parse(readFileSync(join(root, 'node_modules/axe-core/package.json'), 'utf8')).version;

const { launchBrowser } = await import('../test/e2e/support.mjs');
let browser;
try {
  browser = await launchBrowser();
} catch (error) {
  fail(`could not start Chromium.\n${error?.message ?? error}`);
}
const server = await serveStatic(options.staticDir);
const runs = stories.length * options.locales.length;
const perStory = new Array(stories.length);
let next = 0;
let done = 0;
const interactive = process.stdout.isTTY;
const how = options.switch ? `, loaded in ${options.locales[0]} and switched live` : '';
console.log(`a11y: auditing ${stories.length} stories × ${options.locales.length} locales (${runs} runs${how}, ${parallelism} stories in parallel)…`);

async function worker() {
  // One browser context per worker: its cache keeps Storybook's assets between stories.
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce', locale: 'nl-BE' });
  try {
    while (next < stories.length) {
      const i = next++;
      perStory[i] = await auditStory(context, server.url, stories[i], options.locales, options.switch);
      // A story that could not be audited (a timeout on a busy machine) gets one more try; violations do not.
      if (perStory[i].some((r) => r.status === 'error')) {
        const again = await auditStory(context, server.url, stories[i], options.locales, options.switch);
        for (const r of again) r.retried = true;
        perStory[i] = again;
      }
      for (const r of perStory[i]) {
        done += 1;
        const mark = r.status === 'pass' ? 'ok  ' : r.status === 'fail' ? 'FAIL' : 'ERR ';
        const what = r.status === 'fail' ? ` — ${r.violations.map((v) => v.id).join(', ')}` : r.status === 'error' ? ` — ${r.error.split('\n')[0]}` : '';
        if (interactive || r.status !== 'pass') console.log(`  ${mark} [${done}/${runs}] ${r.id} (${r.locale})${what}`);
      }
    }
  } finally {
    await context.close();
  }
}

try {
  await Promise.all(Array.from({ length: Math.min(parallelism, stories.length) }, worker));
} finally {
  await browser.close();
  await server.close();
}

const results = perStory.flat();
const byImpact = {};
const byRule = {};
let violationCount = 0;
let nodeCount = 0;
for (const r of results) {
  for (const v of r.violations) {
    violationCount += 1;
    nodeCount += v.nodes.length;
    byImpact[v.impact ?? 'unknown'] = (byImpact[v.impact ?? 'unknown'] ?? 0) + 1;
    byRule[v.id] = (byRule[v.id] ?? 0) + 1;
  }
}
const errors = results.filter((r) => r.status === 'error');
const exemptions = {};
for (const r of results) for (const rule of r.exemptions ?? []) (exemptions[r.id] ??= new Set()).add(rule);
const report = {
  tool: 'loket a11y audit (scripts/a11y.mjs)',
  generatedAt: new Date().toISOString(),
  axeVersion,
  tags: wcagTags,
  locales: options.locales,
  // 'fresh': every story × locale a page load of its own; 'switch': each story loaded once, the other locales switched to live.
  loading: options.switch ? 'switch' : 'fresh',
  filter: options.story ?? null,
  storybook: relative(root, resolve(options.staticDir)) || '.',
  durationMs: Math.round(performance.now() - started),
  summary: {
    stories: stories.length,
    locales: options.locales.length,
    runs: results.length,
    passedRuns: results.filter((r) => r.status === 'pass').length,
    failingRuns: results.filter((r) => r.status === 'fail').length,
    violations: violationCount,
    nodes: nodeCount,
    errors: errors.length,
    retriedStories: new Set(results.filter((r) => r.retried).map((r) => r.id)).size,
    byImpact,
    byRule,
    exemptions: Object.fromEntries(Object.entries(exemptions).map(([id, rules]) => [id, [...rules].sort()])),
  },
  results,
};

mkdirSync(options.out, { recursive: true });
writeFileSync(join(options.out, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
const storybookHref = relative(resolve(options.out), resolve(options.staticDir, 'index.html')).split(sep).join('/');
writeFileSync(join(options.out, 'report.html'), renderHtml(report, storybookHref));

// Per story: which rules failed, in which locales.
const failingStories = new Map();
for (const r of results.filter((x) => x.status !== 'pass')) {
  const entry = failingStories.get(r.id) ?? new Map();
  const keys = r.status === 'error' ? ['render error'] : r.violations.map((v) => `${v.id} (${v.impact ?? 'n/a'}, ${plural(v.nodes.length, 'element')})`);
  for (const key of keys) entry.set(key, [...(entry.get(key) ?? []), r.locale]);
  failingStories.set(r.id, entry);
}
for (const [id, rules] of failingStories) {
  console.log(`  ✗ ${id}`);
  for (const [rule, locales] of rules) console.log(`      ${rule} — ${locales.join(', ')}`);
}
for (const [id, rules] of Object.entries(report.summary.exemptions)) console.log(`  exempted in ${id}: ${rules.join(', ')}`);
const seconds = (report.durationMs / 1000).toFixed(1);
console.log(`a11y: reports in ${join(options.out, 'report.html')} and report.json (${seconds} s)`);
console.log(
  `a11y: ${stories.length} stories × ${options.locales.length} locales, ${violationCount} violations` +
    (errors.length ? `, ${errors.length} runs could not be audited` : '') +
    (report.summary.retriedStories ? ` (${plural(report.summary.retriedStories, 'story', 'stories')} needed a second try)` : ''),
);
process.exit(violationCount > 0 || errors.length > 0 ? 1 : 0);
