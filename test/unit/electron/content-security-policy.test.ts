import { describe, expect, it } from 'vitest';
import { buildContentSecurityPolicy, CONTENT_SECURITY_POLICY } from '../../../main/electron/content-security-policy.js';

function directives(policy: string): Map<string, string> {
  return new Map(policy.split(';').map((d) => d.trim()).filter(Boolean).map((d) => {
    const [name, ...values] = d.split(/\s+/);
    return [name ?? '', values.join(' ')];
  }));
}

describe('Content-Security-Policy', () => {
  it('allows only the app origin and forbids plugins, base and form targets, framing', () => {
    const d = directives(CONTENT_SECURITY_POLICY);
    expect(d.get('default-src')).toBe("'self'");
    expect(d.get('script-src')).toBe("'self'");
    expect(d.get('style-src')).toBe("'self'");
    expect(d.get('img-src')).toBe("'self' data: blob:");
    expect(d.get('connect-src')).toBe("'self'");
    expect(d.get('object-src')).toBe("'none'");
    expect(d.get('base-uri')).toBe("'none'");
    expect(d.get('form-action')).toBe("'none'");
    expect(d.get('frame-ancestors')).toBe("'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-(inline|eval)/);
  });

  it('widens connect-src only, for the browser shell', () => {
    const d = directives(buildContentSecurityPolicy(['ws://127.0.0.1:*']));
    expect(d.get('connect-src')).toBe("'self' ws://127.0.0.1:*");
    expect(d.get('script-src')).toBe("'self'");
  });

  it('refuses a source that would inject another directive', () => {
    expect(() => buildContentSecurityPolicy(["'self'; script-src *"])).toThrow(/invalid connect-src/);
  });
});
