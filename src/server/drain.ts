// Graceful shutdown of an HTTP server: every request already received gets a complete answer, or a 503 with
// Retry-After once the deadline passes; a streamed body that cannot finish is cut (the client sees an error,
// never a clean-looking short file).
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { Server as NetServer } from 'node:net';
import type { Socket } from 'node:net';
import { applySecurityHeaders } from './security-headers';

export interface DrainOptions {
  /** In-flight requests may run this long after the signal; then they are answered 503 or cut. */
  deadlineMs: number;
  /**
   * A connection with no request under way is closed this long after the signal: a request may be in the
   * network or in the kernel's buffer already, and closing at once would reset it.
   */
  idleGraceMs: number;
  /** Seconds a client is told to wait (Retry-After) when its request is refused. */
  retryAfterSeconds: number;
  /**
   * The listener stays open until no connection has been accepted for this long (or the deadline): connections
   * the kernel completed before the signal wait in its queue, and Node accepts them only a few per event-loop
   * turn, between the requests it serves; closing the listener would reset them.
   */
  acceptQuietMs: number;
}

export const defaultDrainOptions: DrainOptions = {
  deadlineMs: 10_000,
  idleGraceMs: 300,
  retryAfterSeconds: 5,
  acceptQuietMs: 100,
};

export interface DrainReport {
  /** Requests that were in flight when the drain began, or arrived during it, and got their answer. */
  answered: number;
  /** Requests still waiting at the deadline, answered 503 with Retry-After. */
  refused: number;
  /** Streamed answers already under way at the deadline, cut off (the client sees an incomplete body). */
  cut: number;
}

export interface DrainTracker {
  /** Wraps the app's fetch so that at the deadline a request still waiting is answered 503 instead. */
  fetch<E>(handler: (req: Request, env: E) => Response | Promise<Response>): (req: Request, env: E) => Promise<Response>;
  /** Wraps the node request listener to count requests and mark answers `Connection: close` while draining. */
  listener(inner: (req: IncomingMessage, res: ServerResponse) => void): (req: IncomingMessage, res: ServerResponse) => void;
  /** Stops accepting connections, waits for every request (up to the deadline) and every socket to close. */
  drain(): Promise<DrainReport>;
}

export function trackServer(server: Server, options: Partial<DrainOptions> = {}): DrainTracker {
  const o: DrainOptions = { ...defaultDrainOptions, ...options };
  /** Per connection: requests under way, and how many bytes had arrived when the last one was answered. */
  const sockets = new Map<Socket, { busy: number; readAtIdle: number }>();
  const active = new Set<ServerResponse>();
  const report: DrainReport = { answered: 0, refused: 0, cut: 0 };
  let draining = false;
  let expire: (() => void) | null = null;
  const expired = new Promise<void>((resolve) => (expire = resolve));

  let accepted = 0;

  server.on('connection', (socket: Socket) => {
    accepted++;
    sockets.set(socket, { busy: 0, readAtIdle: 0 });
    socket.once('close', () => sockets.delete(socket));
  });

  function refusal(): Response {
    const body = JSON.stringify({
      error: { code: 'shutting_down', message: `the server is shutting down; try again in ${o.retryAfterSeconds} s` },
    });
    const headers = new Headers({ 'content-type': 'application/json', 'retry-after': String(o.retryAfterSeconds), connection: 'close' });
    applySecurityHeaders(headers);
    return new Response(body, { status: 503, headers });
  }

  return {
    fetch(handler) {
      return async (req, env) => {
        const answer = Promise.resolve(handler(req, env));
        const outcome = await Promise.race([answer, expired.then(() => 'expired' as const)]);
        if (outcome !== 'expired') return outcome;
        report.refused++;
        // The handler's answer, when it comes, goes nowhere: release a stream it may hold.
        void answer.then((late) => late.body?.cancel()).catch(() => {});
        return refusal();
      };
    },
    listener(inner) {
      return (req, res) => {
        const state = sockets.get(req.socket);
        if (state) state.busy++;
        active.add(res);
        if (draining) res.setHeader('connection', 'close');
        res.once('close', () => {
          active.delete(res);
          if (state) {
            state.busy--;
            state.readAtIdle = req.socket.bytesRead;
          }
          if (draining) {
            if (res.writableFinished) report.answered++;
            if (state?.busy === 0) closeSoon(req.socket);
          }
        });
        inner(req, res);
      };
    },
    drain() {
      draining = true;
      for (const res of active) if (!res.headersSent) res.setHeader('connection', 'close');
      const started = Date.now();
      let seen = accepted;
      let graceTimer: NodeJS.Timeout | undefined;
      const closeIdle = () => {
        // Bytes since the last answer are a request being received (headers half sent): that one is answered.
        for (const [socket, state] of sockets) if (state.busy === 0 && socket.bytesRead === state.readAtIdle) closeSoon(socket);
      };
      let quietTurns = 0;
      let lastAccept = started;
      const closeListenerWhenQuiet = () => {
        // Node accepts queued connections a few per event-loop turn: several turns and some time in a row
        // without one mean the kernel's queue is empty (checked every turn: a long turn cannot hide one).
        const now = Date.now();
        if (accepted !== seen) {
          seen = accepted;
          quietTurns = 0;
          lastAccept = now;
        } else quietTurns++;
        const quiet = quietTurns >= 3 && now - lastAccept >= o.acceptQuietMs;
        if (quiet || now - started >= o.deadlineMs) {
          // Not http.Server#close: that also drops connections whose request has not been read yet.
          NetServer.prototype.close.call(server);
          // After the grace, one more poll phase reads data already waiting in the kernel before deciding.
          graceTimer = setTimeout(() => setImmediate(closeIdle), o.idleGraceMs);
          return;
        }
        acceptCheck = setImmediate(closeListenerWhenQuiet);
      };
      let acceptCheck = setImmediate(closeListenerWhenQuiet);
      return new Promise<DrainReport>((resolve) => {
        let finalTimer: NodeJS.Timeout | undefined;
        const deadlineTimer = setTimeout(() => {
          expire?.();
          for (const res of active) {
            // A body under way cannot become a 503: cut it so the client sees an incomplete answer.
            if (res.headersSent) {
              report.cut++;
              res.destroy();
            }
          }
          // The 503s need a moment to be written; then whatever is left is closed.
          finalTimer = setTimeout(() => {
            for (const socket of sockets.keys()) socket.destroy();
          }, 1000);
        }, o.deadlineMs);
        // Emitted once the listener is closed and every connection has ended.
        server.once('close', () => {
          clearImmediate(acceptCheck);
          clearTimeout(graceTimer);
          clearTimeout(deadlineTimer);
          clearTimeout(finalTimer);
          resolve(report);
        });
      });
    },
  };
}

/** Ends the connection once what was written has been sent, without waiting for the client to hang up too. */
function closeSoon(socket: Socket): void {
  socket.end(() => socket.destroy());
}
