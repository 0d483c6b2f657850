import { currencySchema } from '../../domain/common';
import { dealStatuses } from '../../domain/deal';
import { dealStatusLabels } from '../../domain/deals/dealStatus';
import { taskTypes } from '../../domain/task';
import { foldText } from '../../text/foldText';
import { coerceCustomValue, coerceStandardValue, type Coerced } from '../coerceCell';
import { companyDomainOf } from '../companyDomainOf';
import type { ValueFormat } from '../importTypes';
import { parseBooleanCell } from '../parseBooleanCell';
import { parseLocaleNumber } from '../parseLocaleNumber';
import type { RecordCellKind } from './recordImportTargets';

export type RecordCellValue = string | number | boolean;

// Other tools' words for a deal's outcome and a task's type and state, folded.
const dealStatusWords: Record<string, (typeof dealStatuses)[number]> = { 'closed won': 'won', 'closed lost': 'lost', closedwon: 'won', closedlost: 'lost', active: 'open' };
const taskTypeWords: Record<string, (typeof taskTypes)[number]> = { 'follow up': 'follow-up', followup: 'follow-up', todo: 'to-do', 'to do': 'to-do', task: 'to-do', 'phone call': 'call', mail: 'email', 'e-mail': 'email' };
const doneWords = new Set(['done', 'completed', 'complete', 'closed', 'finished', 'erledigt']);
const openWords = new Set(['open', 'not started', 'in progress', 'pending', 'waiting', 'deferred', 'todo', 'to do', 'to-do', 'offen']);

// Typed the way a custom attribute of that type is (the same date, number and yes/no rules).
function coerceAs(text: string, type: 'integer' | 'date' | 'datetime', format: ValueFormat): Coerced<RecordCellValue> {
  return coerceCustomValue(text, { key: '', label: '', type, options: [] }, format) as Coerced<RecordCellValue>;
}

function matchWord<T extends string>(text: string, values: readonly T[], words: Record<string, T>, labels: Partial<Record<T, string>> = {}): T | null {
  const wanted = foldText(text.trim());
  return values.find((value) => foldText(value) === wanted || foldText(labels[value] ?? '') === wanted) ?? words[wanted] ?? null;
}

// A non-empty cell of a company, deal, task or event column, read as its kind.
export function coerceRecordCell(text: string, kind: RecordCellKind, format: ValueFormat): Coerced<RecordCellValue> {
  switch (kind) {
    case 'email':
    case 'country':
    case 'about':
      return coerceStandardValue(text, kind, format);
    case 'domain': {
      const domain = companyDomainOf(text);
      return domain ? { ok: true, value: domain } : { ok: false, message: `"${text}" is not a domain like example.com` };
    }
    case 'integer':
    case 'date':
    case 'datetime':
      return coerceAs(text, kind, format);
    case 'money': {
      const number = parseLocaleNumber(text.replace(/^\s*[^\d\s.,+-]+|[^\d\s.,]+\s*$/g, ''), format.decimalSeparator);
      if (!number.ok) return { ok: false, message: `"${text}" is not an amount written with "${format.decimalSeparator}" as the decimal mark` };
      return number.value < 0 ? { ok: false, message: `"${text}" is negative` } : number;
    }
    case 'currency': {
      const code = currencySchema.safeParse(text.trim().toUpperCase());
      return code.success ? { ok: true, value: code.data } : { ok: false, message: `"${text}" is not a three-letter currency code like EUR` };
    }
    case 'dealStatus': {
      const status = matchWord(text, dealStatuses, dealStatusWords, dealStatusLabels);
      return status ? { ok: true, value: status } : { ok: false, message: `"${text}" is not a deal status (${dealStatuses.join(', ')})` };
    }
    case 'taskType': {
      const type = matchWord(text, taskTypes, taskTypeWords);
      return type ? { ok: true, value: type } : { ok: false, message: `"${text}" is not a task type (${taskTypes.join(', ')})` };
    }
    case 'done': {
      const word = foldText(text.trim());
      if (doneWords.has(word)) return { ok: true, value: true };
      if (openWords.has(word)) return { ok: true, value: false };
      const yesNo = parseBooleanCell(text);
      return yesNo.ok ? yesNo : { ok: false, message: `"${text}" is not done or open (yes/no, completed, not started)` };
    }
    case 'text':
      return { ok: true, value: text.trim() };
  }
}
