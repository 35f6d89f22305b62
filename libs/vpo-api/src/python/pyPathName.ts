/**
 * `pathlib.Path(p).name` on POSIX: the last component once empty and `.` components are dropped
 * (`"/a/b/"` → `"b"`, `"/"` → `""`, `"a/."` → `"a"`, `".."` → `".."`).
 */
export function pyPathName(path: string): string {
  const parts = path.split('/').filter((part) => part !== '' && part !== '.');
  return parts.at(-1) ?? '';
}
