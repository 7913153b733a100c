import Graph from 'graphology';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import Sigma from 'sigma';
import { EdgeLineProgram } from 'sigma/rendering';
import type { DrawnEdge } from './drawingToGraphml.ts';
import type { DrawnNode } from './ExplorerState.ts';
import type { CollaborationPathResult } from './graphql/queries.ts';
import type { NetworkResult } from './graphql/uncachedQueries.ts';

/** A found path, as the drawing needs it. */
export type DrawnPath = Extract<CollaborationPathResult, { __typename: 'CollaborationPath' }>;

interface NodeAttributes {
  label: string;
  x: number;
  y: number;
  size: number;
  color: string;
  paperCount: number;
  distance: number;
  /** Sigma draws this label whatever the label grid would hide. */
  forceLabel: boolean;
}

interface EdgeAttributes {
  /** Sigma's program for the edge: `thin` for a one-paper tie (a line), `line` (a rectangle) otherwise. */
  type: 'thin' | 'line';
  size: number;
  weight: number;
  color: string;
}

const CENTER_COLOR = '#d62828';
const PATH_COLOR = '#f77f00';
const DISTANCE_COLORS = ['#d62828', '#1a4fd6', '#6c8ae4', '#a9b9ee'];
// Long enough for a few hundred nodes to settle; the worker is stopped after it.
const LAYOUT_MS = 2000;
// Past this many ties, a frame that draws them all takes seconds in software GL:
// the camera moves with the nodes alone and the ties come back once it stops,
// and while the layout moves the nodes only ties of two papers or more are drawn.
const EDGES_HIDDEN_ON_MOVE = 20_000;

/**
 * The network drawing: a graphology graph drawn by sigma (WebGL), laid out
 * by ForceAtlas2 in a web worker. Node size grows with the author's paper
 * count, edge width with the papers two authors share; centers are red,
 * and a collaboration path, when one is shown, orange.
 *
 * @example const view = new NetworkView(container, (key) => console.log(key)); view.show(network);
 */
export class NetworkView {
  readonly #graph = new Graph<NodeAttributes, EdgeAttributes>({ type: 'undirected' });
  readonly #sigma: Sigma<NodeAttributes, EdgeAttributes>;
  #layout: FA2Layout<NodeAttributes, EdgeAttributes> | undefined;
  #layoutTimer: ReturnType<typeof setTimeout> | undefined;
  /** The path's authors in order, and the keys of the edges between them. */
  #pathNodes: string[] = [];
  readonly #pathEdges = new Set<string>();
  /** Whether one-paper ties are left out of the frames, as while a large network is laid out. */
  #thinTiesHidden = false;

