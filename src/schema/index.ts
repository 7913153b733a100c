import './author.ts';
import './authorMetrics.ts';
import './authorship.ts';
import './collaboration.ts';
import './collaborationPath.ts';
import './curation.ts';
import './graphChanged.ts';
import './network.ts';
import './paper.ts';
import './search.ts';
import './stats.ts';
import './suggestedCollaborators.ts';
import { builder } from './builder.ts';
import { readPropertiesDirectly } from './readPropertiesDirectly.ts';

/** The executable schema, built once per process. */
export const schema = readPropertiesDirectly(builder.toSchema());
