// What a link in a post points at, judged by the generic shape of its URL and its text.
//
// This is the one place where URLs are judged. A session entry's title is usually a link to the
// session's page on a schedule service; the same posts also link speakers' profiles, videos and
// slides of past talks, registration pages and "Read more". The reader uses the kind to choose the
// title link and the session URL, and to reject links that are not talks. The rules are about URL
// shape (schedule pages have paths like /event/, /session/, /talk/; a video is /watch?v= or a
// video host; a profile is one path segment on a social host), never about one site's posts.
#pragma once

#include <string_view>

namespace talkboard {

enum class LinkKind {
    session_page,  // a schedule entry: sched-style hosts (not their /venue/ pages), /event/, /session(s)/, /talk(s)/, /program/,
                   // /schedule/, /agenda/, /contribution(s)/, a query naming a session or paper,
                   // a #fragment on a page such as /conference-program or /training-program;
                   // not the programme's own page (a path ending at /schedule, /program, /agenda)
    video,         // a recording: video hosts, /watch, /video(s)/, /embed/, .mp4
    slides,        // slides or a paper: .pdf, .ppt(x), slide hosts, /presentation/d/ documents
    profile,       // a person: one path segment on a social or code host, /author(s)/, /people/,
                   // /speaker(s)/<name>, mailto:
    registration,  // a sign-up page: a path segment starting with register or tickets, a ticket
                   // shop's "...-registration-tickets-123"
    code,          // a repository or its files: two or more path segments on a code host
                   // (github.com/org/repo): a talk's materials, not its page
    anchor,        // a fragment in the same page ("#georg-link")
    other,         // a project page, a relative page link, anything else
};

// The kind of a link target, from its shape only. Never fails.
LinkKind link_kind(std::string_view href);

// True for a page that shows a time in the reader's own zone (time.is, timeanddate.com,
// everytimezone.com, worldtimebuddy.com, arewemeetingyet.com): a note on a time, no talk.
bool converts_time(std::string_view href);

// True for link text that names no talk: "Read more", "here", "slides", "See on YouTube.",
// "register", "pdf", "video", "website", an URL written as text.
bool is_generic_link_text(std::string_view text);

// A link text that names slides and nothing else: "slides", "Slides (PDF)", "deck", "pdf".
bool names_slides(std::string_view text);

// True for the name of a platform that is also a company people work for: "GitHub", "YouTube",
// "LinkedIn", "Twitter" (generic as link text, an org in "Ana Li (GitHub)").
bool is_platform_name(std::string_view text);

}  // namespace talkboard
