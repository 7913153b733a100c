import { collectGarbage } from '../../src/graph/store/collectGarbage.ts';

/**
 * Collections, each followed by a wait that lets finalizers run, `rounds` of them or fewer once `until`
 * holds: an array the code that ran last read may outlive one, and a busy machine delays the collector's report.
 */
export async function collectedGarbage({ rounds = 20, until = () => false }: { rounds?: number; until?: () => boolean }): Promise<void> {
  for (let k = 0; k < rounds && !until(); k++) {
    collectGarbage();
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
