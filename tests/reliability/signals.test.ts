// installSignalHandlers: signals at any moment of start-up find Sift's handler (signals emitted in-process).
import { afterEach, describe, expect, it } from 'vitest';
import { installSignalHandlers } from '../../src/server/signals';
import type { SignalHandlers } from '../../src/server/signals';
import type { RunningServer } from '../../src/server/main';

let handlers: SignalHandlers | null = null;
afterEach(() => handlers?.dispose());

function setup() {
  const lines: string[] = [];
  const exits: number[] = [];
  handlers = installSignalHandlers({ log: (l) => lines.push(l), exit: (code) => exits.push(code) });
  return { handlers, lines, exits };
}

const drainedServer = (): RunningServer & { closed: number } => {
  const server = { url: 'http://127.0.0.1:1', closed: 0, close: async () => (server.closed++, { answered: 3, refused: 1, cut: 0 }) };
  return server;
};

describe('installSignalHandlers', () => {
  it('runs a SIGHUP received while starting once the rebuild is available', () => {
    const { handlers, lines } = setup();
    process.emit('SIGHUP', 'SIGHUP');
    let rebuilds = 0;
    handlers.rebuildWith(() => rebuilds++);
    expect(rebuilds).toBe(1);
    process.emit('SIGHUP', 'SIGHUP');
    expect(rebuilds).toBe(2);
    expect(lines[0]).toMatch(/rebuilt once it is loaded/);
  });

  it('exits 0 on SIGTERM before serving (nothing is in flight yet)', () => {
    const { exits, lines } = setup();
    process.emit('SIGTERM', 'SIGTERM');
    expect(exits).toEqual([0]);
    expect(lines).toEqual(['SIGTERM: not serving yet; stopped']);
  });

  it('drains the server on SIGINT, reports the drain, then exits 0', async () => {
    const { handlers, exits, lines } = setup();
    const server = drainedServer();
    handlers.serve(server);
    process.emit('SIGINT', 'SIGINT');
    await new Promise((resolve) => setImmediate(resolve));
    expect(server.closed).toBe(1);
    expect(exits).toEqual([0]);
    expect(lines.at(-1)).toBe('stopped: 3 in-flight requests answered, 1 of them 503 after the deadline');
  });

  it('exits 1 at once on a second SIGTERM during the drain', () => {
    const { handlers, exits } = setup();
    handlers.serve({ url: 'http://127.0.0.1:1', close: () => new Promise(() => {}) });
    process.emit('SIGTERM', 'SIGTERM');
    process.emit('SIGTERM', 'SIGTERM');
    expect(exits).toEqual([1]);
  });
});
