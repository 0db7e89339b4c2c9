import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';

export type BoundedRead = { ok: true; text: string } | { ok: false; reason: string };

/** What a path is, in the words of `ls -l`'s first column, for a report line. */
export function kindOf(stat: Stats): string {
  if (stat.isFIFO()) return 'FIFO';
  if (stat.isSocket()) return 'socket';
  if (stat.isCharacterDevice()) return 'character device';
  if (stat.isBlockDevice()) return 'block device';
  if (stat.isDirectory()) return 'folder';
  if (stat.isSymbolicLink()) return 'symlink';
  return 'unknown kind';
}

const nf = new Intl.NumberFormat('en-US');

/** "65 MB", "50.0 MB", "100 bytes": exact sizes stay exact, so a cap reads as set. */
export function formatSize(bytes: number): string {
  if (bytes < 2 ** 20) return `${nf.format(bytes)} bytes`;
  const megabytes = bytes / 2 ** 20;
  return `${Number.isInteger(megabytes) ? megabytes : megabytes.toFixed(1)} MB`;
}

/**
 * Reads a regular file as UTF-8, never holding more than `maxBytes` + 1 bytes of it.
 * Opened with O_NONBLOCK so that a FIFO swapped in after the folder walk cannot block the open,
 * then judged by fstat on the open descriptor (no race with the path). The size from fstat only
 * refuses early: /proc files say 0 and a file being written grows, so the read itself stops one
 * byte past the cap.
 */
export function readRegularFile(file: string, maxBytes: number): BoundedRead {
  const fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { ok: false, reason: `not a regular file (${kindOf(stat)})` };
    const cap = formatSize(maxBytes);
    if (stat.size > maxBytes) {
      return { ok: false, reason: `${formatSize(stat.size)}, over the ${cap} cap` };
    }
    // One byte past the cap tells "over" from "exactly at".
    const limit = maxBytes + 1;
    let buffer = Buffer.allocUnsafe(Math.min(limit, Math.max(stat.size + 1, 64 * 1024)));
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (length >= limit) {
          return {
            ok: false,
            reason:
              `read past the ${cap} cap, though its size said ${formatSize(stat.size)} ` +
              '(growing, or not what it says)',
          };
        }
        const bigger = Buffer.allocUnsafe(Math.min(limit, buffer.length * 2));
        buffer.copy(bigger, 0, 0, length);
        buffer = bigger;
      }
      const read = readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
    }
    return { ok: true, text: buffer.toString('utf8', 0, length) };
  } finally {
    closeSync(fd);
  }
}
