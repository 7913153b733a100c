import './style.css';
import { attachSearchBox } from './attachSearchBox.ts';
import { describeError } from './describeError.ts';
import { drawingToGraphml } from './drawingToGraphml.ts';
import { extendNetwork } from './extendNetwork.ts';
import { createClient } from './graphql/createClient.ts';
import { AuthorById, AuthorByName, AuthorDetails, CollaborationPathQuery } from './graphql/queries.ts';
import type { ExplorerState } from './ExplorerState.ts';
import { AuthorNetwork, type NetworkResult } from './graphql/uncachedQueries.ts';
import { type DrawnPath, NetworkView } from './NetworkView.ts';
import { type AuthorParam, readAuthorParam } from './readAuthorParam.ts';
import { readExpandedIds } from './readExpandedIds.ts';
import { type NetworkSettings, readNetworkSettings } from './readNetworkSettings.ts';
import { renderNetworkTable } from './renderNetworkTable.ts';
import { renderPathSteps } from './renderPathSteps.ts';
import { renderSidePanel } from './renderSidePanel.ts';

const PANEL_COAUTHORS = 10;
const PANEL_PAPERS = 5;

function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (found === null) throw new Error(`index.html has no element #${id}`);
  return found as T;
}

const statusLine = element<HTMLParagraphElement>('status');
const panel = element<HTMLElement>('panel');
const pathInput = element<HTMLInputElement>('path-input');
const pathSteps = element<HTMLElement>('path-steps');
const tableBody = element<HTMLTableSectionElement>('network-rows');
const depthChoice = element<HTMLSelectElement>('depth');
const minCollaborationsInput = element<HTMLInputElement>('min-collaborations');
const yearInputs = { fromYear: element<HTMLInputElement>('from-year'), toYear: element<HTMLInputElement>('to-year') };
const client = createClient('/graphql');
const networkClient = createClient('/graphql', { normalized: false });
const view = new NetworkView(element('canvas'), { click: (key) => void select(key), doubleClick: (key) => void expand(key) });
const state: ExplorerState = {
  status: 'idle',
  centerId: undefined,
  selectedId: undefined,
  nodes: () => view.nodes(),
  edgeCount: () => view.edgeCount(),
  pathNodes: () => view.pathNodes(),
  viewportPosition: (key) => view.viewportPosition(key),
  isLayingOut: () => view.isLayingOut(),
};
window.__explorer = state;
// Each load bumps it; an answer to an older load is dropped.
let generation = 0;
/** What is drawn: the center's network with the coauthors added to it, and the settings it was asked with. */
let drawn: { author: { id: string; name: string }; settings: NetworkSettings; network: NetworkResult } | undefined;

function setStatus(status: ExplorerState['status'], text: string): void {
  state.status = status;
  statusLine.textContent = text;
  statusLine.classList.toggle('error', status === 'error');
}

/** Says `text` in place of a network: what an earlier load drew is taken away, so a message never sits over a network it is not about. */
function showNothing(status: 'idle' | 'error', text: string): void {
  drawn = undefined;
  state.centerId = undefined;
  state.selectedId = undefined;
  view.clear();
  for (const part of [tableBody, panel, pathSteps]) part.replaceChildren();
  document.title = 'coauthor-graph explorer';
  setStatus(status, text);
}

/** The author a URL parameter names, or in words why there is none. */
async function findAuthor(param: AuthorParam): Promise<{ id: string; name: string } | string> {
  const found = 'id' in param ? await client.query(AuthorById, param).toPromise() : await client.query(AuthorByName, param).toPromise();
  const author = found.data?.author;
  if (found.error || !author) return found.error ? describeError(found.error) : 'No such author.';
  return author;
}

/** Finds and lists the collaboration path from the center to the author `to` names; the found path, for the drawing. */
async function showPath(fromId: string, to: AuthorParam | undefined): Promise<DrawnPath | undefined> {
  pathSteps.replaceChildren();
  if (to === undefined) return undefined;
  const end = await findAuthor(to);
  if (typeof end === 'string') {
    pathSteps.textContent = end;
    return undefined;
  }
  pathInput.value = end.name;
  const { data, error } = await client.query(CollaborationPathQuery, { from: fromId, to: end.id }).toPromise();
  const result = data?.collaborationPath;
  if (error || !result) {
    pathSteps.textContent = error ? describeError(error) : 'The path could not be found.';
    return undefined;
  }
  renderPathSteps(pathSteps, end.name, result, open);
  return result.__typename === 'CollaborationPath' ? result : undefined;
}

