// Registration only: what JS sees of the core, under embind. Each shape is defined once, in C++
// (core/include/talkboard/query/*.h and board.h); the names given here are its JS field names.
// Containers cross as plain JS values (js_values.h): vectors of numbers as Int32Arrays, other
// vectors as Arrays, per-dimension tables as {day, kind, section, speaker, org, room, track}.
//
//   const board = new core.Board();
//   board.inputSpace(n).set(bytes);               // as many times as the post arrives in pieces
//   board.load(address, headBytes) -> {ok, error, message, sessions}   (address: the post's URL,
//                                   or ''; headBytes > 0: only the input's head, see board.h)
//   board.query(q)    -> {total, sessions, terms, facets, days, conflicts, nowNext}
//   board.timetable() -> {tooMany, columnsBy, days: [{firstMinute, rowMinutes, rows, tracks,
//                         columns, cells, marks, untimed, nowMinute}]}   (the last query's; days
//                         parallel to its days)
//   board.speakers()  -> [{speaker, name, orgs, sessions}]                       (the last query's)
//   board.card(i), board.highlight(text, i), board.values(), board.post(), board.sessionsWithIds(ids),
//   board.calendarAll(), board.calendarOf(ids), board.delete()
#include <emscripten/bind.h>

#include "board.h"
#include "js_values.h"

using namespace emscripten;
using namespace talkboard;
using talkboard::wasm::Board;
using talkboard::wasm::LoadResult;

namespace {

// Embind calls a value_object field's setter only when JS passes such an object into C++. The
// answers (everything but Query and its ShownZone) only ever go out to JS, so their fields share
// this one setter, which is never called, instead of a converter from JS per field: each of those
// is a template instance in the wasm (with the vectors' and per-dimension tables' fromWireType).
void answer_field_not_set(void*, void*, void*) {}

// value_object<T> for an answer: fields JS reads (see answer_field_not_set).
template <typename T>
class answer_object : public value_object<T> {
public:
    explicit answer_object(const char* name) : value_object<T>(name) {}

    template <typename FieldType>
    answer_object& field(const char* name, FieldType T::*field) {
        using namespace emscripten::internal;
        auto getter = &MemberAccess<T, FieldType>::template getWire<T>;
        auto setter = &answer_field_not_set;
        _embind_register_value_object_field(TypeID<T>::get(), name, TypeID<FieldType>::get(), getSignature(getter),
                                            reinterpret_cast<GenericFunction>(getter), getContext(field), TypeID<FieldType>::get(),
                                            getSignature(setter), reinterpret_cast<GenericFunction>(setter), nullptr);
        return *this;
    }
};

}  // namespace

