#include "talkboard/extract/link_kind.h"

#include <string>

#include "internal/text.h"

namespace talkboard {

namespace {

// Compared in place: the texts asked are a link's host, segments and query, a few dozen bytes each,
// and a score of them per link; string_view::find called memchr (and memcmp at each first-byte
// match) for every one.
bool contains(std::string_view haystack, std::string_view needle) {
    if (needle.empty()) return true;
    for (std::size_t at = 0; at + needle.size() <= haystack.size(); ++at) {
        if (haystack[at] != needle[0]) continue;
        std::size_t same = 1;
        while (same < needle.size() && haystack[at + same] == needle[same]) ++same;
        if (same == needle.size()) return true;
    }
    return false;
}

// A path with its '/' found once: the rules below ask it a score of "/word" questions, and each
// find() would walk the path's slashes again (a memchr call per slash per question).
class SlashedPath {
public:
    explicit SlashedPath(std::string_view path) : path_(path) {
        for (std::size_t at = path.find('/'); at != std::string_view::npos; at = path.find('/', at + 1)) {
            if (count_ == max_slashes) {
                overflow_ = true;
                break;
            }
            slashes_[count_++] = at;
        }
    }

    // Whether the path contains `needle`, which starts with '/'.
    bool contains(std::string_view needle) const {
        if (overflow_ || needle.size() < 2) return talkboard::contains(path_, needle);
        for (std::size_t i = 0; i < count_; ++i) {
            // The letter after the slash first: a score of questions per link, most answered by it.
            const std::size_t at = slashes_[i];
            if (at + 1 < path_.size() && path_[at + 1] == needle[1] && text::starts_with(path_.substr(at), needle)) return true;
        }
        return false;
    }

    // The path's segments between slashes, empty ones included ("/a//b" -> "", "a", "", "b"), in order.
    template <class Take>
    void for_each_segment(Take take) const {
        if (overflow_) {
            for (std::string_view segment : text::split(path_, "/")) take(segment);
            return;
        }
        std::size_t begin = 0;
        for (std::size_t i = 0; i < count_; ++i) {
            take(path_.substr(begin, slashes_[i] - begin));
            begin = slashes_[i] + 1;
        }
        take(path_.substr(begin));
    }

