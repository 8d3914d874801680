// Reading a plan's QR code from the desk's camera: the browser's own BarcodeDetector where it has one
// (Chrome on macOS, Android, ChromeOS), else jsQR, a dependency-free decoder in plain JavaScript: no
// WebAssembly or worker for the Content-Security-Policy to allow, nothing fetched from elsewhere. It is
// imported only when the agent presses "Scan", so no screen pays for it otherwise.

/** Reads one frame of the video: the QR code's text, or undefined when there is none. */
export type ReadFrame = (video: HTMLVideoElement) => Promise<string | undefined>;

interface DetectedBarcode {
  readonly rawValue: string;
}
interface BarcodeDetectorLike {
  detect(source: CanvasImageSource): Promise<readonly DetectedBarcode[]>;
}
interface BarcodeDetectorClass {
  new (options: { formats: string[] }): BarcodeDetectorLike;
  getSupportedFormats?: () => Promise<string[]>;
}

/** The browser's detector, when it reads QR codes. */
export async function nativeReader(scope: object = globalThis): Promise<ReadFrame | undefined> {
  const Native = (scope as { BarcodeDetector?: BarcodeDetectorClass }).BarcodeDetector;
  if (typeof Native !== 'function') return undefined;
  try {
    const formats = (await Native.getSupportedFormats?.()) ?? ['qr_code'];
    if (!formats.includes('qr_code')) return undefined;
    const detector = new Native({ formats: ['qr_code'] });
    return async (video) => (await detector.detect(video))[0]?.rawValue || undefined;
  } catch {
    return undefined;
  }
}

type JsQr = (data: Uint8ClampedArray, width: number, height: number, options?: { inversionAttempts?: 'dontInvert' | 'attemptBoth' }) => {
  data: string;
} | null;

/** The text of a QR code in RGBA pixels (jsQR), or undefined. */
export function decodePixels(jsQR: JsQr, data: Uint8ClampedArray, width: number, height: number): string | undefined {
  // A phone's screen or a printed plan shows dark modules on light: one pass is enough and twice as fast.
  return jsQR(data, width, height, { inversionAttempts: 'dontInvert' })?.data || undefined;
}

/** Frames are scaled down to this many pixels on their long side: enough for a code held up to the camera. */
const MAX_SIDE = 720;

export async function jsqrReader(): Promise<ReadFrame> {
  const { default: jsQR } = await import('jsqr');
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d', { willReadFrequently: true });
  return async (video) => {
    const { videoWidth: w, videoHeight: h } = video;
    if (!context || w === 0 || h === 0) return undefined;
    const scale = Math.min(1, MAX_SIDE / Math.max(w, h));
    canvas.width = Math.round(w * scale);
    canvas.height = Math.round(h * scale);
    context.drawImage(video, 0, 0, canvas.width, canvas.height);
    const image = context.getImageData(0, 0, canvas.width, canvas.height);
    return decodePixels(jsQR, image.data, image.width, image.height);
  };
}

export async function qrReader(): Promise<ReadFrame> {
  return (await nativeReader()) ?? jsqrReader();
}

export type CameraProblem = 'no-camera' | 'denied' | 'failed';

/** What went wrong when the camera would not start, in the agent's terms. */
export function cameraProblem(error: unknown): CameraProblem {
  const name = error instanceof Error || (typeof error === 'object' && error !== null && 'name' in error) ? (error as { name: string }).name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'denied';
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return 'no-camera';
  return 'failed';
}
