// The printer's status as a screen follows it: the current state from devices.status, then
// every device.status event main forwards from the driver's poll. Each screen folds it into
// what it needs (a citizen: can paper come out; staff: near end, and why not).
import { useEffect, useState } from 'react';
import type { DeviceStatusView, KioskApi } from '../../main/contract/kiosk-contract.js';

export function usePrinterStatus<T>(api: KioskApi, initial: T, fold: (status: DeviceStatusView, previous: T) => T): T {
  const [state, setState] = useState<T>(initial);

  useEffect(() => {
    let live = true;
    // Events first, so a change during the initial request is not lost behind it.
    let heardEvent = false;
    const off = api.on('device.status', (status) => {
      if (status.kind !== 'printer') return;
      heardEvent = true;
      setState((previous) => fold(status, previous));
    });
    api
      .request('devices.status', {})
      .then((all) => {
        const printer = all.find((d) => d.kind === 'printer');
        if (live && printer && !heardEvent) setState((previous) => fold(printer, previous));
      })
      // Not knowing the printer says nothing: the state stays as it was, no notice.
      .catch(() => undefined);
    return () => {
      live = false;
      off();
    };
    // `fold` is a module-level pure function in every caller; it is not a reason to resubscribe.
  }, [api]);

  return state;
}
