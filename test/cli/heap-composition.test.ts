import { describe, expect, it } from 'vitest';
import { heapComposition } from '../../src/cli/heap-composition';

/** A snapshot in V8's .heapsnapshot layout: nodes as flat rows of `fields`, types named in meta. */
function snapshot(
  rows: [type: string, size: number][],
  fields = ['type', 'name', 'id', 'self_size', 'edge_count'],
) {
  const types = ['hidden', 'array', 'string', 'object', 'code', 'closure', 'native', 'synthetic'];
  const nodes = rows.flatMap(([type, size], id) =>
    fields.map((field) =>
      field === 'type' ? types.indexOf(type) : field === 'self_size' ? size : field === 'id' ? id : 0,
    ),
  );
  return JSON.stringify({
    snapshot: { meta: { node_fields: fields, node_types: [types, 'string'] } },
    nodes,
  });
}

describe('heapComposition', () => {
  it('sums code apart from the rest of the V8 heap and leaves out Blink’s objects and the roots', () => {
    const text = snapshot([
      ['code', 100],
      ['object', 40],
      ['code', 28],
      ['string', 7],
      ['native', 5000],
      ['synthetic', 0],
      ['closure', 32],
      ['hidden', 3],
      ['array', 16],
    ]);
    // code: 100 + 28; the rest: 40 + 7 + 32 + 3 + 16; native and synthetic counted nowhere.
    expect(heapComposition(text)).toEqual({ code: 128, other: 98 });
  });

  it('reads the fields by name, wherever the snapshot puts them', () => {
    const text = snapshot(
      [
        ['code', 9],
        ['object', 4],
      ],
      ['self_size', 'edge_count', 'type', 'id'],
    );
    expect(heapComposition(text)).toEqual({ code: 9, other: 4 });
  });

  it('names what is wrong with a file of another format', () => {
    expect(() => heapComposition('{"nodes": []}')).toThrow(/not the \.heapsnapshot JSON format/);
    expect(() => heapComposition(snapshot([['code', 1]], ['type', 'id']))).toThrow(/no type or self_size/);
  });
});
