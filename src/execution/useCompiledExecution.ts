import { type DocumentNode, type ExecutionArgs, type ExecutionResult, GraphQLError } from 'graphql';
import { type CompiledQuery, compileQuery, isCompiledQuery } from 'graphql-jit';
import type { Plugin } from 'graphql-yoga';

/** What an operation compiles to: its compiled form, or null when graphql-jit cannot compile it. */
type Compiled = CompiledQuery | null;

/** A result Yoga writes with its own serializer rather than JSON.stringify. */
type SerializableResult = ExecutionResult & { stringify?: (result: ExecutionResult) => string };

/**
 * Runs operations through graphql-jit, which compiles each document once
 * into a function for its selection, instead of graphql-js walking the
 * document per request. Answers are the same, errors included; graphql-js
 * still executes what graphql-jit cannot compile, and operations whose
 * variables do not fit, so that their errors are graphql-js's own. The
 * request's abort signal (the execution timeout, a client gone) answers a
 * compiled operation at once, as it does one of graphql-js; resolvers the
 * compiled function has already started still run to their end, where
 * graphql-js would skip those not begun.
 *
 * @example createYoga({ schema, plugins: [useCompiledExecution()] })
 */
export function useCompiledExecution(): Plugin {
  // Yoga's parser cache hands the same document object to repeats of a query text.
  const compiledByDocument = new WeakMap<DocumentNode, Map<string, Compiled>>();
  const compile = (args: ExecutionArgs): Compiled => {
    const key = args.operationName ?? '';
    let byOperation = compiledByDocument.get(args.document);
    if (byOperation === undefined) compiledByDocument.set(args.document, (byOperation = new Map()));
    let compiled = byOperation.get(key);
    if (compiled === undefined) {
      compiled = compileOrNull(args);
      byOperation.set(key, compiled);
    }
    return compiled;
  };
  return {
    onExecute({ args, executeFn, setExecuteFn }) {
      const compiled = compile(args);
      if (compiled === null) return;
      setExecuteFn((executionArgs) => {
        const result = runCompiled(compiled, executionArgs);
        // graphql-jit refuses variables that do not fit before running
        // anything, answering without `data`: graphql-js answers those in its own words.
        return result instanceof Promise || 'data' in result ? result : executeFn(executionArgs);
      });
    },
  };
}

/** The operation compiled, or null (graphql-js then runs it) when graphql-jit refuses it or fails on it. */
function compileOrNull(args: ExecutionArgs): Compiled {
  try {
    // The compiled serializer writes the data of a known shape twice as fast as JSON.stringify.
    const result = compileQuery(args.schema, args.document, args.operationName ?? undefined, { customJSONSerializer: true });
    return isCompiledQuery(result) ? result : null;
  } catch {
    return null;
  }
}

function runCompiled(compiled: CompiledQuery, args: ExecutionArgs): ExecutionResult | Promise<ExecutionResult> {
  // graphql-js 16 does not type it, but Yoga's executor reads `signal` from the arguments.
  const { signal } = args as ExecutionArgs & { signal?: AbortSignal };
  signal?.throwIfAborted();
  const result = compiled.query(args.rootValue, args.contextValue, args.variableValues) as ExecutionResult | Promise<ExecutionResult>;
  const finish = (settled: ExecutionResult) => serializable(withSourceErrors(settled, args.document), compiled);
  if (!(result instanceof Promise)) return finish(result);
  if (signal === undefined) return result.then(finish);
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    result
      .then(finish)
      .then(resolve, reject)
      .finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/**
 * The result with the compiled serializer attached for Yoga to write it
 * with, when it has no errors (those are left to JSON.stringify, as Yoga
 * rewrites them). The serializer knows `data` alone, so what plugins add
 * later (`extensions.cost`) is written after it; plugins that copy the
 * result copy the serializer with it.
 */
function serializable(result: ExecutionResult, compiled: CompiledQuery): SerializableResult {
  if (result.errors !== undefined) return result;
  const stringify = (full: ExecutionResult): string => {
    const { data, errors, ...rest } = full;
    const json = compiled.stringify(errors === undefined ? { data } : { data, errors });
    // JSON.stringify leaves the serializer itself out: it is a function.
    const more = JSON.stringify(rest);
    return more === '{}' ? json : `${json.slice(0, -1)},${more.slice(1)}`;
  };
  return Object.assign(result, { stringify });
}

/**
 * The result with its errors as graphql-js makes them. graphql-jit's errors
 * carry `locations` alone; Yoga rebuilds every error from its source and
 * positions before sending it, which would drop them.
 */
function withSourceErrors(result: ExecutionResult, document: DocumentNode): ExecutionResult {
  const source = document.loc?.source;
  if (result.errors === undefined || source === undefined) return result;
  const lineStarts = [0];
  for (let i = source.body.indexOf('\n'); i >= 0; i = source.body.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const errors = result.errors.map((error) =>
    error.positions !== undefined || error.locations === undefined
      ? error
      : new GraphQLError(error.message, {
          source,
          positions: error.locations.map(({ line, column }) => lineStarts[line - 1]! + column - 1),
          path: error.path,
          originalError: error.originalError,
          extensions: error.extensions,
        }),
  );
  return { ...result, errors };
}
