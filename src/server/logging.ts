import Fastify, { type FastifyBaseLogger, type FastifyServerOptions } from 'fastify';
import PinoPretty from 'pino-pretty';
import type { ServerConfig } from './config.ts';
import { requestForLog } from './log-request.ts';

type LoggingConfig = Pick<ServerConfig, 'logLevel' | 'logFormat'>;

/**
 * Human-readable lines for a person at a terminal, one JSON object a line for journald, files and
 * log shippers (issue 21). Pretty lines carry the local time with its offset, the level and the
 * message first, and the fields on the same line.
 */
function prettyStream(fd: 1 | 2) {
  return PinoPretty({
    destination: fd,
    sync: true,
    colorize: fd === 1 ? process.stdout.isTTY : process.stderr.isTTY,
    translateTime: 'SYS:yyyy-mm-dd HH:MM:ss o',
    ignore: 'pid,hostname',
    singleLine: true,
  });
}

export function isPretty(config: LoggingConfig, stream: NodeJS.WriteStream): boolean {
  return config.logFormat === 'pretty' || (config.logFormat === 'auto' && stream.isTTY === true);
}

/** The server's logger: Fastify's own (pino) at LOG_LEVEL, without query values (log-request.ts). */
export function serverLoggerOptions(
  config: LoggingConfig,
): NonNullable<FastifyServerOptions['logger']> {
  return {
    level: config.logLevel,
    serializers: { req: requestForLog },
    ...(isPretty(config, process.stdout) ? { stream: prettyStream(1) } : {}),
  };
}

/**
 * A logger for the CLI commands (import, kiosk): the same lines as the server's, on standard
 * error, so standard output stays the command's own report. Fastify builds it, so the server and
 * the CLI share one logging library and configuration.
 */
export function createCliLogger(config: LoggingConfig): FastifyBaseLogger {
  return Fastify({
    logger: {
      level: config.logLevel,
      stream: isPretty(config, process.stderr) ? prettyStream(2) : process.stderr,
    },
  }).log;
}
