// What the offline queue needs from the platform's own file area: a photo picked for a log made without network
// lives at a temporary path (WeChat's chooseMedia; a blob: URL in a browser) that does not survive a restart, so it
// is copied into the app's own files and waits there with its record until it is uploaded. WeChat gives a
// mini-program 200 MB of user files: the queue reads the sizes here to refuse a photo that would not fit.

export interface KeptFile {
  /** Durable local path (WeChat) or handle (browser) of the copy; stored in the queued record. */
  path: string;
  /** Its size in bytes. */
  size: number;
}

export interface UserFiles {
  /** Size in bytes of a picked file (a temporary path or blob: URL) or of a kept one. */
  sizeOf(source: string): Promise<number>;
  /** Copies a picked file into the app's own file area; the copy survives a restart of the app. */
  keep(source: string): Promise<KeptFile>;
  /** True when `path` is a copy this module made (an edited record's photos that are already kept). */
  isKept(path: string): boolean;
  /** A URL an `<Image>` shows and `files.uploadFile` reads, for a kept path (valid while the app runs). */
  localUrl(path: string): Promise<string>;
  /** Deletes a kept copy; nothing happens when it is already gone. */
  remove(path: string): Promise<void>;
  /** Every kept copy's path, to clear those no record points to any more. */
  list(): Promise<string[]>;
  /** Bytes the app's user files hold now (WeChat's 200 MB counts all of them). */
  usedBytes(): Promise<number>;
}
