// The app's own file area in WeChat (`wx.env.USER_DATA_PATH`). A photo picked for a log made without network is a
// temporary file that WeChat may delete once the mini-program closes, so it is copied to
// `${USER_DATA_PATH}/offline/<random>.<ext>`, a local path that `<Image>` shows and `wx.cloud.uploadFile` reads after
// a restart. The sizes come from the file system manager; WeChat's 200 MB limit counts every user file, so the
// total is taken over the whole user data directory, not only ours.
import Taro from '@tarojs/taro';
import { newId } from '@/shared/ids';
import type { KeptFile, UserFiles } from './user-files-types';

interface FsFailure {
  errMsg?: string;
}
interface FsCallbacks<R> {
  success: (result: R) => void;
  fail: (failure: FsFailure) => void;
}

/** The file system manager's callback style as a promise; a failure rejects with WeChat's errMsg. */
function fsCall<R>(run: (fs: Taro.FileSystemManager, callbacks: FsCallbacks<R>) => void): Promise<R> {
  return new Promise((resolve, reject) => {
    run(Taro.getFileSystemManager(), {
      success: resolve,
      fail: (failure) => reject(new Error(failure?.errMsg ?? 'file system call failed')),
    });
  });
}

const missing = (error: unknown) => /no such file|not exist/i.test(String((error as Error)?.message ?? error));

function userDataPath(): string {
  // WeChat always sets it; the fallback is its documented value, for a base library that leaves it out.
  return Taro.env.USER_DATA_PATH ?? 'wxfile://usr';
}

function offlineDir(): string {
  return `${userDataPath()}/offline`;
}

function extensionOf(source: string): string {
  const match = /\.(jpe?g|png|gif|webp|heic)$/i.exec(source.split('?')[0] ?? '');
  return match ? match[1]!.toLowerCase() : 'jpg';
}

async function ensureDir(): Promise<void> {
  try {
    await fsCall<unknown>((fs, callbacks) => fs.mkdir({ dirPath: offlineDir(), recursive: true, ...callbacks }));
  } catch (error) {
    if (!/exist/i.test(String((error as Error).message))) throw error;
  }
}

async function sizeOf(path: string): Promise<number> {
  const info = await fsCall<{ size: number }>((fs, callbacks) => fs.getFileInfo({ filePath: path, ...callbacks }));
  return info.size;
}

interface StatEntry {
  path?: string;
  stats: { size: number; isFile(): boolean };
}

export const userFiles: UserFiles = {
  sizeOf,

  async keep(source): Promise<KeptFile> {
    await ensureDir();
    const path = `${offlineDir()}/${newId()}.${extensionOf(source)}`;
    await fsCall<unknown>((fs, callbacks) => fs.copyFile({ srcPath: source, destPath: path, ...callbacks }));
    return { path, size: await sizeOf(path) };
  },

  isKept(path) {
    return path.startsWith(`${offlineDir()}/`);
  },

  localUrl(path) {
    return Promise.resolve(path);
  },

  async remove(path) {
    try {
      await fsCall<unknown>((fs, callbacks) => fs.unlink({ filePath: path, ...callbacks }));
    } catch (error) {
      if (!missing(error)) throw error;
    }
  },

  async list() {
    try {
      const { files } = await fsCall<{ files: string[] }>((fs, callbacks) =>
        fs.readdir({ dirPath: offlineDir(), ...callbacks }),
      );
      return files.map((name) => `${offlineDir()}/${name}`);
    } catch (error) {
      if (missing(error)) return [];
      throw error;
    }
  },

  async usedBytes() {
    const { stats } = await fsCall<{ stats: unknown }>((fs, callbacks) =>
      fs.stat({ path: userDataPath(), recursive: true, ...callbacks }),
    );
    // Newer base libraries answer an array of { path, stats }; older ones an object keyed by relative path.
    const entries: StatEntry['stats'][] = Array.isArray(stats)
      ? (stats as StatEntry[]).map((entry) => entry.stats)
      : Object.values(stats as Record<string, StatEntry['stats']>);
    return entries.reduce((sum, entry) => sum + (entry.isFile() ? entry.size : 0), 0);
  },
};
