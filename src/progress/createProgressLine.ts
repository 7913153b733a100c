import { performance } from 'node:perf_hooks';

/**
 * How far a long job is, drawn on one terminal line: a sequence of phases,
 * each either a file read (a bar of bytes against the file size) or work
 * timed in seconds.
 */
export interface ProgressLine {
  /** A new phase begins: reading `totalBytes` of a file when given, else work that shows its elapsed seconds. */
  phase(label: string, totalBytes?: number): void;
  /** `bytes` of the phase's file have been consumed; without them, only a chance to redraw the elapsed time. */
  update(bytes?: number): void;
  /** Erases the line, if it was drawn, so the next output starts on a clean line; it is not drawn again. */
  finish(): void;
}

/** Where a line draws: a terminal stream, or anything that says it is not one. */
export interface ProgressOutput {
  readonly isTTY?: boolean;
  readonly columns?: number;
  write(text: string): unknown;
}

const QUIET_MS = 1000;
const REDRAW_MS = 100;
const MIN_BAR_WIDTH = 10;
const CLEAR_TO_END = '\u001b[K';

/**
 * A progress line drawn on `output` only when it is a terminal and only once
 * the job has taken more than a second, so short jobs, pipes and logs stay
 * quiet. Redraws at most ten times a second, and at once when a phase
 * begins; a line that would not change is not written again. `now` is the clock in milliseconds.
 *
 * @example
 * const line = createProgressLine();
 * line.phase('dblp.xml', size);
 * const [context] = createIngestContext('dblp.xml', { strict, onProgress: line.update });
 * // … read …
 * line.phase('building the graph');
 * // … build, calling line.update() now and then …
 * line.finish();
 */
export function createProgressLine(output: ProgressOutput = process.stderr, now: () => number = () => performance.now()): ProgressLine {
  const started = now();
  let phase = { label: '', totalBytes: undefined as number | undefined, bytes: 0, started };
  let drawn: { at: number; phase: typeof phase; text: string } | undefined;
  let finished = false;
  const draw = (time: number): void => {
    const columns = output.columns || 80;
    const text = phase.totalBytes === undefined ? timedLine(phase.label, time - phase.started, columns) : barLine(phase.label, phase.bytes, phase.totalBytes, columns);
    // A new phase's line may be shorter than the last phase's: the rest of that is cleared.
    if (drawn === undefined || drawn.phase !== phase) output.write(`\r${text}${drawn === undefined ? '' : CLEAR_TO_END}`);
    else if (drawn.text !== text) output.write(`\r${text}`);
    drawn = { at: time, phase, text };
  };
  return {
    phase(label, totalBytes) {
      const time = now();
      phase = { label, totalBytes, bytes: 0, started: time };
      if (output.isTTY === true && !finished && time - started >= QUIET_MS) draw(time);
    },
    update(bytes) {
      if (bytes !== undefined) phase.bytes = bytes;
      if (output.isTTY !== true || finished) return;
      const time = now();
      if (time - started < QUIET_MS || (drawn !== undefined && time - drawn.at < REDRAW_MS)) return;
      draw(time);
    },
    finish() {
      if (drawn !== undefined && !finished) output.write(`\r${CLEAR_TO_END}`);
      finished = true;
    },
  };
}

function barLine(label: string, bytes: number, totalBytes: number, columns: number): string {
  const fraction = totalBytes > 0 ? Math.min(1, bytes / totalBytes) : 1;
  const figures = `${String(Math.floor(fraction * 100)).padStart(3)}% ${megabytes(bytes)}/${megabytes(totalBytes)} MB`;
  const room = columns - 1 - figures.length - 4;
  const barWidth = Math.max(MIN_BAR_WIDTH, Math.min(40, room - label.length));
  const filled = Math.round(fraction * barWidth);
  return `${shortened(label, room - barWidth)} [${'#'.repeat(filled)}${'.'.repeat(barWidth - filled)}] ${figures}`;
}

function timedLine(label: string, elapsedMs: number, columns: number): string {
  const figures = `${Math.floor(elapsedMs / 1000)} s`;
  return `${shortened(label, columns - 1 - figures.length - 3)} … ${figures}`;
}

/** `label` cut from the left to `room` characters: the end of a path names the file. */
function shortened(label: string, room: number): string {
  return label.length <= room ? label : room > 1 ? `…${label.slice(-(room - 1))}` : '';
}

function megabytes(bytes: number): string {
  return (bytes / 1e6).toFixed(1);
}
