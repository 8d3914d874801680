// The QR reading without a camera: a plan's QR code drawn as the kiosk draws it (uqr), read back by jsQR as
// the desk would read a camera frame, then by the plan link reader; the browser's detector when there is one.
import jsQR from 'jsqr';
import { encode } from 'uqr';
import { describe, expect, it } from 'vitest';
import { encodeFragment } from '../../../lib/triage/answers';
import { cameraProblem, decodePixels, nativeReader } from './qr-reader';
import { readPlanLink } from './visit-link';

/** RGBA pixels of a QR code: dark modules black on white, `scale` pixels a module. */
function pixels(text: string, scale = 4): { data: Uint8ClampedArray; size: number } {
  const qr = encode(text, { ecc: 'M', border: 4 });
  const size = qr.size * scale;
  const data = new Uint8ClampedArray(size * size * 4).fill(255);
  qr.data.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (!dark) return;
      for (let dy = 0; dy < scale; dy++) {
        for (let dx = 0; dx < scale; dx++) {
          const o = ((y * scale + dy) * size + x * scale + dx) * 4;
          data[o] = data[o + 1] = data[o + 2] = 0;
        }
      }
    }),
  );
  return { data, size };
}

describe('reading a plan’s QR code', () => {
  it('reads the kiosk’s QR code back into the plan: language, needs, town', () => {
    const link = `https://passerelle.example/kiosk/plan#${encodeFragment('ar', { needs: ['rights', 'french'], city: 'Nancy' }, { includeStatus: false, origin: 'qr' })}`;
    const { data, size } = pixels(link);
    const text = decodePixels(jsQR, data, size, size);
    expect(text).toBe(link);
    expect(readPlanLink(text ?? '')).toEqual({ ok: true, lang: 'ar', answers: { needs: ['rights', 'french'], city: 'Nancy' } });
  });

  it('finds nothing in a blank frame', () => {
    expect(decodePixels(jsQR, new Uint8ClampedArray(64 * 64 * 4).fill(255), 64, 64)).toBeUndefined();
  });

  it('uses the browser’s detector when it reads QR codes, and not otherwise', async () => {
    class Detector {
      static getSupportedFormats = async () => ['qr_code', 'ean_13'];
      constructor(readonly options: { formats: string[] }) {}
      async detect() {
        return [{ rawValue: 'https://k.example/kiosk/plan#n=health' }];
      }
    }
    const read = await nativeReader({ BarcodeDetector: Detector });
    expect(await read?.({} as HTMLVideoElement)).toBe('https://k.example/kiosk/plan#n=health');

    class BarsOnly {
      static getSupportedFormats = async () => ['ean_13'];
    }
    expect(await nativeReader({ BarcodeDetector: BarsOnly })).toBeUndefined();
    expect(await nativeReader({})).toBeUndefined();
  });

  it('says why the camera did not start', () => {
    expect(cameraProblem(new DOMException('no', 'NotAllowedError'))).toBe('denied');
    expect(cameraProblem({ name: 'NotFoundError' })).toBe('no-camera');
    expect(cameraProblem(new Error('boom'))).toBe('failed');
  });
});
