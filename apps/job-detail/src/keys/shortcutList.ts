/** The page's shortcuts, as the help dialog lists them: one list, so help and bindings cannot drift apart. */
export const SHORTCUTS = [
  { keys: ['r'], action: 'Refresh the job and its log now' },
  { keys: ['/'], action: 'Search the log' },
  { keys: ['?'], action: 'Show this list of shortcuts' },
  { keys: ['Esc'], action: 'Close this list; in the log search, clear it' },
] as const;
