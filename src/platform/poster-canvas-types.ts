// Drawing a picture to hand on (the candidate poster): a canvas of a given size, images loaded onto it, and the
// finished picture shared or saved the way each platform allows.
import type { PosterContext, PosterImage } from '@/features/selection/public/poster-layout';

export interface PictureCanvas {
  context: PosterContext;
  /** An image from a URL (https, a data: URL, or a local path in WeChat), ready to draw. */
  loadImage(src: string): Promise<PosterImage>;
  /** The drawn picture as a PNG an <Image> shows and `sharePicture`/`savePicture` take (a data: URL or a file path). */
  finish(fileName: string): Promise<string>;
}

export type CreatePictureCanvas = (width: number, height: number) => PictureCanvas;

export interface PictureOutlet {
  /** Opens WeChat's menu to send the picture to a chat or save it (no album permission needed); absent in a browser. */
  share?: (picture: string) => Promise<void>;
  /** Saves the picture: to the phone's album in WeChat, as a download in a browser. Answers where it went (null: the user
   * changed their mind). */
  save: (picture: string, fileName: string) => Promise<string | null>;
}
