// Hostile text, as an outside contributor's data could bring it, and the one way the tests look for
// it in what the site writes. Every piece of markup carries a data-pwn attribute or is an <x-pwn>
// element, so a page or SVG whose parsed DOM holds either let the input's markup through unescaped;
// the same words escaped (&lt;x-pwn&gt;) are text and harmless.
import { parseHTML } from "linkedom";

/** Markup that breaks out of text, of an attribute (either quote) or of an inline <script>/<svg>. */
export const MARKUP = [
  "<x-pwn>粗体</x-pwn>",
  '</svg></script><script data-pwn>alert("pwn1")</script>',
  '"><img data-pwn src=x onerror=alert("pwn2")>',
  "' data-pwn='1",
  '" data-pwn="1',
  "<svg data-pwn onload=alert(1)><![CDATA[x]]></svg>",
  "<!-- --><iframe data-pwn src=javascript:alert(1)></iframe>",
  "&lt;x-pwn&gt; &amp; &#x3C;",
] as const;

/**
 * Every way out of MARKUP in one short string, for a real build where each character drawn into a
 * PNG costs: out of text (an element), of an inline <script> or <svg>, of an attribute (", ', `),
 * into a comment or CDATA section (last, as they would hide what follows), and entities that must
 * stay text.
 */
export const BREAKOUT =
  '<x-pwn>粗</x-pwn></svg></script><script data-pwn>alert(1)</script>"><img data-pwn src=x onerror=alert(2)>' +
  "' data-pwn='1` data-pwn=`1 &lt;x-pwn&gt;&amp; “引号”<!--<![CDATA[";

/** Cells a spreadsheet would run as formulas. */
export const FORMULAS = [
  '=HYPERLINK("http://example.invalid/x","click")',
  "+1+cmd|' /C calc'!A0",
  "-2+3",
  "@SUM(1,1)",
  "\t=1+1",
  "\r=1+1",
] as const;

/** Text that is awkward rather than hostile: controls, lone surrogates, bidi marks, emoji, blanks. */
export const ODD_TEXT = [
  "",
  " ",
  "\u0000\u0001\u0007\u001b[31m",
  "\u007f\u0085\u2028\u2029",
  "\ud800",
  "a\udc00b",
  "\u202e万州\u202c",
  "\u200f\u2066RTL\u2069\u200e",
  "\ufeff\u200b\u200d",
  "👩‍👩‍👧 𠀀",
  "\\u003cx-pwn\\u003e",
] as const;

/** A very long text: a label, a bar or a card must survive it. */
export function longText(length = 4000): string {
  return "很长的名称".repeat(Math.ceil(length / 5)).slice(0, length);
}

/**
 * Elements the input's markup would create if it reached a page or an SVG unescaped: an x-pwn element
 * (or one whose name a half-escaped tag ran into), or an attribute data-pwn or on… (event handlers:
 * the site writes none, its CSP allows none).
 */
export function injected(markup: string): string[] {
  const { document } = parseHTML(`<!doctype html><html><body>${markup}</body></html>`);
  return [...document.querySelectorAll("*")]
    .filter((e) => e.localName.includes("x-pwn") || [...e.attributes].some((a) => /pwn|^on/i.test(a.name)))
    .map((e) => e.outerHTML.slice(0, 120));
}
