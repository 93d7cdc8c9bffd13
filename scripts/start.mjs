#!/usr/bin/env node
// npm start: builds everything, then serves the demo portal and its embedded backend.
// PORT picks the port (default 8080; the next free one is used when it is taken).
import { execFileSync } from 'node:child_process';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../demo/server/server.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
if (!process.argv.includes('--no-build')) {
  execFileSync(process.execPath, [join(root, 'scripts/build.mjs')], { stdio: 'inherit', cwd: root });
}

const wanted = Number(process.env.PORT ?? 8080);
let server;
for (let port = wanted; port < wanted + 20 && !server; port += 1) {
  try {
    server = await startServer({ port, host: process.env.HOST ?? '127.0.0.1' });
  } catch (error) {
    if (error?.code !== 'EADDRINUSE') throw error;
  }
}
if (!server) {
  console.error(`No free port between ${wanted} and ${wanted + 19}. Set PORT to a free one.`);
  process.exit(1);
}

console.log(`\nLoket demo portal: ${server.url}`);
console.log(`  Mijn dossiers:  ${server.url}dossiers.html`);
console.log(`  Meldingen:      ${server.url}inbox.html`);
console.log(`  Tevredenheid:   ${server.url}feedback.html`);
console.log(`  Test notification sender: ${server.url}dev.html`);
console.log('Press Ctrl+C to stop.');

const stop = async () => {
  await server.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
