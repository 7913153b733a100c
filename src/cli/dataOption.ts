/** How the offline commands' usage and errors name their `--data` flag. */
export const DATA_FLAG = '--data FILE, the papers to read';

/** The `--data` option of the offline commands: repeatable, so several files make one graph as in `serve`. */
export const DATA_OPTION = { data: { type: 'string', multiple: true } } as const;
