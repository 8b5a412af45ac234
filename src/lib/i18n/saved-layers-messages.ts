/** Interface text for imported layers kept in this browser (IndexedDB), zh and en. */
import type { Lang } from '../data/atlas';

export const savedLayersMessages = {
  savedHeading: { zh: '保存在此浏览器中', en: 'Saved in this browser' },
  savedNote: {
    zh: '导入的文件及其设置只保存在此浏览器（IndexedDB）中，从不离开本机；重新打开页面时自动恢复。',
    en: 'Imported files and their settings are kept in this browser only (IndexedDB) and never leave this machine; they come back when the page is opened again.',
  },
  savedNone: { zh: '尚未保存任何图层。', en: 'No layers saved yet.' },
  savedList: { zh: '已保存的图层', en: 'Saved layers' },
  savedMeta: { zh: '{date} 保存 · {size}', en: 'saved {date} · {size}' },
  savedDelete: { zh: '从此浏览器删除 {name}', en: 'Delete {name} from this browser' },
  savedRestoring: { zh: '正在恢复 {file}（{index}/{total}）…', en: 'Restoring {file} ({index} of {total})…' },
  savedRestoreProgress: { zh: '恢复进度', en: 'Restore progress' },
  savedRestoreFailed: { zh: '无法恢复：{reason}', en: 'Could not be restored: {reason}' },
  savedUnavailable: {
    zh: '此浏览器不保存导入的图层（隐私模式或存储已禁用）；关闭页面后它们将丢失。',
    en: 'This browser does not keep imported layers (private mode or storage disabled); they will be lost when the page closes.',
  },
  savedOtherVersion: {
    zh: '此浏览器中的存储由另一版本的本地图写入，无法读取；导入的图层不会保存。',
    en: 'The storage in this browser was written by another version of the atlas and cannot be read; imported layers will not be kept.',
  },
  savedFull: {
    zh: '未保存 {file}：浏览器存储已满（已用 {used} MB，共 {quota} MB）。',
    en: '{file} not saved: browser storage full ({used} MB used of {quota} MB).',
  },
  savedFullUnknown: { zh: '未保存 {file}：浏览器存储已满。', en: '{file} not saved: browser storage full.' },
  savedFailed: { zh: '未保存 {file}：{detail}', en: '{file} not saved: {detail}' },
  savedDropped: {
    zh: '{count} 个已保存的图层无法读取，已从此浏览器删除：',
    en: '{count} saved layer(s) could not be read and were deleted from this browser:',
  },
  savedDroppedUnnamed: { zh: '未命名的记录', en: 'an unnamed record' },
  droppedDamaged: { zh: '{name}：记录已损坏', en: '{name}: the record is damaged' },
  droppedOtherVersion: { zh: '{name}：由另一版本的本地图保存', en: '{name}: saved by another version of the atlas' },
  droppedFileMissing: { zh: '{name}：文件数据缺失', en: '{name}: its file data is missing' },
} as const satisfies Record<string, Record<Lang, string>>;
