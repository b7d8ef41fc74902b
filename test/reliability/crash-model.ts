import type Database from 'better-sqlite3';

/** One line of the child's log. */
export interface LogEntry {
  t: 'intent' | 'ack' | 'error';
  op: number;
  kind?: string;
  id?: number;
  partnerId?: number;
  contactIds?: number[];
  message?: string;
}

interface PartnerRow {
  id: number;
  name: string;
  notes: string;
}
interface ContactRow {
  id: number;
  partnerId: number;
  name: string;
  role: string;
}

/** What the workbook holds, read straight from SQLite. */
export class Snapshot {
  readonly partners = new Map<number, PartnerRow>();
  readonly contacts = new Map<number, ContactRow>();
  readonly partnerByName = new Map<string, PartnerRow>();
  readonly contactByName = new Map<string, ContactRow>();
  readonly programName: string;

  constructor(sqlite: Database.Database) {
    for (const row of sqlite
      .prepare('SELECT id, name, notes FROM partners')
      .all() as PartnerRow[]) {
      this.partners.set(row.id, row);
      this.partnerByName.set(row.name, row);
    }
    const contacts = sqlite
      .prepare('SELECT id, partner_id AS partnerId, name, role FROM partner_contacts')
      .all() as ContactRow[];
    for (const row of contacts) {
      this.contacts.set(row.id, row);
      this.contactByName.set(row.name, row);
    }
    const settings = sqlite.prepare('SELECT program_name AS p FROM workbook_settings').get() as {
      p: string;
    };
    this.programName = settings.p;
  }
}

export interface Discrepancies {
  /** Acknowledged (or committed) effects the file does not show. */
  missing: string[];
  /** Rows the file holds that no edit made. */
  phantoms: string[];
  /** Multi-row edits present only in part. */
  halfApplied: string[];
}

/**
 * The expected content of the workbook: every acknowledged edit applied in order, plus the one
 * edit in flight at the kill when (and only when) the file shows it committed.
 */
export class ExpectedWorkbook {
  private readonly partners = new Map<number, { name: string; notes: string }>();
  private readonly contacts = new Map<number, { partnerId: number; name: string; role: string }>();
  private programName = '';
  acknowledged = 0;

  /** Whether the in-flight edit (an intent without an ack) reached the file. */
  committed(intent: LogEntry, db: Snapshot): boolean {
    const op = intent.op;
    switch (intent.kind) {
      case 'create':
        return db.partnerByName.has(`P${op}`);
      case 'update':
        return db.partners.get(intent.id ?? 0)?.notes === `u${op}`;
      case 'delete':
        return !db.partners.has(intent.id ?? 0);
      case 'contact':
        return db.contactByName.has(`c${op}`);
      case 'contactUpdate':
        return db.contacts.get(intent.id ?? 0)?.role === `r${op}`;
      case 'contactDelete':
        return !db.contacts.has(intent.id ?? 0);
      case 'settings':
        return db.programName === `s${op}`;
      case 'multi':
        return db.partnerByName.has(`M${op}`);
      case 'import':
        return [0, 1, 2].some((i) => db.partnerByName.has(`I${op}-${i}`));
      default:
        throw new Error(`unknown edit ${String(intent.kind)}`);
    }
  }

