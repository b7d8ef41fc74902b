import { readFileSync } from 'node:fs';

/**
 * When a process started, in epoch milliseconds, from Linux's /proc (null elsewhere or when
 * unknown). Only ever compared with a value this same function produced on the same computer, so
 * the assumed clock-tick rate cancels out.
 */
export function processStartTime(pid: number): number | null {
  if (process.platform !== 'linux') return null;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Field 2 (the command) is in parentheses and may itself contain spaces and parentheses.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const startTicks = Number(fields[19]);
    const bootLine = /^btime (\d+)$/m.exec(readFileSync('/proc/stat', 'utf8'));
    if (!bootLine?.[1] || !Number.isFinite(startTicks)) return null;
    const ticksPerSecond = 100;
    return Number(bootLine[1]) * 1000 + (startTicks * 1000) / ticksPerSecond;
  } catch {
    return null;
  }
}

export function selfStartTime(): number {
  return processStartTime(process.pid) ?? Date.now() - process.uptime() * 1000;
}
