import { describe, expect, it } from "vitest";
import { sniffImageType } from "./sniff-image-type";

const bytes = (...parts: (string | number[])[]) =>
  Uint8Array.from(
    parts.flatMap((part) =>
      typeof part === "string" ? [...part].map((c) => c.charCodeAt(0)) : part,
    ),
  );
const box = (size: number) => [0, 0, 0, size];

describe("image type sniffing", () => {
  it.each([
    ["JPEG", bytes([0xff, 0xd8, 0xff, 0xe0], "JFIF"), "image/jpeg"],
    ["PNG", bytes([0x89], "PNG", [0x0d, 0x0a, 0x1a, 0x0a], "IHDR"), "image/png"],
    ["GIF87a", bytes("GIF87a", [1, 0]), "image/gif"],
    ["GIF89a", bytes("GIF89a", [1, 0]), "image/gif"],
    ["WebP", bytes("RIFF", [0, 0, 0, 0], "WEBPVP8 "), "image/webp"],
    ["AVIF", bytes(box(28), "ftypavif", [0, 0, 0, 0], "avifmif1miaf"), "image/avif"],
    [
      "AVIF named as a compatible brand",
      bytes(box(24), "ftypmif1", [0, 0, 0, 0], "mif1avif"),
      "image/avif",
    ],
  ])("recognises %s from its first bytes", (_name, file, type) => {
    expect(sniffImageType(file)).toBe(type);
  });

  it.each([
    ["an HTML page renamed photo.jpg", bytes("<!DOCTYPE html><html><script>alert(1)</script>")],
    ["an SVG image", bytes('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>')],
    ["an SVG with an XML declaration", bytes('<?xml version="1.0"?><svg/>')],
    ["a PDF", bytes("%PDF-1.7")],
    ["a HEIC photo", bytes(box(24), "ftypheic", [0, 0, 0, 0], "mif1heic")],
    ["a RIFF file that is not WebP", bytes("RIFF", [0, 0, 0, 0], "WAVEfmt ")],
    ["an empty file", bytes()],
    ["a truncated JPEG marker", bytes([0xff, 0xd8])],
  ])("refuses %s", (_name, file) => {
    expect(sniffImageType(file)).toBeNull();
  });
});
