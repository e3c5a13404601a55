import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { createApp } from '../../server/app.js';
import type { Db } from '../../server/db/db.js';
import type { EventHub } from '../../server/events/hub.js';
import { openApiPath, openApiYaml } from '../../server/openapi/write.js';

const committed = await readFile(openApiPath, 'utf8');
const document = parse(committed);

describe('openapi.yaml', () => {
  it('is what the route specs generate (run `npm run openapi` after changing a route)', async () => {
    assert.equal(committed, await openApiYaml());
  });

  it('describes exactly the routes the app mounts', () => {
    // Creating the app touches neither the database nor the hub.
    const app = createApp({ db: {} as Db, events: {} as EventHub, visitorKey: 'k' });
    // A route with middleware appears once per handler, hence the sets.
    const mounted = app.routes.filter((route) => route.method !== 'ALL').map((route) => `${route.method} ${route.path}`);
    const described = Object.entries<Record<string, unknown>>(document.paths).flatMap(([path, operations]) =>
      Object.keys(operations).map((method) => `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`),
    );
    assert.deepEqual(new Set(mounted), new Set(described));
    assert.equal(new Set(described).size, described.length);
  });

  it('resolves every $ref', () => {
    const refs = [...committed.matchAll(/\$ref: "#\/([^"]+)"/g)].map((match) => match[1]!);
    for (const ref of new Set(refs)) {
      const target = ref.split('/').reduce<any>((node, key) => node?.[key], document);
      assert.ok(target, `unresolved $ref #/${ref}`);
    }
  });

  it('defines every named schema, none as a pointer to itself (tools stop on a circular pointer)', () => {
    for (const [name, schema] of Object.entries<any>(document.components.schemas)) {
      assert.notEqual(schema.$ref, `#/components/schemas/${name}`, name);
    }
    assert.equal(document.components.schemas.Error.type, 'object');
  });

  it('puts every route but /health under a site and answers errors with the Error schema', () => {
    for (const [path, operations] of Object.entries<Record<string, any>>(document.paths)) {
      const health = path === '/health';
      if (!health) assert.match(path, /^\/v1\/sites\/\{site\}\//);
      for (const operation of Object.values(operations)) {
        for (const [status, response] of Object.entries<any>(operation.responses)) {
          // /health's 503 carries the health itself, saying what is wrong.
          if (health && status === '503') assert.equal(response.content['application/json'].schema.$ref, '#/components/schemas/Health');
          else if (Number(status) >= 400) assert.equal(response.$ref, `#/components/responses/${status}`);
        }
      }
    }
  });
});
