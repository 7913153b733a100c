import type { ResultOf } from 'gql.tada';
import { graphql } from './graphql.ts';

/** Authors whose name begins with the typed words, best match first. */
export const SearchAuthors = graphql(`
  query SearchAuthors($query: String!) {
    search(query: $query, first: 8) {
      edges {
        node {
          __typename
          ... on Author { id name paperCount }
        }
      }
    }
  }
`);

/** An author by name or global id: the center of the network to draw. */
export const AuthorByName = graphql(`
  query AuthorByName($name: String) {
    author(name: $name) { id name }
  }
`);

export const AuthorById = graphql(`
  query AuthorById($id: ID) {
    author(id: $id) { id name }
  }
`);

/** What the side panel shows of one author; `after` asks for the next page of coauthors, which the cache appends to the earlier ones. */
export const AuthorDetails = graphql(`
  query AuthorDetails($id: ID!, $first: Int!, $after: String, $recentPapers: Int!) {
    author(id: $id) {
      id
      name
      paperCount
      coauthorCount
      firstYear
      lastYear
      aliases { name paperCount }
      identity { spelling joinedTo rule evidence }
      papers(first: $recentPapers) { edges { node { id title year url } } }
      coauthors(first: $first, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges { collaborationCount firstYear lastYear node { id name } }
      }
    }
  }
`);

/** The shortest chain of coauthors between two authors, with the papers behind each step. */
export const CollaborationPathQuery = graphql(`
  query CollaborationPath($from: ID!, $to: ID!) {
    collaborationPath(from: $from, to: $to) {
      __typename
      ... on CollaborationPath {
        length
        authors { id name paperCount }
        hops {
          collaborationCount
          from { id name }
          to { id name }
          papers(first: 5) { totalCount edges { node { id title year url } } }
        }
      }
      ... on NoCollaborationPath { maxLength reason }
    }
  }
`);

export type AuthorDetailsResult = NonNullable<ResultOf<typeof AuthorDetails>['author']>;
export type CollaborationPathResult = NonNullable<ResultOf<typeof CollaborationPathQuery>['collaborationPath']>;
