// What the platform's file storage does for the app: store a picked file, and turn file IDs into URLs to show.

export interface UploadedFile {
  /** `cloud://…`: what the app hands to functions and stores. */
  fileID: string;
  /** A temporary URL to show the file at once. */
  url: string;
}

export interface FileClient {
  /** Uploads a local file (a path from chooseMedia, or a blob: URL in H5) to `cloudPath`. */
  uploadFile(filePath: string, cloudPath: string): Promise<UploadedFile>;
  /** Temporary URLs for stored files, by file ID (missing files are left out). */
  fileUrls(fileIDs: string[]): Promise<Record<string, string>>;
}
