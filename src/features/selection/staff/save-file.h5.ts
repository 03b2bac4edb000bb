// Browser: the file is downloaded (a Blob behind an <a download>), as any web page hands out a file.
import type { SaveTextFile } from './save-file-types';

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
