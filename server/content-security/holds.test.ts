// The holds an owner stores: what the public is shown, and what a rewrite keeps.
import { holdsView, nextHolds, shownImages, shownText, type StoredHolds } from './holds';

const stored: StoredHolds = {
  texts: { deeds: { state: 'review', checkId: 'text_1', reason: null } },
  images: {
    image_a: { fileId: 'cloud://a.jpg', state: 'checking', reason: null },
    image_b: { fileId: 'cloud://b.jpg', state: 'refused', reason: '未通过' },
  },
};

describe('what the public is shown', () => {
  it('leaves out a held or refused text, and images under check or refused', () => {
    expect(shownText(stored, 'deeds', '事迹', '')).toBe('');
    expect(shownText(stored, 'honours', ['荣誉'], [])).toEqual(['荣誉']);
    expect(shownText({ texts: { deeds: { state: 'refused', checkId: 't', reason: 'x' } } }, 'deeds', 'a', '')).toBe(
      '',
    );
    expect(shownImages(stored, ['cloud://a.jpg', 'cloud://b.jpg', 'cloud://c.jpg'])).toEqual(['cloud://c.jpg']);
    expect(shownImages(undefined, ['cloud://c.jpg'])).toEqual(['cloud://c.jpg']);
  });

  it('shows the author and staff every hold, without check ids', () => {
    expect(holdsView(stored)).toEqual({
      texts: [{ field: 'deeds', state: 'review', reason: null }],
      images: [
        { fileId: 'cloud://a.jpg', state: 'checking', reason: null },
        { fileId: 'cloud://b.jpg', state: 'refused', reason: '未通过' },
      ],
    });
    expect(holdsView(undefined)).toEqual({ texts: [], images: [] });
  });
});

describe('a rewrite of the content', () => {
  it('keeps the hold of an unchanged text and of a kept image under check; takes the new ones', () => {
    const next = nextHolds(stored, {
      unchangedTexts: ['deeds'],
      newTextHolds: { honours: { state: 'review', checkId: 'text_2', reason: null } },
      keptImages: ['cloud://a.jpg'],
      newImageHolds: { image_c: { fileId: 'cloud://c.jpg', state: 'checking', reason: null } },
    });
    expect(next).toEqual({
      texts: { deeds: stored.texts!.deeds, honours: { state: 'review', checkId: 'text_2', reason: null } },
      images: {
        image_a: stored.images!.image_a,
        image_c: { fileId: 'cloud://c.jpg', state: 'checking', reason: null },
      },
    });
  });

  it('drops the hold of a changed text, a removed image and a refusal already acted on', () => {
    expect(
      nextHolds(stored, { unchangedTexts: [], newTextHolds: {}, keptImages: ['cloud://b.jpg'], newImageHolds: {} }),
    ).toEqual({ texts: {}, images: {} });
  });
});
