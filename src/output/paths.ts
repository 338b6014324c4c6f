/**
 * An article id as a file name that cannot leave the output folder: no separators, no leading dots, no control
 * characters, and at most 200 UTF-8 bytes (file systems allow 255 bytes a name; 200 characters of CJK text are 600).
 */
export function safeFileName(id: string): string {
  const s = id.normalize('NFC').replace(/[^\p{L}\p{N}._-]+/gu, '_').replace(/^\.+/u, '_');
  let out = '';
  let bytes = 0;
  for (const ch of s) {
    bytes += Buffer.byteLength(ch, 'utf8');
    if (bytes > 200) break;
    out += ch;
  }
  return out || '_';
}
