import type { PollingConfig } from '../types.ts';
import { POLLING_LIMITS } from './pollingLimits.ts';

/** A plain settings object, e.g. a micro-frontend's `mount()` props. Values may be strings or numbers. */
export interface PollingConfigInput {
  interval?: unknown;
  enabled?: unknown;
  logInterval?: unknown;
}

/** `<body data-polling-*>` as the DOM exposes it: an element, or its `dataset`. */
export interface DatasetLike {
  readonly [key: string]: string | undefined;
}

/** Anything {@link parsePollingConfig} reads. `null`/`undefined` (e.g. no `<body>`) yields the defaults. */
export type PollingConfigSource =
  { readonly dataset: DatasetLike } | DatasetLike | PollingConfigInput | null | undefined;

/** A config that is always valid, plus what was wrong with the source. */
export interface ParsedPollingConfig {
  config: PollingConfig;
  warnings: string[];
}

const DATASET_KEYS = ['pollingInterval', 'pollingEnabled', 'pollingLogInterval'] as const;

/**
 * Parses polling settings from VPO's `<body data-polling-interval data-polling-enabled
 * data-polling-log-interval>` (the element or its `dataset`) or from a plain `{ interval, enabled, logInterval }`.
 * Never throws: out-of-range numbers become the nearest valid value, non-numbers the default, and each
 * correction is reported in `warnings`. Absent values take their defaults silently.
 *
 * @example
 * const { config, warnings } = parsePollingConfig(document.body);
 * const { config } = parsePollingConfig({ interval: '3000', enabled: true });
 */
export function parsePollingConfig(source: PollingConfigSource): ParsedPollingConfig {
  const warnings: string[] = [];
  const input = toInput(source);
  if (!input) {
    warnings.push('No polling settings found (missing <body>?); using the defaults.');
    return { config: defaults(), warnings };
  }

  const interval = parseMillis(input.interval, 'interval', {
    fallback: POLLING_LIMITS.defaultInterval,
    min: POLLING_LIMITS.minInterval,
    max: POLLING_LIMITS.maxInterval,
    warnings,
  });
  const parsedLog = parseMillis(input.logInterval, 'logInterval', {
    fallback: POLLING_LIMITS.defaultLogInterval,
    min: POLLING_LIMITS.minInterval,
    max: POLLING_LIMITS.maxLogInterval,
    warnings,
  });
  let logInterval = parsedLog;
  if (logInterval < interval) {
    // Only a value someone wrote deserves a warning; the default simply follows a long interval.
    if (input.logInterval !== undefined && input.logInterval !== null) {
      warnings.push(`logInterval ${logInterval} ms is below the interval; using ${interval} ms.`);
    }
    logInterval = interval;
  }
  return { config: { interval, enabled: parseEnabled(input.enabled, warnings), logInterval }, warnings };
}

function defaults(): PollingConfig {
  return {
    interval: POLLING_LIMITS.defaultInterval,
    enabled: true,
    logInterval: POLLING_LIMITS.defaultLogInterval,
  };
}

function toInput(source: PollingConfigSource): PollingConfigInput | null {
  if (source === null || source === undefined || typeof source !== 'object') return null;
  const record = hasDataset(source) ? source.dataset : source;
  if (DATASET_KEYS.some((key) => key in record)) {
    const dataset = record as DatasetLike;
    return {
      interval: dataset.pollingInterval,
      enabled: dataset.pollingEnabled,
      logInterval: dataset.pollingLogInterval,
    };
  }
  return record as PollingConfigInput;
}

function hasDataset(source: object): source is { readonly dataset: DatasetLike } {
  const dataset = (source as { dataset?: unknown }).dataset;
  return typeof dataset === 'object' && dataset !== null;
}

interface MillisRules {
  fallback: number;
  min: number;
  max: number;
  warnings: string[];
}

function parseMillis(raw: unknown, name: string, rules: MillisRules): number {
  if (raw === undefined || raw === null) return rules.fallback;
  const value = toNumber(raw);
  if (value === null) {
    rules.warnings.push(`${name} ${JSON.stringify(raw)} is not a number; using ${rules.fallback} ms.`);
    return rules.fallback;
  }
  const rounded = Math.round(value);
  const clamped = Math.min(rules.max, Math.max(rules.min, rounded));
  if (clamped !== rounded) {
    rules.warnings.push(`${name} ${value} ms is outside ${rules.min}–${rules.max} ms; using ${clamped} ms.`);
  }
  return clamped;
}

function toNumber(raw: unknown): number | null {
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : null;
  if (typeof raw !== 'string' || raw.trim() === '') return null;
  const value = Number(raw.trim());
  return Number.isFinite(value) ? value : null;
}

function parseEnabled(raw: unknown, warnings: string[]): boolean {
  if (raw === undefined || raw === null || raw === true) return true;
  if (raw === false) return false;
  const text = String(raw).trim().toLowerCase();
  if (text === 'false') return false;
  if (text !== 'true' && text !== '') {
    warnings.push(`enabled ${JSON.stringify(raw)} is not "true" or "false"; polling stays enabled.`);
  }
  return true;
}
