import { promises as fsp } from 'node:fs';

/** The file handle operations writeFileDurable needs (a subset of fs/promises FileHandle). */
interface DurableHandle {
  write(buffer: Buffer, offset: number, length: number): Promise<{ bytesWritten: number }>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

/** The fs operations writeFileDurable needs; injected so tests can fail any step. */
export interface DurableFs {
  open(path: string, flags: string, mode?: number): Promise<DurableHandle>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  readFile(path: string): Promise<Buffer>;
  stat(path: string): Promise<{ isDirectory(): boolean; mode: number; size: number }>;
  /** Like stat, but describes a link itself instead of what it points to. */
  lstat(
    path: string,
  ): Promise<{ isDirectory(): boolean; isSymbolicLink(): boolean; isFile(): boolean }>;
  /** The canonical path, with every link resolved. */
  realpath(path: string): Promise<string>;
  chmod(path: string, mode: number): Promise<void>;
  readdir(path: string): Promise<string[]>;
  /** Creates one folder (never its parents: a vanished stick must not be re-created); EEXIST is fine. */
  mkdir(path: string): Promise<void>;
  /** Removes one empty folder (fails on a folder that holds anything). */
  rmdir(path: string): Promise<void>;
}

/** The real file system. */
export const nodeDurableFs: DurableFs = {
  open: (p, flags, mode) => fsp.open(p, flags, mode),
  rename: (a, b) => fsp.rename(a, b),
  unlink: (p) => fsp.unlink(p),
  readFile: (p) => fsp.readFile(p),
  stat: (p) => fsp.stat(p),
  lstat: (p) => fsp.lstat(p),
  realpath: (p) => fsp.realpath(p),
  chmod: (p, m) => fsp.chmod(p, m),
  readdir: (p) => fsp.readdir(p),
  rmdir: (p) => fsp.rmdir(p),
  mkdir: async (p) => {
    try {
      await fsp.mkdir(p);
    } catch (err) {
      if ((err as { code?: string }).code !== 'EEXIST') throw err;
    }
  },
};
