// What the main thread and a serving thread say to each other (structured-cloned over the thread's port).

/** A request received by the main thread's HTTP server, for a serving thread's app. */
export interface RequestMessage {
  type: 'request';
  id: number;
  method: string;
  url: string;
  headers: [string, string][];
  /** Null when the request has no body, or one the app refuses by its headers alone (too large, chunked). */
  body: Uint8Array | null;
}

export type ToThread =
  | RequestMessage
  /** Send the next chunk of answer `id` (the client has room for it). */
  | { type: 'pull'; id: number }
  /** The client is gone or the drain deadline passed: release answer `id`'s body. */
  | { type: 'cancel'; id: number }
  /** SIGHUP reached the process: rebuild the index in the background. */
  | { type: 'rebuild' }
  /** SIGUSR2 reached the process: log this thread's memory. */
  | { type: 'memory' };

export type FromThread =
  /** The thread's index is loaded and its app answers. */
  | { type: 'ready' }
  /** Status, headers and the first chunk of answer `id`; `done` when the body is complete. */
  | { type: 'head'; id: number; status: number; headers: [string, string][]; chunk: Uint8Array | null; done: boolean }
  /** The next chunk of answer `id`, sent for a `pull`. */
  | { type: 'chunk'; id: number; chunk: Uint8Array | null; done: boolean }
  /** Answer `id` could not be produced or its body failed midway. */
  | { type: 'failed'; id: number; message: string };
