// The lite edition's whole stylesheet, inlined in every page (no request, nothing to cache):
// system fonts, one column that fits a 240 px feature phone, readable with images off.
// Kept well under the 5 KB budget (e2e/lite.spec.ts measures it).
export const LITE_STYLES = `
html{-webkit-text-size-adjust:100%}
body{margin:0 auto;max-width:40em;padding:0 .75em;font:1.0625em/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1a1a1a;background:#fff;overflow-wrap:break-word}
a{color:#0b5394}
header,footer{padding:.5em 0;font-size:.9em}
header{border-bottom:3px solid #b3001b}
header a{font-weight:700;text-decoration:none;color:#b3001b}
footer{margin-top:2em;border-top:1px solid #ccc;color:#555}
h1,h2,h3{line-height:1.2;font-family:Georgia,"Times New Roman",serif}
h1{font-size:1.6em;margin:.4em 0}
h2{font-size:1.2em;margin:1.4em 0 .4em;border-bottom:1px solid #ccc}
.k{margin:.75em 0 0;font-size:.8em;font-weight:700;text-transform:uppercase}
.s{font-size:1.1em;color:#444;margin:.2em 0 .6em}
.m{font-size:.85em;color:#555;margin:.1em 0}
ul.l{list-style:none;padding:0;margin:0}
ul.l li{padding:.45em 0;border-bottom:1px solid #eee}
ul.l small{display:block;color:#555}
blockquote{margin:1em 0;padding-left:.8em;border-left:3px solid #ccc}
img{max-width:100%;height:auto}
figure{margin:1em 0}
button{font:inherit;padding:.2em .5em}
`
  .trim()
  .replace(/\n/g, "");
