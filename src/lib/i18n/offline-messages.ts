/** Interface text for offline use (service worker, update notice), zh and en. */
import type { Lang } from '../data/atlas';

export const offlineMessages = {
  offlineStatus: { zh: '离线使用', en: 'Offline use' },
  offlineReady: { zh: '可离线使用', en: 'Works offline' },
  offlineNow: { zh: '离线 · 使用已保存的副本', en: 'Offline · using the saved copy' },
  offlineUnsaved: {
    zh: '离线 · 尚未保存离线副本，部分内容可能无法打开',
    en: 'Offline · not saved for offline use yet; some parts may not open',
  },
  offlineAsOf: { zh: '数据截至 {date}', en: 'data as of {date}' },
  offlineUpdatePending: { zh: '新版本可用，重新加载后生效', en: 'a new version is available after a reload' },
  updateAvailable: { zh: '新版本可用', en: 'A new version is available' },
  updateReload: { zh: '重新加载', en: 'Reload' },
  updateLater: { zh: '稍后', en: 'Later' },
} as const satisfies Record<string, Record<Lang, string>>;
