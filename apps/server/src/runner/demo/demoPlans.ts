/**
 * Scripts for the job types this server does not really execute (apply, transcode, move, process, prune):
 * log lines, weights (share of the duration), the `summary_json` VPO writes for the type (VPO_API.md), and
 * where a failing run stops with which message. Pure: everything random comes from `random`.
 */
import {
  archivePathOf,
  between,
  pick,
  type Random,
  randomMediaPath,
  stemOf,
} from '@vpo-live/vpo-api/fixtures';

/** One stretch of a demo job: its share of the duration and the lines it logs when done. */
export interface DemoStep {
  readonly weight: number;
  readonly lines: readonly string[];
}

/** Where a failing run stops, why, and the partial summary (if the type keeps one). */
export interface DemoFailure {
  readonly atStep: number;
  readonly message: string;
  readonly summary: Record<string, unknown> | null;
}

/** How a demo job runs and what it leaves behind. */
export interface DemoPlan {
  readonly summary: Readonly<Record<string, unknown>>;
  readonly outputPath: string | null;
  readonly failure: DemoFailure | null;
  readonly steps: readonly DemoStep[];
  /** `false`: the job reports no percentage (VPO's move jobs), so pages show an indeterminate bar. */
  readonly reportsProgress: boolean;
  /** `true`: each step is one item, reported as processed/total counts. */
  readonly countsItems: boolean;
  /** Typical duration in ms at speed 1. */
  readonly durationMs: number;
}

/** A planner's result; steps are built last, once the failure (if any) is decided. */
interface Draft extends Omit<DemoPlan, 'steps' | 'failure'> {
  readonly stepCount: number;
  steps(): DemoStep[];
  fail(atStep: number): Omit<DemoFailure, 'atStep'>;
}
type Planner = (filePath: string, policyName: string | null, random: Random) => Draft;

/** The plan of one demo run; `fail` decides whether it ends in failure. */
export function planDemoJob(
  jobType: string,
  filePath: string,
  policyName: string | null,
  random: Random,
  fail: boolean,
): DemoPlan {
  const draft = (PLANNERS[jobType] ?? planProcess)(filePath, policyName, random);
  const failure = failureOf(random, fail, draft);
  const { steps, stepCount: _count, fail: _fail, ...rest } = draft;
  return { ...rest, steps: steps(), failure };
}

function failureOf(random: Random, fail: boolean, draft: Draft): DemoFailure | null {
  if (!fail) return null;
  const atStep = between(random, 1, Math.max(1, draft.stepCount - 1));
  return { atStep, ...draft.fail(atStep) };
}

const GB = 1024 ** 3;
const dirOf = (path: string) => path.slice(0, Math.max(1, path.lastIndexOf('/')));
const hms = (seconds: number) =>
  [Math.floor(seconds / 3600), Math.floor((seconds % 3600) / 60), seconds % 60]
    .map((n) => String(n).padStart(2, '0'))
    .join(':');
const ENCODE_TICKS = 16;

const planTranscode: Planner = (input, _policy, random) => {
  const seconds = between(random, 1300, 9800);
  const inputSize = between(random, 2 * GB, 14 * GB);
  const outputSize = Math.round(inputSize * (0.35 + random() * 0.3));
  const output = `${dirOf(input)}/${stemOf(input)}.hevc.mkv`;
  const audio = between(random, 1, 3);
  return {
    stepCount: ENCODE_TICKS + 3,
    steps: () => {
      const frames = Math.round(seconds * 23.976);
      const encode = Array.from({ length: ENCODE_TICKS }, (_, i) => {
        const done = (i + 1) / ENCODE_TICKS;
        return {
          weight: 1,
          lines: [
            `[demo] frame=${Math.round(frames * done)} fps=${(30 + random() * 25).toFixed(1)} q=28.0 ` +
              `size=${Math.round((outputSize * done) / 1024)}kB time=${hms(Math.round(seconds * done))}.00 ` +
              `speed=${(1.4 + random()).toFixed(2)}x`,
          ],
        };
      });
      return [
        {
          weight: 1,
          lines: [`[demo] ffprobe: 1920x1080 h264, ${audio} audio track(s), duration ${hms(seconds)}`],
        },
        { weight: 1, lines: ['[demo] ffmpeg -i <input> -c:v libx265 -crf 22 -c:a copy <output>'] },
        ...encode,
        {
          weight: 1,
          lines: [`[demo] Verifying output: ${output}`, `[demo] Output size ${outputSize} bytes`],
        },
      ];
    },
    reportsProgress: true,
    countsItems: false,
    durationMs: 30_000,
    summary: {
      input_file: input,
      output_file: output,
      input_size_bytes: inputSize,
      output_size_bytes: outputSize,
      duration_seconds: seconds,
      video_codec: 'hevc',
      audio_tracks_processed: audio,
    },
    outputPath: output,
    fail: () => ({
      message:
        'ffmpeg exited with code 1: Error while decoding stream #0:1: Invalid data found when processing input',
      summary: null,
    }),
  };
};

