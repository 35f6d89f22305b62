/**
 * Whether process `pid` exists on this machine. Signal 0 checks without signalling; `EPERM` means it exists
 * but belongs to another user. A reused pid reads as alive, which only delays recovery to the heartbeat rule.
 */
export function isProcessAlive(pid: number): boolean {
  // kill(0) and negative pids address process groups, never one worker.
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
