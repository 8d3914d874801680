import { qrPath } from '../model/qr';

/** A QR code as an accessible image (its text alternative says what it opens). */
export function QrCode({ text, label, size = 240 }: { text: string; label: string; size?: number }) {
  const qr = qrPath(text);
  return (
    <svg
      class="qr"
      role="img"
      aria-label={label}
      width={size}
      height={size}
      viewBox={`0 0 ${qr.size} ${qr.size}`}
      shape-rendering="crispEdges"
    >
      <rect width={qr.size} height={qr.size} fill="#fff" />
      <path d={qr.d} fill="#000" />
    </svg>
  );
}
