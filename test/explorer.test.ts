import type { ChildProcess } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExplorerState } from '../web/src/ExplorerState.ts';
import { startListening } from './support/runServer.ts';

const CHROMIUM = '/usr/bin/chromium';
const SCREENSHOTS = 'test-results/explorer';
const ETHAN_PEREZ = 'QXV0aG9yOmRiMzM1ZDdkY2ZiZGVmYTQ=';
const JESSE_MU = 'QXV0aG9yOjNiZjU3ZTdiZWMwNDgyMTY=';
const AMANDA_ASKELL = 'QXV0aG9yOmI2ZDEwM2YxZTY5ZTM4ODQ=';
const JEFFREY_LADISH = 'QXV0aG9yOjRmNTRlNWY0ODUzZTUxOTk=';
// Chromium's software GL without a GPU notes, as a console warning, that
// reading pixels stalls it: sigma reads one pixel to find the node under the
// pointer. It is the driver's remark on its own speed, not the page's.
const GL_DRIVER_NOTE = /^\[\.WebGL-\w+\]GL Driver Message \(OpenGL, Performance, .*\): GPU stall due to ReadPixels/u;

/** What the page's `window.__explorer` tells of the drawing. */
type DrawnGraph = Pick<ExplorerState, 'status' | 'centerId' | 'selectedId'> & { nodes: ReturnType<ExplorerState['nodes']>; edgeCount: number };

function drawnGraph(page: Page): Promise<DrawnGraph> {
  return page.evaluate(() => {
    const { status, centerId, selectedId, nodes, edgeCount } = window.__explorer;
    return { status, centerId, selectedId, nodes: nodes(), edgeCount: edgeCount() };
  });
}

