// Builds the GraphQL schema from the domain files.
import { assertInterfaceType } from 'graphql';
import { builder, nodeTypenames } from './builder.ts';
import './professional.ts';
import './notifications.ts';
import './directory.ts';
import './teams.ts';
import './availability.ts';
import './attachment.ts';
import './delegation.ts';
import './request.ts';
import './team-requests.ts';
import './report.ts';
import './billing.ts';
import './synthesis.ts';
import './compliance.ts';
import './message.ts';
import './live.ts';

export const schema = builder.toSchema({ sortSchema: false });

for (const type of schema.getPossibleTypes(assertInterfaceType(schema.getType('Node')))) nodeTypenames.add(type.name);
