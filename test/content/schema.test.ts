import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { scenarioJsonSchema, scenarioJsonSchemaText } from '../../src/content/json-schema';

describe('scenario.schema.json', () => {
  it('is current (npm run schema regenerates it)', async () => {
    await expect(scenarioJsonSchemaText()).toMatchFileSnapshot('../../scenarios/scenario.schema.json');
  });

  it('names the recursive condition once and refers to it from all: and any:', () => {
    const schema = scenarioJsonSchema() as {
      definitions: Record<string, { anyOf: { properties?: Record<string, unknown> }[] }>;
    };
    const branches = schema.definitions.Condition!.anyOf;
    const all = branches.find((branch) => branch.properties?.all)!.properties!.all;
    expect(all).toEqual({ type: 'array', minItems: 1, items: { $ref: '#/definitions/Condition' } });
  });

  it('rejects unknown keys at the top level, as the Zod schema does', () => {
    expect(scenarioJsonSchema()).toMatchObject({ type: 'object', additionalProperties: false });
  });

  it('is the schema the fixture pack points its editor at', () => {
    // The first line of a pack names the schema for yaml-language-server (STYLE §6).
    const first = readFileSync('test/fixtures/scenarios/minimal.yaml', 'utf8').split('\n')[0];
    expect(first).toBe('# yaml-language-server: $schema=../../../scenarios/scenario.schema.json');
    expect(parse(readFileSync('test/fixtures/scenarios/minimal.yaml', 'utf8'))).toHaveProperty(
      'formatVersion',
      1,
    );
  });
});
