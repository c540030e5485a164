// The launch secret reaches the shell through the environment and goes no further (Chromium,
// started by the same process, must not inherit it); each ticket opens the kiosk once.
import { describe, expect, it } from 'vitest';
import { createLaunchSecret, LAUNCH_SECRET_ENV, LaunchTickets, mintLaunchTicket, mintLaunchUrl, takeLaunchSecret } from '../../../main/browser-shell/launch-ticket.js';

describe('launch secret', () => {
  it('is taken out of the environment it was given in', () => {
    const secret = createLaunchSecret();
    const env: NodeJS.ProcessEnv = { [LAUNCH_SECRET_ENV]: secret, PATH: '/usr/bin' };
    expect(takeLaunchSecret(env)).toBe(secret);
    expect(env).toEqual({ PATH: '/usr/bin' });
  });

  it('is made up fresh when none is given, and refused when too short to be a secret', () => {
    const fresh = takeLaunchSecret({});
    expect(fresh.length).toBeGreaterThanOrEqual(32);
    expect(takeLaunchSecret({})).not.toBe(fresh);
    expect(() => takeLaunchSecret({ [LAUNCH_SECRET_ENV]: 'short' })).toThrow(/at least 32 characters/);
  });
});

describe('launch tickets', () => {
  it('accepts a ticket of its own secret once', () => {
    const secret = createLaunchSecret();
    const tickets = new LaunchTickets(secret);
    const ticket = mintLaunchTicket(secret);
    expect(tickets.accept(ticket)).toBe(true);
    expect(tickets.accept(ticket)).toBe(false);
    expect(tickets.accept(mintLaunchTicket(secret))).toBe(true);
  });

  it("refuses another secret's ticket and anything malformed", () => {
    const tickets = new LaunchTickets(createLaunchSecret());
    expect(tickets.accept(mintLaunchTicket(createLaunchSecret()))).toBe(false);
    for (const junk of ['', '.', 'a.b', `${'A'.repeat(24)}.${'A'.repeat(43)}`, `${mintLaunchTicket(createLaunchSecret())}x`]) {
      expect(tickets.accept(junk)).toBe(false);
    }
  });

  it('puts the ticket in the query of the page address', () => {
    expect(mintLaunchUrl('http://127.0.0.1:8787', '/dev-dock.html', createLaunchSecret())).toMatch(/^http:\/\/127\.0\.0\.1:8787\/dev-dock\.html\?launch=[\w-]{24}\.[\w-]{43}$/);
  });
});
