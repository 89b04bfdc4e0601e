/**
 * The connection's type, in a file of its own: every part of main/db takes a connection, and the
 * file that opens one (connection.ts) uses most of them, so they cannot all import it from there.
 */
import type Database from 'better-sqlite3';

export type DB = Database.Database;
