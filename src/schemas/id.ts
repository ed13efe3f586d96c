import { z } from "zod";

/** A stable, readable record id: lower-case kebab-case ASCII, never positional. */
export const recordId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be kebab-case ASCII (a-z, 0-9, -)")
  .describe("稳定的记录标识（kebab-case）");

/** An ISO calendar date, YYYY-MM-DD. */
export const isoDate = z.iso.date().describe("ISO 日期 YYYY-MM-DD");

/** A non-empty string with no leading or trailing white space. */
export const text = z
  .string()
  .min(1)
  .refine((s) => s.trim() === s, "must not start or end with white space");
