// Binds the app to a port and drains in-flight requests on SIGTERM/SIGINT.
import { serve } from '@hono/node-server';
import type { Hono } from 'hono';
import type { AddressInfo } from 'node:net';

export interface ServeOptions {
  port: number;
  host: string;
  /** How long a shutdown waits for in-flight requests before exiting anyway. */
  drainMs: number;
  log: (line: string) => void;
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

export function startServer(app: Hono, options: Partial<ServeOptions> = {}): Promise<RunningServer> {
  const opts: ServeOptions = { port: 3000, host: '127.0.0.1', drainMs: 10_000, log: () => {}, ...options };
  return new Promise((resolvePromise, reject) => {
    const server = serve({ fetch: app.fetch, port: opts.port, hostname: opts.host }, (info: AddressInfo) => {
      const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      resolvePromise({
        url: `http://${host}:${info.port}`,
        close: () =>
          new Promise<void>((done) => {
            const timer = setTimeout(() => {
              if ('closeAllConnections' in server) server.closeAllConnections();
              done();
            }, opts.drainMs);
            timer.unref();
            server.close(() => {
              clearTimeout(timer);
              done();
            });
            if ('closeIdleConnections' in server) server.closeIdleConnections();
          }),
      });
    });
    server.once('error', reject);
  });
}

/** Closes the server on SIGTERM/SIGINT, letting in-flight requests finish, then exits. */
export function closeOnSignals(server: RunningServer, log: (line: string) => void): void {
  let closing = false;
  const stop = (signal: string) => {
    if (closing) return;
    closing = true;
    log(`${signal}: finishing in-flight requests`);
    void server.close().then(() => process.exit(0));
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
}
