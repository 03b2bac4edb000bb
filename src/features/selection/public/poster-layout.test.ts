import {
  coverCrop,
  drawPoster,
  POSTER_HEIGHT,
  POSTER_LAYOUT,
  POSTER_WIDTH,
  wrapLines,
  type PosterContext,
} from './poster-layout';

/** Each character 10 px wide: lines are easy to reason about. */
const measure = (text: string) => Array.from(text).length * 10;

describe('wrapLines', () => {
  it('keeps a text that fits on one line', () => {
    expect(wrapLines('2026年度示范市工匠', 200, measure, 2)).toEqual(['2026年度示范市工匠']);
  });

  it('breaks between characters at the width', () => {
    expect(wrapLines('一二三四五六七', 30, measure, 3)).toEqual(['一二三', '四五六', '七']);
  });

  it('ends the last allowed line with an ellipsis that fits', () => {
    const lines = wrapLines('一二三四五六七八九', 40, measure, 2);
    expect(lines).toEqual(['一二三四', '五六七…']);
    for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(40);
  });

  it('puts at least one character on a line narrower than it', () => {
    expect(wrapLines('工匠', 5, measure, 2)).toEqual(['工', '匠']);
  });
});

describe('coverCrop', () => {
  it('crops the sides of a wide photo, centred', () => {
    expect(coverCrop({ width: 2000, height: 700 }, { width: 1000, height: 700 })).toEqual({
      x: 500,
      y: 0,
      width: 1000,
      height: 700,
    });
  });

  it('crops top and bottom of a tall photo and scales it up to fill', () => {
    const crop = coverCrop({ width: 240, height: 480 }, { width: 1000, height: 700 });
    expect(crop.width).toBeCloseTo(240);
    expect(crop.height).toBeCloseTo(168);
    expect(crop.y).toBeCloseTo(156);
  });
});

function recordingContext() {
  const texts: string[] = [];
  const images: Array<{ image: unknown; dx: number; dy: number; dw: number; dh: number }> = [];
  const ctx: PosterContext = {
    fillStyle: '',
    strokeStyle: '',
    lineWidth: 1,
    font: '',
    textAlign: 'left',
    textBaseline: 'alphabetic',
    fillRect: () => undefined,
    fillText: (text) => texts.push(text),
    measureText: (text) => ({ width: measure(text) * 4 }),
    beginPath: () => undefined,
    moveTo: () => undefined,
    lineTo: () => undefined,
    stroke: () => undefined,
    drawImage: (image: never, _sx, _sy, _sw, _sh, dx, dy, dw, dh) => images.push({ image, dx, dy, dw, dh }),
  };
  return { ctx, texts, images };
}

const content = {
  campaignTitle: '2026年度示范市工匠',
  orgName: '示范市总工会',
  name: '周建国',
  number: '007',
  enterprise: '示范市供电公司',
  detail: '电力检修',
};

describe('drawPoster', () => {
  it('draws the photo, the code in its box, and the name, 编号 and campaign', () => {
    const { ctx, texts, images } = recordingContext();
    const photo = { width: 800, height: 600 };
    const code = { width: 430, height: 430 };
    drawPoster(ctx, content, { photo, code });
    expect(images.map((entry) => entry.image)).toEqual([photo, code]);
    expect(images[1]).toMatchObject({
      dx: POSTER_LAYOUT.code.x,
      dy: POSTER_LAYOUT.code.y,
      dw: POSTER_LAYOUT.code.width,
      dh: POSTER_LAYOUT.code.height,
    });
    expect(texts).toEqual(expect.arrayContaining(['周建国', '007号', '2026年度示范市工匠', '示范市供电公司']));
    // Nothing on it promises anything for scanning (a WeChat rule against inducement).
    expect(texts.join('')).not.toMatch(/投票|抽奖|奖品/);
  });

  it('shows the initial where there is no photo, and no 编号 before one is given', () => {
    const { ctx, texts, images } = recordingContext();
    drawPoster(ctx, { ...content, number: null }, { photo: null, code: { width: 430, height: 430 } });
    expect(images).toHaveLength(1);
    expect(texts).toContain('周');
    expect(texts.some((text) => text.endsWith('号'))).toBe(false);
  });

  it('keeps every part inside A4 at 150 dpi', () => {
    expect([POSTER_WIDTH, POSTER_HEIGHT]).toEqual([1240, 1754]);
    const { code, photo } = POSTER_LAYOUT;
    expect(code.y + code.height).toBeLessThanOrEqual(POSTER_HEIGHT);
    expect(photo.x + photo.width).toBeLessThanOrEqual(POSTER_WIDTH);
  });
});
