import { readFile, writeFile } from 'node:fs/promises';
import openapiTS, { astToString, type SchemaObject, transformSchemaObject, type TransformNodeOptions } from 'openapi-typescript';
import ts from 'typescript';
import { parse } from 'yaml';

/**
 * `npm run types:api`: TypeScript types of openapi.yaml, for the compile-time check of the
 * RestAdapter's wire types (test/types/wire.ts). Generated, not committed: it follows from
 * openapi.yaml, which is committed and checked, and `npm run typecheck` writes it first.
 * Two things JSON Schema says that openapi-typescript would lose are kept: a small integer
 * range is its literal union (stars 1 to 5), and an array of one length is a tuple
 * (a histogram of 5). Its own `arrayLength` option miscounts ranges, so it stays off.
 */
const out = new URL('../test/types/openapi.gen.d.ts', import.meta.url);
const spec = parse(await readFile(new URL('../openapi.yaml', import.meta.url), 'utf8'));

function exact(schema: SchemaObject, options: TransformNodeOptions): ts.TypeNode | undefined {
  if (schema.type === 'integer' && typeof schema.minimum === 'number' && typeof schema.maximum === 'number' && schema.maximum - schema.minimum < 10) {
    const values = Array.from({ length: schema.maximum - schema.minimum + 1 }, (_, index) => schema.minimum! + index);
    return ts.factory.createUnionTypeNode(values.map((value) => ts.factory.createLiteralTypeNode(ts.factory.createNumericLiteral(value))));
  }
  if (schema.type === 'array' && schema.items && schema.minItems !== undefined && schema.minItems === schema.maxItems && schema.minItems <= 10) {
    const item = transformSchemaObject(schema.items as SchemaObject, options);
    return ts.factory.createTypeOperatorNode(ts.SyntaxKind.ReadonlyKeyword, ts.factory.createTupleTypeNode(Array.from({ length: schema.minItems }, () => item)));
  }
  return undefined;
}

const nodes = await openapiTS(spec, { immutable: true, defaultNonNullable: false, transform: exact });
await writeFile(out, astToString(nodes));
