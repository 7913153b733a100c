// The extensions of errors made for one request's response: theirs to carry
// that request's id. Errors Yoga keeps across requests (cached validation
// errors) are never tagged, so no response gets another's id.
const tagged = new WeakSet<object>();

/**
 * Marks an error, by its `extensions` object (which the errors graphql-js
 * and graphql-jit derive from it share), to carry `extensions.requestId` in
 * the response; `useRequestId` adds it once the request is known.
 *
 * @example tagForRequestId(error.extensions);
 */
export function tagForRequestId(extensions: object): void {
  tagged.add(extensions);
}

/** Whether an error was tagged by `tagForRequestId`. */
export function isTaggedForRequestId(extensions: object | undefined): boolean {
  return extensions !== undefined && tagged.has(extensions);
}
