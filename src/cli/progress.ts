// Build progress on stderr: a rewritten line on a terminal, a few plain lines otherwise.
import type { BuildProgress } from '../pipeline/build-documents';

export function createProgressReporter(stream: NodeJS.WriteStream = process.stderr): (p: BuildProgress) => void {
  let lastPrinted = 0;
  return (p) => {
    const now = Date.now();
    const finished = p.done === p.total;
    if (!finished && now - lastPrinted < (stream.isTTY ? 100 : 5000)) return;
    lastPrinted = now;
    const pct = p.total ? Math.round((100 * p.done) / p.total) : 100;
    const line = `${p.phase === 'read' ? 'read' : 'extracting'} ${p.done}/${p.total} documents (${pct}%)`;
    if (stream.isTTY) stream.write(`\r${line}${finished ? '\n' : ''}`);
    else if (finished || p.phase === 'extract') stream.write(`${line}\n`);
  };
}
