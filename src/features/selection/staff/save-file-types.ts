// Saving a file the workbench made (the exported vote log) where staff can take it: a download in the browser; in
// WeChat a file in the mini-program's own storage, sent on to a chat with wx.shareFileMessage.

export interface SavedFile {
  /** Where the file went, in a sentence. */
  where: string;
  /** Sends the file to a WeChat chat (WeChat only; must run from a tap). */
  share?: () => Promise<void>;
}

export type SaveTextFile = (fileName: string, text: string, mimeType: string) => Promise<SavedFile>;
