// Browser: the file is downloaded (a Blob behind an <a download>), as any web page hands out a file.
import type { OpenCloudFile, SaveTextFile } from './save-file-types';

export const saveTextFile: SaveTextFile = async (fileName, text, mimeType) => {
  const url = URL.createObjectURL(new Blob([text], { type: `${mimeType};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // The download has taken the bytes once the click returns; keep the URL a moment for slower browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return { where: `已下载为文件“${fileName}”，在浏览器的下载文件夹里。` };
};

/** Browser: the workbook is downloaded straight from its temporary URL, under its own name. */
export const openCloudFile: OpenCloudFile = async (url, fileName) => {
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  return { where: `已下载为文件“${fileName}”，在浏览器的下载文件夹里，用 Excel 或 WPS 打开。` };
};
