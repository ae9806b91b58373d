// Regenerates the API client in src/app/api/generated/ from the host's OpenAPI document.
//
//   npm run generate:api                                        reads http://localhost:5000/openapi/v1.json
//   npm run generate:api -- http://localhost:5200/openapi/v1.json
//   npm run generate:api -- path/to/openapi.json
//   OPENAPI_URL=http://localhost:5200/openapi/v1.json npm run generate:api
//
// The document is saved as src/app/api/openapi.json and committed with the generated code, so builds never need
// a running host. ng-openapi-gen (settings in ng-openapi-gen.json) generates from that copy, after two changes:
// - MVC's default formatters announce text/plain, text/json and application/*+json beside application/json, which
//   would give every operation a family of $Plain/$Json variants; the client only ever speaks application/json.
// - `servers` names the host the document was read from; the client calls the page's own origin instead.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const source =
  process.argv[2] ?? process.env.OPENAPI_URL ?? 'http://localhost:5000/openapi/v1.json';
const copy = 'src/app/api/openapi.json';
const JSON_TYPE = 'application/json';

async function read(from) {
  if (!/^https?:\/\//.test(from)) return readFileSync(from, 'utf8');
  const response = await fetch(from);
  if (!response.ok) throw new Error(`${from} answered ${response.status} ${response.statusText}`);
  return response.text();
}

/** Keeps only application/json where it is one of several media types, and no server address. */
function forGenerator(document) {
  const result = structuredClone(document);
  delete result.servers;
  for (const operations of Object.values(result.paths ?? {})) {
    for (const operation of Object.values(operations)) {
      if (typeof operation !== 'object' || operation === null) continue;
      const contents = [
        operation.requestBody?.content,
        ...Object.values(operation.responses ?? {}).map((r) => r.content),
      ];
      for (const content of contents) {
        if (content?.[JSON_TYPE]) {
          for (const type of Object.keys(content)) if (type !== JSON_TYPE) delete content[type];
        }
      }
    }
  }
  return result;
}

const document = JSON.parse(await read(source));
if (!document.openapi) throw new Error(`${source} is not an OpenAPI document`);
writeFileSync(copy, JSON.stringify(document, null, 2) + '\n');
console.log(`generate:api: ${source} -> ${copy}`);

const work = mkdtempSync(join(tmpdir(), 'generate-api-'));
try {
  const input = join(work, 'openapi.json');
  writeFileSync(input, JSON.stringify(forGenerator(document)));
  const generator = createRequire(import.meta.url).resolve('ng-openapi-gen/lib/index.js');
  execFileSync(process.execPath, [generator, '--config', 'ng-openapi-gen.json', '--input', input], {
    stdio: 'inherit',
  });
} finally {
  rmSync(work, { recursive: true, force: true });
}
console.log('generate:api: client written to src/app/api/generated/');
