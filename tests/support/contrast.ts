/**
 * WCAG 2 text contrast, computed the way a reader sees it: the text colour (with its alpha) over the
 * effective background, which is the stack of ancestor backgrounds blended down to the first opaque one.
 *
 * Everything lives inside `contrastKit` so that an e2e test can ship the very same code into the page
 * (`(${contrastKit.toString()})()`): the function must therefore reference nothing outside itself.
 */
export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

export interface ContrastProblem {
  text: string;
  path: string;
  color: string;
  background: string;
  ratio: number;
  required: number;
  fontSize: number;
}

export function contrastKit() {
  /** Parses the `rgb()`/`rgba()` forms getComputedStyle returns (comma or space separated), and `transparent`. */
  function parseColor(value: string): Rgba | null {
    const text = value.trim().toLowerCase();
    if (text === 'transparent') return { r: 0, g: 0, b: 0, a: 0 };
    const match = /^rgba?\(([^)]+)\)$/u.exec(text);
    if (!match) return null;
    const parts = match[1]
      .split(/[\s,/]+/u)
      .filter((part) => part !== '')
      .map((part) => (part.endsWith('%') ? (Number(part.slice(0, -1)) / 100) * 255 : Number(part)));
    if (parts.length < 3 || parts.some((part) => Number.isNaN(part))) return null;
    const alphaText = match[1].split(/[\s,/]+/u).filter((part) => part !== '')[3];
    const a = alphaText === undefined ? 1 : alphaText.endsWith('%') ? Number(alphaText.slice(0, -1)) / 100 : parts[3];
    return { r: parts[0], g: parts[1], b: parts[2], a };
  }

  /** `top` painted over an opaque `bottom`. */
  function blend(top: Rgba, bottom: Rgba): Rgba {
    const a = top.a;
    return {
      r: top.r * a + bottom.r * (1 - a),
      g: top.g * a + bottom.g * (1 - a),
      b: top.b * a + bottom.b * (1 - a),
      a: 1,
    };
  }

  /** Blends a stack of backgrounds, nearest first, onto `base` (used when no layer is opaque). */
  function flatten(layers: readonly Rgba[], base: Rgba): Rgba {
    let result = base;
    for (let index = layers.length - 1; index >= 0; index -= 1) result = blend(layers[index], result);
    return result;
  }

  function channel(value: number): number {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }

  function luminance(color: Rgba): number {
    return 0.2126 * channel(color.r) + 0.7152 * channel(color.g) + 0.0722 * channel(color.b);
  }

  /** The WCAG contrast ratio of two opaque colours, 1–21. */
  function contrastRatio(a: Rgba, b: Rgba): number {
    const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (light + 0.05) / (dark + 0.05);
  }

  /** WCAG AA: 3:1 for large text (≥ 24 px, or ≥ 18.66 px bold), 4.5:1 otherwise. */
  function requiredRatio(fontSizePx: number, fontWeight: number): number {
    return fontSizePx >= 24 || (fontSizePx >= 18.66 && fontWeight >= 700) ? 3 : 4.5;
  }

  function describe(color: Rgba): string {
    return `rgb(${Math.round(color.r)} ${Math.round(color.g)} ${Math.round(color.b)})`;
  }

  /**
   * Browser only: every visible text node under `root` whose contrast is below AA. Text inside a map
   * (canvas, not DOM), hidden or visually-hidden elements, disabled controls (WCAG 1.4.3 exempts inactive
   * components) and text over a background image are skipped: their background is not known from the DOM.
   */
  function auditDocument(root: Element, skip: string): ContrastProblem[] {
    const problems: ContrastProblem[] = [];
    const seen = new Set<Element>();
    const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const pageBackground: Rgba = { r: 255, g: 255, b: 255, a: 1 };
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      if (!element || seen.has(element) || (node.textContent ?? '').trim() === '') continue;
      seen.add(element);
      if (skip && element.closest(skip)) continue;
      if (element.closest('option, script, style, noscript, [disabled], [aria-disabled="true"]')) continue;
      if (!element.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
      const rect = element.getBoundingClientRect();
      if (rect.width <= 1 || rect.height <= 1) continue;
      const style = getComputedStyle(element);
      if (style.clip !== 'auto' && style.position === 'absolute') continue;
      const color = parseColor(style.color);
      if (!color) continue;
      // Backgrounds from the element up to the first opaque one; opacity on the way multiplies in.
      const layers: Rgba[] = [];
      let opacity = 1;
      let unknown = false;
      let opaque: Rgba | null = null;
      for (let current: Element | null = element; current; current = current.parentElement) {
        const currentStyle = getComputedStyle(current);
        opacity *= Number(currentStyle.opacity);
        if (currentStyle.backgroundImage !== 'none' && !currentStyle.backgroundImage.startsWith('linear-gradient')) {
          unknown = true;
          break;
        }
        const background = parseColor(currentStyle.backgroundColor);
        if (!background || background.a === 0) continue;
        if (background.a >= 1) {
          opaque = background;
          break;
        }
        layers.push(background);
      }
      if (unknown) continue;
      const background = flatten(layers, opaque ?? pageBackground);
      const text = blend({ ...color, a: color.a * opacity }, background);
      const ratio = contrastRatio(text, background);
      const fontSize = Number.parseFloat(style.fontSize);
      const required = requiredRatio(fontSize, Number(style.fontWeight));
      if (ratio + 0.005 < required) {
        const path: string[] = [];
        for (let current: Element | null = element; current && path.length < 4; current = current.parentElement) {
          path.unshift(
            current.tagName.toLowerCase() + (current.classList.length ? `.${[...current.classList].join('.')}` : ''),
          );
        }
        problems.push({
          text: (node.textContent ?? '').trim().slice(0, 40),
          path: path.join(' > '),
          color: describe(text),
          background: describe(background),
          ratio: Math.round(ratio * 100) / 100,
          required,
          fontSize,
        });
      }
    }
    return problems;
  }

  return { parseColor, blend, flatten, luminance, contrastRatio, requiredRatio, auditDocument };
}
