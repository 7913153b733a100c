/**
 * A name as it is kept and shown: the source's spelling in Unicode NFC,
 * without surrounding spaces. Unlike `nameKey`, case and inner spacing stay.
 *
 * @example cleanSpelling(' Kamilė Lukošiūtė ') === 'Kamilė Lukošiūtė'
 */
export function cleanSpelling(raw: string): string {
  return raw.normalize('NFC').trim();
}
