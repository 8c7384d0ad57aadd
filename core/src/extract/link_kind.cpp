#include "talkboard/extract/link_kind.h"

#include <string>

#include "internal/text.h"

namespace talkboard {

namespace {

bool contains(std::string_view haystack, std::string_view needle) { return haystack.find(needle) != std::string_view::npos; }

// Path segments ("/a/b/c" -> a, b, c), empty ones skipped.
std::size_t segment_count(std::string_view path) {
    std::size_t count = 0;
    for (std::string_view part : text::split(path, "/")) count += !part.empty();
    return count;
}

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
    const std::string lower = text::ascii_lower(href);
    if (text::starts_with(lower, "mailto:")) return LinkKind::profile;

    std::string_view rest = lower;
    std::string_view host;
    if (const std::size_t scheme = rest.find("://"); scheme != std::string_view::npos && scheme < 10) {
        rest.remove_prefix(scheme + 3);
        const std::size_t slash = rest.find_first_of("/?#");
        host = rest.substr(0, slash);
        rest = slash == std::string_view::npos ? std::string_view() : rest.substr(slash);
        if (text::starts_with(host, "www.")) host.remove_prefix(4);
    }
    const std::size_t query_at = rest.find_first_of("?#");
    const std::string_view path = rest.substr(0, query_at);
    const std::string_view query = query_at == std::string_view::npos ? std::string_view() : rest.substr(query_at);

    if (is_video_host(host) || contains(path, "/watch") || contains(path, "/video") || contains(path, "/embed/") ||
        text::ends_with(path, ".mp4") || text::ends_with(path, ".webm")) {
        return LinkKind::video;
    }
    if (is_slides_host(host) || text::ends_with(path, ".pdf") || text::ends_with(path, ".ppt") || text::ends_with(path, ".pptx") ||
        text::ends_with(path, ".key") || contains(path, "/presentation/d/") || contains(path, "/slides")) {
        return LinkKind::slides;
    }
    // A speaker's page on a schedule host is a person, not a session.
    if (contains(path, "/author/") || contains(path, "/authors/") || contains(path, "/people/") || contains(path, "/team/") ||
        contains(path, "/speaker/") || contains(path, "/speakers/") || contains(path, "/in/") || contains(path, "/u/")) {
        return LinkKind::profile;
    }
    if (is_schedule_host(host)) return LinkKind::session_page;  // its slugs may say "pre-registration-required"
    // A sign-up page: a path segment that starts with register or tickets, or a ticket shop's
    // "...-registration-tickets-123" event.
    for (std::string_view segment : text::split(path, "/")) {
        if (text::starts_with(segment, "register") || text::starts_with(segment, "tickets") ||
            contains(segment, "registration-tickets") || contains(segment, "-tickets-")) {
            return LinkKind::registration;
        }
    }
    if (!host.empty() && is_social_or_code_host(host) && segment_count(path) == 1) return LinkKind::profile;
    if (!host.empty() && is_code_host(host) && segment_count(path) >= 2) return LinkKind::code;
    static constexpr std::string_view session_paths[] = {"/event/", "/session", "/talk", "/program",
                                                          "/schedule", "/agenda", "/contribution", "/presentation",
                                                          "/keynote", "/lecture"};
    for (std::string_view p : session_paths) {
        if (!contains(path, p)) continue;
        // ".../program/schedule/": the whole programme's page, no session of it.
        if (is_whole_program_page(path) && query.empty()) return LinkKind::other;
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
    const std::string lower = text::ascii_lower(text);
    return lower == "github" || lower == "youtube" || lower == "linkedin" || lower == "twitter";
}

bool is_generic_link_text(std::string_view text) {
    std::string lower = text::ascii_lower(text::trim_chars(text, ".:!()[]*_\"'"));
    if (lower.empty()) return true;
    // "Watch the recording", "Download the slides", "View our slides": a verb and an article
    // before a generic word.
    for (std::string_view verb : {"watch ", "see ", "view ", "download ", "read ", "get ", "open "}) {
        if (!text::starts_with(lower, verb) || lower.size() == verb.size()) continue;
        std::string rest = lower.substr(verb.size());
        for (std::string_view article : {"the ", "our ", "my ", "this ", "a "}) {
            if (text::starts_with(rest, article)) rest.erase(0, article.size());
        }
        if (rest != lower && is_generic_link_text(rest)) return true;
        break;
    }
    if (text::starts_with(lower, "http://") || text::starts_with(lower, "https://") || text::starts_with(lower, "www.")) return true;
    static constexpr std::string_view generic[] = {
        "here", "link", "this", "more", "read more", "learn more", "more info", "more information", "details",
        "website", "web site", "site", "page", "event page", "homepage", "register", "register here", "registration",
        "sign up", "rsvp", "tickets", "slides", "slide", "deck", "pdf", "video", "videos", "recording", "watch",
        "watch it", "watch here", "youtube", "on youtube", "see on youtube", "watch on youtube", "sched", "schedule",
        "agenda", "program", "programme", "calendar", "github", "twitter", "blog", "blog post", "post", "abstract",
        "info", "source", "code", "repo", "demo", "materials", "material", "recordings", "linkedin", "mastodon",
        "notes", "paper", "transcript", "livestream", "photos",
    };
    for (std::string_view g : generic) {
        if (lower == g) return true;
    }
    return false;
}


}  // namespace talkboard
