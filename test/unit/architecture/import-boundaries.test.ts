// The layout's promises, checked on every file: the hardware layer runs without Electron or
// React, the renderer without Node, and the contract is the only bridge between them.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) return sources(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  return [...text.matchAll(/(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|^import\s+['"]([^'"]+)['"]/gm)].map(
    (m) => m[1] ?? m[2] ?? m[3] ?? '',
  );
}

const NODE_BUILTINS = /^(node:|fs$|path$|os$|net$|child_process$|crypto$|http$|stream$|events$|url$|util$|zlib$)/;

describe('import boundaries', () => {
  it('hardware/ imports neither electron nor react', () => {
    const offenders = sources('hardware').flatMap((f) => importsOf(f).filter((i) => /^(electron|react|react-dom)(\/|$)/.test(i)).map((i) => `${f}: ${i}`));
    expect(offenders).toEqual([]);
  });

  it('renderer/ imports nothing of Node, and of main/ only the contract', () => {
    const offenders = sources('renderer').flatMap((f) =>
      importsOf(f)
        .filter((i) => {
          if (NODE_BUILTINS.test(i) || /^(ws|serialport|sqlite3|pino|electron)(\/|$)/.test(i)) return true;
          if (!i.startsWith('.')) return false;
          const target = relative(ROOT, resolve(ROOT, dirname(f), i));
          return !(target.startsWith('renderer/') || target.startsWith('main/contract/') || target.startsWith('resources/'));
        })
        .map((i) => `${f}: ${i}`),
    );
    expect(offenders).toEqual([]);
  });

  it('main/contract/ depends on zod alone, so every side can import it', () => {
    const offenders = sources('main/contract').flatMap((f) => importsOf(f).filter((i) => i !== 'zod' && !i.startsWith('./')).map((i) => `${f}: ${i}`));
    expect(offenders).toEqual([]);
  });

  it('has no default exports (but in tool configuration files, which the tools read that way)', () => {
    const offenders = ['main', 'hardware', 'renderer']
      .flatMap(sources)
      .filter((f) => !f.endsWith('.config.ts'))
      .filter((f) => /^export default\b/m.test(readFileSync(join(ROOT, f), 'utf8')));
    expect(offenders).toEqual([]);
  });
});