  constructor(container: HTMLElement, actions: { click: (key: string) => void; doubleClick: (key: string) => void }) {
    this.#sigma = new Sigma<NodeAttributes, EdgeAttributes>(this.#graph, container, {
      labelRenderedSizeThreshold: 8,
      edgeProgramClasses: { thin: EdgeLineProgram },
      zIndex: true,
      nodeReducer: (key, data) => (this.#pathNodes.includes(key) ? { ...data, color: PATH_COLOR, forceLabel: true, zIndex: 2 } : data),
      edgeReducer: (key, data) => {
        if (this.#pathEdges.has(key)) return { ...data, type: 'line', color: PATH_COLOR, size: Math.max(3, data.size), zIndex: 2 };
        return this.#thinTiesHidden && data.type === 'thin' ? { ...data, hidden: true } : data;
      },
    });
    this.#sigma.on('clickNode', ({ node }) => actions.click(node));
    this.#sigma.on('doubleClickNode', ({ node, preventSigmaDefault }) => {
      // Sigma would zoom in on a double click; here it adds the node's coauthors.
      preventSigmaDefault();
      actions.doubleClick(node);
    });
  }

  /**
   * Replaces the drawing by `network`, placed on a circle, then laid out;
   * `path`, when given, is highlighted, its authors and steps added where the
   * network lacks them.
   */
  show(network: NetworkResult, path?: DrawnPath): void {
    this.clear();
    const count = network.nodes.length;
    network.nodes.forEach((node, i) => {
      const angle = (2 * Math.PI * i) / Math.max(1, count);
      // Nearer nodes start on smaller circles, so the layout begins close to its end.
      const radius = 10 * (node.distance + 1);
      this.#addNode(node, radius * Math.cos(angle), radius * Math.sin(angle));
    });
    this.#addEdges(network);
    if (path !== undefined) this.#addPath(path);
    this.#startLayout();
  }

  /** Draws nothing, as when no network can be shown. */
  clear(): void {
    this.#stopLayout();
    this.#graph.clear();
    this.#pathNodes = [];
    this.#pathEdges.clear();
  }

  /**
   * Adds the authors and ties of `network` not drawn yet, the authors on a
   * small circle around `around` (already drawn), and lays the whole out again
   * from where it stands; `network` gives distances from the center.
   */
  extend(network: NetworkResult, around: string): void {
    this.#stopLayout();
    const { x, y } = this.#graph.getNodeAttributes(around);
    const added = network.nodes.filter((node) => !this.#graph.hasNode(node.key));
    added.forEach((node, i) => {
      const angle = (2 * Math.PI * i) / added.length;
      this.#addNode(node, x + 5 * Math.cos(angle), y + 5 * Math.sin(angle));
    });
    this.#addEdges(network);
    this.#startLayout();
  }

  #addNode(node: NetworkResult['nodes'][number], x: number, y: number): void {
    const paperCount = 'paperCount' in node ? node.paperCount : 1;
    this.#graph.addNode(node.key, {
      label: node.label,
      x,
      y,
      size: 3 + 2.5 * Math.sqrt(paperCount),
      color: node.distance === 0 ? CENTER_COLOR : (DISTANCE_COLORS[node.distance] ?? DISTANCE_COLORS.at(-1)!),
      paperCount,
      distance: node.distance,
      forceLabel: node.distance === 0,
    });
  }

  /** Draws the ties of `network` not drawn yet. */
  #addEdges(network: NetworkResult): void {
    for (const edge of network.edges) {
      if (this.#graph.hasEdge(edge.source, edge.target)) continue;
      this.#graph.addEdge(edge.source, edge.target, { type: edge.weight === 1 ? 'thin' : 'line', weight: edge.weight, size: 0.5 + Math.sqrt(edge.weight), color: '#c3cad6' });
    }
  }

  #addPath(path: DrawnPath): void {
    path.authors.forEach((author, i) => {
      if (this.#graph.hasNode(author.id)) return;
      // Beyond the network: placed just past the previous step, the layout does the rest.
      const previous = i > 0 ? this.#graph.getNodeAttributes(path.authors[i - 1]!.id) : { x: 0, y: 0 };
      this.#graph.addNode(author.id, {
        label: author.name,
        x: previous.x * 1.2 + 5,
        y: previous.y * 1.2 + 5,
        size: 3 + 2.5 * Math.sqrt(author.paperCount),
        color: PATH_COLOR,
        paperCount: author.paperCount,
        distance: -1,
        forceLabel: true,
      });
    });
    path.hops.forEach((hop, i) => {
      const [from, to] = [path.authors[i]!.id, path.authors[i + 1]!.id];
      const weight = hop.collaborationCount;
      const key = this.#graph.edge(from, to) ?? this.#graph.addEdge(from, to, { type: 'line', weight, size: 0.5 + Math.sqrt(weight), color: PATH_COLOR });
      this.#pathEdges.add(key);
    });
    this.#pathNodes = path.authors.map((author) => author.id);
    // Sigma reduced the network's nodes and edges as they were added, before they were known to be on the path.
    this.#sigma.refresh();
  }

  /** The keys of the highlighted path's authors, in order; empty when no path is shown. */
  pathNodes(): string[] {
    return [...this.#pathNodes];
  }

  /** The nodes as drawn, in the order the server listed them. */
  nodes(): DrawnNode[] {
    return this.#graph.mapNodes((key, { label, paperCount, distance, size, color }) => ({ key, label, paperCount, distance, size, color }));
  }

  edgeCount(): number {
    return this.#graph.size;
  }

  /** The ties as drawn. */
  edges(): DrawnEdge[] {
    return this.#graph.mapEdges((_key, { weight }, source, target) => ({ source, target, weight }));
  }

  /** The drawing as a PNG image: sigma's layers painted in order over white, at the canvas's pixel size. */
  toPng(): Promise<Blob> {
    // WebGL layers keep their pixels only until the browser next composites: draw now, copy in the same task.
    this.#sigma.refresh();
    const layers = Object.values(this.#sigma.getCanvases()).filter((layer) => layer.isConnected);
    const image = document.createElement('canvas');
    image.width = layers[0]?.width ?? 0;
    image.height = layers[0]?.height ?? 0;
    const context = image.getContext('2d');
    if (context === null) return Promise.reject(new Error('This browser gives no 2D canvas to paint the image on.'));
    context.fillStyle = '#fff';
    context.fillRect(0, 0, image.width, image.height);
    for (const layer of layers) context.drawImage(layer, 0, 0);
    return new Promise((resolve, reject) => {
      image.toBlob((blob) => (blob === null ? reject(new Error('The drawing could not be encoded as PNG.')) : resolve(blob)), 'image/png');
    });
  }

  /** Where a node is drawn, in pixels from the canvas's top left corner. */
  viewportPosition(key: string): { x: number; y: number } {
    const { x, y } = this.#graph.getNodeAttributes(key);
    return this.#sigma.graphToViewport({ x, y });
  }

  /** Whether the layout is still moving nodes. */
  isLayingOut(): boolean {
    return this.#layout?.isRunning() ?? false;
  }

  #startLayout(): void {
    const large = this.#graph.size > EDGES_HIDDEN_ON_MOVE;
    this.#sigma.setSetting('hideEdgesOnMove', large);
    if (this.#graph.order < 2) return;
    this.#thinTiesHidden = large;
    const settings = forceAtlas2.inferSettings(this.#graph);
    this.#layout = new FA2Layout(this.#graph, { settings: { ...settings, barnesHutOptimize: this.#graph.order > 500 }, getEdgeWeight: 'weight' });
    this.#layout.start();
    this.#layoutTimer = setTimeout(() => this.#stopLayout(), LAYOUT_MS);
  }

  #stopLayout(): void {
    clearTimeout(this.#layoutTimer);
    this.#layout?.kill();
    this.#layout = undefined;
    if (this.#thinTiesHidden) {
      this.#thinTiesHidden = false;
      this.#sigma.refresh();
    }
  }
}
