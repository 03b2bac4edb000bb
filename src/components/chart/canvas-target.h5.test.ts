/**
 * @jest-environment jsdom
 */
// The browser's canvas for F2. Taro's <taro-canvas-core> renders its <canvas> some frames after React has put it in
// the page, sizes it to its CSS pixels on that render, and renders once more in the next frame because that sizing
// changed its own props: every one of those renders wipes the canvas. What is checked is that the chart's canvas is
// handed over only after all that (sized to the device's pixels), not found missing or wiped afterwards. jsdom has no
// canvas: its context and the box's size are stood in for.
import { canvasTarget } from './canvas-target.h5';

const context = {} as CanvasRenderingContext2D;
const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** An empty <taro-canvas-core id> as React leaves it, 320×200 CSS pixels, before Taro has rendered it. */
function taroHost(id: string): HTMLElement {
  const host = document.createElement('taro-canvas-core');
  host.id = id;
  jest.spyOn(host, 'getBoundingClientRect').mockReturnValue({ width: 320, height: 200 } as DOMRect);
  document.body.append(host);
  return host;
}

/**
 * What Taro's first render does, in an animation frame: the <canvas>, sized to its CSS pixels, which sets the host's
 * own width and height; and so its second render, in the next frame, which sizes (and wipes) the canvas again.
 */
function renderLikeTaro(host: HTMLElement): Promise<HTMLCanvasElement> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      const canvas = document.createElement('canvas');
      host.append(canvas);
      canvas.width = 320;
      canvas.height = 200;
      host.setAttribute('width', '320px');
      host.setAttribute('height', '200px');
      requestAnimationFrame(() => {
        canvas.width = 320;
        canvas.height = 200;
      });
      resolve(canvas);
    });
  });
}

describe('canvasTarget (H5)', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
    jest.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(context as never);
    Object.defineProperty(window, 'devicePixelRatio', { value: 2, configurable: true });
  });
  afterEach(() => jest.restoreAllMocks());

  it('waits for Taro to render the canvas, then sizes it to the device pixels after Taro is done sizing it', async () => {
    const host = taroHost('c-late');
    const found = canvasTarget('c-late');
    // A busy page: Taro renders the canvas a couple of frames after the chart first looks for it.
    await frame();
    await frame();
    const canvas = await renderLikeTaro(host);
    await expect(found).resolves.toEqual({ context, width: 320, height: 200, pixelRatio: 2 });
    // Taro's second render has come and gone: what F2 draws on keeps the device-pixel size.
    await frame();
    await frame();
    expect([canvas.width, canvas.height]).toEqual([640, 400]);
  });

  it('waits out the render Taro still owes when it has only just sized the canvas', async () => {
    const host = taroHost('c-just');
    const canvas = await renderLikeTaro(host);
    await expect(canvasTarget('c-just')).resolves.toEqual({ context, width: 320, height: 200, pixelRatio: 2 });
    await frame();
    await frame();
    expect([canvas.width, canvas.height]).toEqual([640, 400]);
  });

  it('hands the same canvas over again at once (a redraw at a new size), without wiping the chart on it', async () => {
    const host = taroHost('c-again');
    const canvas = await renderLikeTaro(host);
    await canvasTarget('c-again');
    const widthSet = jest.spyOn(canvas, 'width', 'set');
    const again = await Promise.race([canvasTarget('c-again'), frame().then(() => 'a frame later')]);
    expect(again).toEqual({ context, width: 320, height: 200, pixelRatio: 2 });
    expect(widthSet).not.toHaveBeenCalled();
  });

  it('gives up on a canvas whose element leaves the page before Taro renders it', async () => {
    const host = taroHost('c-gone');
    const found = canvasTarget('c-gone');
    await frame();
    host.remove();
    await expect(found).resolves.toBeNull();
  });

  it('finds nothing where there is no element with the id', async () => {
    await expect(canvasTarget('c-missing')).resolves.toBeNull();
  });
});
