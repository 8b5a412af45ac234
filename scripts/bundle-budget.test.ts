import { describe, expect, it } from 'vitest';
import { criticalChunks, findSecrets, privateEnvValues, type Manifest } from './bundle-budget';

describe('bundle budget', () => {
  const manifest: Manifest = {
    'index.html': { file: 'assets/index.js', isEntry: true, imports: ['_schemas.js'], dynamicImports: ['deck.ts'] },
    '_schemas.js': { file: 'assets/schemas.js', imports: ['_esm.js'] },
    '_esm.js': { file: 'assets/esm.js' },
    'deck.ts': { file: 'assets/deck.js', imports: ['_luma.js'] },
    '_luma.js': { file: 'assets/luma.js' },
  };

  it('counts the entry and its static imports, not the lazy chunks', () => {
    expect(criticalChunks(manifest).sort()).toEqual(['_esm.js', '_schemas.js', 'index.html']);
  });

  it('finds credential-looking strings and private .env values, and nothing in ordinary code', () => {
    expect(findSecrets('const k = "AKIAABCDEFGHIJKLMNOP";')).toEqual(['AWS access key']);
    expect(findSecrets('-----BEGIN RSA PRIVATE KEY-----\nabc')).toEqual(['private key']);
    expect(findSecrets('fetch(url + "hunter2-secret-value")', ['hunter2-secret-value'])).toEqual([
      'a private .env value',
    ]);
    expect(findSecrets('const skip = "sk-short"; function AKIAx() {}')).toEqual([]);
  });

  it('reads only the values that are not meant for the browser from .env', () => {
    expect(privateEnvValues('# c\nVITE_TIANDITU_KEY=abc\nDEPLOY_TOKEN="s3cr3t-token"\nEMPTY=\n')).toEqual([
      's3cr3t-token',
    ]);
  });
});
