/**
 * Python's fixed-point float formatting (`f"{x:.1f}"`, `f"{x:.0%}"`): the exact binary value rounded half to
 * even. `Number.prototype.toFixed` rounds exact ties away from zero instead (0.25 → "0.3", Python "0.2").
 */

/** The exact value of a finite double as `numerator / 2^shift`. */
function exactBinary(value: number): { numerator: bigint; shift: bigint } {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, Math.abs(value));
  const bits = view.getBigUint64(0);
  const exponent = Number((bits >> 52n) & 0x7ffn);
  const fraction = bits & ((1n << 52n) - 1n);
  const mantissa = exponent === 0 ? fraction : fraction | (1n << 52n);
  const power = (exponent === 0 ? 1 : exponent) - 1075;
  return power >= 0
    ? { numerator: mantissa << BigInt(power), shift: 0n }
    : { numerator: mantissa, shift: BigInt(-power) };
}

/** `format(value, f'.{digits}f')` as Python prints it. */
export function pyFixed(value: number, digits: number): string {
  if (Number.isNaN(value)) return 'nan';
  if (!Number.isFinite(value)) return value > 0 ? 'inf' : '-inf';
  const { numerator, shift } = exactBinary(value);
  const denominator = 1n << shift;
  const scaled = numerator * 10n ** BigInt(digits);
  let quotient = scaled / denominator;
  const twiceRemainder = (scaled % denominator) * 2n;
  if (twiceRemainder > denominator || (twiceRemainder === denominator && quotient % 2n === 1n))
    quotient += 1n;
  const text = quotient.toString().padStart(digits + 1, '0');
  const body = digits === 0 ? text : `${text.slice(0, -digits)}.${text.slice(-digits)}`;
  // Python keeps the sign of negative values that round to zero ("-0.0").
  return value < 0 || Object.is(value, -0) ? `-${body}` : body;
}

/** `format(value, f'.{digits}%')`: Python multiplies by 100 in floating point, then formats as `f`. */
export function pyPercent(value: number, digits: number): string {
  return `${pyFixed(value * 100, digits)}%`;
}
