import { z } from 'zod';
import { ConditionSchema, ScenarioSchema } from './scenario.schema.ts';

/**
 * `scenarios/scenario.schema.json`: the JSON Schema of a pack, for editor autocompletion and checks as you
 * type (`# yaml-language-server: $schema=./scenario.schema.json`). Generated from the Zod schema, never edited:
 * `npm run schema` rewrites it and `test/content/schema.test.ts` fails when it is stale.
 *
 * Draft-07, which every YAML editor plugin understands; the input side of the schema (so `weight`, which has a
 * default, is optional); the recursive Condition as one named definition that refers to itself.
 * N.B. it checks the shape only: ids, tags, citations and the other rules of `lintScenario` need
 * `npm run -s check:scenarios`.
 */
export function scenarioJsonSchema(): Record<string, unknown> {
  const metadata = z.registry<{ id?: string; title?: string; description?: string }>();
  metadata.add(ScenarioSchema, {
    title: 'Dual Mandate scenario pack',
    description: 'One pack per file, scenarios/<id>.yaml (DESIGN §5). Authoring guide: scenarios/README.md.',
  });
  metadata.add(ConditionSchema, {
    id: 'Condition',
    description:
      'One of {flag}, {notFlag}, {driver, above|below}, {meter, above|below}, {benchmark}, {reason}, {all: […]}, {any: […]}.',
  });
  return z.toJSONSchema(ScenarioSchema, {
    target: 'draft-7',
    io: 'input',
    cycles: 'ref',
    unrepresentable: 'any',
    metadata,
  });
}

/** The file's exact text: two-space JSON and a final newline. */
export function scenarioJsonSchemaText(): string {
  return `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
}
