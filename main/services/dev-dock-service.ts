// The dev dock drives the mock drivers as a developer's hands would: insert a card, scan a
// code, pull the paper out. With real drivers configured it refuses rather than pretends.
import { devDockChannels } from '../contract/dev-dock-contract.js';
import { MockIdReader } from '../../hardware/id-reader/id-reader-mock.js';
import { MockBarcodeScanner } from '../../hardware/scanner/barcode-scanner-mock.js';
import { MockPrinter } from '../../hardware/printer/mock-printer.js';
import { MRZ_SPECIMENS } from '../../hardware/simulators/mrz-specimens.js';
import type { KioskDevices } from './kiosk-devices.js';
import { ChannelRouter, type RouterLogger } from './contract-router.js';

export function createDevDockRouter(devices: KioskDevices, logger: RouterLogger): ChannelRouter<typeof devDockChannels> {
  const router = new ChannelRouter(devDockChannels, logger);
  const { idReader, scanner, printer } = devices;

  router.handle('dock.state', () => ({
    specimens: Object.entries(MRZ_SPECIMENS).map(([id, s]) => ({ id: id as keyof typeof MRZ_SPECIMENS, label: s.label })),
    printerFault: printer instanceof MockPrinter ? printer.currentFault() : 'none',
    idReaderDriver: idReader.driver,
    scannerDriver: scanner.driver,
    printerDriver: printer.driver,
  }));
  router.handle('dock.insertCard', ({ specimen }) => ({
    delivered: idReader instanceof MockIdReader ? idReader.insert(MRZ_SPECIMENS[specimen].lines) : false,
  }));
  router.handle('dock.scan', ({ code }) => ({
    delivered: scanner instanceof MockBarcodeScanner ? scanner.scan(code) : false,
  }));
  router.handle('dock.setPrinterFault', ({ fault }) => {
    if (printer instanceof MockPrinter) printer.setFault(fault);
    return {};
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
