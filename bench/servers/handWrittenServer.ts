// The hand-written baseline of bench/http.ts: a bare node:http server that
// loads the same data the same way `serve` does and answers the bench's four
// operations (path /q1 … /q4, the same POST body) by walking the same
// CoauthorGraph directly, writing the same `data` JSON. No GraphQL, no
// DataLoader: what is left is the work itself.
// Usage (bench/http.ts starts it): node --import tsx bench/servers/handWrittenServer.ts DATA_FILE
import { encodeGlobalID, decodeGlobalID } from '@pothos/plugin-relay';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadGraph } from '../../src/loadGraph.ts';
import type { Author } from '../../src/graph/store/Author.ts';
import type { CoauthorGraph } from '../../src/graph/store/CoauthorGraph.ts';
import { coauthorAdjacency, strongestFirst } from '../../src/graph/store/coauthorAdjacency.ts';
import { collaborationNetwork, type NetworkNode } from '../../src/graph/algorithms/collaborationNetwork.ts';
import { collaborationPath } from '../../src/graph/algorithms/collaborationPath.ts';
import { searchIndex } from '../../src/graph/search/searchIndex.ts';
import { VisitBudget } from '../../src/graph/algorithms/VisitBudget.ts';

const VISITS = 1_000_000;

type Variables = Record<string, string>;

const graph = await loadGraph([process.argv[2]!], undefined, { identity: 'merge' });
coauthorAdjacency(graph);
searchIndex(graph);

const authorNamed = (name: string): Author => graph.authorsByName(name)[0]!;
const authorWithId = (id: string): Author => graph.authorById(decodeGlobalID(id).id)!;

const handlers: Record<string, (variables: Variables) => unknown> = {
  '/q1': ({ name }) => {
    const author = authorNamed(name!);
    return { author: { name: author.name, coauthors: { edges: coauthorsOf(graph, author, 10).map(({ count, coauthor }) => ({ collaborationCount: count, node: { name: coauthor.name } })) } } };
  },
  '/q2': ({ name }) => {
    const author = authorNamed(name!);
    return {
      author: {
        name: author.name,
        coauthors: {
          edges: coauthorsOf(graph, author, 20).map(({ count, coauthor }) => ({
            collaborationCount: count,
            node: {
              name: coauthor.name,
              papers: {
                edges: papersOf(graph, coauthor, 5).map((paper) => ({
                  node: { title: paper.title ?? null, authors: { edges: authorsOf(graph, paper.index, 10).map((a) => ({ node: { name: a.name } })) } },
                })),
              },
            },
          })),
        },
      },
    };
  },
  '/q3': ({ id }) => {
    const network = collaborationNetwork(graph, [authorWithId(id!)], { depth: 2, maxNodes: 500, minCollaborations: 1, includePapers: false, budget: new VisitBudget(VISITS) });
    return {
      network: {
        nodes: network.nodes.map((node) => ({ key: nodeKey(node), label: node.kind === 'author' ? node.author.name : (node.paper.title ?? node.paper.id), distance: node.distance })),
        edges: network.edges.map((edge) => ({ source: nodeKey(edge.source), target: nodeKey(edge.target), weight: edge.weight })),
        truncated: network.truncated,
      },
    };
  },
  '/q4': ({ from, to }) => {
    const path = collaborationPath(graph, authorWithId(from!), authorWithId(to!), { maxLength: 6, budget: new VisitBudget(VISITS) });
    if (!path.found) return { collaborationPath: {} };
    return {
      collaborationPath: {
        length: path.hops.length,
        authors: path.authors.map((author) => ({ name: author.name })),
        hops: path.hops.map((hop) => ({ collaborationCount: hop.papers.length })),
      },
    };
  },
};

/** A network node's key, as the schema gives it: the global id of its author or paper. */
function nodeKey(node: NetworkNode): string {
  return node.kind === 'author' ? encodeGlobalID('Author', node.author.id) : encodeGlobalID('Paper', node.paper.id);
}

/** An author's `first` closest coauthors, most shared papers first, then by name. */
function coauthorsOf(graph: CoauthorGraph, author: Author, first: number): { count: number; coauthor: Author }[] {
  const adjacency = coauthorAdjacency(graph);
  const { neighbours, weights, offsets } = adjacency;
  const rows: { count: number; coauthor: Author }[] = [];
  const start = offsets[author.index]!;
  for (const place of strongestFirst(adjacency, author.index).subarray(0, first)) {
    const slot = start + place;
    rows.push({ count: weights[slot]!, coauthor: graph.author(neighbours[slot]!) });
  }
  return rows;
}

function papersOf(graph: CoauthorGraph, author: Author, first: number) {
  const { authorPaperOffsets, authorPapers } = graph.parts;
  const start = authorPaperOffsets[author.index]!;
  return Array.from(authorPapers.subarray(start, Math.min(authorPaperOffsets[author.index + 1]!, start + first)), (p) => graph.paper(p));
}

function authorsOf(graph: CoauthorGraph, paper: number, first: number): Author[] {
  const { paperAuthorOffsets, paperAuthors } = graph.parts;
  const start = paperAuthorOffsets[paper]!;
  return Array.from(paperAuthors.subarray(start, Math.min(paperAuthorOffsets[paper + 1]!, start + first)), (a) => graph.author(a));
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString();
}

const server = createServer(async (request, response) => {
  const { variables } = JSON.parse(await readBody(request)) as { variables: Variables };
  const handler = handlers[request.url ?? ''];
  const body = handler === undefined ? '{"errors":[{"message":"unknown path"}]}' : JSON.stringify({ data: handler(variables) });
  response.writeHead(handler === undefined ? 404 : 200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
  response.end(body);
});
server.listen(0, '127.0.0.1', () => console.log(`listening on ${(server.address() as AddressInfo).port}`));
