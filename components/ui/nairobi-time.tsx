import { formatNairobiDate, formatNairobiDateTime, toNairobiIso } from "@/lib/dates/format-nairobi";

export function NairobiTime({ date, dateOnly = false }: { date: Date; dateOnly?: boolean }) {
  return (
    <time dateTime={toNairobiIso(date)}>
      {dateOnly ? formatNairobiDate(date) : formatNairobiDateTime(date)}
    </time>
  );
}
