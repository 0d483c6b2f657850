import { decodeQuotedPrintable } from './decodeQuotedPrintable';
import { splitFullName } from './splitFullName';
import { vCardColumns, type VCardColumn } from './vCardColumns';

type Property = { name: string; params: Map<string, string[]>; value: string };

// "item1.EMAIL;TYPE=INTERNET,pref:ann@example.com" -> EMAIL, its parameters, the raw value.
function parseProperty(line: string): Property | null {
  let quoted = false;
  let colon = -1;
  for (let index = 0; index < line.length; index += 1) {
    if (line[index] === '"') quoted = !quoted;
    else if (line[index] === ':' && !quoted) {
      colon = index;
      break;
    }
  }
  if (colon < 0) return null;
  const [nameWithGroup = '', ...rawParams] = line.slice(0, colon).split(';');
  const params = new Map<string, string[]>();
  for (const param of rawParams) {
    const [key, value] = param.includes('=') ? [param.slice(0, param.indexOf('=')), param.slice(param.indexOf('=') + 1)] : ['TYPE', param];
    const values = value.replaceAll('"', '').split(',').map((part) => part.toLowerCase());
    params.set(key.toUpperCase(), [...(params.get(key.toUpperCase()) ?? []), ...values]);
  }
  const name = nameWithGroup.slice(nameWithGroup.lastIndexOf('.') + 1).toUpperCase();
  const encoded = params.get('ENCODING')?.includes('quoted-printable');
  return { name, params, value: encoded ? decodeQuotedPrintable(line.slice(colon + 1)) : line.slice(colon + 1) };
}

// Splits a structured value at unescaped ";" and unescapes \, \; \n and \\.
function components(value: string): string[] {
  return value.split(/(?<!\\);/).map((part) => part.replace(/\\([\\,;nN])/g, (_, char: string) => (char.toLowerCase() === 'n' ? '\n' : char)).trim());
}

const text = (value: string) => components(value).join(';');

function preferred(properties: Property[]): Property | undefined {
  return properties.find((property) => property.params.get('TYPE')?.includes('pref') || property.params.has('PREF')) ?? properties[0];
}

// One card's lines (already unfolded, BEGIN and END left out) as a row of vCardColumns. Photos
// and everything else the columns do not hold are ignored.
export function vCardToRow(lines: readonly string[]): string[] {
  const byName = new Map<string, Property[]>();
  for (const line of lines) {
    const property = parseProperty(line);
    if (property) byName.set(property.name, [...(byName.get(property.name) ?? []), property]);
  }
  const first = (name: string) => byName.get(name)?.[0]?.value ?? '';
  const [lastName = '', firstName = ''] = components(first('N'));
  const fromFullName = !firstName && !lastName ? splitFullName(text(first('FN'))) : null;
  const [, , , city = '', , , country = ''] = components(first('ADR'));
  const phone = (preferred(byName.get('TEL') ?? [])?.value ?? '').replace(/^tel:/i, '');
  // A LinkedIn profile and a web site are told apart by address: a badge often carries both.
  const urls = (byName.get('URL') ?? []).map((property) => text(property.value));
  const isLinkedIn = (url: string) => /linkedin\.com/i.test(url);
  const row: Record<VCardColumn, string> = {
    'First Name': fromFullName?.firstName ?? firstName,
    'Last Name': fromFullName?.lastName ?? lastName,
    Email: text(preferred(byName.get('EMAIL') ?? [])?.value ?? ''),
    Phone: text(phone),
    Company: components(first('ORG'))[0] ?? '',
    'Job Title': text(first('TITLE')),
    Notes: text(first('NOTE')),
    City: city,
    Country: country,
    // CATEGORIES is a comma list; tags are read split by "|".
    Categories: first('CATEGORIES').split(/(?<!\\),/).map((category) => text(category)).filter(Boolean).join('|'),
    LinkedIn: urls.find(isLinkedIn) ?? '',
    Website: urls.find((url) => url && !isLinkedIn(url)) ?? '',
  };
  return vCardColumns.map((column) => row[column]);
}
