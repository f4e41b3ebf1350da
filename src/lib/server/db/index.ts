// The application's single database instance (style.md: one module-level instance, never per request).
import { env } from '$env/dynamic/private';
import { openDatabase } from './client';

export const DEFAULT_DATABASE_PATH = 'data/mek.sqlite';

const handle = openDatabase(env.DATABASE_PATH || DEFAULT_DATABASE_PATH);

export const db = handle.db;
export const sqlite = handle.sqlite;
export type { Db } from './client';
