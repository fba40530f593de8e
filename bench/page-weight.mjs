// Bytes over the wire of public pages as Debian's Chromium loads them (first view, empty cache, nothing
// scrolled: lazy images below the fold are not counted), on a 360 px phone (DPR 2) and a 1280 px desktop.
//
//   node --experimental-websocket bench/page-weight.mjs http://127.0.0.1:8084 / /actualites/some-article
//
// Needs Node 20+ (WebSocket) and /usr/bin/chromium. Prints a Markdown table: document, CSS, JS, images, total
// (bytes as transferred, i.e. compressed when the server compresses).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [base, ...paths] = process.argv.slice(2);
const port = 9300 + Math.floor(Math.random() * 500);
const profile = mkdtempSync(join(tmpdir(), 'weight-'));
const chromium = spawn('/usr/bin/chromium', ['--headless=new', '--no-sandbox', '--disable-gpu',
  '--disable-background-networking', '--no-first-run', `--remote-debugging-port=${port}`,
  `--user-data-dir=${profile}`, 'about:blank'], { stdio: 'ignore' });

async function target() {
  for (let i = 0; i < 100; i++) {
    try {
      const list = await (await fetch(`http://127.0.0.1:${port}/json/list`)).json();
      const page = list.find(t => t.type === 'page');
      if (page) return page.webSocketDebuggerUrl;
    } catch (e) { /* not up yet */ }
    await new Promise(r => setTimeout(r, 100));
  }
  throw new Error('Chromium did not start');
}

const ws = new WebSocket(await target());
await new Promise(r => ws.addEventListener('open', r));
let id = 0;
const pending = new Map();
const listeners = [];
ws.addEventListener('message', event => {
  const message = JSON.parse(event.data);
  if (message.id && pending.has(message.id)) { pending.get(message.id)(message.result); pending.delete(message.id); }
  else listeners.forEach(l => l(message));
});
const send = (method, params = {}) => new Promise(r => { const n = ++id; pending.set(n, r); ws.send(JSON.stringify({ id: n, method, params })); });

await send('Network.enable');
await send('Page.enable');
await send('Network.setCacheDisabled', { cacheDisabled: true });

async function weigh(url) {
  const types = new Map();
  const sizes = { Document: 0, Stylesheet: 0, Script: 0, Image: 0, Other: 0 };
  let loaded = false;
  let last = Date.now();
  const listener = m => {
    if (m.method === 'Network.responseReceived') types.set(m.params.requestId, m.params.type);
    if (m.method === 'Network.loadingFinished') {
      const type = types.get(m.params.requestId);
      sizes[type in sizes ? type : 'Other'] += m.params.encodedDataLength;
      last = Date.now();
    }
    if (m.method === 'Page.loadEventFired') loaded = true;
  };
  listeners.push(listener);
  await send('Page.navigate', { url });
  while (!loaded || Date.now() - last < 1500) await new Promise(r => setTimeout(r, 100));
  listeners.splice(listeners.indexOf(listener), 1);
  return sizes;
}

console.log('| viewport | page | document | CSS | JS | images | total |');
console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: |');
for (const [name, metrics] of [['360 px', { width: 360, height: 740, deviceScaleFactor: 2, mobile: true }],
  ['1280 px', { width: 1280, height: 900, deviceScaleFactor: 1, mobile: false }]]) {
  await send('Emulation.setDeviceMetricsOverride', metrics);
  for (const path of paths) {
    const s = await weigh(base + path);
    const total = Object.values(s).reduce((a, b) => a + b, 0);
    console.log(`| ${name} | ${path.length > 40 ? path.slice(0, 40) + '…' : path} | ${s.Document} | ${s.Stylesheet} | ${s.Script} | ${s.Image} | ${total} |`);
  }
}
ws.close();
const exited = new Promise(r => chromium.on('exit', r));
chromium.kill();
await exited;
rmSync(profile, { recursive: true, force: true, maxRetries: 5 });
