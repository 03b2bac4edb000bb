// The candidate poster, drawn on a 2D canvas: A4 portrait at 150 dpi (1240×1754 px), so it prints sharp on paper
// and reads on a phone. What goes where is written here once; the platform seam (src/platform/poster-canvas) only
// provides the canvas, loads the images and hands the picture on. Both a WeChat 2D canvas and a browser's canvas
// take these calls.

/** A4 at 150 dpi: the size the poster is drawn at (and the journey checks). */
export const POSTER_WIDTH = 1240;
export const POSTER_HEIGHT = 1754;

/** An image a canvas can draw: a browser's HTMLImageElement or a WeChat canvas image. */
export interface PosterImage {
  width: number;
  height: number;
}

/** The part of a 2D context the poster uses (a browser's CanvasRenderingContext2D and WeChat's both have it). */
export interface PosterContext {
  fillStyle: string | CanvasGradient | CanvasPattern;
  strokeStyle: string | CanvasGradient | CanvasPattern;
  lineWidth: number;
  font: string;
  textAlign: CanvasTextAlign;
  textBaseline: CanvasTextBaseline;
  fillRect(x: number, y: number, width: number, height: number): void;
  fillText(text: string, x: number, y: number): void;
  measureText(text: string): { width: number };
  beginPath(): void;
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  stroke(): void;
  drawImage(
    image: never,
    sx: number,
    sy: number,
    sw: number,
    sh: number,
    dx: number,
    dy: number,
    dw: number,
    dh: number,
  ): void;
}

export interface PosterContent {
  campaignTitle: string;
  orgName: string;
  name: string;
  /** The 编号 as the public reads it (`007`), or null before one is given. */
  number: string | null;
  enterprise: string;
  /** The trade, and the category where the campaign has more than one. */
  detail: string;
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const MARGIN = 120;
const INNER = POSTER_WIDTH - 2 * MARGIN;

/** Where each part sits (px on the poster). The code's box is exported so a test can read the code off the image. */
export const POSTER_LAYOUT = {
  band: { x: 0, y: 0, width: POSTER_WIDTH, height: 300 },
  photo: { x: MARGIN, y: 350, width: INNER, height: 700 },
  name: { y: 1170 },
  enterprise: { y: 1250 },
  detail: { y: 1310 },
  rule: { y: 1370 },
  code: { x: MARGIN, y: 1410, width: 300, height: 300 },
} satisfies Record<string, Box | { y: number }>;

const BRAND_RED = '#c8102e';
const INK = '#1f1f1f';
const GREY = '#595959';
/** Fonts every phone has; the browser falls back to its CJK font. */
const FAMILY = '"PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif';
const font = (px: number, bold = false) => `${bold ? 'bold ' : ''}${px}px ${FAMILY}`;

/**
 * `text` broken into lines no wider than `maxWidth`, at most `maxLines` of them; a text that does not fit ends its
 * last line with "…". Chinese breaks between any two characters, so the break is by character.
 */
export function wrapLines(
  text: string,
  maxWidth: number,
  measure: (text: string) => number,
  maxLines: number,
): string[] {
  const lines: string[] = [];
  let line = '';
  const characters = Array.from(text.trim());
  for (let i = 0; i < characters.length; i++) {
    const next = line + characters[i];
    if (measure(next) <= maxWidth || line === '') {
      line = next;
      continue;
    }
    if (lines.length === maxLines - 1) {
      // The last line allowed: end it with an ellipsis that fits.
      let cut = line;
      while (cut.length > 0 && measure(`${cut}…`) > maxWidth) cut = cut.slice(0, -1);
      lines.push(`${cut}…`);
      return lines;
    }
    lines.push(line);
    line = characters[i]!;
  }
  if (line) lines.push(line);
  return lines;
}

/** The part of an image that fills `box` without distortion (centred, cropping what sticks out: "aspect fill"). */
export function coverCrop(image: PosterImage, box: { width: number; height: number }): Box {
  const scale = Math.max(box.width / image.width, box.height / image.height);
  const width = box.width / scale;
  const height = box.height / scale;
  return { x: (image.width - width) / 2, y: (image.height - height) / 2, width, height };
}

function drawImageInto(ctx: PosterContext, image: PosterImage, box: Box, crop: Box): void {
  ctx.drawImage(image as never, crop.x, crop.y, crop.width, crop.height, box.x, box.y, box.width, box.height);
}

function text(ctx: PosterContext, value: string, x: number, y: number, px: number, colour: string, bold = false) {
  ctx.font = font(px, bold);
  ctx.fillStyle = colour;
  ctx.fillText(value, x, y);
}

/** Draws the whole poster. `photo` is the candidate's first photo (null: their initial on a tinted panel). */
export function drawPoster(
  ctx: PosterContext,
  content: PosterContent,
  images: { photo: PosterImage | null; code: PosterImage },
): void {
  const { band, photo, code } = POSTER_LAYOUT;
  ctx.textBaseline = 'alphabetic';
  ctx.textAlign = 'left';
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, POSTER_WIDTH, POSTER_HEIGHT);

