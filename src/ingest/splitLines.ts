/**
 * Splits a text file into lines, so that index + 1 is the line number an
 * editor shows. Drops a leading UTF-8 byte order mark and accepts CRLF line
 * endings, as files saved on Windows have both.
 *
 * @example
 * splitLines('\uFEFFa\r\nb'); // ['a', 'b']
 */
export function splitLines(text: string): string[] {
  const withoutBom = text.startsWith('\uFEFF') ? text.slice(1) : text;
  return withoutBom.split(/\r?\n/u);
}
