/**
 * Reads one file out of a .zip archive, enough to check the manifest that a store
 * package really contains (the packages are built separately from the unpacked
 * folders, so checking the folders alone would not prove what ships). Handles the
 * stored and deflated entries that zip tools write; no zip64, no encryption.
 */
import { inflateRawSync } from 'node:zlib';

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

/** The bytes of `name` in `archive`, or null when the archive has no such entry. */
export function readZipEntry(archive: Buffer, name: string): Buffer | null {
  // The end record is 22 bytes plus a comment of at most 65,535 bytes.
  let end = -1;
  for (let i = archive.length - 22; i >= Math.max(0, archive.length - 22 - 0xffff); i--) {
    if (archive.readUInt32LE(i) === END_OF_DIRECTORY) { end = i; break; }
  }
  if (end < 0) throw new Error('not a zip archive: no end-of-directory record');
  const count = archive.readUInt16LE(end + 10);
  let entry = archive.readUInt32LE(end + 16);
  for (let n = 0; n < count; n++) {
    if (archive.readUInt32LE(entry) !== DIRECTORY_ENTRY) throw new Error('corrupt zip directory');
    const method = archive.readUInt16LE(entry + 10);
    const compressedSize = archive.readUInt32LE(entry + 20);
    const nameLength = archive.readUInt16LE(entry + 28);
    const extraLength = archive.readUInt16LE(entry + 30);
    const commentLength = archive.readUInt16LE(entry + 32);
    const localHeader = archive.readUInt32LE(entry + 42);
    if (archive.toString('utf8', entry + 46, entry + 46 + nameLength) === name) {
      if (archive.readUInt32LE(localHeader) !== LOCAL_HEADER) throw new Error('corrupt zip entry');
      const dataStart = localHeader + 30 + archive.readUInt16LE(localHeader + 26) + archive.readUInt16LE(localHeader + 28);
      const data = archive.subarray(dataStart, dataStart + compressedSize);
      if (method === STORED) return data;
      if (method === DEFLATED) return inflateRawSync(data);
      throw new Error(`unsupported zip compression method ${method}`);
    }
    entry += 46 + nameLength + extraLength + commentLength;
  }
  return null;
}
