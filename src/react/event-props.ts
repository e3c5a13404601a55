import type { EventName } from '@lit/react';
import type { ScEventMap } from '../events/events.js';

type ScEventType = keyof ScEventMap;

/** `cart-add` → `CartAdd`. */
type Pascal<T extends string> = T extends `${infer Head}-${infer Tail}` ? `${Capitalize<Head>}${Pascal<Tail>}` : Capitalize<T>;

/** The React prop that listens for an event: `sc-cart-add` → `onCartAdd`. */
type EventProp<T extends ScEventType> = T extends `sc-${infer Name}` ? `on${Pascal<Name>}` : never;

/** `@lit/react`'s `events` option for these events: each prop's handler gets the event's own `CustomEvent`. */
export type EventProps<T extends ScEventType> = { [K in T as EventProp<K>]: EventName<ScEventMap[K]> };

/** `sc-store` → `ScStore`: a tag's name in JavaScript. */
export const pascal = (name: string): string => name.replace(/(?:^|-)(\w)/g, (_, letter: string) => letter.toUpperCase());

const eventProp = <T extends ScEventType>(type: T): EventProp<T> => `on${pascal(type.slice('sc-'.length))}` as EventProp<T>;

/** The `events` option for these event types (`EventName` is a type only: the values are the types' names). */
export const eventProps = <T extends ScEventType>(types: readonly T[]): EventProps<T> =>
  Object.fromEntries(types.map((type) => [eventProp(type), type])) as unknown as EventProps<T>;