  // The band: who runs it, and the campaign (up to two lines).
  ctx.fillStyle = BRAND_RED;
  ctx.fillRect(band.x, band.y, band.width, band.height);
  text(ctx, content.orgName, MARGIN, 96, 40, '#ffe7ea');
  ctx.font = font(64, true);
  const title = wrapLines(content.campaignTitle, INNER, (value) => ctx.measureText(value).width, 2);
  title.forEach((line, i) => text(ctx, line, MARGIN, (title.length === 1 ? 210 : 180) + i * 84, 64, '#ffffff', true));

  // The photo, or the name's first character where there is none.
  if (images.photo) {
    drawImageInto(ctx, images.photo, photo, coverCrop(images.photo, photo));
  } else {
    ctx.fillStyle = '#f7e3e6';
    ctx.fillRect(photo.x, photo.y, photo.width, photo.height);
    ctx.textAlign = 'center';
    text(
      ctx,
      Array.from(content.name)[0] ?? '',
      photo.x + photo.width / 2,
      photo.y + photo.height / 2 + 110,
      320,
      BRAND_RED,
      true,
    );
    ctx.textAlign = 'left';
  }
  if (content.number) {
    const label = `${content.number}号`;
    ctx.font = font(56, true);
    const width = ctx.measureText(label).width + 64;
    ctx.fillStyle = BRAND_RED;
    ctx.fillRect(photo.x, photo.y, width, 96);
    text(ctx, label, photo.x + 32, photo.y + 68, 56, '#ffffff', true);
  }

  // Who they are.
  ctx.textAlign = 'center';
  const middle = POSTER_WIDTH / 2;
  ctx.font = font(96, true);
  const [name = ''] = wrapLines(content.name, INNER, (value) => ctx.measureText(value).width, 1);
  text(ctx, name, middle, POSTER_LAYOUT.name.y, 96, INK, true);
  ctx.font = font(48);
  const [enterprise = ''] = wrapLines(content.enterprise, INNER, (value) => ctx.measureText(value).width, 1);
  text(ctx, enterprise, middle, POSTER_LAYOUT.enterprise.y, 48, INK);
  ctx.font = font(40);
  const [detail = ''] = wrapLines(content.detail, INNER, (value) => ctx.measureText(value).width, 1);
  text(ctx, detail, middle, POSTER_LAYOUT.detail.y, 40, GREY);
  ctx.textAlign = 'left';

  ctx.strokeStyle = '#e5e5e5';
  ctx.lineWidth = 3;
  ctx.beginPath();
  ctx.moveTo(MARGIN, POSTER_LAYOUT.rule.y);
  ctx.lineTo(POSTER_WIDTH - MARGIN, POSTER_LAYOUT.rule.y);
  ctx.stroke();

  // The code and what it opens. Nothing here promises anything for scanning or voting (a WeChat rule).
  drawImageInto(ctx, images.code, code, { x: 0, y: 0, width: images.code.width, height: images.code.height });
  const textX = code.x + code.width + 60;
  const textWidth = POSTER_WIDTH - MARGIN - textX;
  text(ctx, '微信扫码或长按识别', textX, code.y + 110, 48, INK, true);
  text(ctx, '查看候选人事迹', textX, code.y + 180, 44, GREY);
  ctx.font = font(34);
  const [org = ''] = wrapLines(content.orgName, textWidth, (value) => ctx.measureText(value).width, 1);
  text(ctx, org, textX, code.y + 260, 34, GREY);
}
