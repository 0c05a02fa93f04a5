import { Connection } from '@temporalio/client';
import { temporal } from '@temporalio/proto';
import { SEARCH_ATTRIBUTES } from '@hazard/contracts';

const TYPES = temporal.api.enums.v1.IndexedValueType;
const INDEXED: Record<string, temporal.api.enums.v1.IndexedValueType> = {
  Keyword: TYPES.INDEXED_VALUE_TYPE_KEYWORD,
  Text: TYPES.INDEXED_VALUE_TYPE_TEXT,
  Int: TYPES.INDEXED_VALUE_TYPE_INT,
  Double: TYPES.INDEXED_VALUE_TYPE_DOUBLE,
  Bool: TYPES.INDEXED_VALUE_TYPE_BOOL,
  Datetime: TYPES.INDEXED_VALUE_TYPE_DATETIME,
  KeywordList: TYPES.INDEXED_VALUE_TYPE_KEYWORD_LIST,
};

/**
 * Registers the hazard search attributes on the namespace if they are missing (the dev server
 * gets them on its command line; a cluster gets them here). Workflows upsert them on every
 * change, so a worker must not run against a namespace that lacks them.
 */
export async function ensureSearchAttributes(address: string, namespace: string): Promise<string[]> {
  const connection = await Connection.connect({ address });
  try {
    return await registerSearchAttributes(connection, namespace);
  } finally {
    await connection.close();
  }
}

export async function registerSearchAttributes(connection: Connection, namespace: string): Promise<string[]> {
  let known: Set<string> | null = null;
  try {
    const { customAttributes } = await connection.operatorService.listSearchAttributes({ namespace });
    known = new Set(Object.keys(customAttributes ?? {}));
  } catch (err) {
    // The time-skipping test server cannot list them, but can add them.
    if ((err as { code?: number }).code !== 12) throw err;
  }
  const missing = Object.entries(SEARCH_ATTRIBUTES).filter(([name]) => !known?.has(name));
  if (missing.length) {
    await connection.operatorService.addSearchAttributes({
      namespace,
      searchAttributes: Object.fromEntries(missing.map(([name, type]) => [name, INDEXED[type]])),
    });
  }
  return missing.map(([name]) => name);
}
