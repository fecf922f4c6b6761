// Generates searchd configuration for Sift's schema: Sphinx 2.2 declares real-time index schemas in the configuration file.
import { join } from 'node:path';
import { DICTIONARY_INDEX, PARAGRAPH_ATTRIBUTES, PARAGRAPH_FIELDS, PARAGRAPH_INDEX, SNIPPET_INDEX, STORED_FACETS, facetAttribute } from './schema';

/** A shard or aggregator process: where it listens and where it keeps its files. */
export interface SearchdNode {
  host: string;
  /** SphinxQL (MySQL protocol) port: Sift's queries and writes. */
  sqlPort: number;
  /** Native API port: what an aggregator's agents must point at (not the SphinxQL one). */
  apiPort: number;
  dataDir: string;
}

export interface AggregatorOptions {
  node: SearchdNode;
  /** Each shard's native API address; a shard may list mirrors (replicas) separated by `|`. */
  agents: string[];
  /** How long the aggregator waits for a shard before answering without it (partial result). */
  agentConnectTimeoutMs: number;
  agentQueryTimeoutMs: number;
}

// Index keys arrive already folded by Sift (src/text/analyze.ts): letters of every script Sift indexes count
// as word characters, unmapped. `non_cjk` (newer engines' shorthand) is not valid in Sphinx 2.2.
const KEY_CHARSET =
  '0..9, a..z, _, U+00DF..U+00FF, U+0100..U+024F, U+0430..U+044F, U+0451, U+0621..U+063A, U+0641..U+064A, U+0660..U+0669, U+066E..U+06D3, U+06F0..U+06F9';
// Raw paragraph text for `CALL SNIPPETS`: case-folded Latin and Cyrillic, Arabic letters as they are.
const TEXT_CHARSET =
  '0..9, A..Z->a..z, a..z, _, U+00C0..U+00DE->U+00E0..U+00FE, U+00DF..U+00FF, U+0410..U+042F->U+0430..U+044F, U+0430..U+044F, U+0401->U+0451, U+0451, U+0621..U+063A, U+0641..U+064A, U+0660..U+0669, U+066E..U+06D3';

function block(kind: string, name: string, lines: string[]): string {
  return `${kind} ${name}\n{\n${lines.map((l) => `    ${l}`).join('\n')}\n}\n`;
}

function searchdSection(node: SearchdNode, extra: string[] = []): string {
  return block('searchd', '', [
    `listen = ${node.host}:${node.apiPort}`,
    `listen = ${node.host}:${node.sqlPort}:mysql41`,
    `log = ${join(node.dataDir, 'searchd.log')}`,
    `query_log = ${join(node.dataDir, 'query.log')}`,
    `pid_file = ${join(node.dataDir, 'searchd.pid')}`,
    `binlog_path = ${join(node.dataDir, 'binlog')}`,
    'read_timeout = 5',
    'client_timeout = 300',
    'max_children = 64',
    'workers = threads',
    'max_packet_size = 32M',
    'max_filter_values = 10000',
    'seamless_rotate = 0',
    ...extra,
  ]).replace('searchd \n', 'searchd\n');
}

function paragraphIndex(dataDir: string): string {
  return block('index', PARAGRAPH_INDEX, [
    'type = rt',
    `path = ${join(dataDir, PARAGRAPH_INDEX)}`,
    ...PARAGRAPH_FIELDS.map((f) => `rt_field = ${f}`),
    ...PARAGRAPH_ATTRIBUTES.map((a) => `rt_attr_${a.type} = ${a.name}`),
    ...STORED_FACETS.map((f) => `rt_attr_multi_64 = ${facetAttribute(f.name)}`),
    'rt_mem_limit = 256M',
    'dict = keywords',
    'min_prefix_len = 2',
    `charset_table = ${KEY_CHARSET}`,
  ]);
}

function dictionaryIndex(dataDir: string): string {
  return block('index', DICTIONARY_INDEX, [
    'type = rt',
    `path = ${join(dataDir, DICTIONARY_INDEX)}`,
    'rt_field = word',
    'rt_attr_string = kind',
    'rt_attr_string = fname',
    'rt_attr_string = value',
    'rt_attr_uint = count',
    'rt_mem_limit = 64M',
    `charset_table = ${KEY_CHARSET}`,
  ]);
}

function snippetIndex(dataDir: string): string {
  return block('index', SNIPPET_INDEX, [
    'type = rt',
    `path = ${join(dataDir, SNIPPET_INDEX)}`,
    'rt_field = text',
    'rt_attr_uint = unused',
    'morphology = stem_enru',
    `charset_table = ${TEXT_CHARSET}`,
  ]);
}

/** A shard: the real-time paragraph index, its dictionary rows and the snippet settings. */
export function shardConfig(node: SearchdNode): string {
  return [paragraphIndex(node.dataDir), dictionaryIndex(node.dataDir), snippetIndex(node.dataDir), searchdSection(node)].join('\n');
}

/**
 * The aggregator: distributed indexes over the shards' native API ports (agents), plus its own snippet index.
 * `a|b` in an agent entry lists mirrors: the aggregator queries one of them and fails over to the other.
 */
export function aggregatorConfig(options: AggregatorOptions): string {
  const { node, agents } = options;
  const distributed = (name: string): string =>
    block('index', name, [
      'type = distributed',
      ...agents.map((a) => `agent = ${a}:${name}`),
      `agent_connect_timeout = ${options.agentConnectTimeoutMs}`,
      `agent_query_timeout = ${options.agentQueryTimeoutMs}`,
    ]);
  return [distributed(PARAGRAPH_INDEX), distributed(DICTIONARY_INDEX), snippetIndex(node.dataDir), searchdSection(node)].join('\n');
}
