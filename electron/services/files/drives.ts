import { execFile } from 'node:child_process';
import { readdir, readFile, readlink, statfs } from 'node:fs/promises';
import type { ExportTarget } from '../../../core/ipc/cert-channels';

export type { ExportTarget };

/** OS look-ups, injected so each platform's parsing is tested anywhere. */
export interface DriveProbe {
  readonly platform: NodeJS.Platform;
  readFile(path: string): Promise<string>;
  readdir(path: string): Promise<string[]>;
  readlink(path: string): Promise<string>;
  exec(cmd: string, args: string[]): Promise<string>;
  freeBytes(path: string): Promise<number | null>;
}

const nodeDriveProbe: DriveProbe = {
  platform: process.platform,
  readFile: (p) => readFile(p, 'utf8'),
  readdir: (p) => readdir(p),
  readlink: (p) => readlink(p),
  exec: (cmd, args) =>
    new Promise((resolve, reject) =>
      execFile(cmd, args, { timeout: 10_000, windowsHide: true }, (err, stdout) =>
        err ? reject(err) : resolve(stdout),
      ),
    ),
  freeBytes: async (p) => {
    try {
      const s = await statfs(p);
      return s.bavail * s.bsize;
    } catch {
      return null;
    }
  },
};

const PSEUDO_FS =
  /^(proc|sysfs|tmpfs|devtmpfs|devpts|overlay|cgroup2?|securityfs|debugfs|tracefs|pstore|bpf|mqueue|hugetlbfs|fusectl|configfs|autofs|squashfs|nsfs|ramfs|efivarfs|binfmt_misc|rpc_pipefs)$/;

/** Un-escapes the octal escapes /proc/mounts uses for spaces and tabs. */
const unescapeMount = (s: string) =>
  s.replace(/\\([0-7]{3})/g, (_, o: string) => String.fromCharCode(parseInt(o, 8)));

async function linuxTargets(probe: DriveProbe): Promise<ExportTarget[]> {
  const mounts = (await probe.readFile('/proc/mounts')).split('\n');
  const out: ExportTarget[] = [];
  for (const line of mounts) {
    const [dev, rawMount, fstype] = line.split(' ');
    if (!dev || !rawMount || !fstype || PSEUDO_FS.test(fstype) || !dev.startsWith('/dev/'))
      continue;
    const mount = unescapeMount(rawMount);
    const disk = /^\/dev\/((?:sd|vd|hd)[a-z]+|mmcblk\d+|nvme\d+n\d+)/.exec(dev)?.[1];
    let removable = /^\/(media|run\/media|mnt)\//.test(mount);
    if (disk) {
      const flag = await probe.readFile(`/sys/block/${disk}/removable`).catch(() => '0');
      const link = await probe.readlink(`/sys/block/${disk}`).catch(() => '');
      removable = removable || flag.trim() === '1' || link.includes('/usb');
    }
    out.push({
      path: mount,
      label: `${mount} (${dev}, ${fstype})`,
      removable,
      freeBytes: await probe.freeBytes(mount),
    });
  }
  return out;
}

async function windowsTargets(probe: DriveProbe): Promise<ExportTarget[]> {
  const json = await probe.exec('powershell.exe', [
    '-NoProfile',
    '-NonInteractive',
    '-Command',
    'Get-CimInstance Win32_LogicalDisk | Select-Object DeviceID,DriveType,VolumeName,FreeSpace | ConvertTo-Json -Compress',
  ]);
  const parsed = JSON.parse(json) as unknown;
  const rows = (Array.isArray(parsed) ? parsed : [parsed]) as {
    DeviceID?: string;
    DriveType?: number;
    VolumeName?: string | null;
    FreeSpace?: number | null;
  }[];
  return rows
    .filter((r) => typeof r.DeviceID === 'string' && (r.DriveType === 2 || r.DriveType === 3))
    .map((r) => ({
      path: `${r.DeviceID}\\`,
      label: `${r.DeviceID} ${r.VolumeName ?? ''}`.trim(),
      removable: r.DriveType === 2,
      freeBytes: typeof r.FreeSpace === 'number' ? r.FreeSpace : null,
    }));
}

async function macTargets(probe: DriveProbe): Promise<ExportTarget[]> {
  const names = await probe.readdir('/Volumes');
  const out: ExportTarget[] = [];
  for (const n of names) {
    const path = `/Volumes/${n}`;
    // The boot volume appears in /Volumes as a link to "/".
    const isBoot = (await probe.readlink(path).catch(() => '')) === '/';
    out.push({ path, label: n, removable: !isBoot, freeBytes: await probe.freeBytes(path) });
  }
  return out;
}

/** Folders to offer for the bundle, removable drives first; [] when the OS will not say. */
export async function listExportTargets(
  probe: DriveProbe = nodeDriveProbe,
): Promise<ExportTarget[]> {
  let targets: ExportTarget[] = [];
  try {
    if (probe.platform === 'linux') targets = await linuxTargets(probe);
    else if (probe.platform === 'win32') targets = await windowsTargets(probe);
    else if (probe.platform === 'darwin') targets = await macTargets(probe);
  } catch {
    return [];
  }
  return [...targets].sort(
    (a, b) => Number(b.removable) - Number(a.removable) || a.path.localeCompare(b.path),
  );
}
