// Bounds on what one request may ask of the server: URL length, body size and time to answer.
import type { Context, MiddlewareHandler } from 'hono';

export interface RequestLimits {
  /** Longest accepted path + query string, in characters (414 beyond). */
  maxUrlLength: number;
  /** The API reads no bodies: larger or unsized (chunked) bodies get 413. */
  maxBodyBytes: number;
  /** A request not answered in this time gets 503 `busy`. */
  timeoutMs: number;
}

export const defaultRequestLimits: RequestLimits = { maxUrlLength: 8192, maxBodyBytes: 16 * 1024, timeoutMs: 10_000 };

function errorJson(c: Context, status: 413 | 414 | 503, code: string, message: string): Response {
  return c.json({ error: { code, message } }, status);
}

/** Refuses overlong URLs (414) and request bodies over the limit (413) before any work is done. */
export function limitRequestSize(limits: Pick<RequestLimits, 'maxUrlLength' | 'maxBodyBytes'>): MiddlewareHandler {
  return async (c, next) => {
    const url = new URL(c.req.url);
    const length = url.pathname.length + url.search.length;
    if (length > limits.maxUrlLength) {
      return errorJson(c, 414, 'query_too_long', `the request URL has ${length} characters; at most ${limits.maxUrlLength} allowed`);
    }
    const declared = c.req.header('content-length');
    const chunked = /chunked/i.test(c.req.header('transfer-encoding') ?? '');
    if (chunked || (declared !== undefined && !(Number(declared) <= limits.maxBodyBytes))) {
      const size = chunked ? 'a body of unknown size' : `a ${declared}-byte body`;
      return errorJson(c, 413, 'payload_too_large', `the request has ${size}; at most ${limits.maxBodyBytes} bytes allowed`);
    }
    await next();
  };
}

/**
 * Answers 503 `busy` when the rest of the app has not answered within `timeoutMs`. Search itself is
 * synchronous and bounded by the parameter limits; this catches whatever waits (file reads, a starved loop).
 */
export function limitRequestTime(timeoutMs: number): MiddlewareHandler {
  return async (c, next) => {
    let timer: NodeJS.Timeout | undefined;
    const expired = new Promise<'expired'>((resolve) => {
      timer = setTimeout(() => resolve('expired'), timeoutMs);
    });
    try {
      const outcome = await Promise.race([next().then(() => 'done' as const), expired]);
      if (outcome === 'expired') {
        const response = errorJson(c, 503, 'busy', `the server could not answer within ${timeoutMs} ms; try again`);
        response.headers.set('retry-after', '1');
        return response;
      }
    } finally {
      clearTimeout(timer);
    }
  };
}
