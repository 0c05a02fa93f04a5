import type { INestApplication } from '@nestjs/common';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';

export const SCHEMA_HEADER = '# Generated from the gateway code (npm run schema). Do not edit by hand: CI fails when it drifts.\n\n';

/** The schema the gateway serves, printed in a stable order (what schema.gql holds). */
export function servedSchemaSdl(app: INestApplication): string {
  const { schema } = app.get(GraphQLSchemaHost);
  return SCHEMA_HEADER + printSchema(lexicographicSortSchema(schema)) + '\n';
}
