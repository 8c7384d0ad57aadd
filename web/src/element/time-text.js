// How a session's time reads: as the post wrote it (event time; floating times, with no timezone,
// are never converted), or converted to the reader's own zone with Intl.

let timeFormat = null;
let zoneFormat = null;

function formatInstant(iso, withZone) {
  if (!timeFormat) {
    timeFormat = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });
    zoneFormat = new Intl.DateTimeFormat(undefined, { weekday: 'short', hour: '2-digit', minute: '2-digit', timeZoneName: 'short' });
  }
  return (withZone ? zoneFormat : timeFormat).format(new Date(iso));
}

/** A slot's time heading: its label, or its first session's start in the reader's zone. */
export function slotLabel(slot, firstSession, myTime) {
  if (myTime && firstSession && firstSession.utcStart) return formatInstant(firstSession.utcStart, false);
  return slot.label;
}

/** A session's start – end with its zone, or "Time to be announced". */
export function sessionTimeText(session, myTime) {
  if (myTime && session.utcStart) {
    const start = formatInstant(session.utcStart, true);
    return session.utcEnd ? `${start.replace(/\s*\S+$/, '')} – ${formatInstant(session.utcEnd, true)}` : start;
  }
  if (!session.start) return 'Time to be announced';
  return `${session.start}${session.end ? ` – ${session.end}` : ''}${session.tz ? ` ${session.tz}` : ''}`;
}

/** The machine-readable time of a session for <time datetime>. */
export function sessionDatetime(session) {
  return session.utcStart || (session.date && session.start ? `${session.date}T${session.start}` : session.date);
}
