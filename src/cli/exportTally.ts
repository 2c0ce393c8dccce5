/** The formats of the export route. */
export type ExportFormat = 'csv' | 'ndjson';

const QUOTE = 0x22;
const LF = 0x0a;
/** How much of the end of the body is kept to read the failures written there. */
const TAIL_BYTES = 64 * 1024;
const CSV_TRAILER = '#meterql-export-error: ';

/**
 * Counts the rows of an export body as it streams by (without holding it) and reads the failures the
 * route writes at its end: the CSV trailer record `#meterql-export-error: ...`, NDJSON's final
 * `{"error": {...}}` objects. CSV records end with a line break outside quotes (a quoted cell may
 * hold line breaks); bytes are scanned as they are, as UTF-8 never puts a quote or a line feed
 * inside a multi-byte character.
 */
export class ExportTally {
  /** Data rows so far (the CSV header and the failures are not rows). */
  rows = 0;
  bytes = 0;
  private lines = 0;
  private quoted = false;
  private tail: Buffer = Buffer.alloc(0);
  private read: string[] | null = null;

  constructor(private readonly format: ExportFormat) {}

  add(chunk: Buffer): void {
    this.bytes += chunk.length;
    if (this.format === 'ndjson' || chunk.indexOf(QUOTE) === -1) {
      if (!this.quoted) {
        for (let i = chunk.indexOf(LF); i !== -1; i = chunk.indexOf(LF, i + 1)) this.lines++;
      } else this.scan(chunk);
    } else this.scan(chunk);
    this.tail = Buffer.concat([this.tail, chunk]);
    if (this.tail.length > 2 * TAIL_BYTES) this.tail = this.tail.subarray(this.tail.length - TAIL_BYTES);
    this.rows = Math.max(0, this.format === 'csv' ? this.lines - 1 : this.lines);
  }

  private scan(chunk: Buffer): void {
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk[i];
      if (c === QUOTE) this.quoted = !this.quoted;
      else if (c === LF && !this.quoted) this.lines++;
    }
  }

  /** Reads the failures at the end of the body; call once it has ended (or was cut). */
  end(): void {
    const text = this.tail.toString('utf8');
    const failures: string[] = [];
    if (this.format === 'ndjson') {
      const lines = text.split('\n').filter((l) => l !== '');
      for (let i = lines.length - 1; i >= 0 && (lines[i] as string).startsWith('{"error":'); i--) {
        try {
          const { error } = JSON.parse(lines[i] as string) as { error: Record<string, unknown> };
          failures.unshift(`${String(error.source)} (${String(error.code)}): ${String(error.message)}`);
        } catch {
          failures.unshift(lines[i] as string);
        }
      }
    } else {
      const at = text.lastIndexOf(CSV_TRAILER);
      if (at !== -1 && (text[at - 1] === '\n' || (text[at - 1] === '"' && text[at - 2] === '\n') || at === 0)) {
        const quoted = text[at - 1] === '"';
        let message = text.slice(at + CSV_TRAILER.length).replace(/\r?\n$/, '');
        if (quoted) message = message.replace(/"$/, '').replace(/""/g, '"');
        failures.push(message);
      }
    }
    this.rows = Math.max(0, this.rows - failures.length);
    this.read = failures;
  }

  /** The failures the body ended with (after {@link end}). */
  failures(): readonly string[] {
    return this.read ?? [];
  }
}
