import { describe, expect, it } from 'vitest';
import { listExportTargets, type DriveProbe } from '../../../../electron/services/files/drives';

const probe = (over: Partial<DriveProbe>): DriveProbe => ({
  platform: 'linux',
  readFile: async () => {
    throw Object.assign(new Error('nope'), { code: 'ENOENT' });
  },
  readdir: async () => [],
  readlink: async () => '',
  exec: async () => '[]',
  freeBytes: async () => 1_000_000,
  ...over,
});

describe('listExportTargets', () => {
  it('Linux: real block devices only, USB sticks first, mount-point escapes decoded', async () => {
    const mounts = [
      '/dev/nvme0n1p2 / ext4 rw 0 0',
      'proc /proc proc rw 0 0',
      'tmpfs /run tmpfs rw 0 0',
      '/dev/sdb1 /media/eng/USB\\040STICK vfat rw 0 0',
      '/dev/sdc1 /srv/data ext4 rw 0 0',
    ].join('\n');
    const files: Record<string, string> = {
      '/proc/mounts': mounts,
      '/sys/block/sdb/removable': '1\n',
      '/sys/block/sdc/removable': '0\n',
      '/sys/block/nvme0n1/removable': '0\n',
    };
    const t = await listExportTargets(
      probe({
        readFile: async (p) => files[p] ?? Promise.reject(new Error('ENOENT')),
        readlink: async (p) =>
          p.endsWith('sdc') ? '../devices/pci0000:00/usb2/2-1/host6/block/sdc' : '../devices/pci/x',
      }),
    );
    expect(t.map((x) => [x.path, x.removable])).toEqual([
      ['/media/eng/USB STICK', true],
      ['/srv/data', true],
      ['/', false],
    ]);
  });

  it('Windows: removable (DriveType 2) before fixed disks, network drives left out', async () => {
    const json = JSON.stringify([
      { DeviceID: 'C:', DriveType: 3, VolumeName: 'OS', FreeSpace: 5 },
      { DeviceID: 'E:', DriveType: 2, VolumeName: 'KINGSTON', FreeSpace: 7 },
      { DeviceID: 'Z:', DriveType: 4, VolumeName: 'share', FreeSpace: 9 },
    ]);
    const t = await listExportTargets(probe({ platform: 'win32', exec: async () => json }));
    expect(t).toEqual([
      { path: 'E:\\', label: 'E: KINGSTON', removable: true, freeBytes: 7 },
      { path: 'C:\\', label: 'C: OS', removable: false, freeBytes: 5 },
    ]);
  });

  it('macOS: /Volumes entries except the boot volume count as removable', async () => {
    const t = await listExportTargets(
      probe({
        platform: 'darwin',
        readdir: async () => ['Macintosh HD', 'STICK'],
        readlink: async (p) => (p.endsWith('HD') ? '/' : Promise.reject(new Error('EINVAL'))),
      }),
    );
    expect(t.map((x) => [x.path, x.removable])).toEqual([
      ['/Volumes/STICK', true],
      ['/Volumes/Macintosh HD', false],
    ]);
  });

  it('an OS that will not answer yields an empty list, not an error', async () => {
    expect(
      await listExportTargets(
        probe({ platform: 'win32', exec: async () => Promise.reject(new Error('no powershell')) }),
      ),
    ).toEqual([]);
  });
});
