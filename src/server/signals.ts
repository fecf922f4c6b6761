// Process signals for `npm start`, installed before anything else so no signal finds the default handler:
// SIGTERM/SIGINT drain the server and exit, SIGHUP rebuilds the index (queued until the engine exists).
import { describeDrain } from './main';
import type { RunningServer } from './main';

export interface SignalHandlers {
  /** From now on SIGTERM/SIGINT drain this server, then exit 0. */
  serve(server: RunningServer): void;
  /** From now on SIGHUP calls `rebuild`; a SIGHUP received before this runs it once now. */
  rebuildWith(rebuild: () => void): void;
  /** Removes the handlers (tests). */
  dispose(): void;
}

export interface SignalOptions {
  log: (line: string) => void;
  exit: (code: number) => void;
}

export function installSignalHandlers(options: SignalOptions): SignalHandlers {
  const { log, exit } = options;
  let server: RunningServer | null = null;
  let rebuild: (() => void) | null = null;
  let rebuildPending = false;
  let stopping = false;

  const stop = (signal: NodeJS.Signals) => {
    if (stopping) {
      log(`${signal} again: exiting now`);
      exit(1);
      return;
    }
    stopping = true;
    if (server === null) {
      // Nothing is served yet, so nothing is in flight; index writes are atomic, so stopping mid-build is safe.
      log(`${signal}: not serving yet; stopped`);
      exit(0);
      return;
    }
    log(`${signal}: finishing in-flight requests`);
    void server.close().then((report) => {
      log(`stopped: ${describeDrain(report)}`);
      exit(0);
    });
  };
  const onHup = () => {
    if (stopping) return;
    if (rebuild === null) {
      log('SIGHUP: the index will be rebuilt once it is loaded');
      rebuildPending = true;
      return;
    }
    log('SIGHUP: rebuilding the index in the background');
    rebuild();
  };
  const onTerm = () => stop('SIGTERM');
  const onInt = () => stop('SIGINT');
  process.on('SIGTERM', onTerm);
  process.on('SIGINT', onInt);
  process.on('SIGHUP', onHup);

  return {
    serve(running) {
      server = running;
    },
    rebuildWith(fn) {
      rebuild = fn;
      if (rebuildPending && !stopping) {
        rebuildPending = false;
        log('SIGHUP (received while starting): rebuilding the index in the background');
        fn();
      }
    },
    dispose() {
      process.off('SIGTERM', onTerm);
      process.off('SIGINT', onInt);
      process.off('SIGHUP', onHup);
    },
  };
}
