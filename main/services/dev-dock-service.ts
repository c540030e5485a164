// The dev dock drives the mock drivers as a developer's hands would: insert a card, scan a
// code, pull the paper out. With real drivers configured it refuses rather than pretends.
import { devDockChannels } from '../contract/dev-dock-contract.js';
import { MockIdReader } from '../../hardware/id-reader/id-reader-mock.js';
import { MockBadgeReader } from '../../hardware/badge-reader/badge-reader-mock.js';
import { MockBarcodeScanner } from '../../hardware/scanner/barcode-scanner-mock.js';
import { MockPrinter } from '../../hardware/printer/mock-printer.js';
import { MockPaymentTerminal } from '../../hardware/payment/mock-payment-terminal.js';
import { MRZ_SPECIMENS } from '../../hardware/simulators/mrz-specimens.js';
import type { KioskConfig } from '../config/config-schema.js';
import type { KioskHost } from '../diagnostics/software-info.js';
import { DEMO_STAFF_ACCOUNTS } from '../staff/demo-accounts.js';
import type { KioskDevices } from './kiosk-devices.js';
import { ChannelRouter, type RouterLogger } from './contract-router.js';

/**
 * The configuration with the demo staff accounts added, while the dev dock is on; as it is
 * otherwise. A configured account keeps its id and badge: a demo account that would take either
 * is left out.
 */
/**
 * The configuration as a shell can honour it. Electron serves no dev dock page, so there its
 * only effect would be the demo accounts: a packaged kiosk started on the embedded default
 * would open to the published badges and PINs with nothing on screen to say why.
 */
export function devDockForHost(config: KioskConfig, host: KioskHost, logger: { warn(obj: object, msg: string): void }): KioskConfig {
  if (host !== 'electron' || !config.developer.devDock) return config;
  logger.warn({ part: 'dev-dock' }, 'developer.devDock ignored: the Electron shell serves no dev dock, and the demo accounts stay off');
  return { ...config, developer: { ...config.developer, devDock: false } };
}

export function withDevDockAccounts(config: KioskConfig, logger: { warn(obj: object, msg: string): void }): KioskConfig {
  if (!config.developer.devDock) return config;
  const ids = new Set(config.staff.accounts.map((a) => a.id));
  const badges = new Set(config.staff.accounts.map((a) => a.badgeId));
  const added = DEMO_STAFF_ACCOUNTS.filter((d) => !ids.has(d.id) && !badges.has(d.badgeId));
  if (added.length === 0) return config;
  logger.warn({ part: 'dev-dock', accounts: added.map((a) => a.id) }, 'dev dock on: the demo staff accounts (published PINs) can sign in');
  return { ...config, staff: { ...config.staff, accounts: [...config.staff.accounts, ...added] } };
}

export function createDevDockRouter(devices: KioskDevices, logger: RouterLogger): ChannelRouter<typeof devDockChannels> {
  const router = new ChannelRouter(devDockChannels, logger);
  const { idReader, scanner, printer, paymentTerminal, badgeReader } = devices;
  const mockTerminal = paymentTerminal instanceof MockPaymentTerminal ? paymentTerminal : undefined;

  router.handle('dock.state', () => ({
    specimens: Object.entries(MRZ_SPECIMENS).map(([id, s]) => ({ id: id as keyof typeof MRZ_SPECIMENS, label: s.label })),
    printerFault: printer instanceof MockPrinter ? printer.currentFault() : 'none',
    idReaderDriver: idReader.driver,
    scannerDriver: scanner.driver,
    printerDriver: printer.driver,
    paymentTerminal: paymentTerminalState(paymentTerminal.driver, mockTerminal),
  }));
  router.handle('dock.insertCard', ({ specimen }) => ({
    delivered: idReader instanceof MockIdReader ? idReader.insert(MRZ_SPECIMENS[specimen].lines) : false,
  }));
  // A badge held to the reader sends its frame over and over: several frames, one read.
  router.handle('dock.presentBadge', ({ badgeId, corruptChecksum }) => ({
    delivered: badgeReader instanceof MockBadgeReader ? badgeReader.present(badgeId, { frames: 5, corruptChecksum }) : false,
  }));
  router.handle('dock.scan', ({ code }) => ({
    delivered: scanner instanceof MockBarcodeScanner ? scanner.scan(code) : false,
  }));
  router.handle('dock.setPrinterFault', ({ fault }) => {
    if (printer instanceof MockPrinter) printer.setFault(fault);
    return {};
  });
  router.handle('dock.setPaymentOutcome', ({ outcome, reason }) => {
    mockTerminal?.setNextOutcome(outcome, outcome === 'decline' ? { reason: reason ?? 'refused' } : {});
    return { delivered: mockTerminal !== undefined };
  });
  router.handle('dock.setPaymentUnplugged', ({ unplugged }) => {
    mockTerminal?.setUnplugged(unplugged);
    return { delivered: mockTerminal !== undefined };
  });
  router.handle('dock.setReversalFails', ({ fails }) => {
    mockTerminal?.setNextReversalFails(fails);
    return { delivered: mockTerminal !== undefined };
  });
  router.handle('dock.receipts', ({ afterSeq }) =>
    printer instanceof MockPrinter
      ? printer.printedReceipts(afterSeq).map((r) => ({
          seq: r.seq,
          at: r.at,
          pngBase64: r.png.toString('base64'),
          widthDots: r.widthDots,
          heightDots: r.heightDots,
          bytes: r.bytes,
        }))
      : [],
  );
  return router;
}

function paymentTerminalState(driver: string, mock: MockPaymentTerminal | undefined) {
  if (!mock) return { driver, scriptable: false, next: 'approve' as const, nextReversalFails: false, unplugged: false };
  const script = mock.script();
  return {
    driver,
    scriptable: true,
    next: script.next,
    ...(script.reason ? { declineReason: script.reason } : {}),
    nextReversalFails: script.nextReversalFails,
    unplugged: mock.status().state === 'offline',
  };
}
