// The fixed-ratio crops made once at upload for structured data (Google picks among 16:9, 4:3
// and 1:1 for Top stories and Discover), as `{hash}-c16x9.jpg` and so on, 1200 pixels wide or as
// wide as the original allows (never enlarged).
export const CROPS = [
  { ratio: "16x9", w: 16, h: 9 },
  { ratio: "4x3", w: 4, h: 3 },
  { ratio: "1x1", w: 1, h: 1 },
] as const;
export type CropRatioName = (typeof CROPS)[number]["ratio"];

export const CROP_WIDTH = 1200;

export type CropRendition = { ratio: CropRatioName; url: string; width: number; height: number };

export function cropFileName(hash: string, ratio: CropRatioName): string {
  return `${hash}-c${ratio}.jpg`;
}

// URLs and pixel sizes of an image's crops, worked out from its dimensions alone, so pages can
// state them without opening the files.
export function cropRenditions(image: {
  hash: string;
  width: number;
  height: number;
}): CropRendition[] {
  return CROPS.map(({ ratio, w, h }) => {
    const width = Math.max(
      1,
      Math.min(CROP_WIDTH, image.width, Math.floor((image.height * w) / h)),
    );
    return {
      ratio,
      url: `/media/${cropFileName(image.hash, ratio)}`,
      width,
      height: Math.max(1, Math.round((width * h) / w)),
    };
  });
}
