import { englishNameOf } from '../../domain/english-names.ts';
import { deriveOnlineLevel } from '../../domain/online-level.ts';
import {
  portalUrlFor,
  type Fee,
  type GovernmentLevel,
  type Procedure,
  type ProcessingTime,
  type SubmissionChannel,
  type SubmissionMethod,
} from '../../domain/procedure.ts';
import type { PortalDetail, PortalExecutionMethod, PortalListRow } from './portal-source.ts';
import { PORTAL_TIME_UNITS, procedureCases } from './portal-cases.ts';
import { portalDocuments } from './portal-documents.ts';
import { provinceOfPublisher } from './portal-province.ts';
import { portalWhereAndHow } from './portal-where.ts';

/** A source value we kept as published because we could not interpret it. */
export interface KeptValue {
  field: string;
  message: string;
}

const CHANNELS: Record<string, SubmissionChannel> = {
  ONLINE: 'online',
  DIRECT: 'in_person',
  POSTAL: 'postal',
};

const UNITS: Record<string, ProcessingTime['unit']> = PORTAL_TIME_UNITS;

/**
 * Maps a list row and/or the detail of one procedure to our Procedure. The detail wins where
 * both speak; a row without its detail gets online level "unknown" (we do not guess).
 * `kept` collects what was kept raw, for the import report.
 */
export function mapPortalProcedure(
  code: string,
  row: PortalListRow | undefined,
  detail: PortalDetail | undefined,
  kept: KeptValue[],
): Procedure {
  const type = detail?.type ?? row?.type;
  const publisher = detail?.departmentPromulgateName ?? row?.departmentPromulgate;
  const english = englishNameOf(code);
  const procedure: Procedure = {
    code,
    // The portal names procedures in Vietnamese only; English is ours (english-names.ts).
    name: {
      vi: detail?.name ?? row?.name ?? '',
      ...(english === undefined ? {} : { en: english }),
    },
    fields: preferFirst(names(detail?.categoriesDetails ?? []), row?.categories),
    governmentLevels: detail ? governmentLevels(detail) : [],
    agencies: agencies(row, detail),
    onlineLevel: detail
      ? deriveOnlineLevel({
          isFullProcess: detail.isFullProcess ?? null,
          submissionMethods: detail.executionMethods.map((m) => m.submissionMethod),
        })
      : 'unknown',
    methods: detail ? methods(detail.executionMethods, kept) : [],
    documents: detail ? portalDocuments(detail) : [],
    steps: detail ? steps(detail) : [],
    results: unique(names(detail?.resultsDetails ?? [])),
    legalBasis: unique(names(detail?.legalBasisesDetails ?? [])),
  };
  const portalUrl = portalUrlFor(row?.id);
  if (portalUrl) procedure.portalUrl = portalUrl;
  if (publisher) procedure.publisher = publisher;
  const cases = detail
    ? procedureCases(
        detail,
        procedure.methods.map((m) => m.processingTime),
      )
    : [];
  if (cases.length > 0) procedure.cases = cases;
  if (type === 'SPECIFIC') {
    const province = provinceOfPublisher(publisher);
    if (province) procedure.province = province;
    else {
      kept.push({
        field: 'departmentPromulgate',
        message: `province-specific, but "${publisher ?? '(no publisher)'}" names no province`,
      });
    }
  }
  const applicants = preferFirst(
    names(detail?.subjectTypesDetails ?? []),
    row?.formalityTargetType,
  );
  if (applicants.length > 0) procedure.applicants = applicants;
  // The portal's own record: its facts win over the seed's (issue 11, item 5).
  procedure.factsSource = 'portal';
  return detail ? { ...procedure, ...portalWhereAndHow(detail) } : procedure;
}

function governmentLevels(detail: PortalDetail): GovernmentLevel[] {
  const levels: GovernmentLevel[] = [];
  if (detail.isMinistry) levels.push('ministry');
  if (detail.isProvince) levels.push('province');
  if (detail.isWard) levels.push('commune');
  if (detail.isOtherAgency) levels.push('other');
  return levels;
}

function agencies(row: PortalListRow | undefined, detail: PortalDetail | undefined): string[] {
  const fromDetail = unique([
    ...names(detail?.departmentsExecuting ?? []),
    ...names(detail?.unitGroupsExecuting ?? []),
  ]);
  return preferFirst(fromDetail, row?.departments);
}

