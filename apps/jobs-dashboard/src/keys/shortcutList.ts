/** The dashboard's shortcuts, as the help dialog lists them: one list, so help and bindings cannot drift. */
export const SHORTCUTS = [
  { keys: ['/'], action: 'Search by file path' },
  { keys: ['r'], action: 'Refresh the list now' },
  { keys: ['j', 'k'], action: 'Next / previous job' },
  { keys: ['Enter'], action: 'Open the job in focus' },
  {
    keys: ['x'],
    action: 'Select the job in focus (Shift+x: the jobs from the last one picked)',
    selects: true,
  },
  { keys: ['?'], action: 'Show this list of shortcuts' },
  { keys: ['Esc'], action: 'Close this list' },
] as const;

/** The list for a page: without row selection (no job actions offered) there is nothing for `x` to do. */
export const shortcutsFor = (selectable: boolean) =>
  SHORTCUTS.filter((shortcut) => selectable || !('selects' in shortcut));
