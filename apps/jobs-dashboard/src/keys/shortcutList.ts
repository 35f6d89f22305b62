/** The dashboard's shortcuts, as the help dialog lists them: one list, so help and bindings cannot drift. */
export const SHORTCUTS = [
  { keys: ['/'], action: 'Search by file path' },
  { keys: ['r'], action: 'Refresh the list now' },
  { keys: ['j', 'k'], action: 'Next / previous job' },
  { keys: ['Enter'], action: 'Open the job in focus' },
  { keys: ['?'], action: 'Show this list of shortcuts' },
  { keys: ['Esc'], action: 'Close this list' },
] as const;
