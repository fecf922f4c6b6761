// SphinxQL connections through mysql2: one small pool per address, queries with a time limit, no prepared statements.
import mysql from 'mysql2/promise';
import type { Pool, PoolConnection, Connection } from 'mysql2/promise';

export type Row = Record<string, unknown>;

/** A pool or one of its connections: both run statements. */
export type Queryable = Pick<Connection, 'query'>;

/** `host:port` → host and port; throws a message naming the bad address. */
export function parseAddress(address: string): { host: string; port: number } {
  const m = /^\s*(?:mysql:\/\/)?([^:/\s]+):(\d{1,5})\/?\s*$/.exec(address);
  const port = m ? Number(m[2]) : NaN;
  if (!m || port < 1 || port > 65535) throw new Error(`not a SphinxQL address (host:port): ${JSON.stringify(address)}`);
  return { host: m[1]!, port };
}

const BASE = {
  // Sphinx speaks the MySQL 4.1 protocol but not every statement mysql2 may send on connect.
  supportBigNumbers: true,
  bigNumberStrings: true,
  charset: 'UTF8_GENERAL_CI',
} as const;

export async function openConnection(address: string, connectTimeoutMs: number): Promise<Connection> {
  return mysql.createConnection({ ...parseAddress(address), ...BASE, connectTimeout: connectTimeoutMs });
}

export function openPool(address: string, connectTimeoutMs = 2000, size = 8): Pool {
  return mysql.createPool({ ...parseAddress(address), ...BASE, connectTimeout: connectTimeoutMs, connectionLimit: size, maxIdle: size, idleTimeout: 60_000 });
}

/** Runs statements in order on one connection (SHOW META / SHOW WARNINGS describe the previous statement). */
export async function withConnection<T>(pool: Pool, run: (conn: PoolConnection) => Promise<T>): Promise<T> {
  const conn = await pool.getConnection();
  try {
    return await run(conn);
  } catch (err) {
    // A connection that failed mid-way may be in an unknown state: drop it rather than reuse it.
    conn.destroy();
    throw err;
  } finally {
    try {
      conn.release();
    } catch {
      // already destroyed
    }
  }
}

/** Rows of a SELECT (the first result set when a statement returns several, e.g. with FACET). */
export async function select(conn: Queryable, sql: string, values: unknown[] = [], timeoutMs = 10_000): Promise<Row[][]> {
  const [result] = await conn.query({ sql, values, timeout: timeoutMs });
  if (!Array.isArray(result)) return [];
  if (result.length > 0 && Array.isArray(result[0])) return result as unknown as Row[][];
  return [result as unknown as Row[]];
}

/** `SHOW META` as a name → value map. */
export async function showMeta(conn: Queryable): Promise<Map<string, string>> {
  const [rows] = await conn.query('SHOW META');
  const out = new Map<string, string>();
  for (const r of rows as Row[]) out.set(String(r.Variable_name ?? r.variable_name), String(r.Value ?? r.value));
  return out;
}

/** Messages of `SHOW WARNINGS` (an aggregator names there the agents that did not answer). */
export async function showWarnings(conn: Queryable): Promise<string[]> {
  const [rows] = await conn.query('SHOW WARNINGS');
  return (rows as Row[]).map((r) => String(r.Message ?? r.message ?? ''));
}

export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
