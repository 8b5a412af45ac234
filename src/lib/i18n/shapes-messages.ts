/** Interface text for polygon and line files and the official-boundary check, zh and en. */
import type { Lang } from '../data/atlas';

export const shapesMessages = {
  featureFormatsNote: {
    zh: '也可导入面和线：GeoJSON、压缩的 Shapefile（.zip，含 .shp/.dbf/.prj）、KML/KMZ。',
    en: 'Polygons and lines too: GeoJSON, zipped Shapefiles (.zip with .shp/.dbf/.prj), KML/KMZ.',
  },
  featureLayersHeading: { zh: '面和线图层（用户提供）', en: 'Polygon and line layers (user-supplied)' },
  featureCount: { zh: '{count} 个要素', en: '{count} features' },
  featureCountOne: { zh: '1 个要素', en: '1 feature' },
  featureSkipped: { zh: '已跳过 {count} 个无法读取的要素：', en: '{count} unreadable features skipped:' },
  featureProjection: { zh: '坐标系：{name}，已转换为 WGS-84。', en: 'Coordinates: {name}, converted to WGS-84.' },
  featureAssumedWgs84: {
    zh: '缺少 .prj 文件；坐标看起来是天津附近的经纬度，已按 WGS-84 读取。',
    en: 'No .prj file; the coordinates look like degrees near Tianjin and were read as WGS-84.',
  },
  featureOutside: {
    zh: '{count} 个要素完全在天津范围之外——请检查坐标系。',
    en: '{count} features lie entirely outside Tianjin — check the coordinate system.',
  },
  featureListLabel: { zh: '{name} 的要素', en: 'Features of {name}' },
  featureListMore: { zh: '另有 {count} 个要素，可在地图上点击查看。', en: '{count} more: click them on the map.' },
  featureName: { zh: '第 {n} 个要素', en: 'Feature {n}' },
  featurePartName: { zh: '第 {n} 个要素的第 {part} 部分', en: 'Feature {n}, part {part}' },
  featureProfile: { zh: '导入的要素（用户提供）', en: 'Imported feature (user-supplied)' },
  featureFrom: { zh: '来自文件 {file}', en: 'From the file {file}' },
  featureNote: {
    zh: '由使用者导入的数据，未经本图集核实；下列措施为按所在区推断的适用范围，并非政策原文点名。',
    en: 'Imported by a user and not checked by the atlas. The measures below follow from its districts, not from the policy naming it.',
  },
  closeFeature: { zh: '关闭要素概况', en: 'Close the feature profile' },
  lineLength: { zh: '长度', en: 'Length' },
  crossesDistricts: { zh: '经过的区', en: 'Districts crossed' },
  pointLocation: { zh: '位置', en: 'Location' },
  featureProperties: { zh: '属性', en: 'Properties' },
  boundaryHeading: { zh: '官方边界核对', en: 'Official boundary check' },
  boundaryIntro: {
    zh: '如果这是某个片区的官方边界，可将其与该片区的示意范围比较。',
    en: 'If this is the official boundary of a zone, compare it with the zone’s schematic extent.',
  },
  boundaryZone: { zh: '片区', en: 'Zone' },
  boundaryTake: { zh: '设为该片区的官方边界', en: 'Use as this zone’s official boundary' },
  boundariesHeading: { zh: '官方边界（用户提供）', en: 'Official boundaries (user-supplied)' },
  boundaryOf: { zh: '{zone} 的官方边界', en: 'Official boundary of {zone}' },
  boundarySchematicArea: { zh: '示意范围面积', en: 'Schematic extent' },
  boundaryOfficialArea: { zh: '用户提供边界面积', en: 'User-supplied boundary' },
  boundaryShared: { zh: '重叠面积', en: 'Shared area' },
  boundaryDifference: { zh: '面积差（用户边界 − 示意范围）', en: 'Difference (user-supplied − schematic)' },
  boundaryIou: { zh: '重叠度（交并比 IoU）', en: 'Overlap (IoU)' },
  boundarySource: { zh: '{file}，{date} 导入', en: '{file}, imported {date}' },
  boundaryShow: { zh: '在地图上查看 {zone}', en: 'Show {zone} on the map' },
  boundaryExport: { zh: '导出 GeoJSON', en: 'Export GeoJSON' },
  boundaryExportLabel: {
    zh: '导出 {zone} 的官方边界（GeoJSON）',
    en: 'Export the official boundary of {zone} (GeoJSON)',
  },
  boundaryRemove: { zh: '移除 {zone} 的官方边界', en: 'Remove the official boundary of {zone}' },
  boundaryKept: {
    zh: '边界只保存在本浏览器中，不会上传；也会出现在该片区的招商资料包中。',
    en: 'Kept in this browser only, never uploaded; it also appears in the zone’s site package.',
  },
  boundaryReplaced: { zh: '（替换之前的边界）', en: '(replaces the earlier one)' },
  boundaryUnreadable: {
    zh: '本浏览器中保存的官方边界无法读取，已忽略。',
    en: 'The official boundaries stored in this browser could not be read and were ignored.',
  },
  boundaryUnsaved: {
    zh: '浏览器拒绝保存官方边界（隐私模式或存储已满），关闭页面后将丢失。',
    en: 'The browser refused to store the official boundaries (private mode or storage full); they will be lost when the page closes.',
  },
  boundaryNotPolygon: { zh: '只有面要素可作为官方边界。', en: 'Only a polygon can be an official boundary.' },
  boundaryTooLarge: {
    zh: '该边界顶点过多（超过 5 万个），无法保存在浏览器中；请先在 GIS 软件中简化。',
    en: 'This boundary has too many corners (over 50,000) to keep in the browser; simplify it in a GIS first.',
  },
  packageUserBoundary: { zh: '用户提供的边界', en: 'User-supplied boundary' },
  packageUserBoundaryNote: {
    zh: '由本资料包的使用者导入（{file}，{date}），未经本图集核实。虚线为图集的示意范围，实线为用户提供的边界。',
    en: 'Imported by the user of this package ({file}, {date}) and not checked by the atlas. Dashed: the atlas’s schematic extent; solid: the user-supplied boundary.',
  },
  packageBoundaryMap: {
    zh: '{name}：示意范围与用户提供的边界',
    en: '{name}: schematic extent and user-supplied boundary',
  },
  problemBadZip: {
    zh: '压缩文件不完整或已损坏（{detail}）。',
    en: 'The zip file is incomplete or damaged ({detail}).',
  },
  problemZipWithoutShp: {
    zh: '压缩文件中没有 .shp 文件（包含：{entries}）。',
    en: 'The zip holds no .shp file (it holds: {entries}).',
  },
  problemShpWithoutDbf: {
    zh: '{part} 缺少同名的 .dbf 属性表；请把 .shp、.dbf、.prj（和 .cpg）一起压缩。',
    en: '{part} has no .dbf table of the same name; zip the .shp, .dbf, .prj (and .cpg) together.',
  },
  problemPrjMissing: {
    zh: '{part} 缺少 .prj 坐标系文件，且坐标（如 {sample}）不像天津附近的经纬度；请把 .prj 一起压缩。',
    en: '{part} has no .prj file and its coordinates (e.g. {sample}) do not look like degrees near Tianjin; include the .prj in the zip.',
  },
  problemPrjUnknown: {
    zh: '{part} 中的坐标系“{name}”无法识别；请在 GIS 软件中导出为 WGS-84 或 CGCS2000。',
    en: '{part} names a coordinate system that cannot be read (“{name}”); export the data as WGS-84 or CGCS2000.',
  },
  problemBadShapefile: { zh: '{part} 无法读取（{detail}）。', en: '{part} cannot be read ({detail}).' },
  problemBadKml: { zh: '{part} 不是有效的 KML（{detail}）。', en: '{part} is not valid KML ({detail}).' },
  problemKmzWithoutKml: {
    zh: 'KMZ 中没有 .kml 文件（包含：{entries}）。',
    en: 'The KMZ holds no .kml file (it holds: {entries}).',
  },
  problemBadRing: {
    zh: '{where}的面少于三个不同的顶点。',
    en: '{where} has a ring with fewer than three distinct corners.',
  },
  problemBadLine: { zh: '{where}的线少于两个点。', en: '{where} has a line with fewer than two positions.' },
  problemEmptyGeometry: { zh: '{where}的几何为空。', en: '{where} has an empty geometry.' },
  problemUnknownGeometry: {
    zh: '{where}的几何类型 {type} 不受支持。',
    en: '{where} has a geometry of type {type}, which is not supported.',
  },
  problemNoFeatures: { zh: '文件中没有要素。', en: 'The file holds no features.' },
  problemTooManyFeatures: {
    zh: '要素超过 {limit} 个，请分批导入。',
    en: 'More than {limit} features; import them in parts.',
  },
} as const satisfies Record<string, Record<Lang, string>>;
