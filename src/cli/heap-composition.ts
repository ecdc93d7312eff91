// What a V8 heap snapshot (CDP HeapProfiler.takeHeapSnapshot, the .heapsnapshot JSON) holds, in two parts:
// compiled code, and everything else in the V8 heap. `npm run bench` prints the parts of the heap growth
// between sessions 2 and 20 with them, so its heap figure says whether the game keeps more objects alive or
// V8 has compiled more of its code (DESIGN §8's figure itself is unchanged: usedSize after forced GC).

/** Bytes of the V8 heap, by what they hold. */
export interface HeapComposition {
  /** Node type "code": bytecode, optimised machine code and their tables, feedback vectors. */
  readonly code: number;
  /** Every other V8 node: objects, arrays, strings, closures, shapes, numbers… */
  readonly other: number;
}

/** Node types a snapshot counts outside the V8 heap: the embedder's (Blink's) objects and the graph's roots. */
const OUTSIDE_V8 = new Set(['native', 'synthetic']);

interface SnapshotJson {
  readonly snapshot: { readonly meta: { readonly node_fields: string[]; readonly node_types: unknown[] } };
  readonly nodes: number[];
}

function isSnapshotJson(value: unknown): value is SnapshotJson {
  const json = value as Partial<SnapshotJson> | null;
  return (
    typeof json === 'object' &&
    json !== null &&
    Array.isArray(json.nodes) &&
    Array.isArray(json.snapshot?.meta?.node_fields) &&
    Array.isArray(json.snapshot?.meta?.node_types) &&
    Array.isArray(json.snapshot.meta.node_types[0])
  );
}

/** Sums a snapshot's self sizes into compiled code and the rest of the V8 heap; throws on another format. */
export function heapComposition(snapshotText: string): HeapComposition {
  const json: unknown = JSON.parse(snapshotText);
  if (!isSnapshotJson(json)) throw new Error('heap snapshot: not the .heapsnapshot JSON format');
  const fields = json.snapshot.meta.node_fields;
  const types = json.snapshot.meta.node_types[0] as string[];
  const typeAt = fields.indexOf('type');
  const sizeAt = fields.indexOf('self_size');
  if (typeAt < 0 || sizeAt < 0) throw new Error('heap snapshot: its nodes have no type or self_size field');
  let code = 0;
  let other = 0;
  for (let i = 0; i < json.nodes.length; i += fields.length) {
    const type = types[json.nodes[i + typeAt]!] ?? '';
    const size = json.nodes[i + sizeAt]!;
    if (type === 'code') code += size;
    else if (!OUTSIDE_V8.has(type)) other += size;
  }
  return { code, other };
}
