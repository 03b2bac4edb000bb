// Saving a file the workbench made (the exported vote log) where staff can take it: a download in the browser; in
// WeChat a file in the mini-program's own storage, sent on to a chat with wx.shareFileMessage.

export interface SavedFile {
  /** Where the file went, in a sentence. */
  where: string;
  /** Sends the file to a WeChat chat (WeChat only; must run from a tap). */
  share?: () => Promise<void>;
}

export type SaveTextFile = (fileName: string, text: string, mimeType: string) => Promise<SavedFile>;

/**
 * Takes a file the cloud made (an Excel workbook behind a temporary URL) to where staff can use it: a download in
 * the browser; in WeChat the file fetched and opened, with the menu to forward or save it.
 */
export type OpenCloudFile = (url: string, fileName: string) => Promise<SavedFile>;
