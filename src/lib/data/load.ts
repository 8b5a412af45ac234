import type { z } from 'zod';

/** A /data/ file that could not be loaded or does not match its schema; names the file. */
export class DataLoadError extends Error {
  readonly file: string;
  constructor(file: string, problem: string) {
    super(`${file}: ${problem}`);
    this.name = 'DataLoadError';
    this.file = file;
  }
}

/** Fetches a published file from this origin's /data/ and parses its JSON (not yet checked). */
export async function fetchPublished(file: string, fetcher: typeof fetch = fetch): Promise<unknown> {
  const url = `${import.meta.env.BASE_URL}data/${file}`;
  let response: Response;
  try {
    response = await fetcher(url);
  } catch (error) {
    throw new DataLoadError(file, `could not be fetched (${(error as Error).message})`);
  }
  if (!response.ok) throw new DataLoadError(file, `server answered ${response.status}`);
  try {
    return (await response.json()) as unknown;
  } catch {
    throw new DataLoadError(file, 'is not valid JSON');
  }
}

/** Checks a published file's parsed JSON against its schema; a mismatch throws a DataLoadError naming it. */
export function parsePublished<T extends z.ZodType>(file: string, schema: T, raw: unknown): z.infer<T> {
  const result = schema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new DataLoadError(file, `does not match its schema (${issue.path.join('.')}: ${issue.message})`);
  }
  return result.data;
}