EMSCRIPTEN_BINDINGS(talkboard) {
    value_object<ShownZone>("ShownZone")
        .field("eventTime", &ShownZone::event_time)
        .field("utcOffsetMinutes", &ShownZone::utc_offset_minutes);

    value_object<Query>("Query")
        .field("text", &Query::text)
        .field("selected", &Query::selected)
        .field("favoritesOnly", &Query::favorites_only)
        .field("favorites", &Query::favorites)
        .field("hidePast", &Query::hide_past)
        .field("nowUtc", &Query::now_utc)
        .field("zone", &Query::zone);

    answer_object<TimeSlot>("TimeSlot")
        .field("startMinute", &TimeSlot::start_minute)
        .field("label", &TimeSlot::label)
        .field("first", &TimeSlot::first)
        .field("count", &TimeSlot::count);

    answer_object<DayGroup>("DayGroup")
        .field("date", &DayGroup::date)
        .field("label", &DayGroup::label)
        .field("slots", &DayGroup::slots);

    answer_object<Conflict>("Conflict").field("first", &Conflict::first).field("second", &Conflict::second);

    answer_object<ConflictList>("ConflictList")
        .field("pairs", &ConflictList::pairs)
        .field("truncated", &ConflictList::truncated);

    answer_object<NowNext>("NowNext").field("now", &NowNext::now).field("next", &NowNext::next);

    answer_object<QueryResult>("QueryResult")
        .field("total", &QueryResult::total)
        .field("sessions", &QueryResult::sessions)
        .field("terms", &QueryResult::terms)
        .field("facets", &QueryResult::facets)
        .field("days", &QueryResult::days)
        .field("conflicts", &QueryResult::conflicts)
        .field("nowNext", &QueryResult::now_next);

    answer_object<DimensionValue>("DimensionValue")
        .field("value", &DimensionValue::value)
        .field("label", &DimensionValue::label);

    answer_object<SpeakerCard>("SpeakerCard")
        .field("name", &SpeakerCard::name)
        .field("org", &SpeakerCard::org)
        .field("role", &SpeakerCard::role);

    answer_object<SessionCard>("SessionCard")
        .field("session", &SessionCard::session)
        .field("id", &SessionCard::id)
        .field("title", &SessionCard::title)
        .field("kind", &SessionCard::kind)
        .field("kindLabel", &SessionCard::kind_label)
        .field("speakers", &SessionCard::speakers)
        .field("url", &SessionCard::url)
        .field("date", &SessionCard::date)
        .field("start", &SessionCard::start)
        .field("end", &SessionCard::end)
        .field("tz", &SessionCard::tz)
        .field("utcStart", &SessionCard::utc_start)
        .field("utcEnd", &SessionCard::utc_end)
        .field("section", &SessionCard::section)
        .field("room", &SessionCard::room)
        .field("track", &SessionCard::track)
        .field("language", &SessionCard::language)
        .field("abstract", &SessionCard::abstract)
        .field("resources", &SessionCard::resources);

    answer_object<ResourceCard>("ResourceCard").field("kind", &ResourceCard::kind).field("url", &ResourceCard::url);

    // columns, cells and marks are Int32Arrays (js_values.h): 3 ints per column (value, firstTrack,
    // tracks), 6 per cell (session, column, track, trackSpan, row, rowSpan), 2 per mark (row, slot).
    answer_object<TimetableDay>("TimetableDay")
        .field("firstMinute", &TimetableDay::first_minute)
        .field("rowMinutes", &TimetableDay::row_minutes)
        .field("rows", &TimetableDay::rows)
        .field("tracks", &TimetableDay::tracks)
        .field("columns", &TimetableDay::columns)
        .field("cells", &TimetableDay::cells)
        .field("marks", &TimetableDay::marks)
        .field("untimed", &TimetableDay::untimed)
        .field("nowMinute", &TimetableDay::now_minute);

    answer_object<Timetable>("Timetable")
        .field("tooMany", &Timetable::too_many)
        .field("columnsBy", &Timetable::columns_by)
        .field("days", &Timetable::days);

    answer_object<SpeakerEntry>("SpeakerEntry")
        .field("speaker", &SpeakerEntry::speaker)
        .field("name", &SpeakerEntry::name)
        .field("orgs", &SpeakerEntry::orgs)
        .field("sessions", &SpeakerEntry::sessions);

    answer_object<TextRange>("TextRange").field("begin", &TextRange::begin).field("end", &TextRange::end);

    answer_object<SpeakerHighlight>("SpeakerHighlight")
        .field("name", &SpeakerHighlight::name)
        .field("org", &SpeakerHighlight::org);

    answer_object<SessionHighlight>("SessionHighlight")
        .field("session", &SessionHighlight::session)
        .field("title", &SessionHighlight::title)
        .field("speakers", &SessionHighlight::speakers)
        .field("abstract", &SessionHighlight::abstract);

    answer_object<LoadResult>("LoadResult")
        .field("ok", &LoadResult::ok)
        .field("error", &LoadResult::error)
        .field("message", &LoadResult::message)
        .field("sessions", &LoadResult::sessions);

    class_<Board>("Board")
        .constructor<>()
        .function("inputSpace", &Board::inputSpace)
        .function("load", &Board::load)
        .function("size", &Board::size)
        .function("post", &Board::post)
        .function("values", &Board::values)
        .function("query", &Board::query)
        .function("timetable", &Board::timetable)
        .function("speakers", &Board::speakers)
        .function("sessionsWithIds", &Board::sessionsWithIds)
        .function("card", &Board::card)
        .function("highlight", &Board::highlight)
        .function("calendarAll", &Board::calendarAll)
        .function("calendarOf", &Board::calendarOf);

    function("heapUsedBytes", &talkboard::wasm::heap_used_bytes);
    function("memoryBytes", &talkboard::wasm::memory_bytes);
}
