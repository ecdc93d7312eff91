import { z } from 'zod';
import type { DataPath } from './issues.ts';
import { ConditionSchema } from './scenario.schema.ts';

// Reading Zod's schema tree by data path: which schema governs a value, what the value is, how to show it.

/** `all:` and `any:` hold conditions: a list schema to walk into them by path. */
const CONDITION_LIST = z.array(ConditionSchema);
type Def = {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  getter?: () => z.ZodType;
  items?: z.ZodType[];
  valueType?: z.ZodType;
  options?: z.ZodType[];
  discriminator?: string;
};
export const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** A Text field: {en, fr} plus any other language. */
export function isText(schema: z.ZodType): boolean {
  const shape = defOf(schema).shape;
  return shape !== undefined && Object.keys(shape).join(',') === 'en,fr';
}

/** The schema that governs `path`, following optional/default/lazy wrappers and discriminated unions by the data. */
export function schemaAt(root: z.ZodType, path: DataPath, data: unknown): z.ZodType | undefined {
  let schema: z.ZodType | undefined = root;
  let value = data;
  const unwrap = (s: z.ZodType | undefined): z.ZodType | undefined => {
    while (s !== undefined) {
      const d = defOf(s);
      if (d.type === 'optional' || d.type === 'default' || d.type === 'nullable' || d.type === 'readonly')
        s = d.innerType;
      else if (d.type === 'lazy' && s !== ConditionSchema) s = d.getter?.();
      else if (d.type === 'union' && d.discriminator !== undefined && value && typeof value === 'object') {
        const key = d.discriminator;
        const tag = (value as Record<string, unknown>)[key];
        s = d.options?.find((o) => defOf(o).shape?.[key]?.safeParse(tag).success);
      } else break;
    }
    return s;
  };
  for (const key of path) {
    if (schema === ConditionSchema && (key === 'all' || key === 'any')) {
      value =
        value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
      schema = CONDITION_LIST;
      continue;
    }
    schema = unwrap(schema);
    if (!schema) return undefined;
    const d = defOf(schema);
    value =
      value !== null && typeof value === 'object'
        ? (value as Record<string | number, unknown>)[key]
        : undefined;
    if (d.type === 'object') schema = d.shape?.[String(key)];
    else if (d.type === 'array') schema = d.element;
    else if (d.type === 'tuple') schema = d.items?.[Number(key)];
    else if (d.type === 'record') schema = d.valueType;
    else return undefined;
  }
  return unwrap(schema) === ConditionSchema ? ConditionSchema : unwrap(schema);
}

export function valueAt(data: unknown, path: DataPath): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}

export function show(value: unknown): string {
  if (value === null) return 'nothing (null)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  // Only scalars reach here: null, lists and mappings were named above.
  const text =
    typeof value === 'string'
      ? JSON.stringify(value)
      : typeof value === 'number' || typeof value === 'boolean'
        ? String(value)
        : 'nothing';
  return text.length > 60 ? `${text.slice(0, 57)}…"` : text;
}
