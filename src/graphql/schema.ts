// Builds the GraphQL schema from the domain files.
import { builder } from './builder.ts';
import './professional.ts';
import './directory.ts';

export const schema = builder.toSchema({ sortSchema: false });
