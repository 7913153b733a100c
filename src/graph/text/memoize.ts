/**
 * `fn` with its results kept per argument. Names repeat on every paper of an
 * author, so key functions over them are called far more often than there
 * are distinct names.
 *
 * @example const key = memoize(nameKey); key('Ethan Perez'); key('Ethan Perez'); // computed once
 */
export function memoize<R>(fn: (argument: string) => R): (argument: string) => R {
  const results = new Map<string, R>();
  return (argument) => {
    let result = results.get(argument);
    if (result === undefined && !results.has(argument)) {
      result = fn(argument);
      results.set(argument, result);
    }
    return result as R;
  };
}
