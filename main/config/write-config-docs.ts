// `npx tsx main/config/write-config-docs.ts` regenerates resources/config.schema.json and the
// configuration table in README.md after the schema changes; a unit test fails until it is run.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildConfigJsonSchema, configFieldsMarkdown } from './config-json-schema.js';
import { resourcesDir } from './resource-paths.js';

export const README_TABLE_START = '<!-- config-table:start -->';
export const README_TABLE_END = '<!-- config-table:end -->';

export function schemaFilePath(): string {
  return join(resourcesDir(), 'config.schema.json');
}

export function renderSchemaFile(): string {
  return `${JSON.stringify(buildConfigJsonSchema(), null, 2)}\n`;
}

export function withConfigTable(readme: string): string {
  const start = readme.indexOf(README_TABLE_START);
  const end = readme.indexOf(README_TABLE_END);
  if (start < 0 || end < start) throw new Error('README.md has no config-table markers');
  return `${readme.slice(0, start + README_TABLE_START.length)}\n${configFieldsMarkdown()}\n${readme.slice(end)}`;
}

if (process.argv[1]?.endsWith('write-config-docs.ts')) {
  writeFileSync(schemaFilePath(), renderSchemaFile());
  const readmePath = join(resourcesDir(), '..', 'README.md');
  writeFileSync(readmePath, withConfigTable(readFileSync(readmePath, 'utf8')));
  console.log('wrote resources/config.schema.json and the README configuration table');
}
