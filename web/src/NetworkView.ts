import Graph from 'graphology';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import Sigma from 'sigma';
import type { DrawnNode } from './ExplorerState.ts';
import type { NetworkResult } from './graphql/queries.ts';

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
  size: number;
  weight: number;
  color: string;
}

const CENTER_COLOR = '#d62828';
const DISTANCE_COLORS = ['#d62828', '#1a4fd6', '#6c8ae4', '#a9b9ee'];
// Long enough for a few hundred nodes to settle; the worker is stopped after it.
const LAYOUT_MS = 2000;

/**
 * The network drawing: a graphology graph drawn by sigma (WebGL), laid out
 * by ForceAtlas2 in a web worker. Node size grows with the author's paper
 * count, edge width with the papers two authors share; centers are red.
 *
 * @example const view = new NetworkView(container, (key) => console.log(key)); view.show(network);
 */
export class NetworkView {
  readonly #graph = new Graph<NodeAttributes, EdgeAttributes>({ type: 'undirected' });
  readonly #sigma: Sigma<NodeAttributes, EdgeAttributes>;
  #layout: FA2Layout<NodeAttributes, EdgeAttributes> | undefined;
  #layoutTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(container: HTMLElement, onNodeClick: (key: string) => void) {
    this.#sigma = new Sigma(this.#graph, container, { labelRenderedSizeThreshold: 8, zIndex: true });
    this.#sigma.on('clickNode', ({ node }) => onNodeClick(node));
  }

  /** Replaces the drawing by `network`, placed on a circle, then laid out. */
  show(network: NetworkResult): void {
    this.#stopLayout();
    this.#graph.clear();
    const count = network.nodes.length;
    network.nodes.forEach((node, i) => {
      const paperCount = 'paperCount' in node ? node.paperCount : 1;
      const angle = (2 * Math.PI * i) / Math.max(1, count);
      // Nearer nodes start on smaller circles, so the layout begins close to its end.
      const radius = 10 * (node.distance + 1);
      this.#graph.addNode(node.key, {
        label: node.label,
        x: radius * Math.cos(angle),
        y: radius * Math.sin(angle),
        size: 3 + 2.5 * Math.sqrt(paperCount),
        color: node.distance === 0 ? CENTER_COLOR : (DISTANCE_COLORS[node.distance] ?? DISTANCE_COLORS.at(-1)!),
        paperCount,
        distance: node.distance,
        forceLabel: node.distance === 0,
      });
    });
    for (const edge of network.edges) {
      this.#graph.addEdge(edge.source, edge.target, { weight: edge.weight, size: 0.5 + Math.sqrt(edge.weight), color: '#c3cad6' });
    }
    this.#startLayout();
  }

  /** The nodes as drawn, in the order the server listed them. */
  nodes(): DrawnNode[] {
    return this.#graph.mapNodes((key, { label, paperCount, distance, size, color }) => ({ key, label, paperCount, distance, size, color }));
  }

  edgeCount(): number {
    return this.#graph.size;
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
    if (this.#graph.order < 2) return;
    const settings = forceAtlas2.inferSettings(this.#graph);
    this.#layout = new FA2Layout(this.#graph, { settings: { ...settings, barnesHutOptimize: this.#graph.order > 500 }, getEdgeWeight: 'weight' });
    this.#layout.start();
    this.#layoutTimer = setTimeout(() => this.#stopLayout(), LAYOUT_MS);
  }

  #stopLayout(): void {
    clearTimeout(this.#layoutTimer);
    this.#layout?.kill();
    this.#layout = undefined;
  }
}
