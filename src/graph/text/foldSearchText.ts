import { foldText } from './foldText.ts';

/**
 * What a paper search scans: its title and abstract folded (`foldText`) and
 * joined by a space, exactly `foldText` of the two on separate lines, since
 * folding collapses the line break. Folded one at a time, a plain ASCII
 * title takes `foldText`'s fast path, which a line break would rule out for
 * every paper.
 *
 * @example foldSearchText('Constitutional AI', 'We  train…') // 'constitutional ai we train…'
 */
export function foldSearchText(title: string | undefined, abstract: string | undefined): string {
  const folded = foldText(title ?? '');
  const more = foldText(abstract ?? '');
  if (more === '') return folded;
  return folded === '' ? more : `${folded} ${more}`;
}
