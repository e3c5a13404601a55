import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Received {
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

export interface Receiver {
  /** `http://127.0.0.1:<port>/hook` */
  readonly url: string;
  readonly port: number;
  readonly received: readonly Received[];
  /** Resolves once `count` requests came; rejects after 10 s. */
  until(count: number): Promise<Received[]>;
  close(): Promise<void>;
}

/** A webhook receiver on loopback that answers the `statuses` given in turn, then 204. */
export async function startReceiver(statuses: number[] = []): Promise<Receiver> {
  const received: Received[] = [];
  let arrived = (): void => undefined;
  const server = createServer((request, response) => {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => (body += chunk));
    request.on('end', () => {
      received.push({ headers: request.headers, body });
      response.writeHead(statuses.shift() ?? 204).end();
      arrived();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/hook`,
    port,
    received,
    until: (count) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`${received.length} of ${count} webhook requests came`)), 10_000);
        arrived = () => received.length >= count && (clearTimeout(timer), resolve([...received]));
        arrived();
      }),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Checks an `SC-Signature` header as the README tells a receiver to: the HMAC, and a timestamp at most five minutes off. */
export function verifySignature(secret: string, header: string, body: string): boolean {
  const parts = new Map(header.split(',').map((part) => part.split('=', 2) as [string, string]));
  const timestamp = Number(parts.get('t'));
  const expected = Buffer.from(createHmac('sha256', secret).update(`${parts.get('t')}.${body}`).digest('hex'));
  const given = Buffer.from(parts.get('v1') ?? '');
  return given.length === expected.length && timingSafeEqual(given, expected) && Math.abs(Date.now() / 1000 - timestamp) <= 300;
}
