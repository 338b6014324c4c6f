/** An article id as a file name that cannot leave the output folder: no separators, no leading dots, no control characters. */
export function safeFileName(id: string): string {
  const s = id.normalize('NFC').replace(/[^\p{L}\p{N}._-]+/gu, '_').replace(/^\.+/u, '_').slice(0, 200);
  return s || '_';
}
