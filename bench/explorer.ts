// Times the explorer page (/explore) in Debian's Chromium on a large graph:
// a depth-2 network of up to --max authors around the 100th most prolific
// author, from the navigation to the network fetched and drawn, to the layout
// stopped; the frame times while the canvas is then panned; and a click on a
// node answered in the side panel. Run it on
// an idle machine: Chromium draws with its software GL here, no GPU, and
// every input event waits for the frame it causes (a pan of 60 moves over a
// drawing that redrew all its ties took minutes).
//
// Usage: npx tsx bench/explorer.ts [--data bench/out/papers-100k.jsonl] [--max 2000]
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { chromium, type Page } from 'playwright-core';
import { SERVER_PORT, startScript } from './startScript.ts';

const { values: options } = parseArgs({
  options: {
    data: { type: 'string', default: 'bench/out/papers-100k.jsonl' },
    max: { type: 'string', default: '2000' },
  },
});

/** Frame intervals (ms) while the mouse drags across the canvas for `steps` moves. */
async function panFrames(page: Page, steps: number): Promise<number[]> {
  const box = (await page.locator('#canvas').boundingBox())!;
  // A string, not a function: tsx names inner functions with a helper the page does not have.
  await page.evaluate(`{
    const times = [];
    window.__frames = times;
    requestAnimationFrame(function tick(time) {
      times.push(time);
      if (window.__frames === times) requestAnimationFrame(tick);
    });
  }`);
  const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let i = 1; i <= steps; i++) await page.mouse.move(x + 200 * Math.sin(i / 10), y + 150 * Math.cos(i / 10));
  await page.mouse.up();
  const times = await page.evaluate(() => {
    const recorded = window.__frames;
    window.__frames = [];
    return recorded;
  });
  return times.slice(1).map((time, i) => time - times[i]!);
}

function describeFrames(intervals: number[]): string {
  const sorted = [...intervals].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!.toFixed(1);
  return `${intervals.length} frames, median ${at(0.5)} ms, p95 ${at(0.95)} ms, worst ${sorted.at(-1)!.toFixed(1)} ms`;
}

declare global {
  interface Window {
    __frames: number[];
  }
}

const server = await startScript('src/server.ts', ['--port', '0', '--host', '127.0.0.1', '--data', options.data], SERVER_PORT);
process.on('exit', () => server.child.kill('SIGTERM'));
process.on('SIGINT', () => process.exit(130));
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
try {
  const ranked = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ authors(orderBy: PAPER_COUNT, first: 100) { edges { node { id name paperCount coauthorCount } } } }' }),
  });
  const { data } = (await ranked.json()) as { data: { authors: { edges: { node: { id: string; name: string; paperCount: number; coauthorCount: number } }[] } } };
  const subject = data.authors.edges.at(-1)!.node;
  console.log(`bench/explorer: ${options.data}, depth 2, up to ${options.max} authors around ${subject.name} (${subject.paperCount} papers, ${subject.coauthorCount} coauthors)`);
  console.log(`load average at start (1/5/15 min): ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);

  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.on('crash', () => console.log('the page crashed'));
  page.on('console', (message) => {
    if (message.type() === 'error') console.log(`the page's console: ${message.text()}`);
  });
  page.on('pageerror', (error) => console.log(`uncaught in the page: ${error.message}`));
  await page.goto(`${server.url}/explore?author=${encodeURIComponent(subject.id)}&depth=2&max=${options.max}`, { waitUntil: 'commit' });
  await page.waitForFunction(() => window.__explorer?.status === 'ready' || window.__explorer?.status === 'error', undefined, { polling: 'raf', timeout: 60_000 });
  const drawnAt = await page.evaluate(() => performance.now());
  const status = await page.textContent('#status');
  if ((await page.evaluate(() => window.__explorer.status)) === 'error') throw new Error(`the page said: ${status}`);
  console.log(`page: ${status}`);
  // The network's answer is by far the largest the page receives; the page marks when it was parsed and when it was drawn.
  const [fetchedAt, answeredAt, builtAt] = await page.evaluate(() => {
    const answers = performance.getEntriesByType('resource').filter((entry) => entry.name.includes('/graphql')) as PerformanceResourceTiming[];
    const network = answers.reduce((largest, entry) => (entry.decodedBodySize > largest.decodedBodySize ? entry : largest));
    return [network.responseEnd, ...['network-answered', 'network-drawn'].map((name) => performance.getEntriesByName(name)[0]!.startTime)];
  });
  await page.waitForFunction(() => !window.__explorer.isLayingOut(), undefined, { polling: 'raf', timeout: 60_000 });
  const laidOutAt = await page.evaluate(() => performance.now());
  // A large network's one-paper ties are drawn by the first frame after the layout stops.
  const completeAt = await page.evaluate(() => new Promise<number>((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const seconds = (time: number) => `${(time / 1000).toFixed(1)} s`;
  console.log(
    `after navigation: network fetched ${seconds(fetchedAt!)}, parsed ${seconds(answeredAt!)}, drawing built ${seconds(builtAt!)}, ` +
      `first frame ${seconds(drawnAt)}, layout stopped ${seconds(laidOutAt)}, every tie drawn ${seconds(completeAt)}`,
  );
  const afterLayout = await panFrames(page, 60);

  console.log(`panning after the layout: ${describeFrames(afterLayout)}`);

  // A click on a node of the outer ring, answered in the panel.
  const box = (await page.locator('#canvas').boundingBox())!;
  const nodes = await page.evaluate(() => window.__explorer.nodes().filter((node) => node.distance === 2));
  const positions = await page.evaluate((all) => all.map(({ key, label }) => ({ label, ...window.__explorer.viewportPosition(key) })), nodes);
  const target = positions.find(({ x, y }) => x > 20 && y > 20 && x < box.width - 20 && y < box.height - 20)!;
  await page.waitForFunction((centerName) => document.querySelector('#panel h2')?.textContent === centerName, subject.name, { timeout: 30_000 });
  const clickedAt = Date.now();
  await page.mouse.click(box.x + target.x, box.y + target.y);
  // Nodes may overlap where the click fell: any author other than the center will do.
  const picked = await page
    .waitForFunction((centerName) => document.querySelector('#panel h2')?.textContent !== centerName, subject.name, { polling: 'raf', timeout: 10_000 })
    .then(() => true, () => false);
  console.log(picked ? `a click on a node: its side panel filled ${Date.now() - clickedAt} ms later` : `a click at ${target.label}'s position opened no author within 10 s`);

} finally {
  await browser.close();
}
process.exit(0);