/** Opens the author the URL names: their network in the canvas, their details in the panel, and the path `?to=` asks for. */
async function openFromUrl(): Promise<void> {
  const load = ++generation;
  drawn = undefined;
  const url = new URL(location.href);
  const param = readAuthorParam(url);
  let settings: NetworkSettings;
  try {
    settings = readNetworkSettings(url);
  } catch (error) {
    showNothing('error', (error as Error).message);
    return;
  }
  depthChoice.value = String(settings.depth);
  minCollaborationsInput.value = String(settings.minCollaborations);
  yearInputs.fromYear.value = settings.fromYear === null ? '' : String(settings.fromYear);
  yearInputs.toYear.value = settings.toYear === null ? '' : String(settings.toYear);
  if (param === undefined) {
    showNothing('idle', 'Search an author to see their collaboration network.');
    return;
  }
  setStatus('loading', 'Loading…');
  const author = await findAuthor(param);
  if (load !== generation) return;
  if (typeof author === 'string') {
    showNothing('error', author);
    return;
  }
  pathInput.value = '';
  pathInput.placeholder = `Path from ${author.name} to…`;
  const [answer, path] = await Promise.all([
    networkClient.query(AuthorNetwork, { center: [author.id], ...settings }).toPromise(),
    showPath(author.id, readAuthorParam(url, 'to')),
  ]);
  if (load !== generation) return;
  // User timing marks, which bench/explorer.ts reads: the answer parsed, then drawn.
  performance.mark('network-answered');
  const network = answer.data?.network;
  if (answer.error || !network) {
    showNothing('error', answer.error ? describeError(answer.error) : 'The network could not be computed.');
    return;
  }
  document.title = `${author.name} — coauthor-graph explorer`;
  state.centerId = author.id;
  view.show(network, path);
  drawn = { author, settings, network };
  for (const id of readExpandedIds(url)) {
    const failure = await addCoauthors(id);
    if (load !== generation) return;
    if (failure !== undefined) {
      showNothing('error', failure);
      return;
    }
  }
  showDrawn();
  performance.mark('network-drawn');
  await select(author.id);
}

/** Adds the coauthors of `id`, a drawn author, to the drawing; in words why not when the server cannot say who they are. */
async function addCoauthors(id: string): Promise<string | undefined> {
  const { author, settings, network } = drawn!;
  const answer = await networkClient.query(AuthorNetwork, { ...settings, center: [id], depth: 1 }).toPromise();
  if (answer.error || !answer.data?.network) return answer.error ? describeError(answer.error) : 'The coauthors could not be found.';
  if (drawn?.network !== network) return undefined;
  try {
    drawn = { author, settings, network: extendNetwork(network, answer.data.network, id) };
  } catch (error) {
    return (error as Error).message;
  }
  view.extend(drawn.network, id);
  return undefined;
}

/** The status line and the table for what is drawn. */
function showDrawn(): void {
  const { author, settings, network } = drawn!;
  renderNetworkTable(tableBody, network, author.id, (key) => void select(key));
  const truncated = network.truncated ? ` (truncated to the ${settings.maxNodes} nearest and most strongly tied)` : '';
  setStatus('ready', `${author.name}: ${network.nodes.length} authors, ${network.edges.length} ties${truncated}`);
}

/** Whether `id`'s coauthors can be added to the drawing: the center's are drawn already, and a path's author beyond the network has no place in it. */
function canExpand(id: string): boolean {
  const network = drawn?.network;
  return network !== undefined && !readExpandedIds(new URL(location.href)).includes(id) && network.nodes.some((node) => node.key === id && node.distance > 0);
}

