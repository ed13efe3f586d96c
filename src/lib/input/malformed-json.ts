/** Where V8 says a JSON text breaks, when its message says: "… in JSON at position 6742 (line 281 column 90)". */
const AT_POSITION = /^(.*?)(?: in JSON)? at position (\d+)/;
/** V8's message for a character no JSON value starts with, which gives no position: "Unexpected token 'N', …". */
const UNEXPECTED_TOKEN = /^Unexpected token '(.+?)'/s;

/**
 * Where JSON.parse stopped on `text`, as an offset: from the message where it has one; at the end for a
 * text cut short; for an unexpected token, the first place where the text cut just after that token
 * fails the same way (earlier occurrences sit inside strings or words and parse on). Undefined when
 * none of these applies.
 */
function errorOffset(text: string, message: string): number | undefined {
  const at = AT_POSITION.exec(message);
  if (at) return Number(at[2]);
  if (message.startsWith("Unexpected end of JSON input")) return text.length;
  const token = UNEXPECTED_TOKEN.exec(message)?.[1];
  if (!token) return undefined;
  for (let i = text.indexOf(token); i >= 0; i = text.indexOf(token, i + 1)) {
    try {
      JSON.parse(text.slice(0, i + token.length));
    } catch (error) {
      if ((error as Error).message.startsWith(`Unexpected token '${token}'`)) return i;
    }
  }
  return undefined;
}

/** The 1-based line and column (in UTF-16 units, as editors and V8 count them) of an offset in a text. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf("\n") + 1;
  return { line: before.split("\n").length, column: offset - lineStart + 1 };
}

/**
 * What is wrong with a JSON text JSON.parse refused, for a person: "malformed JSON at line 281,
 * column 90: unterminated string". V8's own words are kept for what is wrong, without the excerpt of
 * the text it quotes for some errors (the line and column point there).
 */
export function describeJsonError(text: string, error: Error): string {
  const offset = errorOffset(text, error.message);
  const token = UNEXPECTED_TOKEN.exec(error.message)?.[0];
  const what = (AT_POSITION.exec(error.message)?.[1] ?? token ?? error.message).replace(/^./, (c) => c.toLowerCase());
  if (offset === undefined) return `malformed JSON: ${what}`;
  const { line, column } = lineAndColumn(text, offset);
  return `malformed JSON at line ${line}, column ${column}: ${what}`;
}
