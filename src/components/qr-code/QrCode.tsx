import qrcode from 'qrcode-generator';
import { createMemo } from 'solid-js';

/**
 * A QR code drawn on the device as SVG. Nothing is sent anywhere: the
 * library only computes the modules from the text.
 */
export function QrCode(props: { text: string; label: string; size?: number }) {
  const svg = createMemo(() => {
    const qr = qrcode(0, 'M');
    qr.addData(props.text);
    qr.make();
    const n = qr.getModuleCount();
    let d = '';
    for (let r = 0; r < n; r++) for (let c = 0; c < n; c++) if (qr.isDark(r, c)) d += `M${c + 4},${r + 4}h1v1h-1z`;
    return { n: n + 8, d };
  });
  return (
    <svg class="qr" role="img" aria-label={props.label} viewBox={`0 0 ${svg().n} ${svg().n}`} width={props.size ?? 160} height={props.size ?? 160}>
      <rect width="100%" height="100%" fill="#fff" />
      <path d={svg().d} fill="#000" shape-rendering="crispEdges" />
    </svg>
  );
}
