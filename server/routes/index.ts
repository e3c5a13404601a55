import type { Endpoint } from '../http/endpoint.js';
import { streamEvents } from './events.js';
import { like, readLikes, unlike } from './likes.js';
import { createVisitor } from './visitors.js';

export interface RouteOptions {
  readonly issueVisitorToken: (site: string) => string;
  readonly keepAlive: number;
}

/** Every route of the API: what the app mounts and what openapi.yaml describes. */
export function endpoints(options: RouteOptions): Endpoint[] {
  return [createVisitor(options.issueVisitorToken), readLikes, like, unlike, streamEvents(options.keepAlive)];
}

/** The specs alone, for openapi.yaml. */
export const specs = () => endpoints({ issueVisitorToken: () => '', keepAlive: 0 }).map((route) => route.spec);
