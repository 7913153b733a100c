/** The message `JSON.parse` gives for `text`, which the importers quote after "invalid JSON: ". */
export function jsonErrorOf(text: string): string {
  try {
    JSON.parse(text);
  } catch (error) {
    if (error instanceof Error) return error.message;
  }
  throw new Error(`expected ${text} to be invalid JSON`);
}
