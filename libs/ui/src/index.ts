export { parseTimestamp } from './format/parseTimestamp.ts';
export { formatRelativeTime, nextRelativeChange } from './format/formatRelativeTime.ts';
export { formatDateTime, type DateTimeFormatOptions } from './format/formatDateTime.ts';
export { formatDuration } from './format/formatDuration.ts';
export { formatPercent, roundPercent } from './format/formatPercent.ts';
export { shortId } from './format/shortId.ts';
export { statusLabel, jobTypeLabel, statusTone } from './status/statusLabel.ts';
export { StatusBadge, type StatusBadgeProps } from './status/StatusBadge.tsx';
export { jobProgress, progressTone, type JobProgress, type ProgressFields } from './progress/jobProgress.ts';
export { ProgressBar, type ProgressBarProps, type ProgressTone } from './progress/ProgressBar.tsx';
export {
  connectionView,
  CONNECTION_MODIFIERS,
  REPLAY_VIEW,
  type ConnectionView,
  type ConnectionModifier,
} from './connection/connectionView.ts';
export { ConnectionIndicator, type ConnectionIndicatorProps } from './connection/ConnectionIndicator.tsx';
export {
  writeConnectionStatus,
  writeIndicatorView,
  findHostConnectionStatus,
} from './connection/writeConnectionStatus.ts';
export { createNow, type NowOptions } from './time/createNow.ts';
export {
  createRelativeClock,
  type RelativeClock,
  type RelativeClockOptions,
} from './time/createRelativeClock.ts';
export { createDelayedFlag } from './time/createDelayedFlag.ts';
export { RelativeTime, type RelativeTimeProps } from './time/RelativeTime.tsx';
export { LastUpdated, type LastUpdatedProps } from './time/LastUpdated.tsx';
export { RefreshButton, type RefreshButtonProps } from './controls/RefreshButton.tsx';
export { LiveRegion, type LiveRegionProps } from './controls/LiveRegion.tsx';
export { linkStylesheet } from './page/linkStylesheet.ts';
export { readHostPage, type HostPage, type HostProps, type PageActions } from './page/readHostPage.ts';
export { AccessRefused, type AccessRefusedProps } from './controls/AccessRefused.tsx';
export {
  splitBidiControls,
  hasBidiControls,
  revealBidiControls,
  type BidiControl,
  type TextSegment,
} from './text/splitBidiControls.ts';
export { SafeText, type SafeTextProps } from './text/SafeText.tsx';
export { CUT_LIMIT, cutText, type CutMode, type CutValue } from './text/cutText.ts';
export { CutText, type CutTextProps } from './text/CutText.tsx';
export { ConfirmButton, type ConfirmButtonProps } from './controls/ConfirmButton.tsx';
export { UnreachableBanner, type UnreachableBannerProps } from './connection/UnreachableBanner.tsx';
// The rule lives with the API's other time rules; re-exported for the pages.
export { runSeconds, queueSeconds, type JobTimestamps } from '@vpo-live/vpo-api';
export { isTyping } from './keys/isTyping.ts';
export { downloadBlob } from './page/downloadBlob.ts';
export { ShortcutHelp, type Shortcut, type ShortcutHelpProps } from './controls/ShortcutHelp.tsx';
