import { toDataURL } from 'qrcode';
import { useEffect, useState } from 'react';

/** The ticket number as a QR code (a data: image, which the CSP allows), for the counter to scan. */
export function TicketQrCode({ value, alt }: { value: string; alt: string }) {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    toDataURL(value, { errorCorrectionLevel: 'M', margin: 2, width: 320 }).then(
      (url) => {
        if (current) setSrc(url);
      },
      () => {
        // The number is on screen in large type anyway; the QR code is a convenience.
        if (current) setSrc(null);
      },
    );
    return () => {
      current = false;
    };
  }, [value]);
  // data-speech-describe: in speak mode a tap on the code says its description.
  return src ? <img className="ticket-qr" src={src} alt={alt} width={240} height={240} data-speech-describe="" /> : null;
}
