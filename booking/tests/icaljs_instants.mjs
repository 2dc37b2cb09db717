// Read an .ics file with ical.js (what many web calendar clients use) and print each VEVENT as JSON:
// [{"uid", "start", "end", "summary", "location", "description", "zone"}], start/end in epoch milliseconds.
// Run it with TZ=UTC: a time ical.js cannot place (floating, or a TZID without VTIMEZONE) then shows
// up as hours off instead of happening to match the machine's zone.
// Usage: node booking/tests/icaljs_instants.mjs FILE.ics   (needs `npm ci` in the repo root)
import { readFileSync } from "node:fs";
import ICAL from "ical.js";

const file = process.argv[2];
if (!file) {
  console.error("usage: node icaljs_instants.mjs FILE.ics");
  process.exit(2);
}
const calendar = new ICAL.Component(ICAL.parse(readFileSync(file, "utf8")));
const events = calendar.getAllSubcomponents("vevent").map((component) => {
  const event = new ICAL.Event(component);
  return {
    uid: event.uid,
    start: event.startDate.toJSDate().getTime(),
    end: event.endDate.toJSDate().getTime(),
    summary: event.summary,
    location: event.location ?? "",
    description: event.description ?? "",
    zone: event.startDate.zone.tzid,
  };
});
process.stdout.write(JSON.stringify(events));
