import { readFileSync, realpathSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/**
 * SQLite's WAL mode keeps its index in shared memory (the -shm file), which only works when every
 * process using the file runs on the same computer; file locks over network file systems are also
 * unreliable. So a workbook on a network drive gets a warning.
 */
export const NETWORK_FS_TYPES = new Set([
  'nfs',
  'nfs4',
  'cifs',
  'smb',
  'smb2',
  'smb3',
  'smbfs',
  'ncpfs',
  'afs',
  '9p',
  'ceph',
  'glusterfs',
  'lustre',
  'gpfs',
  'davfs',
  'fuse.sshfs',
  'fuse.glusterfs',
  'fuse.cephfs',
  'fuse.s3fs',
  'fuse.rclone',
  'fuse.davfs2',
  'fuse.gvfsd-fuse',
]);

interface Mount {
  mountPoint: string;
  type: string;
}

/** /proc/mounts escapes spaces and a few other characters as octal. */
const unescapeMount = (field: string): string =>
  field.replace(/\\([0-7]{3})/g, (_m, oct: string) => String.fromCharCode(parseInt(oct, 8)));

export function parseMounts(text: string): Mount[] {
  return text
    .split('\n')
    .map((line) => line.split(' '))
    .filter((f) => f.length >= 3 && f[1] && f[2])
    .map((f) => ({ mountPoint: unescapeMount(f[1] ?? ''), type: f[2] ?? '' }));
}

/** The file system type of the mount that holds path (longest matching mount point). */
export function fileSystemTypeOf(path: string, mounts: Mount[]): string | null {
  let best: Mount | null = null;
  for (const mount of mounts) {
    const point = mount.mountPoint.endsWith('/') ? mount.mountPoint : `${mount.mountPoint}/`;
    if (
      (path === mount.mountPoint || path.startsWith(point) || mount.mountPoint === '/') &&
      (!best || mount.mountPoint.length > best.mountPoint.length)
    )
      best = mount;
  }
  return best?.type ?? null;
}

export interface NetworkCheckInput {
  path: string;
  platform: NodeJS.Platform;
  /** The contents of /proc/mounts on Linux; null when unavailable. */
  mounts: string | null;
}

/** A sentence for the user when the workbook seems to be on a network drive, else null. */
export function networkDriveWarning(input: NetworkCheckInput): string | null {
  const warning =
    'This workbook is on a network drive. Keep it open on one computer at a time, and copy it to this computer for long sessions: network drives can lose the shared index SQLite needs, which risks the file.';
  if (/^(\\\\|\/\/)[^\\/]+[\\/]/.test(input.path)) return warning;
  if (input.platform === 'linux' && input.mounts) {
    const type = fileSystemTypeOf(input.path, parseMounts(input.mounts));
    if (type && (NETWORK_FS_TYPES.has(type) || type.startsWith('nfs'))) return warning;
  }
  return null;
}

/** The check as the backend runs it: on the real folder of the workbook. */
export function detectNetworkDrive(workbookPath: string): string | null {
  let folder = dirname(resolve(workbookPath));
  try {
    folder = realpathSync(folder);
  } catch {
    // Keep the given folder.
  }
  let mounts: string | null = null;
  if (process.platform === 'linux') {
    try {
      mounts = readFileSync('/proc/mounts', 'utf8');
    } catch {
      mounts = null;
    }
  }
  const probe =
    workbookPath.startsWith('\\\\') || workbookPath.startsWith('//') ? workbookPath : folder;
  return networkDriveWarning({ path: probe, platform: process.platform, mounts });
}
