import type { Figure } from "../../schemas/figure";

/** Chinese numerals the article writes small numbers with (六方, 六个) and ordinals (首位). */
const CHINESE_NUMBERS: Record<string, number> = {
  首: 1,
  一: 1,
  两: 2,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
};

/**
 * The number a figure's text states, read as the article writes it: Arabic digits ("40.27亿元",
 * "第7位", "超20万人次") or a single Chinese numeral ("六方", "首位"). Null when it states none.
 */
export function numberInText(text: string): number | null {
  const digits = text.match(/\d+(?:\.\d+)?/g);
  if (digits) return digits.length === 1 ? Number(digits[0]) : null;
  const numerals = [...text].filter((c) => c in CHINESE_NUMBERS);
  return numerals.length === 1 ? CHINESE_NUMBERS[numerals[0]!]! : null;
}

/** Whether a figure's text states its value (the check that keeps value and quote in step). */
export function textStatesValue(figure: Pick<Figure, "text" | "value">): boolean {
  return numberInText(figure.text) === figure.value;
}
