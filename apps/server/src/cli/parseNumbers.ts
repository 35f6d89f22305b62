import { InvalidArgumentError } from 'commander';

/**
 * A commander argument parser for an integer in [min, max]; anything else (decimals, `1e3`, words, values
 * out of range) is rejected with a reason commander prints on one line.
 *
 * @example new Option('--priority <n>').argParser(integerIn(0, 1000))
 */
export function integerIn(min: number, max: number): (value: string) => number {
  return (value) => {
    const number = parseInteger(value);
    if (number === null || number < min || number > max) {
      throw new InvalidArgumentError(`Expected an integer from ${min} to ${max}.`);
    }
    return number;
  };
}

/** A decimal integer written plainly (optional sign, digits), else `null`. */
export function parseInteger(value: string): number | null {
  const text = value.trim();
  if (!/^[+-]?\d{1,15}$/.test(text)) return null;
  return Number(text);
}

/** A plain decimal number (`0.15`, `1`), else `null`. */
export function parseDecimal(value: string): number | null {
  const text = value.trim();
  if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(text)) return null;
  return Number(text);
}
