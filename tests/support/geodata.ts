/** The data of record in geodata/, read as text by file name (Node-only; for tests). */
export { readGeodataFiles } from '../../scripts/geodata-io';
