// The candidate as the public (and experts) see it leaves out whatever content security holds back; staff see all.
import { candidateRecord } from '../../../test-support/selection-records';
import { candidatePublic, nominationView } from './views';
import type { GuardedContext } from '../../../server/kit/guarded-function';

const now = new Date('2026-03-02T02:00:00Z');
const held = candidateRecord('c1', 'u1', now, {
  deeds: '事迹原文',
  honours: [{ title: '市技术能手', level: 'city', year: 2024 }],
  photoFileIds: ['cloud://ok.jpg', 'cloud://checking.jpg'],
  content: {
    texts: {
      deeds: { state: 'review', checkId: 'text_1', reason: null },
      honours: { state: 'refused', checkId: 'text_2', reason: '不实' },
    },
    images: { image_1: { fileId: 'cloud://checking.jpg', state: 'checking', reason: null } },
  },
});

it('shows the public no held text and no photo under check', () => {
  expect(candidatePublic(held, null)).toMatchObject({ deeds: '', honours: [], photoFileIds: ['cloud://ok.jpg'] });
});

it('shows staff the nomination as written, with its holds', () => {
  const ctx = { actor: { id: 'someone', name: '某人' } } as GuardedContext;
  expect(nominationView(held, ctx)).toMatchObject({
    deeds: '事迹原文',
    honours: held.honours,
    photoFileIds: held.photoFileIds,
    content: {
      texts: [
        { field: 'deeds', state: 'review', reason: null },
        { field: 'honours', state: 'refused', reason: '不实' },
      ],
      images: [{ fileId: 'cloud://checking.jpg', state: 'checking', reason: null }],
    },
  });
});
