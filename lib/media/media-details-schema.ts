import { z } from "zod";

const text = (max: number) =>
  z.preprocess(
    (value) => (value === undefined || value === null ? "" : value),
    z
      .string()
      .max(max, `Use at most ${max} characters`)
      .transform((value) => value.trim()),
  );

// What an editor writes about an image. Alt text may be empty at upload, but an image without it
// cannot be used in an article (checked when the article is saved).
export const mediaDetailsSchema = z.object({
  alt: text(300),
  caption: text(500).transform((value) => value || null),
  credit: text(200).transform((value) => value || null),
});

export type MediaDetails = z.output<typeof mediaDetailsSchema>;
