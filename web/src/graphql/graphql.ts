import { initGraphQLTada } from 'gql.tada';
import type { introspection } from './graphql-env.d.ts';

/**
 * Tags a query typed against the checked-in `schema.graphql`: its variables
 * and result are checked by `npm run typecheck`, so a schema change that
 * breaks a query of the page fails it.
 *
 * @example const Search = graphql(`query Search($q: String!) { search(query: $q) { totalCount } }`);
 */
export const graphql = initGraphQLTada<{ introspection: introspection }>();
