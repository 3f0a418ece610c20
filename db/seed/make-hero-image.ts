import sharp from "sharp";

export type Random = () => number;

// A deterministic PRNG (mulberry32), so the demo newsroom is the same on every machine.
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PALETTES: Record<string, [string, string, string]> = {
  news: ["#0f3d5e", "#1f7a8c", "#f2c14e"],
  politics: ["#3d1f5e", "#8c1f4a", "#f2a14e"],
  crime: ["#1e1e24", "#5e2a2a", "#e0e0e0"],
  business: ["#0f5e3d", "#2a8c5e", "#f2e14e"],
  counties: ["#5e3d0f", "#a8702a", "#9bd17a"],
  africa: ["#7a2e0f", "#d1692a", "#f7d08a"],
  world: ["#0f2a5e", "#3d6fb0", "#a8e0f2"],
  sports: ["#0f5e5a", "#16a085", "#f2f2f2"],
};

// An abstract, made-up "photo" for a demo story: a gradient sky, hills and shapes in the
// section's colours. Nothing is downloaded.
export async function makeHeroImage(random: Random, category: string): Promise<Buffer> {
  const [dark, mid, light] = PALETTES[category] ?? PALETTES.news!;
  const width = 1600;
  const height = 900;
  const shapes: string[] = [];
  for (let i = 0; i < 7; i++) {
    const cx = Math.round(random() * width);
    const cy = Math.round(random() * height * 0.7);
    const r = Math.round(60 + random() * 260);
    const opacity = (0.08 + random() * 0.25).toFixed(2);
    shapes.push(`<circle cx="${cx}" cy="${cy}" r="${r}" fill="${light}" opacity="${opacity}"/>`);
  }
  for (let layer = 0; layer < 3; layer++) {
    const base = height * (0.55 + layer * 0.13);
    let d = `M0 ${height} L0 ${Math.round(base)}`;
    for (let x = 0; x <= width; x += 100) {
      d += ` L${x} ${Math.round(base - random() * 140)}`;
    }
    d += ` L${width} ${height} Z`;
    const fill = layer === 2 ? dark : mid;
    shapes.push(`<path d="${d}" fill="${fill}" opacity="${(0.55 + layer * 0.2).toFixed(2)}"/>`);
  }
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
<defs><linearGradient id="sky" x1="0" y1="0" x2="0.3" y2="1">
<stop offset="0" stop-color="${mid}"/><stop offset="1" stop-color="${dark}"/></linearGradient></defs>
<rect width="${width}" height="${height}" fill="url(#sky)"/>${shapes.join("")}</svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}