    // Path segments ("/a/b/c" -> a, b, c), empty ones skipped.
    std::size_t segment_count() const {
        std::size_t count = 0;
        for_each_segment([&](std::string_view segment) { count += !segment.empty(); });
        return count;
    }

private:
    static constexpr std::size_t max_slashes = 24;
    std::string_view path_;
    std::size_t slashes_[max_slashes];
    std::size_t count_ = 0;
    bool overflow_ = false;
};

// Hosts whose one-segment paths are people ("github.com/jane", "x.com/jane").
bool is_social_or_code_host(std::string_view host) {
    static constexpr std::string_view hosts[] = {"github.com", "gitlab.com", "twitter.com", "x.com", "mastodon.social",
                                                 "bsky.app", "linkedin.com", "medium.com", "dev.to", "fosstodon.org"};
    for (std::string_view h : hosts) {
        // The host itself or a subdomain of it ("gist.github.com"), without building "." + h.
        if (host == h || (text::ends_with(host, h) && host.size() > h.size() && host[host.size() - h.size() - 1] == '.')) return true;
    }
    return false;
}

bool is_code_host(std::string_view host) {
    return host == "github.com" || host == "gitlab.com" || host == "bitbucket.org" || host == "codeberg.org";
}

bool is_video_host(std::string_view host) {
    static constexpr std::string_view hosts[] = {"youtube.com", "youtu.be", "vimeo.com", "media.ccc.de", "bilibili.com",
                                                 "peertube", "twitch.tv", "wistia"};
    for (std::string_view h : hosts) {
        if (contains(host, h)) return true;
    }
    return false;
}

bool is_slides_host(std::string_view host) {
    static constexpr std::string_view hosts[] = {"speakerdeck.com", "slideshare.net", "slides.com"};
    for (std::string_view h : hosts) {
        if (contains(host, h)) return true;
    }
    return false;
}

// Hosts that only serve schedules: sched ("x.sched.com", "sched.co"), sessionize, pretalx, indico.
bool is_schedule_host(std::string_view host) {
    return text::starts_with(host, "sched.") || contains(host, ".sched.") || contains(host, "sessionize.") ||
           contains(host, "pretalx") || contains(host, "indico");
}

// A path that ends at the programme itself: "/schedule", "/program/schedule/", "/agenda/".
bool is_whole_program_page(std::string_view path) {
    while (!path.empty() && path.back() == '/') path.remove_suffix(1);
    const std::size_t slash = path.rfind('/');
    const std::string_view last = slash == std::string_view::npos ? path : path.substr(slash + 1);
    return last == "schedule" || last == "program" || last == "programme" || last == "agenda";
}

}  // namespace

LinkKind link_kind(std::string_view href) {
    href = text::trim(href);
    if (href.empty()) return LinkKind::other;
    if (href.front() == '#') return LinkKind::anchor;
    // Lowered into a buffer on the stack when it fits (nearly every address): every link of a post
    // is asked, and a lowered std::string was an allocation each.
    char buffer[256];
    std::string long_lower;
    std::string_view lower;
    if (href.size() <= sizeof buffer) {
        for (std::size_t i = 0; i < href.size(); ++i) buffer[i] = text::ascii_lower_char(href[i]);
        lower = std::string_view(buffer, href.size());
    } else {
        long_lower = text::ascii_lower(href);
        lower = long_lower;
    }
    if (text::starts_with(lower, "mailto:")) return LinkKind::profile;

    std::string_view rest = lower;
    std::string_view host;
    if (const std::size_t scheme = rest.find("://"); scheme != std::string_view::npos && scheme < 10) {
        rest.remove_prefix(scheme + 3);
        const std::size_t slash = text::find_any(rest, "/?#");
        host = rest.substr(0, slash);
        rest = slash == std::string_view::npos ? std::string_view() : rest.substr(slash);
        if (text::starts_with(host, "www.")) host.remove_prefix(4);
    }
    const std::size_t query_at = text::find_any(rest, "?#");
    const std::string_view path = rest.substr(0, query_at);
    const std::string_view query = query_at == std::string_view::npos ? std::string_view() : rest.substr(query_at);
    const SlashedPath slashed(path);

    if (is_video_host(host) || slashed.contains("/watch") || slashed.contains("/video") || slashed.contains("/embed/") ||
        text::ends_with(path, ".mp4") || text::ends_with(path, ".webm")) {
        return LinkKind::video;
    }
    if (is_slides_host(host) || text::ends_with(path, ".pdf") || text::ends_with(path, ".ppt") || text::ends_with(path, ".pptx") ||
        text::ends_with(path, ".key") || text::ends_with(path, ".slide") || slashed.contains("/presentation/d/") || slashed.contains("/slides")) {
        return LinkKind::slides;
    }
    // A speaker's page on a schedule host is a person, not a session.
    if (slashed.contains("/author/") || slashed.contains("/authors/") || slashed.contains("/people/") || slashed.contains("/team/") ||
        slashed.contains("/speaker/") || slashed.contains("/speakers/") || slashed.contains("/in/") || slashed.contains("/u/")) {
        return LinkKind::profile;
    }
    // A schedule host's page of a room ("x.sched.com/venue/Hall+3") lists sessions; it is none.
    if (is_schedule_host(host)) return slashed.contains("/venue/") ? LinkKind::other : LinkKind::session_page;  // its slugs may say "pre-registration-required"
    // A sign-up page: a path segment that starts with register or tickets, or a ticket shop's
    // "...-registration-tickets-123" event.
    bool registration = false;
    slashed.for_each_segment([&](std::string_view segment) {
        registration |= text::starts_with(segment, "register") || text::starts_with(segment, "tickets") ||
                        contains(segment, "registration-tickets") || contains(segment, "-tickets-");
    });
    if (registration) return LinkKind::registration;
    if (!host.empty() && is_social_or_code_host(host) && slashed.segment_count() == 1) return LinkKind::profile;
    if (!host.empty() && is_code_host(host) && slashed.segment_count() >= 2) return LinkKind::code;
    static constexpr std::string_view session_paths[] = {"/event/", "/session", "/talk", "/program",
                                                          "/schedule", "/agenda", "/contribution", "/presentation",
                                                          "/keynote", "/lecture"};
    for (std::string_view p : session_paths) {
        if (!slashed.contains(p)) continue;
        // ".../program/schedule/": the whole programme's page, no session of it.
        if (is_whole_program_page(path) && query.empty()) return LinkKind::other;
        // "/2026/schedule/track/design/", "/schedule/day/saturday/", "/schedule/room/k1105/": a page
        // listing a track's, a day's or a room's sessions, no session of its own.
        if (!slashed.contains("/event/") && (slashed.contains("/track/") || slashed.contains("/day/") || slashed.contains("/room/"))) {
            return LinkKind::other;
        }
        return LinkKind::session_page;
    }
    // A relative page ("schedule/talks#x") reads like the absolute one: look at it with a leading '/'.
    if (host.empty() && !path.empty() && path.front() != '/') {
        for (std::string_view p : session_paths) {
            if (text::starts_with(path, p.substr(1))) return LinkKind::session_page;
        }
    }
    if (contains(query, "session") || contains(query, "talk") || contains(query, "paper")) return LinkKind::session_page;
    // A fragment on a program page points at one session in it ("/conference-program#talk-slug",
    // "/training-program#course").
    if (query.size() > 1 && query.front() == '#') {
        for (std::string_view p : session_paths) {
            if (contains(path, p.substr(1))) return LinkKind::session_page;
        }
    }
    return LinkKind::other;
}

bool is_platform_name(std::string_view text) {
    return text::iequals_ascii(text, "github") || text::iequals_ascii(text, "youtube") || text::iequals_ascii(text, "linkedin") ||
           text::iequals_ascii(text, "twitter");
}

namespace {

bool starts_with_ignoring_case(std::string_view s, std::string_view prefix) {
    return s.size() >= prefix.size() && text::iequals_ascii(s.substr(0, prefix.size()), prefix);
}

}  // namespace

bool converts_time(std::string_view href) {
    const std::size_t scheme = href.find("://");
    if (scheme == std::string_view::npos) return false;
    std::string_view host = href.substr(scheme + 3);
    host = host.substr(0, text::find_any(host, "/?#"));
    if (text::starts_with(host, "www.")) host.remove_prefix(4);
    static constexpr std::string_view hosts[] = {"time.is", "timeanddate.com", "everytimezone.com", "worldtimebuddy.com",
                                                 "arewemeetingyet.com"};
    for (std::string_view h : hosts) {
        if (host == h) return true;
    }
    return false;
}

bool is_generic_link_text(std::string_view text) {
    // Compared ignoring case rather than lowered into a copy: every link's text is asked, and the
    // answer needs no more than the text's head (verbs, a scheme) or its equality with a short word.
    const std::string_view bare = text::trim_chars(text, ".:!()[]*_\"'");
    if (bare.empty()) return true;
    // "slides (pdf)", "video (YouTube)": a generic word and a note on its format.
    if (const std::size_t note = text::find_pair(bare, " ("); note != std::string_view::npos && note > 0 && text::trim(text).back() == ')' &&
                                                             text::find_pair(bare, " (", note + 1) == std::string_view::npos) {
        return is_generic_link_text(bare.substr(0, note));
    }
    // "Watch the recording", "Download the slides", "View our slides": a verb and an article
    // before a generic word. The verbs and schemes below are looked at only for a text that starts
    // with one of their first letters (most link texts are talks' titles).
    const char first = text::ascii_lower_char(bare.front());
    for (std::string_view verb : {"watch ", "see ", "view ", "download ", "read ", "get ", "open ", "show "}) {
        if (first != verb.front() || !starts_with_ignoring_case(bare, verb) || bare.size() == verb.size()) continue;
        std::string_view rest = bare.substr(verb.size());
        for (std::string_view article : {"the ", "our ", "my ", "this ", "a "}) {
            if (starts_with_ignoring_case(rest, article)) rest.remove_prefix(article.size());
        }
        if (is_generic_link_text(rest)) return true;
        break;
    }
    if ((first == 'h' && (starts_with_ignoring_case(bare, "http://") || starts_with_ignoring_case(bare, "https://"))) ||
        (first == 'w' && starts_with_ignoring_case(bare, "www."))) {
        return true;
    }
    static constexpr text::WordList generic{
        "here|link|this|more|read more|learn more|more info|more information|details|website|web site|site|page|"
        "event page|homepage|register|register here|registration|sign up|rsvp|tickets|slides|slide|deck|pdf|video|"
        "videos|recording|watch|watch it|watch here|youtube|on youtube|see on youtube|watch on youtube|sched|schedule|"
        "agenda|program|programme|calendar|github|twitter|blog|blog post|post|abstract|info|source|code|repo|demo|"
        "materials|material|recordings|linkedin|mastodon|notes|paper|transcript|livestream|photos|session link|"
        "session page|talk link|talk page|event link|event page link|session details|talk details|schedule link|sched link|"
        "link to talk|link to the talk|link to session|link to the session|link to video|link to the video|link to slides|"
        "add to calendar|add to your calendar|add it to your calendar|add to google calendar|google calendar|ical|ics|"
        "your timezone|your time zone|your timezone here|your time zone here|in your timezone|in your time zone|local time"};
    return generic.contains(bare);
}

bool names_slides(std::string_view text) {
    std::string_view bare = text::trim_chars(text, ".:!()[]*_\"' ");
    if (const std::size_t note = text::find_pair(bare, " ("); note != std::string_view::npos) bare = bare.substr(0, note);
    return text::is_listed_ascii(bare, "slides|slide|deck|pdf|presentation") ||
           (is_generic_link_text(text) && (text::ascii_lower(bare).find("slide") != std::string::npos));
}

}  // namespace talkboard
