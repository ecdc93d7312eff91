import { sortIssues, type ContentIssue } from './issues.ts';
import { SourcesSchema, type Sources } from './sources.ts';
import { readYaml } from './yaml-guard.ts';
import { describeZodIssues } from './zod-issues.ts';

/** Reads `scenarios/sources.yaml` with the same safety checks and messages as a pack. */
export function parseSourcesText(
  input: Uint8Array | string,
  file: string,
): { ok: true; sources: Sources } | { ok: false; issues: ContentIssue[] } {
  const read = readYaml(input, file);
  if (!read.ok) return { ok: false, issues: sortIssues(read.issues) };
  const parsed = SourcesSchema.safeParse(read.yaml.value);
  if (parsed.success) return { ok: true, sources: parsed.data };
  return {
    ok: false,
    issues: sortIssues(
      describeZodIssues(parsed.error.issues, SourcesSchema, read.yaml.value, file, read.yaml.lineOf),
    ),
  };
}
