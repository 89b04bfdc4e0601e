/**
 * A list kept on this device across reloads: localStorage, not IndexedDB, because it is written
 * synchronously, so what a key press made is stored before the handler returns and a reload a
 * moment later cannot lose it; Chromium (and Electron) keep it across restarts for the page's origin
 * (scheme, host and port: the browser host must come back on the same port). Read afresh each time,
 * so two windows of one origin see each other's changes.
 *
 * When storage refuses (full, disabled) the copy in memory holds the truth until a write succeeds
 * again: never a reason to drop what it holds.
 */
export interface DurableList<T> {
  read(): T[];
  write(items: T[]): void;
}

export function durableList<T>(key: string, storage: Storage | null = defaultStorage()): DurableList<T> {
  let memory: T[] = [];
  let trusted = storage !== null;
  return {
    read() {
      if (!trusted || !storage) return memory;
      try {
        const stored = storage.getItem(key);
        return stored ? (JSON.parse(stored) as T[]) : [];
      } catch {
        trusted = false;
        return memory;
      }
    },
    write(items) {
      memory = items;
      try {
        if (items.length === 0) storage?.removeItem(key);
        else storage?.setItem(key, JSON.stringify(items));
        trusted = storage !== null;
      } catch {
        trusted = false;
      }
    },
  };
}

function defaultStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null; // storage disabled (a sandboxed page): memory only
  }
}
