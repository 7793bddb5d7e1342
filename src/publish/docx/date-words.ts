// A document's date in words, as Decree 30/2020 writes it in the heading and in the reference line
// of an appendix. Kept apart from the .docx writer so that the text views that need these words
// (the summary's appendices, the reminder letter as text) do not load the writer.

export interface DocumentDate {
  day: number;
  month: number;
  year: number;
}

function assertCalendarDate(d: DocumentDate): void {
  const valid =
    Number.isInteger(d.year) &&
    Number.isInteger(d.month) &&
    Number.isInteger(d.day) &&
    d.year >= 1 &&
    d.year <= 9999 &&
    d.month >= 1 &&
    d.month <= 12 &&
    d.day >= 1 &&
    d.day <= new Date(Date.UTC(d.year, d.month, 0)).getUTCDate();
  if (!valid) throw new RangeError(`Not a calendar date: ${d.day}/${d.month}/${d.year}`);
}

/**
 * "Hà Nội, ngày 05 tháng 12 năm 2025": days below 10 and the months 1 and 2 take a leading zero
 * (so "tháng 01" cannot be misread as "tháng 10"/"tháng 11"); months 3 to 12 do not.
 */
export function formatVietnameseDate(place: string, d: DocumentDate): string {
  return `${place}, ${formatDateInWords(d)}`;
}

/** "ngày 05 tháng 12 năm 2025", as the heading writes it (and the reference line of an appendix). */
export function formatDateInWords(d: DocumentDate): string {
  assertCalendarDate(d);
  const day = String(d.day).padStart(2, '0');
  const month = d.month <= 2 ? String(d.month).padStart(2, '0') : String(d.month);
  return `ngày ${day} tháng ${month} năm ${d.year}`;
}
