"""Parses an iCalendar document from stdin with python-icalendar (a second, independent parser).

Prints one JSON object: calendar name and, per event UID, its UTC start, end and summary.
Fails (non-zero exit) if the document does not parse or an event lacks a UTC DTSTART/DTEND.
"""
import datetime
import json
import sys

import icalendar

calendar = icalendar.Calendar.from_ical(sys.stdin.buffer.read())
events = {}
for event in calendar.walk("VEVENT"):
    start = event.decoded("DTSTART")
    end = event.decoded("DTEND")
    for value in (start, end):
        if value.utcoffset() != datetime.timedelta(0):
            raise SystemExit("not a UTC time: %r" % value)
    uid = str(event["UID"])
    if uid in events:
        raise SystemExit("duplicate UID " + uid)
    events[uid] = {
        "start": start.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "end": end.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "summary": str(event["SUMMARY"]),
        "stamp": event.decoded("DTSTAMP").strftime("%Y-%m-%dT%H:%M:%SZ"),
    }
print(json.dumps({"name": str(calendar.get("X-WR-CALNAME")), "events": events}))
