import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resourcesDir } from '../../../main/config/resource-paths.js';
import { renderSchemaFile, schemaFilePath, withConfigTable } from '../../../main/config/write-config-docs.js';

describe('configuration documentation', () => {
  it('ships the JSON Schema generated from the configuration schema', () => {
    expect(readFileSync(schemaFilePath(), 'utf8')).toBe(renderSchemaFile());
  });

  it('documents every configuration field in README', () => {
    const readme = readFileSync(join(resourcesDir(), '..', 'README.md'), 'utf8');
    expect(withConfigTable(readme)).toBe(readme);
    expect(readme).toContain('| `hardware.printer.interface (driver=escpos)` |');
  });
});
