import { performance } from 'node:perf_hooks';

/** Progress through one file, drawn on one terminal line. */
export interface ProgressBar {
  /** `bytes` of the file have been consumed. */
  update(bytes: number): void;
  /** Erases the bar, if it was drawn, so the next output starts on a clean line. */
  finish(): void;
}

/** Where a bar draws: a terminal stream, or anything that says it is not one. */
export interface ProgressOutput {
  readonly isTTY?: boolean;
  readonly columns?: number;
  write(text: string): unknown;
}

const QUIET_MS = 1000;
const REDRAW_MS = 100;
const MIN_BAR_WIDTH = 10;

/**
 * A bar for reading `totalBytes` of `label`: drawn on `output` only when it
 * is a terminal and only once the file has taken more than a second, so
 * short imports, pipes and logs stay quiet. Redraws at most ten times a
 * second. `now` is the clock in milliseconds.
 *
 * @example
 * const bar = createProgressBar('dblp.xml', size);
 * const [context] = createIngestContext('dblp.xml', { strict, onProgress: bar.update });
 * // … read …
 * bar.finish();
 */
export function createProgressBar(
  label: string,
  totalBytes: number,
  output: ProgressOutput = process.stderr,
  now: () => number = () => performance.now(),
): ProgressBar {
  const started = now();
  let drawnAt: number | undefined;
  return {
    update(bytes) {
      if (output.isTTY !== true) return;
      const time = now();
      if (time - started < QUIET_MS || (drawnAt !== undefined && time - drawnAt < REDRAW_MS)) return;
      drawnAt = time;
      output.write(`\r${progressLine(label, bytes, totalBytes, output.columns || 80)}`);
    },
    finish() {
      if (drawnAt !== undefined) output.write('\r\u001b[K');
    },
  };
}

function progressLine(label: string, bytes: number, totalBytes: number, columns: number): string {
  const fraction = totalBytes > 0 ? Math.min(1, bytes / totalBytes) : 1;
  const figures = `${String(Math.floor(fraction * 100)).padStart(3)}% ${megabytes(bytes)}/${megabytes(totalBytes)} MB`;
  const room = columns - 1 - figures.length - 4;
  const barWidth = Math.max(MIN_BAR_WIDTH, Math.min(40, room - label.length));
  const labelRoom = room - barWidth;
  const shownLabel = label.length <= labelRoom ? label : labelRoom > 1 ? `…${label.slice(-(labelRoom - 1))}` : '';
  const filled = Math.round(fraction * barWidth);
  return `${shownLabel} [${'#'.repeat(filled)}${'.'.repeat(barWidth - filled)}] ${figures}`;
}

function megabytes(bytes: number): string {
  return (bytes / 1e6).toFixed(1);
}
