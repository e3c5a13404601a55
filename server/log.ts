import { pino, type DestinationStream, type Logger } from 'pino';

export type Log = Logger;

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/**
 * The server's log: one JSON object a line (pino), on stdout unless `destination` is
 * given. What goes in it is chosen where it is written: ids, routes, codes and counts,
 * never what people typed (see http/errors.ts).
 */
export const createLog = (level: LogLevel, destination?: DestinationStream): Log =>
  pino({ level, timestamp: pino.stdTimeFunctions.isoTime }, destination);
