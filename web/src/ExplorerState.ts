/** A drawn node as the page and its tests read it. */
export interface DrawnNode {
  readonly key: string;
  readonly label: string;
  readonly paperCount: number;
  /** Collaboration steps from the center; -1 for a path author outside the network. */
  readonly distance: number;
  readonly size: number;
  readonly color: string;
}

/** The page's state as browser tests read it from `window.__explorer` (the canvas itself is pixels). */
export interface ExplorerState {
  status: 'idle' | 'loading' | 'ready' | 'error';
  centerId: string | undefined;
  selectedId: string | undefined;
  nodes(): DrawnNode[];
  edgeCount(): number;
  /** The highlighted collaboration path's author keys, in order; empty when none is shown. */
  pathNodes(): string[];
  /** Where a node is drawn, in pixels from the canvas's top left corner. */
  viewportPosition(key: string): { x: number; y: number };
  isLayingOut(): boolean;
}

declare global {
  interface Window {
    __explorer: ExplorerState;
  }
}