const APPLY_ACTIONS = [
  'Set default audio track: eng (track 2)',
  'Clear forced flag on subtitle track 4',
  'Set track title: "English 5.1"',
  'Reorder audio tracks: eng, jpn',
  'Set language of track 3: und → ger',
  'Remove commentary track 5',
];

const planApply: Planner = (path, policyName, random) => {
  const actions = Array.from({ length: between(random, 1, 4) }, () => pick(random, APPLY_ACTIONS));
  return {
    stepCount: actions.length + 3,
    steps: () => [
      { weight: 1, lines: [`[demo] Loading policy: ${policyName ?? 'default'}`] },
      { weight: 2, lines: [`[demo] Evaluating ${between(random, 3, 9)} tracks`] },
      ...actions.map((action) => ({ weight: 2, lines: [`[demo] ${action}`] })),
      { weight: 1, lines: ['[demo] mkvpropedit: exit code 0'] },
    ],
    reportsProgress: true,
    countsItems: false,
    durationMs: 5000,
    // VPO's shape: the names of the actions, which its summary text joins.
    summary: { policy_name: policyName ?? 'default', files_affected: 1, actions_applied: actions },
    outputPath: null,
    fail: () => ({
      message: `mkvpropedit failed (exit 2): ${path} is not a valid Matroska file`,
      summary: null,
    }),
  };
};

const planMove: Planner = (source, _policy, random) => {
  const size = between(random, GB / 2, 9 * GB);
  const target = archivePathOf(source);
  return {
    stepCount: 4,
    steps: () => [
      { weight: 1, lines: [`[demo] Source: ${source}`, `[demo] Destination: ${target}`] },
      { weight: 6, lines: [`[demo] Copied ${size} bytes`] },
      { weight: 2, lines: ['[demo] Checksums match'] },
      { weight: 1, lines: ['[demo] Removed source file'] },
    ],
    // VPO's move jobs report no percentage: clients show an indeterminate indicator.
    reportsProgress: false,
    countsItems: false,
    durationMs: 6000,
    summary: { source_path: source, destination_path: target, size_bytes: size },
    outputPath: target,
    fail: () => ({ message: `Destination already exists: ${target}`, summary: null }),
  };
};

const PHASES = ['analyze', 'apply', 'transcode', 'verify'];
const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

const planProcess: Planner = (_path, policyName, random) => {
  const changes = PHASES.map(() => between(random, 0, 4));
  return {
    stepCount: PHASES.length,
    steps: () =>
      PHASES.map((phase, i) => ({
        weight: phase === 'transcode' ? 4 : 1,
        lines: [
          `[demo] Phase ${i + 1}/${PHASES.length}: ${phase} (policy ${policyName ?? 'default'})`,
          `[demo] ${changes[i]} change(s)`,
        ],
      })),
    reportsProgress: true,
    countsItems: false,
    durationMs: 16_000,
    summary: { phases_completed: PHASES.length, total_changes: sum(changes) },
    outputPath: null,
    fail: (atStep) => ({
      message: `Phase '${PHASES[atStep] ?? 'verify'}' failed: ffmpeg exited with code 187`,
      summary: { phases_completed: atStep, total_changes: sum(changes.slice(0, atStep)) },
    }),
  };
};

const planPrune: Planner = (dir, _policy, random) => {
  const gone = Array.from({ length: between(random, 6, 14) }, () => random() < 0.3);
  return {
    stepCount: gone.length,
    steps: () =>
      gone.map((missing) => {
        const path = randomMediaPath(random, 0);
        return {
          weight: 1,
          lines: [missing ? `[demo] Pruned (missing on disk): ${path}` : `[demo] Present: ${path}`],
        };
      }),
    reportsProgress: true,
    countsItems: true,
    durationMs: 7000,
    summary: { files_pruned: gone.filter(Boolean).length },
    outputPath: null,
    fail: () => ({ message: `Permission denied: '${dir}'`, summary: null }),
  };
};

const PLANNERS: Record<string, Planner> = {
  transcode: planTranscode,
  apply: planApply,
  move: planMove,
  process: planProcess,
  prune: planPrune,
};
