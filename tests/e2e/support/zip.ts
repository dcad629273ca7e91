/**
 * Reads the packages that the build writes (dist/whosaid-*.zip), to check what users would get.
 * Just enough of the ZIP format: the central directory, stored and deflated entries.
 */
import { readFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

export interface ZipArchive {
  names: string[];
  read(name: string): Buffer;
}

export function openZip(path: string): ZipArchive {
  const zip = readFileSync(path);
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== END_OF_DIRECTORY) end--;
  if (end < 0) throw new Error(`${path}: not a ZIP file`);
  const entries = new Map<string, { method: number; size: number; localHeader: number }>();
  let at = zip.readUInt32LE(end + 16);
  for (let i = zip.readUInt16LE(end + 10); i > 0; i--) {
    if (zip.readUInt32LE(at) !== DIRECTORY_ENTRY) throw new Error(`${path}: corrupt central directory`);
    const nameLength = zip.readUInt16LE(at + 28);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    entries.set(name, { method: zip.readUInt16LE(at + 10), size: zip.readUInt32LE(at + 20), localHeader: zip.readUInt32LE(at + 42) });
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return {
    names: [...entries.keys()],
    read(name) {
      const entry = entries.get(name);
      if (!entry || zip.readUInt32LE(entry.localHeader) !== LOCAL_HEADER) throw new Error(`${path}: no entry ${name}`);
      const start = entry.localHeader + 30 + zip.readUInt16LE(entry.localHeader + 26) + zip.readUInt16LE(entry.localHeader + 28);
      const data = zip.subarray(start, start + entry.size);
      if (entry.method === STORED) return data;
      if (entry.method === DEFLATED) return inflateRawSync(data);
      throw new Error(`${path}: ${name} uses unsupported compression method ${entry.method}`);
    },
  };
}