  /** Applies an edit; ids the log does not carry (in-flight creates, imports) come from the file. */
  apply(entry: LogEntry, db: Snapshot, missing: string[]): void {
    const op = entry.op;
    const idOf = (name: string) => db.partnerByName.get(name)?.id;
    switch (entry.kind) {
      case 'create': {
        const id = entry.id ?? idOf(`P${op}`);
        if (id === undefined) missing.push(`create P${op}: no id`);
        else this.partners.set(id, { name: `P${op}`, notes: `n${op}` });
        break;
      }
      case 'update': {
        const partner = this.partners.get(entry.id ?? 0);
        if (partner) partner.notes = `u${op}`;
        break;
      }
      case 'delete':
        this.partners.delete(entry.id ?? 0);
        for (const [id, c] of this.contacts) if (c.partnerId === entry.id) this.contacts.delete(id);
        break;
      case 'contact': {
        const id = entry.id ?? db.contactByName.get(`c${op}`)?.id;
        if (id === undefined) missing.push(`contact c${op}: no id`);
        else this.contacts.set(id, { partnerId: entry.partnerId ?? 0, name: `c${op}`, role: '' });
        break;
      }
      case 'contactUpdate': {
        const contact = this.contacts.get(entry.id ?? 0);
        if (contact) contact.role = `r${op}`;
        break;
      }
      case 'contactDelete':
        this.contacts.delete(entry.id ?? 0);
        break;
      case 'settings':
        this.programName = `s${op}`;
        break;
      case 'multi': {
        const id = entry.id ?? idOf(`M${op}`);
        if (id === undefined) {
          missing.push(`multi M${op}: no id`);
          break;
        }
        this.partners.set(id, { name: `M${op}`, notes: '' });
        [0, 1, 2, 3].forEach((i) => {
          const name = `M${op}-c${i}`;
          const contactId = entry.contactIds?.[i] ?? db.contactByName.get(name)?.id;
          if (contactId === undefined) missing.push(`multi ${name}: no id`);
          else this.contacts.set(contactId, { partnerId: id, name, role: '' });
        });
        break;
      }
      case 'import':
        for (const i of [0, 1, 2]) {
          const name = `I${op}-${i}`;
          const id = idOf(name);
          if (id === undefined) missing.push(`import ${name}`);
          else this.partners.set(id, { name, notes: '' });
        }
        break;
      default:
        throw new Error(`unknown edit ${String(entry.kind)}`);
    }
  }

  /** Compares the expectation with the file, row by row. */
  compare(db: Snapshot): Discrepancies {
    const found: Discrepancies = { missing: [], phantoms: [], halfApplied: [] };
    for (const [id, p] of this.partners) {
      const row = db.partners.get(id);
      if (!row || row.name !== p.name || row.notes !== p.notes)
        found.missing.push(
          `partner ${id} ${p.name} ${p.notes} (file: ${row ? `${row.name} ${row.notes}` : 'none'})`,
        );
    }
    for (const id of db.partners.keys())
      if (!this.partners.has(id)) found.phantoms.push(`partner ${id}`);
    for (const [id, c] of this.contacts) {
      const row = db.contacts.get(id);
      if (!row || row.partnerId !== c.partnerId || row.name !== c.name || row.role !== c.role)
        found.missing.push(`contact ${id} ${c.name}`);
    }
    for (const id of db.contacts.keys())
      if (!this.contacts.has(id)) found.phantoms.push(`contact ${id}`);
    if (db.programName !== this.programName)
      found.missing.push(`settings ${this.programName} (file: ${db.programName})`);
    found.halfApplied.push(...halfAppliedEdits(db));
    return found;
  }
}

/** Every multi-row edit must be all there or not at all: M<op> with its 4 contacts, I<op>-0..2. */
export function halfAppliedEdits(db: Snapshot): string[] {
  const problems: string[] = [];
  const imports = new Map<string, number>();
  for (const p of db.partners.values()) {
    const multi = /^M(\d+)$/.exec(p.name);
    if (multi) {
      const own = [...db.contacts.values()].filter(
        (c) => c.partnerId === p.id && c.name.startsWith(`${p.name}-c`),
      );
      if (own.length !== 4) problems.push(`${p.name} has ${own.length} of 4 contacts`);
    }
    const imported = /^I(\d+)-\d$/.exec(p.name);
    if (imported?.[1]) imports.set(imported[1], (imports.get(imported[1]) ?? 0) + 1);
  }
  for (const c of db.contacts.values()) {
    const owner = /^(M\d+)-c\d$/.exec(c.name)?.[1];
    if (owner && !db.partnerByName.has(owner)) problems.push(`${c.name} without ${owner}`);
  }
  for (const [op, count] of imports)
    if (count !== 3) problems.push(`import ${op}: ${count} of 3 rows`);
  return problems;
}
