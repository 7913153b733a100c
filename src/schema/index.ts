import './author.ts';
import './authorship.ts';
import './collaboration.ts';
import './paper.ts';
import { builder } from './builder.ts';

/** The executable schema, built once per process. */
export const schema = builder.toSchema();
