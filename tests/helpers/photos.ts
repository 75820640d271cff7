/** Photos for tests, made by sharp: an SVG scene, and a phone photo as a phone saves it. */
import sharp, { type OverlayOptions } from 'sharp';

/** A scene of circles on a gradient, as SVG: something a photo size can be checked against. */
export function scene(width: number, height: number, hue: number): Buffer {
  const circle = (i: number) => {
    const [x, y, r] = [(i + 1) * (width / 7), height * (0.4 + (i % 3) * 0.15), width / 12];
    return `<circle cx="${x}" cy="${y}" r="${r}" fill="hsl(${(hue + i * 50) % 360} 60% 50%)"/>`;
  };
  const stop = (offset: number, color: string) => `<stop offset="${offset}" stop-color="${color}"/>`;
  return Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">` +
      `<defs><linearGradient id="g" x2="0" y2="1">` +
      `${stop(0, `hsl(${hue} 70% 80%)`)}${stop(1, `hsl(${hue + 30} 50% 35%)`)}</linearGradient></defs>` +
      `<rect width="100%" height="100%" fill="url(#g)"/>` +
      `${Array.from({ length: 6 }, (_, i) => circle(i)).join('')}</svg>`,
  );
}

/**
 * A phone photo: upright it is 3000 × 4000 with a red top-left corner; it is stored turned a
 * quarter to the left with EXIF orientation 6, as a phone held upright saves it. `grain` adds
 * sensor noise, which makes the JPEG the several megabytes a real one is.
 */
export async function phonePhoto(file: string, { grain = false } = {}) {
  const layers: OverlayOptions[] = [
    { input: { create: { width: 600, height: 600, channels: 3, background: '#ff0000' } }, left: 0, top: 0 },
  ];
  if (grain)
    layers.unshift({
      input: await sharp({
        create: {
          width: 3000,
          height: 4000,
          channels: 4,
          background: '#00000000',
          noise: { type: 'gaussian', mean: 128, sigma: 40 },
        },
      })
        .ensureAlpha(0.25)
        .png()
        .toBuffer(),
      blend: 'overlay',
    });
  const upright = await sharp(scene(3000, 4000, 200))
    .composite(layers)
    .png()
    .toBuffer();
  await sharp(upright).rotate(-90).jpeg({ quality: 90 }).withMetadata({ orientation: 6 }).toFile(file);
}
