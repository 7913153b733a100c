import type { CoauthorGraph } from '../../src/graph/store/CoauthorGraph.ts';
import { seedGraph } from './seedGraph.ts';

/**
 * The seed graph behind a proxy that counts every read of its methods and
 * fields: every batch method, id or name lookup and list a resolver touches.
 * A count of 0 after a request proves no resolver reached the data.
 */
export async function watchedSeedGraph(): Promise<{ graph: CoauthorGraph; reads: () => number }> {
  const target = await seedGraph();
  let reads = 0;
  const graph = new Proxy(target, {
    get(object, property) {
      reads += 1;
      const value: unknown = Reflect.get(object, property, object);
      // Methods run on the real graph, whose private fields a proxy lacks.
      return typeof value === 'function' ? value.bind(object) : value;
    },
  });
  return { graph, reads: () => reads };
}
