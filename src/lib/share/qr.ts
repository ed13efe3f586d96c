import QRCode from "qrcode";
import type { Lang, Localized } from "../locale/lang";

const LABEL: Localized<string> = {
  zh: "二维码：用手机扫描打开本图",
  en: "QR code: scan with a phone to open this chart",
};

/**
 * A QR code of a URL as an SVG string, made at build time: dark modules on a white field with a
 * quiet zone, whatever the page's colour scheme (phone cameras and WeChat need the contrast).
 */
export async function qrSvg(url: string, lang: Lang = "zh"): Promise<string> {
  const svg = await QRCode.toString(url, {
    type: "svg",
    errorCorrectionLevel: "M",
    margin: 2,
    color: { dark: "#000000", light: "#ffffff" },
  });
  return svg.replace("<svg ", `<svg role="img" aria-label="${LABEL[lang]}" class="qr" `);
}
