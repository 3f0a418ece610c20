import { newsroomOffsetMs } from "./parse-nairobi-local-time";

// The inverse of parseNairobiLocalTime: the value a datetime-local field shows for an instant.
export function toNairobiLocalTime(date: Date): string {
  const shifted = new Date(date.getTime() + newsroomOffsetMs(date.getTime()));
  return shifted.toISOString().slice(0, 16);
}
