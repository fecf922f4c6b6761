// Requests Node's HTTP parser rejects before the app sees them (headers too large, malformed request lines)
// get the same kind of answer as every other error: a JSON body and the security headers.
import type { Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { SECURITY_HEADERS } from './security-headers';

const ANSWERS: Record<string, { status: number; reason: string; code: string; message: string }> = {
  HPE_HEADER_OVERFLOW: { status: 431, reason: 'Request Header Fields Too Large', code: 'headers_too_large', message: 'the request headers are too large' },
  ERR_HTTP_REQUEST_TIMEOUT: { status: 408, reason: 'Request Timeout', code: 'request_timeout', message: 'the request was not received in time' },
};
const BAD_REQUEST = { status: 400, reason: 'Bad Request', code: 'bad_request', message: 'the request is not valid HTTP' };

/** The raw HTTP/1.1 answer for a parser error code. */
export function clientErrorResponse(code: string | undefined): string {
  const a = (code !== undefined ? ANSWERS[code] : undefined) ?? BAD_REQUEST;
  const body = JSON.stringify({ error: { code: a.code, message: a.message } });
  const headers = { ...SECURITY_HEADERS, 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)), connection: 'close' };
  const lines = Object.entries(headers).map(([k, v]) => `${k}: ${v}`);
  return `HTTP/1.1 ${a.status} ${a.reason}\r\n${lines.join('\r\n')}\r\n\r\n${body}`;
}

export function answerClientErrors(server: Server): void {
  server.on('clientError', (err: NodeJS.ErrnoException, socket: Duplex) => {
    // A connection reset or a half-written answer has nobody left to read a reply.
    if (err.code === 'ECONNRESET' || !socket.writable || (socket as Duplex & { _httpMessage?: unknown })._httpMessage) {
      socket.destroy();
      return;
    }
    socket.end(clientErrorResponse(err.code));
  });
}
