// In-memory stand-ins for the offline queue's platform seams (storage, the app's file area), for unit tests of the
// queue and of forms that queue: they count bytes as the platform seams do, can be made to fail a write, and can be
// slowed down so a test sees two operations overlap.
import { utf8Bytes, type OfflineStore } from '@/platform/offline-store-types';
import type { KeptFile, UserFiles } from '@/platform/user-files-types';

export class MemoryStore implements OfflineStore {
  readonly data = new Map<string, string>();
  /** When set, the next writes throw as a full platform storage does. */
  failWrites = false;

  read(key: string): string | null {
    return this.data.get(key) ?? null;
  }
  write(key: string, value: string): void {
    if (this.failWrites) throw new Error('setStorageSync:fail exceed storage max size 10MB');
    this.data.set(key, value);
  }
  remove(key: string): void {
    this.data.delete(key);
  }
  keys(prefix: string): string[] {
    return [...this.data.keys()].filter((key) => key.startsWith(prefix));
  }
  usedBytes(): number {
    let bytes = 0;
    for (const [key, value] of this.data) bytes += utf8Bytes(key) + utf8Bytes(value);
    return bytes;
  }
}

const KEPT = 'kept://offline/';

export class MemoryFiles implements UserFiles {
  /** Picked files at temporary paths, by path, with their sizes. */
  readonly temporary = new Map<string, number>();
  /** Kept copies, by kept path, with their sizes. */
  readonly kept = new Map<string, number>();
  /** Bytes of other user files (the platform's 200 MB counts them too). */
  otherBytes = 0;
  /** Milliseconds each call waits, so concurrent callers interleave. */
  delayMs = 0;
  /** Every keep, by source, in order. */
  readonly keeps: string[] = [];
  private next = 0;

  /** A picked photo of `size` bytes at a temporary path. */
  pick(size: number): string {
    this.next += 1;
    const path = `tmp://picked/${this.next}.jpg`;
    this.temporary.set(path, size);
    return path;
  }

  private async pause(): Promise<void> {
    if (this.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, this.delayMs));
  }

  async sizeOf(source: string): Promise<number> {
    await this.pause();
    const size = this.kept.get(source) ?? this.temporary.get(source);
    if (size === undefined) throw new Error(`no file ${source}`);
    return size;
  }
  async keep(source: string): Promise<KeptFile> {
    await this.pause();
    const size = this.kept.get(source) ?? this.temporary.get(source);
    if (size === undefined) throw new Error(`no file ${source}`);
    this.next += 1;
    const path = `${KEPT}${this.next}.jpg`;
    this.kept.set(path, size);
    this.keeps.push(source);
    return { path, size };
  }
  isKept(path: string): boolean {
    return path.startsWith(KEPT);
  }
  async localUrl(path: string): Promise<string> {
    if (this.isKept(path) && !this.kept.has(path)) throw new Error(`no kept file ${path}`);
    return `blob:${path}`;
  }
  async remove(path: string): Promise<void> {
    await this.pause();
    this.kept.delete(path);
  }
  async list(): Promise<string[]> {
    return [...this.kept.keys()];
  }
  async usedBytes(): Promise<number> {
    await this.pause();
    return this.otherBytes + [...this.kept.values()].reduce((sum, size) => sum + size, 0);
  }
}
