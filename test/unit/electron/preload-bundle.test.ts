// The preload runs sandboxed: it may require 'electron' and nothing else, so it must bundle
// into one CommonJS file. This builds it the way the app build does and runs it in a bare
// VM context with a fake contextBridge.
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const entry = fileURLToPath(new URL('../../../main/electron/preload.ts', import.meta.url));

describe('preload bundle', () => {
  it('requires only electron and exposes window.borne', async () => {
    const result = await build({ entryPoints: [entry], bundle: true, format: 'cjs', platform: 'browser', target: 'chrome130', external: ['electron'], write: false, logLevel: 'silent' });
    const code = result.outputFiles[0]?.text ?? '';
    const required = new Set<string>();
    const exposed = new Map<string, unknown>();
    const fakeElectron = {
      contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
      ipcRenderer: { invoke: () => Promise.resolve({ ok: true, value: {} }), on: () => undefined },
    };
    const sandbox = {
      module: { exports: {} },
      console,
      require: (name: string) => {
        required.add(name);
        if (name === 'electron') return fakeElectron;
        throw new Error(`a sandboxed preload cannot require ${name}`);
      },
    };
    vm.runInNewContext(code, sandbox);
    expect([...required]).toEqual(['electron']);
    expect([...exposed.keys()]).toEqual(['borne']);
  });
});
