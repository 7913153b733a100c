// The queries bench/http.ts sends, shared with the hand-written server that
// answers the same operations without GraphQL.

/** Q1: an author's ten closest coauthors. */
export const Q1 = `query Q1($name: String!) {
  author(name: $name) { name coauthors(first: 10) { edges { collaborationCount node { name } } } }
}`;

/** Q2: the nested author network a drawing client fetches, three connections deep. */
export const Q2 = `query Q2($name: String!) {
  author(name: $name) {
    name
    coauthors(first: 20) {
      edges {
        collaborationCount
        node { name papers(first: 5) { edges { node { title authors(first: 10) { edges { node { name } } } } } } }
      }
    }
  }
}`;

/** Q3: the flat network two steps around an author. */
export const Q3 = `query Q3($id: ID!) {
  network(center: [$id], depth: 2, maxNodes: 500) { nodes { key label distance } edges { source target weight } truncated }
}`;

/** Q4: a shortest chain of coauthors between two authors. */
export const Q4 = `query Q4($from: ID!, $to: ID!) {
  collaborationPath(from: $from, to: $to) { ... on CollaborationPath { length authors { name } hops { collaborationCount } } }
}`;

/** Yoga's own floor: a field that does nothing. */
export const TYPENAME = '{ __typename }';
