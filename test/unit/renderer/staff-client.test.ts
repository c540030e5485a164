// The staff screens' link to main, against a fake KioskApi that records what it is asked.
import { describe, expect, it } from 'vitest';
import { KioskRequestError, type KioskApi, type RequestChannel } from '../../../main/contract/kiosk-contract.js';
import { StaffClient, staffErrorKey, TOUCH_INTERVAL_MS } from '../../../renderer/staff/staff-client.js';

const TOKEN = 'token_0123456789abcdef';

function fakeApi(answer: (channel: RequestChannel, payload: unknown) => unknown) {
  const calls: { channel: RequestChannel; payload: unknown }[] = [];
  const api: KioskApi = {
    // The fake answers whatever the test says; the screens' types are checked elsewhere.
    request: (async (channel: RequestChannel, payload: unknown) => {
      calls.push({ channel, payload });
      return answer(channel, payload);
    }) as KioskApi['request'],
    on: () => () => undefined,
  };
  return { api, calls };
}

describe('staff client', () => {
  it('sends the staff token with every request', async () => {
    const { api, calls } = fakeApi(() => ({ items: [], total: 0 }));
    const client = new StaffClient(api, TOKEN, () => undefined);
    await client.request('staff.pending.list', {});
    await client.request('staff.journal.view', { id: 7 });
    expect(calls).toEqual([
      { channel: 'staff.pending.list', payload: { staffToken: TOKEN } },
      { channel: 'staff.journal.view', payload: { id: 7, staffToken: TOKEN } },
    ]);
  });

  it('reports a session main has ended once, and still fails the request', async () => {
    const { api } = fakeApi(() => {
      throw new KioskRequestError('staff-session-ended', 'The staff session has ended.');
    });
    let lost = 0;
    const client = new StaffClient(api, TOKEN, () => (lost += 1));
    await expect(client.request('staff.summary.view', {})).rejects.toThrow(KioskRequestError);
    await expect(client.request('staff.audit.list', {})).rejects.toThrow(KioskRequestError);
    expect(lost).toBe(1);
  });

  it('does not end the session for other failures, and names them for the clerk', async () => {
    const { api } = fakeApi(() => {
      throw new KioskRequestError('forbidden', 'technicians only');
    });
    let lost = 0;
    const client = new StaffClient(api, TOKEN, () => (lost += 1));
    const error: unknown = await client.request('staff.audit.export', {}).catch((caught: unknown) => caught);
    expect(lost).toBe(0);
    expect(staffErrorKey(error)).toBe('staff.errors.forbidden');
    expect(staffErrorKey(new KioskRequestError('unavailable', 'down'))).toBe('staff.errors.unavailable');
    expect(staffErrorKey(new Error('boom'))).toBe('staff.errors.generic');
  });

  it('pings main on taps at most once per interval, and at once for Continue', async () => {
    const { api, calls } = fakeApi(() => ({}));
    let now = 1_000_000;
    const client = new StaffClient(api, TOKEN, () => undefined, () => now);
    client.touch();
    now += 1_000;
    client.touch();
    now += TOUCH_INTERVAL_MS - 1_000 - 1;
    client.touch();
    expect(calls.filter((call) => call.channel === 'staff.touch')).toHaveLength(1);
    now += 1;
    client.touch();
    now += 10;
    client.touch(true);
    await Promise.resolve();
    expect(calls.filter((call) => call.channel === 'staff.touch')).toHaveLength(3);
    expect(calls[0]?.payload).toEqual({ staffToken: TOKEN });
  });
});
