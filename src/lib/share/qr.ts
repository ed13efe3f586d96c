import QRCode from "qrcode";

/**
 * A QR code of a URL as an SVG string, made at build time: dark modules on a white field with a
 * quiet zone, whatever the page's colour scheme (phone cameras and WeChat need the contrast).
 */
export async function qrSvg(url: string): Promise<string> {
  const svg = await QRCode.toString(url, {
    type: "svg",
    errorCorrectionLevel: "M",
    margin: 2,
    color: { dark: "#000000", light: "#ffffff" },
  });
  return svg.replace("<svg ", '<svg role="img" aria-label="二维码：用手机扫描打开本图" class="qr" ');
}
