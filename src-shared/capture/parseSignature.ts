import { splitFullName } from '../import/splitFullName';
import { withoutEmpty, type CapturedFields } from './capturedFields';

const emailPattern = /[\p{L}0-9._%+-]+@[\p{L}0-9.-]+\.[\p{L}]{2,}/iu;
const phonePattern = /^[+(]?\d[\d\s()./-]{5,}\d(?:\s*(?:ext\.?|x)\s*\d+)?$/i;
const websitePattern = /^(?:https?:\/\/)?[^\s@/]+\.[a-z]{2,}(?:[/?#]\S*)?$/i;
// "Tel:", "M", "E-Mail:", "Web:" before a value; a fax number is not a way to reach a person.
const labelPattern = /^(e-?mail|mail|e|tel(?:ephone|efon)?|phone|ph|t|mobile|mobil|mob|m|cell|c|direct|office|o|fax|f|web(?:site)?|w|url)\s*(?:[:.]\s*|\s+)/i;
const faxLabel = /^(fax|f)$/i;
const closingLine = /^(?:--+|_+|(?:best|kind|warm|many)\s+(?:regards|wishes|thanks)|regards|thanks|thank you|cheers|sincerely|yours(?: truly)?|br|mit freundlichen grüßen|viele grüße|beste grüße|liebe grüße)[\s,.!]*$/iu;
const titleWords =
  /\b(ceo|cto|cfo|coo|cmo|cio|vp|svp|evp|president|founder|co-founder|owner|director|head|manager|lead|engineer|developer|designer|architect|consultant|analyst|specialist|officer|executive|coordinator|assistant|representative|partner|principal|advisor|associate|administrator|scientist|researcher|professor|chief|geschäftsführer(?:in)?|leiter(?:in)?|berater(?:in)?)\b/iu;
const companyWords =
  /\b(gmbh|ag|kg|kgaa|ug|inc|incorporated|ltd|limited|llc|llp|plc|corp|corporation|company|sas|sarl|srl|spa|bv|nv|oy|pty|group|holding|labs|technologies|solutions|systems|software|studio|agency)\b\.?|\b(?:S\.A\.|A\/S|ApS|AB|AS)\b/iu;
const nameWord = /^(?:\p{Lu}[\p{L}'’.-]*|van|von|der|den|de|del|della|da|di|du|la|le|ten|ter|zu|bin|al)$/u;

type Found = { email?: string; phone?: string; website?: string; texts: string[] };

function looksLikeName(text: string): boolean {
  const words = text.split(/\s+/);
  return words.length >= 2 && words.length <= 5 && !/\d/.test(text) && words.every((word) => nameWord.test(word)) && !titleWords.test(text) && !companyWords.test(text);
}

// One piece of a line: an email, a phone number, a web address, or text to classify later.
function takeSegment(segment: string, found: Found): void {
  const label = labelPattern.exec(segment);
  const value = label ? segment.slice(label[0].length).trim() : segment;
  const email = emailPattern.exec(segment)?.[0];
  if (email) {
    found.email ??= email;
    // "Grace Hopper <grace@navy.example>": a name written beside the address is the person's.
    const beside = value.replace(email, ' ').replace(/mailto:|[<>()"]/gi, ' ').replace(/^[\s,;:-]+|[\s,;:-]+$/g, '');
    if (looksLikeName(beside)) found.texts.push(beside);
    return;
  }
  if (phonePattern.test(value) && value.replace(/\D/g, '').length >= 7) {
    if (!(label && faxLabel.test(label[1] ?? ''))) found.phone ??= value;
    return;
  }
  if (websitePattern.test(value) && (label || /^(https?:\/\/|www\.)/i.test(value) || !/\s/.test(value))) {
    found.website ??= value;
    return;
  }
  found.texts.push(segment);
}

// A business card or email signature pasted as text: the name, job title, company, email,
// phone and website it holds, found by shape (an address, a number, a name's capitals) and by
// the words titles and company names use.
export function parseSignature(text: string): CapturedFields {
  const found: Found = { texts: [] };
  const lines = text
    .split(/\r\n|\n|\r/)
    .map((line) => line.trim())
    .filter((line) => line && !closingLine.test(line));
  for (const line of lines) {
    for (const segment of line.split(/\s*[|•·\t]\s*/)) if (segment.trim()) takeSegment(segment.trim(), found);
  }

  let name = '';
  let jobTitle = '';
  let company = '';
  const rest: string[] = [];
  for (const segment of found.texts) {
    // "Marco Rossi, CTO": a name and a title on one line.
    const [before = '', after = ''] = segment.split(/,\s*(.*)/s);
    if (!name && after && looksLikeName(before) && titleWords.test(after)) {
      name = before;
      jobTitle ||= after;
    } else if (!name && looksLikeName(segment)) name = segment;
    else if (!jobTitle && titleWords.test(segment) && !companyWords.test(segment)) jobTitle = segment;
    else if (!company && companyWords.test(segment)) company = segment;
    else rest.push(segment);
  }
  // A company without a legal form is the short line left that is not an address.
  company ||= rest.find((segment) => !/\d/.test(segment) && segment.split(/\s+/).length <= 5) ?? '';
  const { firstName, lastName } = splitFullName(name);
  return withoutEmpty({ firstName, lastName, email: found.email, phone: found.phone, company, jobTitle, website: found.website });
}
