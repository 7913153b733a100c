import { encodeGlobalID } from '@pothos/plugin-relay';
import { Repeater } from 'graphql-yoga';
import type { GraphChange } from '../curation/Curator.ts';
import { apiError } from './apiError.ts';
import { builder } from './builder.ts';

builder.subscriptionType({
  description: 'Events pushed over Server-Sent Events (`accept: text/event-stream`) while the connection stays open.',
});

const GraphChangeRef = builder.objectRef<GraphChange>('GraphChange').implement({
  description: 'One change made through the API: the version it made and what it touched. Refetch those by id to refresh a page.',
  fields: (t) => ({
    version: t.exposeInt('version', { description: 'The graph’s version after the change.' }),
    authors: t.field({
      type: ['ID'],
      description: 'Global ids of the authors the change touched, merged-away ones included.',
      resolve: (change) => change.authors.map((id) => encodeGlobalID('Author', id)),
    }),
    papers: t.field({
      type: ['ID'],
      description: 'Global ids of the papers the change added.',
      resolve: (change) => change.papers.map((id) => encodeGlobalID('Paper', id)),
    }),
  }),
});

builder.subscriptionField('graphChanged', (t) =>
  t.field({
    type: GraphChangeRef,
    description: 'Every change to the graph from now on. Only a server that keeps a journal (`--store`) changes; others refuse with READ_ONLY.',
    subscribe: (_root, _args, { curator }) => {
      if (curator === undefined) throw apiError('READ_ONLY', 'This server is read-only: it was started without --store, so its graph never changes.');
      return new Repeater<GraphChange>(async (push, stop) => {
        const unwatch = curator.watch((change) => void push(change));
        await stop;
        unwatch();
      });
    },
    resolve: (change) => change,
  }),
);
