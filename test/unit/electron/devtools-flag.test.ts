import { describe, expect, it } from 'vitest';
import { devToolsRequested } from '../../../main/electron/devtools-flag.js';

describe('devToolsRequested', () => {
  it('is off by default', () => {
    expect(devToolsRequested({ env: {}, argv: ['/opt/Borne/borne'] })).toBe(false);
  });
  it('is on with BORNE_DEVTOOLS=1 or --devtools', () => {
    expect(devToolsRequested({ env: { BORNE_DEVTOOLS: '1' }, argv: [] })).toBe(true);
    expect(devToolsRequested({ env: {}, argv: ['/opt/Borne/borne', '--devtools'] })).toBe(true);
  });
  it('ignores other values of the variable', () => {
    expect(devToolsRequested({ env: { BORNE_DEVTOOLS: 'true' }, argv: [] })).toBe(false);
    expect(devToolsRequested({ env: { BORNE_DEVTOOLS: '0' }, argv: ['--devtools=0'] })).toBe(false);
  });
});