/** Waits until the page has drawn an author's network (or said why not) and filled the panel. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__explorer?.status === 'error' || (window.__explorer?.status === 'ready' && document.querySelector('#panel h2') !== null));
}

// A machine without Debian's Chromium skips these tests, so `npm test` passes
// on a fresh clone; CI (`.ci/run` sets CI and installs the browser) never skips them.
const NO_BROWSER = !existsSync(CHROMIUM) && process.env['CI'] === undefined;

describe.skipIf(NO_BROWSER)('the explorer page at /explore, in Chromium', () => {
  let server: ChildProcess;
  let url: string;
  let browser: Browser;
  let page: Page;
  const complaints: string[] = [];

  beforeAll(async () => {
    // npm install builds the page (`prepare`); a checkout without it builds here.
    // Built afresh, so the page tested is the page in web/src, not an older build left in web/dist.
    execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', 'web'], { stdio: 'ignore' });
    mkdirSync(SCREENSHOTS, { recursive: true });
    ({ url, child: server } = await startListening([]));
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    });
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on('console', (message) => {
      if ((message.type() === 'error' || message.type() === 'warning') && !GL_DRIVER_NOTE.test(message.text())) complaints.push(`${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => complaints.push(`uncaught: ${error.message}`));
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    server?.kill();
  });

  it('draws Ethan Perez and his 98 coauthors, all 3177 ties between them, with him as the center', async () => {
    await page.goto(`${url}/explore?author=Ethan%20Perez`);
    await settled(page);
    const graph = await drawnGraph(page);
    expect(graph.status).toBe('ready');
    expect(graph.nodes).toHaveLength(99);
    expect(graph.edgeCount).toBe(3177);
    expect(graph.centerId).toBe(ETHAN_PEREZ);
    expect(graph.nodes.filter((node) => node.distance === 0).map((node) => node.label)).toEqual(['Ethan Perez']);
    expect(graph.nodes.find((node) => node.key === ETHAN_PEREZ)?.paperCount).toBe(6);
    expect(await page.textContent('#status')).toBe('Ethan Perez: 99 authors, 3177 ties');
    await page.screenshot({ path: `${SCREENSHOTS}/ethan-perez.png` });
  });

  it('shows the center in the side panel: 6 papers, 98 coauthors, Jared Kaplan first with 6 shared papers', async () => {
    expect(await page.textContent('#panel h2')).toBe('Ethan Perez');
    expect(await page.textContent('#panel .counts')).toBe('6 papers, 98 coauthors (2022–2024)');
    const coauthors = await page.locator('#panel .coauthors li').allTextContents();
    expect(coauthors).toHaveLength(10);
    expect(coauthors[0]).toBe('Jared Kaplan — 6 shared papers (2022–2024)');
  });

  it('opens the node clicked on the canvas in the side panel', async () => {
    await page.waitForFunction(() => !window.__explorer.isLayingOut());
    const { nodes } = await drawnGraph(page);
    const target = nodes.find((node) => node.distance === 1)!;
    const position = await page.evaluate((key) => window.__explorer.viewportPosition(key), target.key);
    const canvas = (await page.locator('#canvas').boundingBox())!;
    await page.mouse.click(canvas.x + position.x, canvas.y + position.y);
    await page.waitForFunction(() => window.__explorer.selectedId !== window.__explorer.centerId && document.querySelector('#panel h2')?.textContent !== 'Ethan Perez');
    // Nodes may overlap where the click fell: the panel shows the one sigma picked, never the center.
    const { selectedId } = await drawnGraph(page);
    const picked = nodes.find((node) => node.key === selectedId)!;
    expect(picked.distance).toBe(1);
    expect(await page.textContent('#panel h2')).toBe(picked.label);
    await page.screenshot({ path: `${SCREENSHOTS}/clicked-node.png` });
  });

  it('offers Kamilė Lukošiūtė first for "lukosiute", opens her network, and goes back to Ethan Perez', async () => {
    await page.fill('#search-input', 'lukosiute');
    const first = page.locator('#search-results li button').first();
    expect(await first.textContent()).toBe('Kamilė Lukošiūtė (5)');
    await page.screenshot({ path: `${SCREENSHOTS}/search.png` });
    await first.click();
    await page.waitForFunction((center) => window.__explorer.status === 'ready' && window.__explorer.centerId !== center, ETHAN_PEREZ);
    // The network and the panel load apart: the panel still shows Ethan Perez for a moment.
    await page.waitForFunction(() => document.querySelector('#panel h2')?.textContent === 'Kamilė Lukošiūtė');
    expect(new URL(page.url()).searchParams.get('author')).toBe((await drawnGraph(page)).centerId);
    expect(await page.textContent('#panel .counts')).toMatch(/^5 papers, 79 coauthors/u);
    expect((await drawnGraph(page)).nodes).toHaveLength(80);
    await page.screenshot({ path: `${SCREENSHOTS}/kamile-lukosiute.png` });
    await page.goBack();
    await page.waitForFunction((center) => window.__explorer.status === 'ready' && window.__explorer.centerId === center, ETHAN_PEREZ);
    expect((await drawnGraph(page)).nodes).toHaveLength(99);
  });

  it('says in words that an unknown author is not in the data', async () => {
    await page.goto(`${url}/explore?author=Nobody%20Atall`);
    await settled(page);
    expect((await drawnGraph(page)).status).toBe('error');
    expect(await page.textContent('#status')).toBe('No author is named "Nobody Atall"; try the search box.');
    await page.screenshot({ path: `${SCREENSHOTS}/unknown-author.png` });
  });

  it('takes the drawn network away when the next author is unknown, and cuts the message at the right colon', async () => {
    await page.goto(`${url}/explore?author=Ethan%20Perez`);
    await settled(page);
    await page.evaluate(() => {
      history.pushState(null, '', '?author=Nobody%3A%20Atall');
      dispatchEvent(new PopStateEvent('popstate'));
    });
    await page.waitForFunction(() => window.__explorer.status === 'error');
    expect(await page.textContent('#status')).toBe('No author is named "Nobody: Atall"; try the search box.');
    const graph = await drawnGraph(page);
    expect([graph.nodes.length, graph.edgeCount, graph.centerId]).toEqual([0, 0, undefined]);
    expect(await page.locator('#network-rows tr').count()).toBe(0);
    expect(await page.locator('#panel > *').count()).toBe(0);
    await page.screenshot({ path: `${SCREENSHOTS}/unknown-author-after-network.png` });
  });

  it('draws the path from Jesse Mu to Jeffrey Ladish in 2 steps through Amanda Askell, with the paper behind each step', async () => {
    await page.goto(`${url}/explore?author=Jesse%20Mu`);
    await settled(page);
    expect((await drawnGraph(page)).nodes).toHaveLength(39);
    await page.fill('#path-input', 'Jeffrey Ladish');
    const first = page.locator('#path-results li button').first();
    expect(await first.textContent()).toBe('Jeffrey Ladish (1)');
    await first.click();
    await page.waitForFunction(() => window.__explorer.status === 'ready' && window.__explorer.pathNodes().length > 0);
    expect(new URL(page.url()).searchParams.get('to')).toBe(JEFFREY_LADISH);
    expect(await page.evaluate(() => window.__explorer.pathNodes())).toEqual([JESSE_MU, AMANDA_ASKELL, JEFFREY_LADISH]);
    // Jeffrey Ladish is two steps away, beyond the depth-1 network: the path adds him.
    const { nodes, edgeCount } = await drawnGraph(page);
    expect(nodes).toHaveLength(40);
    expect(edgeCount).toBe(742);
    expect(nodes.find((node) => node.key === JEFFREY_LADISH)?.distance).toBe(-1);
    expect(await page.textContent('#path-steps h3')).toBe('Path to Jeffrey Ladish: 2 steps');
    expect(await page.locator('#path-steps .steps > li > p').allTextContents()).toEqual([
      'Jesse Mu → Amanda Askell — 1 shared paper',
      'Amanda Askell → Jeffrey Ladish — 1 shared paper',
    ]);
    expect(await page.locator('#path-steps .papers li').allTextContents()).toEqual([
      'Sleeper Agents: Training Deceptive LLMs that Persist Through Safety Training (2024)',
      'Constitutional AI: Harmlessness from AI Feedback (2022)',
    ]);
    expect(await page.locator('#path-steps .papers a').evaluateAll((links) => links.map((link) => link.getAttribute('href')))).toEqual([
      'https://arxiv.org/abs/2401.05566',
      'https://arxiv.org/abs/2212.08073',
    ]);
    await page.screenshot({ path: `${SCREENSHOTS}/path-jesse-mu-jeffrey-ladish.png` });
  });

  it('redraws with the depth and the fewest shared papers chosen, and keeps both in the URL', async () => {
    await page.goto(`${url}/explore?author=Kamil%C4%97%20Luko%C5%A1i%C5%ABt%C4%97`);
    await settled(page);
    expect((await drawnGraph(page)).nodes).toHaveLength(80);
    await page.selectOption('#depth', '2');
    await page.waitForFunction(() => window.__explorer.status === 'ready' && window.__explorer.nodes().length !== 80);
    expect((await drawnGraph(page)).nodes).toHaveLength(99);
    expect(await page.textContent('#status')).toBe('Kamilė Lukošiūtė: 99 authors, 3177 ties');
    await page.fill('#min-collaborations', '3');
    await page.press('#min-collaborations', 'Enter');
    await page.waitForFunction(() => window.__explorer.status === 'ready' && window.__explorer.nodes().length !== 99);
    const graph = await drawnGraph(page);
    expect(graph.nodes).toHaveLength(51);
    expect(graph.edgeCount).toBe(968);
    const params = new URL(page.url()).searchParams;
    expect([params.get('depth'), params.get('min')]).toEqual(['2', '3']);
    await page.screenshot({ path: `${SCREENSHOTS}/depth-2-min-3.png` });
    await page.goBack();
    await page.waitForFunction(() => window.__explorer.status === 'ready' && window.__explorer.nodes().length === 99);
    expect(await page.inputValue('#min-collaborations')).toBe('1');
  });

  it('says which link parameter is wrong when the depth is out of range', async () => {
    await page.goto(`${url}/explore?author=Ethan%20Perez&depth=7`);
    await settled(page);
    expect(await page.textContent('#status')).toBe('The link\'s depth must be 1 or 2, got "7".');
  });

  it('opens an author and reads their network as a table with the keyboard alone', async () => {
    await page.goto(`${url}/explore`);
    const focused = () => page.evaluate(() => document.activeElement?.id || document.activeElement?.tagName);
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('search-input');
    await page.keyboard.type('lukosiute');
    await page.locator('#search-results li button').first().waitFor();
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Kamilė Lukošiūtė (5)');
    await page.keyboard.press('Enter');
    await settled(page);
    expect(await page.textContent('#panel h2')).toBe('Kamilė Lukošiūtė');
    // Tab on through the header, the panel and the path box to the table.
    for (let presses = 0; presses < 40 && (await focused()) !== 'SUMMARY'; presses++) await page.keyboard.press('Tab');
    expect(await focused()).toBe('SUMMARY');
    await page.keyboard.press('Enter');
    const rows = await page.locator('#network-rows tr').evaluateAll((all) => all.map((row) => [...(row as HTMLTableRowElement).cells].map((cell) => cell.textContent)));
    expect(rows).toHaveLength(80);
    expect(rows.slice(0, 4)).toEqual([
      ['Kamilė Lukošiūtė', '5', '0', '—'],
      ['Anna Chen', '5', '1', '5'],
      ['Danny Hernandez', '5', '1', '5'],
      ['Ethan Perez', '6', '1', '5'],
    ]);
    expect(rows.at(-1)).toEqual(['Venkatesa Chandrasekaran', '1', '1', '1']);
    // Tab into the table and choose Anna Chen: the panel shows her.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Anna Chen');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('#panel h2')?.textContent === 'Anna Chen');
    await page.screenshot({ path: `${SCREENSHOTS}/table-view.png` });
  });

  it("shows Kamilė Lukošiūtė's two spellings, why they were joined, her papers, and ten more coauthors on \"more\"", async () => {
    await page.goto(`${url}/explore?author=Kamile%20Lukosuite`);
    await settled(page);
    expect(await page.textContent('#panel h2')).toBe('Kamilė Lukošiūtė');
    expect(await page.locator('#panel .aliases li').allTextContents()).toEqual(['Kamilė Lukošiūtė (4 papers)', 'Kamile Lukosuite (1 paper)']);
    expect(await page.locator('#panel .identity li').allTextContents()).toEqual([
      '"Kamile Lukosuite" joined to "Kamilė Lukošiūtė" by surname spelling: 47 shared coauthors (Amanda Askell, Andy Jones, Anna Chen, …)',
    ]);
    expect(await page.locator('#panel .papers li').allTextContents()).toEqual([
      'Question Decomposition Improves the Faithfulness of Model-Generated Reasoning (2023)',
      'Measuring Faithfulness in Chain-of-Thought Reasoning (2023)',
      'The Capacity for Moral Self-Correction in Large Language Models (2023)',
      'Discovering Language Model Behaviors with Model-Written Evaluations (2022)',
      'Constitutional AI: Harmlessness from AI Feedback (2022)',
    ]);
    expect(await page.locator('#panel .papers a').evaluateAll((links) => links.map((link) => link.getAttribute('href')))).toEqual([
      'https://arxiv.org/abs/2307.11768',
      'https://arxiv.org/abs/2307.13702',
      'https://arxiv.org/abs/2302.07459',
      'https://arxiv.org/abs/2212.09251',
      'https://arxiv.org/abs/2212.08073',
    ]);
    expect(await page.locator('#panel .coauthors li').count()).toBe(10);
    expect(await page.textContent('#panel .more')).toBe('More coauthors (69 left)');
    await page.click('#panel .more');
    await page.waitForFunction(() => document.querySelectorAll('#panel .coauthors li').length > 10);
    const coauthors = await page.locator('#panel .coauthors li').allTextContents();
    expect(coauthors).toHaveLength(20);
    // The first page stays, the second follows it: the cache joined the two pages.
    expect(coauthors[0]).toBe('Anna Chen — 5 shared papers (2022–2023)');
    expect(coauthors.slice(10, 13)).toEqual([
      'Zac Hatfield-Dodds — 5 shared papers (2022–2023)',
      'Dustin Li — 4 shared papers (2022–2023)',
      'Karina Nguyen — 4 shared papers (2022–2023)',
    ]);
    expect(coauthors[19]).toBe('Tom Henighan — 4 shared papers (2022–2023)');
    expect(await page.textContent('#panel .more')).toBe('More coauthors (59 left)');
    await page.screenshot({ path: `${SCREENSHOTS}/panel-aliases-more.png` });
  });

  it("saves Ethan Perez's view as GraphML with its 99 authors and 3177 ties, and as a PNG of the canvas", async () => {
    await page.goto(`${url}/explore?author=Ethan%20Perez`);
    await settled(page);
    const [graphml] = await Promise.all([page.waitForEvent('download'), page.click('#export-graphml')]);
    expect(graphml.suggestedFilename()).toBe('Ethan Perez.graphml');
    const xml = readFileSync((await graphml.path())!, 'utf8');
    expect(xml.match(/<node /gu)).toHaveLength(99);
    expect(xml.match(/<edge /gu)).toHaveLength(3177);
    expect(xml).toContain(`<node id="${ETHAN_PEREZ}"><data key="label">Ethan Perez</data><data key="paperCount">6</data><data key="distance">0</data></node>`);
    const [png] = await Promise.all([page.waitForEvent('download'), page.click('#export-png')]);
    expect(png.suggestedFilename()).toBe('Ethan Perez.png');
    const bytes = readFileSync((await png.path())!);
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    // The image is the canvas at its size (IHDR's width and height), and the red center is in it.
    const canvas = (await page.locator('#canvas').boundingBox())!;
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([Math.round(canvas.width), Math.round(canvas.height)]);
    const centerRedPixels = await page.evaluate(async (base64) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const context = Object.assign(document.createElement('canvas'), { width: image.width, height: image.height }).getContext('2d')!;
      context.drawImage(image, 0, 0);
      const { data } = context.getImageData(0, 0, image.width, image.height);
      let red = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i]! > 200 && data[i + 1]! < 60 && data[i + 2]! < 60) red++;
      return red;
    }, bytes.toString('base64'));
    expect(centerRedPixels).toBeGreaterThan(0);
    await png.saveAs(`${SCREENSHOTS}/exported-ethan-perez.png`);
  });

  it("adds Amanda Askell's 56 coauthors beyond Jesse Mu's network when she is double-clicked, keeps her in the URL, and goes back and forward", async () => {
    await page.goto(`${url}/explore?author=Jesse%20Mu`);
    await settled(page);
    await page.waitForFunction(() => !window.__explorer.isLayingOut());
    expect((await drawnGraph(page)).edgeCount).toBe(741);
    const position = await page.evaluate((key) => window.__explorer.viewportPosition(key), AMANDA_ASKELL);
    const canvas = (await page.locator('#canvas').boundingBox())!;
    await page.mouse.dblclick(canvas.x + position.x, canvas.y + position.y);
    await page.waitForFunction(() => window.__explorer.status === 'ready' && window.__explorer.nodes().length !== 39);
    expect(new URL(page.url()).searchParams.get('expand')).toBe(AMANDA_ASKELL);
    const graph = await drawnGraph(page);
    expect(graph.nodes).toHaveLength(95);
    expect(graph.edgeCount).toBe(3068);
    // Her coauthors beyond the network are two steps from Jesse Mu, through her.
    expect(graph.nodes.filter((node) => node.distance === 2)).toHaveLength(56);
    expect(await page.textContent('#status')).toBe('Jesse Mu: 95 authors, 3068 ties');
    expect(await page.locator('#network-rows tr').count()).toBe(95);
    await page.screenshot({ path: `${SCREENSHOTS}/expanded-amanda-askell.png` });
    await page.goBack();
    await page.waitForFunction(() => window.__explorer.status === 'ready' && window.__explorer.nodes().length === 39);
    expect(new URL(page.url()).searchParams.get('expand')).toBeNull();
    await page.goForward();
    await page.waitForFunction(() => window.__explorer.status === 'ready' && window.__explorer.nodes().length === 95);
    expect((await drawnGraph(page)).edgeCount).toBe(3068);
  });

  it("adds Amanda Askell's coauthors from her side panel by keyboard, as a double click does", async () => {
    await page.goto(`${url}/explore?author=Jesse%20Mu`);
    await settled(page);
    // The center's coauthors are all drawn: the panel offers nothing to add.
    expect(await page.locator('#panel .expand').count()).toBe(0);
    await page.click('#table-view summary');
    await page.locator('#network-rows button', { hasText: /^Amanda Askell$/u }).focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('#panel h2')?.textContent === 'Amanda Askell');
    await page.focus('#panel .expand');
    expect(await page.textContent('#panel .expand')).toBe('Add their coauthors to the drawing');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => window.__explorer.status === 'ready' && window.__explorer.nodes().length !== 39);
    const graph = await drawnGraph(page);
    expect([graph.nodes.length, graph.edgeCount]).toEqual([95, 3068]);
    expect(new URL(page.url()).searchParams.get('expand')).toBe(AMANDA_ASKELL);
    await page.waitForFunction(() => document.querySelector('#panel .expand') === null);
  });

  it('draws the authors a shared link expands, in order: Jesse Mu, then Amanda Askell and Ethan Perez add 60 authors two steps away', async () => {
    await page.goto(`${url}/explore?author=Jesse%20Mu&expand=${AMANDA_ASKELL},${ETHAN_PEREZ}`);
    await settled(page);
    const graph = await drawnGraph(page);
    expect(graph.nodes).toHaveLength(99);
    expect(graph.edgeCount).toBe(3177);
    expect(graph.nodes.filter((node) => node.distance === 2)).toHaveLength(60);
    // Ethan Perez's own coauthors follow Amanda Askell's in the drawing's order.
    expect(graph.nodes.slice(-4).map((node) => node.label)).toEqual(['Esin Durmus', 'Benoit Steiner', 'Shannon Yang', 'Venkatesa Chandrasekaran']);
  });

  it("draws only the papers of the years chosen: Ethan Perez up to 2022 is his two 2022 papers' 70 authors, kept in the URL", async () => {
    await page.goto(`${url}/explore?author=Ethan%20Perez`);
    await settled(page);
    await page.fill('#to-year', '2022');
    await page.press('#to-year', 'Enter');
    await page.waitForFunction(() => window.__explorer.status === 'ready' && window.__explorer.nodes().length !== 99);
    const graph = await drawnGraph(page);
    expect(graph.nodes).toHaveLength(70);
    expect(graph.edgeCount).toBe(2282);
    expect(await page.textContent('#status')).toBe('Ethan Perez: 70 authors, 2282 ties');
    expect(new URL(page.url()).searchParams.get('toYear')).toBe('2022');
    await page.screenshot({ path: `${SCREENSHOTS}/to-year-2022.png` });
    // A range that ends before it starts is said in words.
    await page.fill('#from-year', '2024');
    await page.press('#from-year', 'Enter');
    await settled(page);
    expect(await page.textContent('#status')).toBe("The link's fromYear 2024 is after its toYear 2022.");
    await page.goBack();
    await page.waitForFunction(() => window.__explorer.status === 'ready' && window.__explorer.nodes().length === 70);
    expect([await page.inputValue('#from-year'), await page.inputValue('#to-year')]).toEqual(['', '2022']);
  });

  it('opens a shared link with a year range: two steps from Jesse Mu in 2024 reach only Sleeper Agents', async () => {
    await page.goto(`${url}/explore?author=Jesse%20Mu&depth=2&fromYear=2024`);
    await settled(page);
    const graph = await drawnGraph(page);
    expect(graph.nodes).toHaveLength(39);
    expect(graph.edgeCount).toBe(741);
    expect(await page.inputValue('#from-year')).toBe('2024');
  });

  it("draws Ethan Perez's network from a server that runs only the build's persisted-documents.json", async () => {
    const persisted = await startListening(['--persisted-only', 'web/dist/persisted-documents.json']);
    try {
      while ((await fetch(`${persisted.url}/readyz`)).status !== 200) await new Promise((resolve) => setTimeout(resolve, 100));
      // The server refuses any query text: the page can only have sent hashes.
      const text = await fetch(`${persisted.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
      expect(((await text.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe('PERSISTED_QUERY_ONLY');
      await page.goto(`${persisted.url}/explore?author=Ethan%20Perez`);
      await settled(page);
      const graph = await drawnGraph(page);
      expect([graph.status, graph.nodes.length, graph.edgeCount]).toEqual(['ready', 99, 3177]);
      expect(await page.textContent('#panel .counts')).toBe('6 papers, 98 coauthors (2022–2024)');
      await page.fill('#search-input', 'lukosiute');
      expect(await page.locator('#search-results li button').first().textContent()).toBe('Kamilė Lukošiūtė (5)');
      await page.screenshot({ path: `${SCREENSHOTS}/persisted-only-ethan-perez.png` });
    } finally {
      persisted.child.kill();
    }
  });

  it('logged no error or warning in the console on any of these', () => {
    expect(complaints).toEqual([]);
  });
});
