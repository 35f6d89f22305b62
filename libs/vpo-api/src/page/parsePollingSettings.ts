import { POLLING_LIMITS } from './pollingLimits.ts';

/**
 * VPO's polling settings, as its pages carry them in `<body data-polling-interval data-polling-enabled
 * data-polling-log-interval>` (milliseconds). The server writes them; the micro-frontends read them.
 */
export interface PollingSettings {
  /** Time between polls, 2000–60000 ms (default 5000). */
  interval: number;
  /** `false` keeps every poller of the page paused (`data-polling-enabled="false"`). */
  enabled: boolean;
  /** Time between log polls, default 15000 ms and never below `interval`. */
  logInterval: number;
}

/** A plain settings object, e.g. a micro-frontend's `mount()` props. Values may be strings or numbers. */
export interface PollingSettingsInput {
  interval?: unknown;
  enabled?: unknown;
  logInterval?: unknown;
}

/** `<body data-polling-*>` as the DOM exposes it: an element, or its `dataset`. */
export interface DatasetLike {
  readonly [key: string]: string | undefined;
}

/** Anything {@link parsePollingSettings} reads. `null`/`undefined` (e.g. no `<body>`) yields the defaults. */
export type PollingSettingsSource =
  { readonly dataset: DatasetLike } | DatasetLike | PollingSettingsInput | null | undefined;

/** A config that is always valid, plus what was wrong with the source. */
export interface ParsedPollingSettings {
  settings: PollingSettings;
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
 * const { settings, warnings } = parsePollingSettings(document.body);
 * const { settings } = parsePollingSettings({ interval: '3000', enabled: true });
 */
export function parsePollingSettings(source: PollingSettingsSource): ParsedPollingSettings {
  const warnings: string[] = [];
  const input = toInput(source);
  if (!input) {
    warnings.push('No polling settings found (missing <body>?); using the defaults.');
    return { settings: defaults(), warnings };
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
  return { settings: { interval, enabled: parseEnabled(input.enabled, warnings), logInterval }, warnings };
}

function defaults(): PollingSettings {
  return {
    interval: POLLING_LIMITS.defaultInterval,
    enabled: true,
    logInterval: POLLING_LIMITS.defaultLogInterval,
  };
}

function toInput(source: PollingSettingsSource): PollingSettingsInput | null {
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
  return record as PollingSettingsInput;
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
