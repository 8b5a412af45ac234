/**
 * Interface text of the tools and pages that load on demand: the panels (panel-messages.ts), the analysis
 * tools (imports, layers, shapes, streaming, saved layers), the handouts and print, and the gazetteer's names. Those modules take `t` from
 * here; it knows every message, so the first map render carries only the core words (messages.ts).
 */
import type { Lang } from '../data/atlas';
import { analysisMessages } from './analysis-messages';
import { gazetteerMessages } from './gazetteer-messages';
import { handoutMessages } from './handout-messages';
import { importFileMessages } from './import-file-messages';
import { fill, messages } from './messages';
import { panelMessages } from './panel-messages';
import { printMessages } from './print-messages';
import { savedLayersMessages } from './saved-layers-messages';
import { shapesMessages } from './shapes-messages';
import { streamMessages } from './stream-messages';

const toolMessages = {
  ...messages,
  ...panelMessages,
  ...analysisMessages,
  ...importFileMessages,
  ...printMessages,
  ...savedLayersMessages,
  ...handoutMessages,
  ...shapesMessages,
  ...gazetteerMessages,
  ...streamMessages,
} as const satisfies Record<string, Record<Lang, string>>;

export type ToolMessageKey = keyof typeof toolMessages;

/** The message in the language, with its placeholders filled in (messages.ts `t`, with every message). */
export function t(lang: Lang, key: ToolMessageKey, values: Record<string, string | number> = {}): string {
  return fill(toolMessages[key][lang], values);
}
