import { describe, expect, it } from 'vitest';
import { definitionOf, type CheckedKind } from '../../src/content/check';
import type { Field } from '../../src/content/fields';
import { imagesIn, uploadsIn } from '../../src/content/images';
import { eventFields } from '../../src/content/model';

/** Data naming a file in every field of the model, sub-fields and one item of each list included. */
function everyField(fields: Record<string, Field>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(fields).map(([k, f]) => [
      k,
      f.fields ? (f.widget === 'list' ? [everyField(f.fields)] : everyField(f.fields)) : `/uploads/${k}.jpg`,
    ]),
  );
}

/** Where the model puts pictures in an entry of `kind`. */
const picturePaths = (kind: CheckedKind) => {
  const { fields } = definitionOf(kind);
  return imagesIn(fields, everyField(fields)).map((i) => i.path);
};

describe('imagesIn', () => {
  it("finds an activity's picture fields from the model: the cover, the platform's QR code, each photo's image", () => {
    expect(imagesIn(eventFields, everyField(eventFields)).map((i) => i.path)).toEqual([
      'cover',
      'platform.qr',
      'photos[0].image',
    ]);
  });

  it('finds each collection’s pictures (definitionOf(kind).fields)', () => {
    expect(picturePaths('events')).toEqual(['cover', 'platform.qr', 'photos[0].image']);
    expect(picturePaths('stories')).toEqual(['cover', 'portrait']);
    expect(picturePaths('articles')).toEqual(['cover']);
    expect(picturePaths('teams')).toEqual(['logo']);
    expect(picturePaths('pages')).toEqual([]);
    expect(picturePaths('site')).toEqual(['wechatQr']);
  });

  it('gives each picture with the field and label the build names it by', () => {
    const data = {
      title: '义诊',
      cover: '/uploads/cover.jpg',
      audio: '/uploads/luyin.mp3',
      photos: [
        { image: '/uploads/a.jpg', alt: '量血压' },
        { image: '/uploads/b.jpg', alt: '测血糖', caption: '现场' },
      ],
    };
    expect(imagesIn(eventFields, data)).toEqual([
      { field: 'cover', label: '封面图', path: 'cover', src: '/uploads/cover.jpg', widget: 'image' },
      { field: 'photos', label: '活动照片', path: 'photos[0].image', src: '/uploads/a.jpg', widget: 'image' },
      { field: 'photos', label: '活动照片', path: 'photos[1].image', src: '/uploads/b.jpg', widget: 'image' },
    ]);
  });

  it('leaves out recordings; uploadsIn counts them too', () => {
    const data = { cover: '/uploads/cover.jpg', audio: '/uploads/luyin.mp3' };
    expect(imagesIn(eventFields, data).map((u) => u.src)).toEqual(['/uploads/cover.jpg']);
    expect(uploadsIn(eventFields, data)).toContainEqual({
      field: 'audio',
      label: '录音',
      path: 'audio',
      src: '/uploads/luyin.mp3',
      widget: 'file',
    });
  });

  it('skips empty and misshapen values', () => {
    expect(imagesIn(eventFields, { cover: '', photos: [null, { image: '  ' }, 'x'] })).toEqual([]);
    expect(imagesIn(eventFields, { photos: { image: '/uploads/a.jpg' } })).toEqual([]);
    expect(imagesIn(eventFields, undefined)).toEqual([]);
  });
});
