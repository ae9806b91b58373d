import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Reads the mail the host writes as .eml files (Email:Folder; in the tests, the folder E2E_MAIL_DIR names). Only
 * what the tests need: the headers, and the text/plain part decoded from quoted-printable or base64.
 */
export interface Mail {
  readonly file: string;
  readonly to: string;
  readonly subject: string;
  readonly text: string;
}

/** The folder the host writes its mail into, from E2E_MAIL_DIR. */
export function mailFolder(): string | undefined {
  return process.env['E2E_MAIL_DIR'] || undefined;
}

/** The newest message addressed to `address` (case-insensitive), or null when there is none yet. */
export async function newestMailTo(folder: string, address: string): Promise<Mail | null> {
  let names: string[];
  try {
    names = (await readdir(folder)).filter((name) => name.endsWith('.eml'));
  } catch {
    return null;
  }
  const files = await Promise.all(
    names.map(async (name) => {
      const file = join(folder, name);
      return { file, modified: (await stat(file)).mtimeMs };
    }),
  );
  files.sort((a, b) => b.modified - a.modified || b.file.localeCompare(a.file));
  for (const { file } of files) {
    const mail = parseMail(file, await readFile(file, 'latin1'));
    if (mail.to.toLowerCase().includes(address.toLowerCase())) {
      return mail;
    }
  }
  return null;
}

/** The set-password link in a message's text: `http://…/account/set-password?tenant=…&email=…&token=…`. */
export function setPasswordLink(mail: Mail): URL {
  const match = /https?:\/\/\S+\/account\/set-password\?\S+/.exec(mail.text);
  if (!match) {
    throw new Error(`No set-password link in ${mail.file}`);
  }
  return new URL(match[0]);
}

export function parseMail(file: string, raw: string): Mail {
  const { headers, body } = splitEntity(raw);
  return {
    file,
    to: decodeHeader(headers.get('to') ?? ''),
    subject: decodeHeader(headers.get('subject') ?? ''),
    text: textPart(headers, body) ?? '',
  };
}

/** An entity's headers (names lower-cased, folded lines joined) and its body. */
function splitEntity(raw: string): { headers: Map<string, string>; body: string } {
  const end = raw.search(/\r?\n\r?\n/);
  const head = end < 0 ? raw : raw.slice(0, end);
  const body = end < 0 ? '' : raw.slice(end).replace(/^\r?\n\r?\n/, '');
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) {
      headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
    }
  }
  return { headers, body };
}

/** The first text/plain part, looking inside multipart entities. */
function textPart(headers: Map<string, string>, body: string): string | null {
  const type = headers.get('content-type') ?? 'text/plain';
  if (/^multipart\//i.test(type)) {
    const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
    if (!boundary) {
      return null;
    }
    for (const part of body.split(`--${boundary}`).slice(1)) {
      if (part.startsWith('--')) {
        break;
      }
      const entity = splitEntity(part.replace(/^\r?\n/, ''));
      const text = textPart(entity.headers, entity.body);
      if (text !== null) {
        return text;
      }
    }
    return null;
  }
  if (!/^text\/plain/i.test(type)) {
    return null;
  }
  return decodeBody(body, headers.get('content-transfer-encoding') ?? '');
}

function decodeBody(body: string, encoding: string): string {
  switch (encoding.toLowerCase()) {
    case 'quoted-printable':
      return Buffer.from(
        body
          .replace(/=\r?\n/g, '')
          .replace(/=([0-9A-Fa-f]{2})/g, (_, hex: string) =>
            String.fromCharCode(parseInt(hex, 16)),
          ),
        'latin1',
      ).toString('utf8');
    case 'base64':
      return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
    default:
      return Buffer.from(body, 'latin1').toString('utf8');
  }
}

/** Decodes RFC 2047 encoded words (=?utf-8?B?…?= / =?utf-8?Q?…?=) in a header. */
function decodeHeader(value: string): string {
  return value.replace(
    /=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g,
    (_, _charset: string, kind: string, text: string) =>
      kind.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64').toString('utf8')
        : decodeBody(text.replace(/_/g, ' '), 'quoted-printable'),
  );
}
