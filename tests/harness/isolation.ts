// Which test files run with a module registry of their own (vitest.config.ts); every other file shares one per worker.

/** Files that replace a module (`vi.mock`) or a global (`vi.stubGlobal`, `vi.stubEnv`): they must not leak it. */
export const NEEDS_OWN_MODULES: readonly string[] = ['tests/reliability/ingest-hostile.test.ts'];

/** Calls that change what other files sharing the registry would see. */
export const LEAKING_CALLS = /\bvi\.(mock|doMock|stubGlobal|stubEnv|useFakeTimers)\(/;
