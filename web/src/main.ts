import './style.css';
import { attachSearchBox } from './attachSearchBox.ts';
import { describeError } from './describeError.ts';
import { createClient } from './graphql/createClient.ts';
import { AuthorById, AuthorByName, AuthorDetails, AuthorNetwork } from './graphql/queries.ts';
import type { ExplorerState } from './ExplorerState.ts';
import { NetworkView } from './NetworkView.ts';
import { readAuthorParam } from './readAuthorParam.ts';
import { renderSidePanel } from './renderSidePanel.ts';

const NETWORK_DEPTH = 1;
const NETWORK_MAX_NODES = 500;
const PANEL_COAUTHORS = 10;

function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (found === null) throw new Error(`index.html has no element #${id}`);
  return found as T;
}

const statusLine = element<HTMLParagraphElement>('status');
const panel = element<HTMLElement>('panel');
const client = createClient('/graphql');
const view = new NetworkView(element('canvas'), (key) => void select(key));
const state: ExplorerState = {
  status: 'idle',
  centerId: undefined,
  selectedId: undefined,
  nodes: () => view.nodes(),
  edgeCount: () => view.edgeCount(),
  viewportPosition: (key) => view.viewportPosition(key),
  isLayingOut: () => view.isLayingOut(),
};
window.__explorer = state;
// Each load bumps it; an answer to an older load is dropped.
let generation = 0;

function setStatus(status: ExplorerState['status'], text: string): void {
  state.status = status;
  statusLine.textContent = text;
  statusLine.classList.toggle('error', status === 'error');
}

/** Opens the author the URL names: their network in the canvas, their details in the panel. */
async function openFromUrl(): Promise<void> {
  const load = ++generation;
  const param = readAuthorParam(new URL(location.href));
  if (param === undefined) {
    setStatus('idle', 'Search an author to see their collaboration network.');
    return;
  }
  setStatus('loading', 'Loading…');
  const found = 'id' in param ? await client.query(AuthorById, param).toPromise() : await client.query(AuthorByName, param).toPromise();
  if (load !== generation) return;
  const author = found.data?.author;
  if (found.error || !author) {
    setStatus('error', found.error ? describeError(found.error) : 'No such author.');
    return;
  }
  const answer = await client.query(AuthorNetwork, { center: [author.id], depth: NETWORK_DEPTH, maxNodes: NETWORK_MAX_NODES }).toPromise();
  if (load !== generation) return;
  const network = answer.data?.network;
  if (answer.error || !network) {
    setStatus('error', answer.error ? describeError(answer.error) : 'The network could not be computed.');
    return;
  }
  document.title = `${author.name} — coauthor-graph explorer`;
  state.centerId = author.id;
  view.show(network);
  const truncated = network.truncated ? ` (truncated to the ${NETWORK_MAX_NODES} nearest and most strongly tied)` : '';
  setStatus('ready', `${author.name}: ${network.nodes.length} authors, ${network.edges.length} ties${truncated}`);
  await select(author.id);
}

/** Shows one author in the side panel. */
async function select(id: string): Promise<void> {
  state.selectedId = id;
  const { data, error } = await client.query(AuthorDetails, { id, first: PANEL_COAUTHORS }).toPromise();
  if (state.selectedId !== id) return;
  if (error || !data?.author) {
    panel.textContent = error ? describeError(error) : 'No such author.';
    return;
  }
  renderSidePanel(panel, data.author, open);
}

/** Opens an author by global id, as a new history entry. */
function open(id: string): void {
  history.pushState(null, '', `?author=${encodeURIComponent(id)}`);
  void openFromUrl();
}

attachSearchBox(client, element('search-input'), element('search-results'), open);
window.addEventListener('popstate', () => void openFromUrl());
void openFromUrl();
