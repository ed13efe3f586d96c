import type { Localized } from "../locale/lang";
import * as en from "./format-en";
import * as zh from "./format";

/** The number and date forms of each language, function for function: `FORMATS[lang].formatFigure(f)`. */
export const FORMATS: Localized<typeof en> = { zh, en };
