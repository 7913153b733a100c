/**
 * A defect in an input file, located precisely enough to fix by hand:
 * `fixtures/seed.txt:7: expected "<D Mon YYYY>" as the second field, got "31 Foo 2023"`.
 */
export class IngestError extends Error {
  override readonly name = 'IngestError';

  constructor(
    readonly file: string,
    readonly line: number,
    readonly reason: string,
  ) {
    super(`${file}:${line}: ${reason}`);
  }
}