/** Adds a drawn author's coauthors to the drawing, and to the URL's `?expand=` so a link or going back gives the same drawing. */
async function expand(id: string): Promise<void> {
  if (state.status !== 'ready' || !canExpand(id)) return;
  const url = new URL(location.href);
  url.searchParams.set('expand', [...readExpandedIds(url), id].join(','));
  history.pushState(null, '', url.search);
  const load = generation;
  setStatus('loading', 'Adding coauthors…');
  const failure = await addCoauthors(id);
  if (load !== generation) return;
  if (failure !== undefined) {
    showNothing('error', failure);
    return;
  }
  showDrawn();
  // The panel's button to add them is spent.
  if (state.selectedId === id) await select(id);
}

/** Shows one author in the side panel; `after` loads their next page of coauthors under the ones shown. */
async function select(id: string, after?: string): Promise<void> {
  state.selectedId = id;
  const { data, error } = await client.query(AuthorDetails, { id, first: PANEL_COAUTHORS, after, recentPapers: PANEL_PAPERS }).toPromise();
  if (state.selectedId !== id) return;
  if (error || !data?.author) {
    panel.textContent = error ? describeError(error) : 'No such author.';
    return;
  }
  renderSidePanel(panel, data.author, { open, more: (cursor) => void select(id, cursor), expand: canExpand(id) ? () => void expand(id) : undefined });
}

/** Opens the page the URL's parameters give once `changes` are made to them (undefined drops one), as a new history entry. */
function navigate(changes: Readonly<Record<string, string | undefined>>): void {
  const url = new URL(location.href);
  for (const [name, value] of Object.entries(changes)) {
    if (value === undefined) url.searchParams.delete(name);
    else url.searchParams.set(name, value);
  }
  history.pushState(null, '', url.search);
  void openFromUrl();
}

/** Opens an author by global id, keeping the network settings. */
function open(id: string): void {
  navigate({ author: id, to: undefined, expand: undefined });
}

/** Hands `blob` to the browser as a download named after the center. */
function save(blob: Blob, extension: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = `${document.title.split(' — ')[0]}.${extension}`;
  link.click();
  // The download has taken the blob's URL by the next task.
  setTimeout(() => URL.revokeObjectURL(link.href));
}

attachSearchBox(client, element('search-input'), element('search-results'), open);
attachSearchBox(client, pathInput, element('path-results'), (to) => navigate({ to }));
// The defaults stay out of the URL, so a plain link stays plain. Other settings
// draw another network, whose authors may not include the ones expanded.
depthChoice.addEventListener('change', () => navigate({ depth: depthChoice.value === '1' ? undefined : depthChoice.value, expand: undefined }));
const applyMinCollaborations = () => {
  const min = minCollaborationsInput.valueAsNumber;
  const current = new URL(location.href).searchParams.get('min') ?? '1';
  if (Number.isInteger(min) && min >= 1 && String(min) !== current) navigate({ min: min === 1 ? undefined : String(min), expand: undefined });
};
minCollaborationsInput.addEventListener('change', applyMinCollaborations);
// An empty box leaves that end of the range open.
const applyYears = () => {
  const changes: Record<string, string | undefined> = {};
  const current = new URL(location.href).searchParams;
  for (const [param, input] of Object.entries(yearInputs)) {
    const value = Number.isInteger(input.valueAsNumber) ? String(input.valueAsNumber) : undefined;
    if (value !== (current.get(param) ?? undefined)) changes[param] = value;
  }
  if (Object.keys(changes).length > 0) navigate({ ...changes, expand: undefined });
};
for (const input of Object.values(yearInputs)) input.addEventListener('change', applyYears);
// Enter in a number box submits the form: apply it in place of loading a new page.
element<HTMLFormElement>('controls').addEventListener('submit', (event) => {
  event.preventDefault();
  applyMinCollaborations();
  applyYears();
});
window.addEventListener('popstate', () => void openFromUrl());
void openFromUrl();
element('export-png').addEventListener('click', () => {
  view.toPng().then((png) => save(png, 'png'), (error: Error) => setStatus('error', error.message));
});
element('export-graphml').addEventListener('click', () => save(new Blob([drawingToGraphml(view.nodes(), view.edges())], { type: 'application/xml' }), 'graphml'));
