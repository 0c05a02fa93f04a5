import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
export { GraphQLJSON as JSONScalar } from 'graphql-scalars';

const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/;

function parseInstant(value: unknown): string {
  if (typeof value !== 'string' || !ISO_WITH_OFFSET.test(value) || Number.isNaN(Date.parse(value))) {
    throw new GraphQLError('DateTime must be an ISO-8601 date-time with a time zone, e.g. 2026-03-01T08:00:00+08:00', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return new Date(Date.parse(value)).toISOString();
}

/** Instants travel as ISO-8601 text with an explicit offset and are kept in UTC. */
export const DateTimeScalar = new GraphQLScalarType<string, string>({
  name: 'DateTime',
  description: 'An instant as ISO-8601 text with a time zone offset, e.g. 2026-03-01T08:00:00+08:00 (answers are in UTC).',
  serialize: (value) => (value instanceof Date ? value.toISOString() : parseInstant(value)),
  parseValue: parseInstant,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('DateTime must be a string', { extensions: { code: 'BAD_USER_INPUT' } });
    return parseInstant(ast.value);
  },
});
