/**
 * QR codes, made at build with `qrcode` (a maintained encoder): as an SVG path the lobby screen
 * draws, and as a PNG `<img>` (WeChat's long-press recognises a QR code only in an image).
 */
import QRCode from 'qrcode';
import type { QrShape } from './screen';

/** Medium error correction survives a scuffed printout or a glare on the TV. */
export const QR_OPTIONS = { errorCorrectionLevel: 'M' } as const;

/** The dark modules as one SVG path, each row's runs drawn as rectangles. */
export function qrShape(text: string): QrShape {
  const { modules } = QRCode.create(text, QR_OPTIONS);
  const size = modules.size;
  let path = '';
  for (let y = 0; y < size; y++) {
    let x = 0;
    while (x < size) {
      if (!modules.get(y, x)) {
        x++;
        continue;
      }
      const from = x;
      while (x < size && modules.get(y, x)) x++;
      path += `M${from} ${y}h${x - from}v1h${from - x}z`;
    }
  }
  return { size, path };
}

/** A PNG with the standard four-module quiet zone, `scale` pixels per module. */
export function qrPng(text: string, scale = 10): Promise<Buffer> {
  return QRCode.toBuffer(text, { ...QR_OPTIONS, type: 'png', margin: 4, scale });
}

/** A PNG about `target` pixels square, at whole pixels per module (so it stays sharp), and its size. */
export async function qrPngNear(text: string, target: number): Promise<{ png: Buffer; size: number }> {
  const modules = QRCode.create(text, QR_OPTIONS).modules.size + 8; // with the quiet zone
  const scale = Math.max(1, Math.floor(target / modules));
  return { png: await qrPng(text, scale), size: modules * scale };
}