function methods(source: readonly PortalExecutionMethod[], kept: KeptValue[]): SubmissionMethod[] {
  const result: SubmissionMethod[] = [];
  for (const method of source) {
    const channel = CHANNELS[method.submissionMethod.toUpperCase()];
    if (!channel) {
      kept.push({
        field: 'executionMethods.submissionMethod',
        message: `unknown submission method "${method.submissionMethod}" left out`,
      });
      continue;
    }
    const mapped: SubmissionMethod = { channel, fees: method.fees.map((f) => fee(f, kept)) };
    const time = processingTime(method, kept);
    if (time) mapped.processingTime = time;
    if (method.description) mapped.note = method.description;
    result.push(mapped);
  }
  return result;
}

function processingTime(
  method: PortalExecutionMethod,
  kept: KeptValue[],
): ProcessingTime | undefined {
  const raw = method.processingTime;
  const rawUnit = method.processingTimeUnit;
  if ((raw === undefined || raw === null || raw === '') && !rawUnit) return undefined;
  const time: ProcessingTime = { value: readNumber(raw), unit: 'other' };
  const unit = rawUnit ? UNITS[rawUnit.toUpperCase()] : undefined;
  if (unit) time.unit = unit;
  else {
    if (rawUnit) time.unitRaw = rawUnit;
    kept.push({
      field: 'executionMethods.processingTimeUnit',
      message: `unit "${rawUnit ?? '(none)'}" kept as "other"`,
    });
  }
  if (time.value === null && raw !== undefined && raw !== null && String(raw).trim() !== '') {
    time.note = String(raw).trim();
    kept.push({
      field: 'executionMethods.processingTime',
      message: 'time given as text, kept as a note',
    });
  }
  return time;
}

/** ISO 4217 code of a currency name the source writes as its code ("USD"). */
function currencyOf(name: string): string | undefined {
  return /^[A-Za-z]{3}$/.test(name) ? name.toUpperCase() : undefined;
}

function fee(source: PortalExecutionMethod['fees'][number], kept: KeptValue[]): Fee {
  const amount = readNumber(source.value);
  const currencyName = source.currencyName?.trim();
  const isDong = !currencyName || /đồng|vnd|vnđ/i.test(currencyName);
  const currency = isDong ? undefined : currencyOf(currencyName);
  const result: Fee = { kind: source.type ?? 'UNKNOWN', amountVnd: isDong ? amount : null };
  const notes: string[] = [];
  if (source.description) notes.push(source.description);
  if (currency) {
    // Never shown as đồng: the amount is kept in its own currency (issue 11).
    result.currency = currency;
    if (amount !== null) result.amount = amount;
  } else if (!isDong) {
    notes.push(`Source amount: ${JSON.stringify(source.value)} ${currencyName}`);
    kept.push({
      field: 'executionMethods.fees.currencyName',
      message: `currency "${currencyName}" not understood, amount kept in the note`,
    });
  }
  if (amount === null) {
    const hasRaw = source.value !== null && source.value !== undefined && source.value !== '';
    if (hasRaw && isDong) notes.push(`Source amount: ${JSON.stringify(source.value)}`);
    kept.push({
      field: 'executionMethods.fees.value',
      message: hasRaw ? 'amount not a readable number, kept in the note' : 'no amount given',
    });
  }
  if (notes.length > 0) result.note = notes.join(' — ');
  return result;
}

/** A finite number ≥ 0, or a string that is just one ("12.5", "15"); else null. */
function readNumber(raw: unknown): number | null {
  const value =
    typeof raw === 'number'
      ? raw
      : typeof raw === 'string' && /^\s*\d+([.,]\d+)?\s*$/.test(raw)
        ? Number(raw.trim().replace(',', '.'))
        : NaN;
  return Number.isFinite(value) && value >= 0 ? value : null;
}

/**
 * "name: description", one string a step. Many names already end with a colon ("Bước 2: Cơ quan
 * tiếp nhận hồ sơ thực hiện:"); joined as they are, the page read "thực hiện:: - Kiểm tra…".
 */
function steps(detail: PortalDetail): string[] {
  return detail.executionSteps
    .map((s) => [s.name?.replace(/\s*:+\s*$/, ''), s.description].filter(Boolean).join(': '))
    .filter((s) => s.length > 0);
}

function names(items: readonly { name?: string | undefined }[]): string[] {
  return items.map((i) => i.name).filter((n): n is string => Boolean(n));
}

/** The detail's list when it has one, else the list row's. */
function preferFirst(fromDetail: readonly string[], fromRow: readonly string[] | undefined) {
  const first = unique(fromDetail);
  return first.length > 0 ? first : unique(fromRow ?? []);
}

/** Trimmed, non-empty, first occurrence kept (the portal repeats agencies across lists). */
function unique(values: readonly string[]): string[] {
  return [...new Set(values.map((v) => v.trim()).filter((v) => v.length > 0))];
}
