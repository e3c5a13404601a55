import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A loopback stand-in for applause-button's API (applause-button-server), in its shape:
 * `GET /get-claps?url=…` answers the count as text, `POST /update-claps?url=…` takes a
 * JSON string "claps,version" as text/plain and answers the new count. Counts live in a
 * map (every page starts at 12, so the button shows its count), and every request is
 * counted. It answers at once: the peer's real server would only be slower.
 */
export async function applauseApi(): Promise<{ url: string; requests: () => number; close(): void }> {
  const claps = new Map<string, number>();
  let requests = 0;
  const server = createServer((request, response) => {
    const { pathname, searchParams } = new URL(request.url!, 'http://applause');
    const headers = { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Headers': 'Content-Type', 'Content-Type': 'text/plain' };
    if (request.method === 'OPTIONS') return void response.writeHead(204, headers).end();
    requests++;
    const page = searchParams.get('url') ?? request.headers.referer ?? '';
    const count = claps.get(page) ?? 12;
    if (request.method === 'GET' && pathname === '/get-claps') return void response.writeHead(200, headers).end(String(count));
    if (request.method === 'POST' && pathname === '/update-claps') {
      let body = '';
      request.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
      request.on('end', () => {
        let added = NaN;
        try {
          added = Number(String(JSON.parse(body)).split(',')[0]);
        } catch {}
        if (!Number.isInteger(added) || added < 1 || added > 10) return void response.writeHead(400, headers).end('bad claps');
        claps.set(page, count + added);
        response.writeHead(200, headers).end(String(count + added));
      });
      return;
    }
    response.writeHead(404, headers).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests: () => requests, close: () => server.close() };
}
