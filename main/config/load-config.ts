import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { ConfigError, type ConfigProblem } from './config-error.js';
import { problemCodeOf } from './config-problem-codes.js';
import { type KioskConfig, kioskConfigSchema } from './config-schema.js';
import { resourcesDir } from './resource-paths.js';

export const DEFAULT_CONFIG_NAME = 'default-config.json';

export function defaultConfigPath(): string {
  return join(resourcesDir(), 'config', DEFAULT_CONFIG_NAME);
}

/** Reads and validates the configuration; `path` undefined means the embedded default. */
export function loadConfig(path: string | undefined): KioskConfig {
  const file = path ?? defaultConfigPath();
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'unreadable';
    throw new ConfigError(file, [{ field: '(file)', reason: `cannot be read (${code})` }]);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    throw new ConfigError(file, [{ field: '(file)', reason: `is not valid JSON: ${(err as Error).message}` }]);
  }
  return parseConfig(raw, file);
}

export function parseConfig(raw: unknown, source = '(inline)'): KioskConfig {
  const result = kioskConfigSchema.safeParse(raw);
  if (result.success) return result.data;
  throw new ConfigError(source, describeIssues(result.error.issues));
}

export function describeIssues(issues: readonly z.core.$ZodIssue[]): ConfigProblem[] {
  return issues.flatMap((issue): ConfigProblem[] => {
    const field = issue.path.length ? issue.path.map(String).join('.') : '(root)';
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => {
        // An empty or dotted key would read as no field, or as a path to another one.
        const name = /^[^\s.]+$/.test(key) ? key : JSON.stringify(key);
        return { field: field === '(root)' ? name : `${field}.${name}`, reason: 'is not a known setting (check its spelling)', ...problemCodeOf(issue, '') };
      });
    }
    if (issue.code === 'invalid_union' && 'options' in issue && Array.isArray(issue.options)) {
      return [{ field, reason: `must be one of ${issue.options.map((o) => JSON.stringify(o)).join(', ')}`, ...problemCodeOf(issue, '') }];
    }
    const reason = humanReason(issue);
    return [{ field, reason, ...problemCodeOf(issue, reason) }];
  });
}

function humanReason(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type') {
    return issue.input === undefined ? `is required (${issue.expected})` : `must be ${issue.expected}`;
  }
  if (issue.code === 'invalid_value') {
    return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
  }
  return issue.message;
}
