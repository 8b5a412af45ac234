/**
 * Label fonts. A style without `glyphs` (MapLibre ≥ 5.11) draws every label locally with the CSS
 * fonts named in `text-font`: MapLibre joins the names with commas into a CSS font-family list and
 * appends `sans-serif`. These are the app's own CJK fonts (app.css), so Chinese renders wherever the
 * page does; WenQuanYi Micro Hei is the one on the Debian test machine.
 */
export const LOCAL_LABEL_FONT = ['Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', 'WenQuanYi Micro Hei'];

/** The font stack of an online style with a glyph server, when it names none we can reuse. */
export const REMOTE_FALLBACK_FONT = ['Noto Sans Regular'];
