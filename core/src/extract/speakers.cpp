#include "talkboard/extract/speakers.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <iterator>

#include "talkboard/time/civil_time.h"
#include "internal/text.h"

namespace talkboard {

namespace {

// Parts are views into the text being parsed: a speaker list is split many ways while it is read,
// and copying every part was most of the parse's cost on a big post. Lists of parts are short
// (names, words of a name), so the first eight live inline and only longer ones allocate.
class Parts {
public:
    void push_back(std::string_view part) {
        if (size_ < inline_.size()) {
            inline_[size_] = part;
        } else {
            if (more_.empty()) more_.assign(inline_.begin(), inline_.end());
            more_.push_back(part);
        }
        ++size_;
    }
    std::size_t size() const { return size_; }
    bool empty() const { return size_ == 0; }
    const std::string_view* begin() const { return size_ <= inline_.size() ? inline_.data() : more_.data(); }
    const std::string_view* end() const { return begin() + size_; }
    std::string_view operator[](std::size_t i) const { return begin()[i]; }
    std::string_view back() const { return begin()[size_ - 1]; }
    void clear() {
        size_ = 0;
        more_.clear();
    }

private:
    std::array<std::string_view, 8> inline_;
    std::vector<std::string_view> more_;  // all parts, once there are more than eight
    std::size_t size_ = 0;
};

Parts trimmed_parts(std::string_view s, std::string_view separator) {
    Parts parts;
    std::size_t from = 0;
    for (;;) {
        const std::size_t at = s.find(separator, from);
        const std::string_view t = text::trim(s.substr(from, at == std::string_view::npos ? std::string_view::npos : at - from));
        if (!t.empty()) parts.push_back(t);
        if (at == std::string_view::npos) return parts;
        from = at + separator.size();
    }
}

// Splits on " & ", " + " and " and " (surrounded by spaces), the connectors between people; a
// bare '&' belongs to an org ("AT&T").
bool looks_like_role(std::string_view part);

// The first connector at or after `from`: its position (npos when none) and its width (3 for
// " & " and " + ", 5 for " and "). One pass over the text instead of a search per connector.
std::size_t find_connector(std::string_view group, std::size_t from, std::size_t* width) {
    // Byte by byte, compared in place: a speaker list is short, and a memchr and a memcmp call at
    // each of its spaces were most of the split.
    for (std::size_t at = from; at < group.size(); ++at) {
        if (group[at] != ' ') continue;
        if (at + 2 < group.size() && (group[at + 1] == '&' || group[at + 1] == '+') && group[at + 2] == ' ') {
            *width = 3;
            return at;
        }
        if (at + 4 < group.size() && group[at + 1] == 'a' && group[at + 2] == 'n' && group[at + 3] == 'd' && group[at + 4] == ' ') {
            *width = 5;
            return at;
        }
    }
    return std::string_view::npos;
}

Parts split_people(std::string_view group) {
    Parts parts;
    std::size_t from = 0;
    std::size_t begin = 0;  // where the segment being read starts
    for (;;) {
        std::size_t width = 0;
        const std::size_t at = find_connector(group, from, &width);
        const bool word = width == 5;
        // "Imre Nagi, CTO & Co-founder, Schoters": an '&' between two roles joins them, one person's.
        if (at != std::string_view::npos && width == 3 && group[at + 1] == '&') {
            const std::string_view segment = group.substr(begin, at - begin);
            const std::size_t last_comma = segment.rfind(',');
            const std::string_view after = group.substr(at + width);
            if (last_comma != std::string_view::npos && looks_like_role(text::trim(segment.substr(last_comma + 1))) &&
                looks_like_role(text::trim(after.substr(0, after.find(','))))) {
                from = at + width;
                continue;
            }
        }
        if (at != std::string_view::npos && word && at > 0 && group[at - 1] != ',') {  // ", and" ends a list
            // "Ana Li, ZB MED - Center for Life Sciences and TH Koeln - University": after a name
            // and its org, an "and" that no name follows joins two orgs.
            const std::string_view segment = group.substr(begin, at - begin);
            const std::string_view after = group.substr(at + width);
            const std::string_view next = text::trim(after.substr(0, after.find(',')));
            // ... or that goes on a role ("Professor for Data and Information Literacy").
            const std::size_t last_comma = segment.rfind(',');
            const bool in_role = last_comma != std::string_view::npos && looks_like_role(text::trim(segment.substr(last_comma + 1)));
            if (segment.find(',') != std::string_view::npos && (!looks_like_person_name(next) || looks_like_org(next) || in_role)) {
                from = at + width;
                continue;
            }
        }
        const std::string_view t = text::trim(group.substr(begin, at == std::string_view::npos ? std::string_view::npos : at - begin));
        if (!t.empty()) parts.push_back(t);
        if (at == std::string_view::npos) return parts;
        from = begin = at + width;
    }
}

bool is_particle(std::string_view word) {
    static constexpr text::WordList particles{"de|van|der|den|von|da|dos|das|del|della|di|du|la|le|bin|al|y|e|ten|ter|zu|st.|d'"};
    return particles.index_of(word, false) != std::string_view::npos;
}

// Words that start subtitles, never names ("The Next Generation", "How to ...").
bool is_title_word(std::string_view word) {
    static constexpr text::WordList words{
        "The|A|An|How|What|Why|When|Where|Your|Our|With|From|For|To|In|On|Of|And|Is|Are|Part|Day|Intro|Introduction|"
        "Beyond|Into|Using|Building|Getting|Lessons"};
    return words.index_of(word, false) != std::string_view::npos;
}

constexpr text::WordList role_words{
    "CTO|CEO|COO|CFO|CIO|CISO|CMO|CPO|VP|SVP|EVP|Founder|Co-Founder|Cofounder|Co-founder|Director|Engineer|Manager|"
    "Maintainer|Architect|Advocate|Head|President|Principal|Chair|Evangelist|Researcher|Professor|Fellow|Consultant|"
    "Specialist|Officer|Lead|Developer|Scientist|Product|Staff|Senior|Author|Co-Maintainer|Co-Creator|Creator|"
    "Co-Chair|Co-Chairs|Member|Contributor|Analyst|Student|Intern|Lecturer|Programmer|Designer|Coordinator|Advisor|"
    "Adviser|Strategist|Technologist|Administrator|Organizer|Organiser"};

bool looks_like_role(std::string_view part) {
    for (std::string_view word : text::split(part, " ")) {
        if (role_words.index_of(word, false) != std::string_view::npos) return true;
    }
    return false;
}


// Company suffixes that belong to the org before them ("ClickHouse, Inc").
bool is_company_suffix(std::string_view part) {
    static constexpr text::WordList suffixes{"Inc|Inc.|LLC|Ltd|Ltd.|GmbH|AG|SA|S.A.|Corp|Corp.|Co.|PLC|BV|B.V.|AB|Oy|SAS|SRL|KK"};
    return suffixes.index_of(part, false) != std::string_view::npos;
}

Speaker make_speaker(std::string_view name, const Parts& details, std::size_t first_detail = 0) {
    Speaker speaker;
    speaker.name = std::string(name);
    if (first_detail >= details.size()) return speaker;
    // "Name, CTO, Isovalent", "Name, VP, Open Source Engineering, Aqua": after a role, the last part
    // is the org and the parts between are the role; "Isovalent, now part of Cisco" and
    // "ClickHouse, Inc" are one org written with a comma.
    std::size_t first_org = first_detail;
    // A role first and an org last; when the last part is a role too ("Orlin Vasilev, Maintainer,
    // Community Manager") there is no org to single out and the parts stay together as written.
    if (details.size() >= first_detail + 2 && looks_like_role(details[first_detail]) && !looks_like_role(details.back())) {
        first_org = details.size() - 1;
        const std::string_view last = details[first_org];
        const bool continues = is_company_suffix(last) || std::islower(static_cast<unsigned char>(last[0]));
        if (continues && first_org > first_detail + 1) --first_org;
        std::string role;
        for (std::size_t i = first_detail; i < first_org; ++i) {
            if (!role.empty()) role += ", ";
            role += details[i];
        }
        speaker.role = std::move(role);
    }
    std::string org;
    for (std::size_t i = first_org; i < details.size(); ++i) {
        if (!org.empty()) org += ", ";
        org += details[i];
    }
    // "Name, Site Reliability Lead at Kwelder": a role, then the org after " at ".
    if (!speaker.role) {
        const std::size_t at = text::find_by(org, " at ", 1);  // by its 'a', compared in place
        if (at != std::string::npos && looks_like_role(std::string_view(org).substr(0, at))) {
            speaker.role = org.substr(0, at);
            org = std::string(text::trim(std::string_view(org).substr(at + 4)));
        }
    }
    // "Name, Acme's Director of Engineering": the org owns the role.
    if (!speaker.role) {
        for (std::string_view possessive : {"'s ", "\xE2\x80\x99s "}) {
            const std::size_t at = org.find(possessive);
            if (at == std::string::npos || at == 0 || !looks_like_role(std::string_view(org).substr(at + possessive.size()))) continue;
            speaker.role = org.substr(at + possessive.size());
            org.resize(at);
            break;
        }
    }
    // "Name, CTO": an officer's title alone is a role, not an org (a longer role such as
    // "Program Co-Chairs" stays as written).
    static constexpr text::WordList officer_titles{"CTO|CEO|COO|CFO|CIO|CISO|CMO|CPO|VP|SVP|EVP|Founder|Co-Founder|Co-founder|Cofounder"};
    if (!speaker.role && officer_titles.index_of(org, false) != std::string_view::npos) {
        speaker.role = std::move(org);
        return speaker;
    }
    speaker.org = std::move(org);
    return speaker;
}

// The org inside parentheses, without the roles written before or after it ("Huawei Cloud, Karmada
// Maintainer", "CEO, Dynamia, HAMi Maintainer"); all of it when every part is a role.
std::string_view parenthesized_org(std::string_view inner) {
    inner = text::trim(inner);
    std::size_t begin = 0, end = inner.size();
    while (end > 0) {  // roles after the org (a comma first leaves none before it: end 0 ends the search)
        const std::size_t comma = inner.rfind(", ", end - 1);
        if (comma == std::string_view::npos || comma < begin || !looks_like_role(inner.substr(comma + 2, end - comma - 2))) break;
        end = comma;
    }
    for (;;) {  // roles before it
        const std::size_t comma = inner.find(", ", begin);
        if (comma == std::string_view::npos || comma >= end || !looks_like_role(inner.substr(begin, comma - begin))) break;
        begin = comma + 2;
    }
    const std::string_view org = text::trim(inner.substr(begin, end - begin));
    // "(Engineering Director at Netflix)": a role, then the org after " at ".
    if (const std::size_t at = org.find(" at "); at != std::string_view::npos && looks_like_role(org.substr(0, at))) return text::trim(org.substr(at + 4));
    return org;
}

// "Jane Doe (Acme), John Roe (Beta) & Kim Poe", "A & B (Org), C (Org)", "Name (Org) Name (Org)",
// "Kevin Wang (Huawei Cloud)/Puja (Gaint Swarm)", "Name (@handle)": names separated by ',', '&',
// "and" or '/'; an org in parentheses belongs to every name written since the previous org
// ("Scott Rigby, Niki Manoledaki & Soulé Ba (Weaveworks)" share it). Once a name had its own org,
// a later org is shared only across '&' and "and": in "Ana Li (Acme), Bo Wu, Cy Ng (Beta)" Bo Wu's
// org is not written. A handle is no org.
// "Ana Li & Bo Chen": how many people's full names (two or three words, no org's or role's) the
// text lists, 0 when anything else is in it.
std::size_t names_only_people(std::string_view text) {
    std::size_t count = 0;
    for (const std::string_view piece : split_people(text)) {
        for (std::string_view name : text::split(piece, ",")) {
            name = text::trim(name);
            if (name.empty()) continue;
            const auto words = std::count(name.begin(), name.end(), ' ') + 1;
            if (words < 2 || words > 3 || !looks_like_person_name(name) || looks_like_org(name) || looks_like_role(name)) return 0;
            ++count;
        }
    }
    return count;
}

std::optional<std::vector<Speaker>> parse_parenthesized_group(std::string_view group) {
    // Orgs in parentheses close the list; a parenthesis inside a name ("Lily (Xiaoxuan) Liu,
    // Anyscale") is a nickname, read by the comma form.
    if (group.find('(') == std::string_view::npos || text::trim(group).back() != ')') return std::nullopt;
    std::vector<Speaker> speakers;
    std::size_t waiting_from = 0;  // the first speaker still without an org
    std::size_t listed_from = 0;   // the first speaker after the last ',', '/' or ';'
    std::size_t name_begin = 0;
    auto flush_name = [&](std::size_t end) {
        const std::string_view name = text::trim_chars(group.substr(name_begin, end - name_begin), ",&/ ");
        if (!name.empty()) {
            Speaker speaker;
            speaker.name = std::string(name);
            speakers.push_back(std::move(speaker));
        }
    };
    std::size_t i = 0;
    while (i < group.size()) {
        if (group[i] == '(') {
            flush_name(i);
            const std::size_t close = group.find(')', i);
            if (close == std::string_view::npos) return std::nullopt;
            const std::string_view inner = text::trim(group.substr(i + 1, close - i - 1));
            if (!inner.empty() && inner.front() != '@') {
                if (speakers.size() == waiting_from) return std::nullopt;  // an org with no name before it
                // "Ana Li, JioCinema (formerly Hotstar)": a note in lower case goes with the org the
                // comma put before it, read by the comma form.
                if (std::islower(static_cast<unsigned char>(inner.front())) && listed_from > 0 && listed_from + 1 == speakers.size()) {
                    return std::nullopt;
                }
                // "Work, Leadership (Ana Li & Bo Chen)": several people's full names in parentheses are
                // a title's speakers, no org (an org is one: "Red Hat", "Polar Signals").
                if (names_only_people(inner) > 1) return std::vector<Speaker>{};
                const std::string org(parenthesized_org(inner));
                // "(Director of Solutions Architecture)": a role alone names no org.
                const bool role_only = org == text::trim(inner) && looks_like_role(org) && !looks_like_org(org);
                const std::size_t sharing_from = waiting_from > 0 ? std::max(waiting_from, listed_from) : 0;
                for (std::size_t k = sharing_from; k < speakers.size(); ++k) (role_only ? speakers[k].role : speakers[k].org) = org;
                waiting_from = speakers.size();
            }
            i = close + 1;
            name_begin = i;
            continue;
        }
        std::size_t separator = 0;
        if (group[i] == ',' || group[i] == '/' || group[i] == ';') separator = 1;
        else if (group.compare(i, 3, " & ") == 0) separator = 3;
        else if (group.compare(i, 5, " and ") == 0) separator = 5;
        if (separator > 0) {
            flush_name(i);
            if (separator == 1) listed_from = speakers.size();
            i += separator;
            name_begin = i;
            continue;
        }
        ++i;
    }
    flush_name(group.size());
    if (speakers.empty()) return std::nullopt;
    return speakers;
}

// "Kate Stanley & Paolo Patierno @ Red Hat", "Julio Turolla, Roni Silva @ Nubank", "Richard Bosch,
// @ Axual BV": names, then '@' and the org they share.
std::optional<std::vector<Speaker>> parse_at_group(std::string_view group) {
    const std::size_t at = group.find('@');
    if (at == std::string_view::npos || at == 0 || group.find('@', at + 1) != std::string_view::npos) return std::nullopt;
    if (group[at - 1] == '(' || (at + 1 < group.size() && group[at + 1] != ' ' && group[at - 1] != ' ')) return std::nullopt;
    const std::string_view org = text::trim(group.substr(at + 1));
    if (org.empty()) return std::nullopt;
    std::vector<Speaker> speakers;
    for (const auto& segment : split_people(text::trim_chars(group.substr(0, at), ", "))) {
        for (const auto& name : trimmed_parts(segment, ",")) {
            // People have a first and a last name here: "Isovalent @ Cisco" is one org, not a group.
            if (trimmed_parts(name, " ").size() < 2) return std::nullopt;
            Speaker speaker;
            speaker.name = std::string(name);
            speaker.org = std::string(org);
            speakers.push_back(std::move(speaker));
        }
    }
    if (speakers.empty()) return std::nullopt;
    return speakers;
}

// "B. Jones", "J. R. Smith": initials with periods, then a capitalized surname.
bool is_initialed_name(std::string_view part) {
    const auto words = text::split(part, " ");
    std::size_t initials = 0, others = 0;
    for (std::string_view w : words) {
        if (w.empty()) continue;
        if (w.size() == 2 && std::isupper(static_cast<unsigned char>(w[0])) && w[1] == '.') {
            if (others > 0) return false;
            ++initials;
        } else if (std::isupper(static_cast<unsigned char>(w[0]))) {
            ++others;
        } else {
            return false;
        }
    }
    return initials > 0 && others >= 1 && others <= 2;
}

// One ';'-separated group: people joined by '&' who may share the org of the last one.
// Three or more parts, each a full name: "Scott Guthrie, Julia White, Donovan Brown".
bool all_full_names(const Parts& parts) { return parts.size() >= 3 && std::all_of(parts.begin(), parts.end(), is_full_name); }

std::vector<Speaker> parse_group(std::string_view group, const SpeakerContext& context, bool& consulted_context) {
    if (auto speakers = parse_parenthesized_group(group)) return *speakers;
    if (auto speakers = parse_at_group(group)) return *speakers;
    // Each person's ','-parts; a group names one to four people as a rule: those live on the stack.
    const Parts people = split_people(group);
    std::array<Parts, 4> few;
    std::vector<Parts> many(people.size() > few.size() ? people.size() : 0);
    Parts* const segments = many.empty() ? few.data() : many.data();
    const std::size_t segment_count = people.size();
    for (std::size_t s = 0; s < segment_count; ++s) segments[s] = trimmed_parts(people[s], ",");

    std::vector<Speaker> speakers;
    std::size_t parts_count = 0;  // at most one speaker per part: one allocation, not a vector grown per name
    for (std::size_t s = 0; s < segment_count; ++s) parts_count += segments[s].size();
    speakers.reserve(parts_count);
    Parts waiting;  // names whose org comes later ("A & B, Org")
    bool org_written = false;  // an earlier segment ended with its people's org
    for (std::size_t s = 0; s < segment_count; ++s) {
        const auto& parts = segments[s];
        if (parts.empty()) continue;
        const bool last_segment = s + 1 == segment_count;
        if (parts.size() == 1) {
            waiting.push_back(parts[0]);
            continue;
        }
        std::size_t names_end = 1;
        if (!last_segment) {
            // "Thomas Graf, Bill Mulligan & Liz Rice, Isovalent": more names before the '&'
            // unless the post or the words say they are orgs.
            consulted_context = true;
            while (names_end < parts.size()) {
                const std::string_view part = parts[names_end];
                const bool person = context.known_people.count(part) > 0 ||
                                    (context.known_orgs.count(part) == 0 && !looks_like_org(part) &&
                                     !looks_like_role(part) && looks_like_person_name(part));
                if (!person) break;
                ++names_end;
            }
        } else if (parts.size() >= 3) {
            // Oxford list inside the last segment: "A, B, C, Org" only for known people.
            consulted_context = true;
            while (names_end + 1 < parts.size() && context.known_people.count(parts[names_end]) > 0) ++names_end;
            // ... or when every part between is a full name and the last is one word that no
            // suffix, role or name takes ("Marten van Wezel, Henry Chang, Google").
            const std::string_view last = parts.back();
            bool all_names = last.find(' ') == std::string_view::npos && !is_company_suffix(last) && !looks_like_role(last);
            for (std::size_t i = names_end; all_names && i + 1 < parts.size(); ++i) {
                all_names = parts[i].find(' ') != std::string_view::npos && looks_like_person_name(parts[i]) &&
                            !looks_like_org(parts[i]) && !looks_like_role(parts[i]) && context.known_orgs.count(parts[i]) == 0;
            }
            if (all_names) names_end = parts.size() - 1;
            // "Scott Guthrie, Julia White, Donovan Brown": three or more full names and nothing else
            // are as many people (an org is never written as a person's name). After a segment that
            // ended with an org ("A & B, Google, & C, D, Red Hat"), the last part is an org again.
            if (all_full_names(parts)) names_end = org_written ? parts.size() - 1 : parts.size();
            // "Ana Li, Acme, Bo Chen, Globex": full names each followed by one word that names no
            // person are people and their orgs, pair by pair.
            bool pairs = names_end == 1 && parts.size() % 2 == 0 && parts.size() >= 4;
            for (std::size_t i = 0; pairs && i < parts.size(); i += 2) {
                pairs = is_full_name(parts[i]) && !looks_like_role(parts[i + 1]) &&
                        (parts[i + 1].find(' ') == std::string_view::npos || looks_like_org(parts[i + 1]));
            }
            if (pairs) {
                for (const auto name : waiting) speakers.push_back(make_speaker(name, {}));
                waiting.clear();
                for (std::size_t i = 0; i < parts.size(); i += 2) {
                    Parts org;
                    org.push_back(parts[i + 1]);
                    speakers.push_back(make_speaker(parts[i], org));
                }
                continue;
            }
        }
        // "A. Smith, B. Jones": a name written with an initial is a person, never an org.
        while (names_end < parts.size() && is_initialed_name(parts[names_end])) ++names_end;
        for (std::size_t i = 0; i < names_end; ++i) waiting.push_back(parts[i]);
        if (names_end == parts.size()) continue;  // all names: they wait for an org in a later segment
        for (const auto name : waiting) speakers.push_back(make_speaker(name, parts, names_end));
        waiting.clear();
        org_written = true;
    }
    for (const auto name : waiting) speakers.push_back(make_speaker(name, {}));
    return speakers;
}

}  // namespace

std::string as_people_list(std::string_view text) {
    if (text.find_first_of("(@;&") != std::string_view::npos || text::find_by(text, " and ", 3) != std::string_view::npos) {
        return std::string(text);
    }
    const Parts parts = trimmed_parts(text, ",");
    if (parts.size() < 2) return std::string(text);
    for (const std::string_view part : parts) {
        if (trimmed_parts(part, " ").size() < 2 || !looks_like_person_name(part) || looks_like_org(part) ||
            looks_like_role(part)) {
            return std::string(text);
        }
    }
    std::string list;
    for (const std::string_view part : parts) {
        if (!list.empty()) list += "; ";
        list += part;
    }
    return list;
}

bool looks_like_org(std::string_view phrase) {
    const Parts words = trimmed_parts(phrase, " ");
    if (words.size() <= 1) return true;  // "Google", "Bell": people come with a surname
    static constexpr text::WordList org_words{
        "Inc|Inc.|LLC|Ltd|Ltd.|GmbH|AG|SA|LP|Co.|Corp|Corp.|Corporation|Company|Labs|Lab|Systems|Technologies|"
        "Technology|Networks|Network|Cloud|Security|Software|Solutions|Group|Times|University|Universität|Foundation|"
        "Markets|Bank|Media|Data|Digital|Computing|Capital|Partners|Studio|Institute|Research|Project|Community|"
        "Services|Platform|Platforms|Consulting|Ambassador|Canada|America|Europe|Germany|France|India|Japan|China|Plane"};
    for (const auto& word : words) {
        if (org_words.index_of(word, false) != std::string_view::npos) return true;
        const auto first = static_cast<unsigned char>(word[0]);
        if (std::islower(first) && !is_particle(word)) return true;  // "white duck"
        bool inner_capital = false, digit = false, all_caps = word.size() > 1;
        // Surname prefixes carry an inner capital too: McKay, MacLeod, DeVries, LaRue, O'Brien.
        const bool surname_prefix = text::starts_with(word, "Mc") || text::starts_with(word, "Mac") ||
                                    text::starts_with(word, "De") || text::starts_with(word, "La") ||
                                    text::starts_with(word, "Di") || text::starts_with(word, "Van");
        for (std::size_t i = 0; i < word.size(); ++i) {
            const auto c = static_cast<unsigned char>(word[i]);
            inner_capital |= !surname_prefix && i > 0 && std::isupper(c) && std::islower(static_cast<unsigned char>(word[i - 1]));
            digit |= std::isdigit(c) != 0;
            all_caps &= std::isupper(c) != 0;
        }
        if (inner_capital || digit || all_caps || word.find('@') != std::string_view::npos) return true;
    }
    return false;
}

std::string_view without_handles_and_honorifics(std::string_view text, std::string& buffer);

std::vector<Speaker> parse_first_names(std::string_view text) {
    std::vector<Speaker> speakers;
    std::string stripped;
    text = text::trim_chars(without_handles_and_honorifics(text, stripped), ".,;");
    std::string normalized(text);
    for (char& c : normalized) {
        if (c == '/' || c == '&') c = ',';
    }
    std::string_view rest = normalized;
    for (;;) {
        std::size_t cut = rest.find(',');
        const std::size_t and_at = text::find_by(rest, " and ", 3);
        std::size_t width = 1;
        if (and_at != std::string_view::npos && and_at < cut) cut = and_at, width = 5;
        const std::string_view name = text::trim(rest.substr(0, cut));
        if (!name.empty()) {
            static constexpr text::WordList not_names{
                "All|TBA|TBD|Everyone|Various|Speaker|Speakers|Team|Teams|None|Staff|Host|Hosts|Anyone|Everybody|"
                "Participants|Attendees|Organizers|\xE6\x9C\xAA\xE5\xAE\x9A"};  // 未定 (to be decided)
            const bool single = name.find(' ') == std::string_view::npos && looks_like_person_name(name) && name.size() >= 2 &&
                                not_names.index_of(name, false) == std::string_view::npos;
            if (!single || weekday_from_name(name) || month_from_name(name)) return {};
            Speaker speaker;
            speaker.name = std::string(name);
            speakers.push_back(std::move(speaker));
        }
        if (cut == std::string_view::npos) break;
        rest = rest.substr(cut + width);
    }
    return speakers;
}

bool looks_like_person_name(std::string_view name) {
    // A name the person also goes by, after the name: "Tan Zhongyi (Jerry Tan)".
    const std::size_t open = text::find_pair(name, " (");
    if (open != std::string_view::npos && name.back() == ')' && name.find('(', open + 2) == std::string_view::npos) {
        const std::string_view also = name.substr(open + 2, name.size() - open - 3);
        if (trimmed_parts(also, " ").size() >= 2) return looks_like_person_name(name.substr(0, open)) && looks_like_person_name(also);
    }
    const Parts words = trimmed_parts(name, " ");
    if (words.empty() || words.size() > 6) return false;
    bool capitalized = false;
    for (std::size_t w = 0; w < words.size(); ++w) {
        std::string_view word = words[w];
        // A nickname between the names: "Lily (Xiaoxuan) Liu".
        if (w > 0 && w + 1 < words.size() && word.size() > 2 && word.front() == '(' && word.back() == ')') word = word.substr(1, word.size() - 2);
        for (char c : word) {
            const auto u = static_cast<unsigned char>(c);
            if (std::isdigit(u) || c == ':' || c == '?' || c == '!' || c == '(' || c == ')' || c == '/' ||
                c == '|' || c == '[' || c == ']' || c == '#' || c == '+' || c == '=') {
                return false;
            }
        }
        // A nickname in quotes ("Priyanka \"Pinky\" Ravi") is read without its quotes.
        const std::string_view bare = text::trim_chars(word, "\"");
        if (bare.empty()) return false;
        const auto first = static_cast<unsigned char>(bare[0]);
        if (first >= 0x80) {
            // A letter of another script ("Émile", "Łukasz"), not a symbol or a flag ("🇪🇸"); an
            // invisible format mark before it (a direction override, a zero-width space) is no letter
            // and no symbol either: the letter after it decides.
            std::size_t n = 0, at = 0;
            char32_t cp = text::decode_at(bare, 0, &n);
            while ((cp >= 0x200B && cp <= 0x200F) || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2060 && cp <= 0x206F) || cp == 0xFEFF) {
                at += n;
                if (at >= bare.size()) return false;
                cp = text::decode_at(bare, at, &n);
            }
            if (cp < 0x80 && !std::isupper(static_cast<unsigned char>(cp)) && !is_particle(bare.substr(at))) return false;
            if (text::is_emoji(cp) || (cp >= 0x2000 && cp < 0x3040) || cp >= 0x1F000) return false;
            capitalized = true;
        } else if (std::isupper(first)) {
            capitalized = true;
        } else if (!is_particle(bare)) {
            return false;
        }
    }
    return capitalized;
}

// Most names recur across a post: look up before building a string (set::emplace would build it first).
static void remember(std::set<std::string, SpeakerContext::NameLess>& known, std::string_view value) {
    const auto at = known.lower_bound(value);  // one search for both the test and the insertion
    if (at == known.end() || known.key_comp()(value, *at)) known.emplace_hint(at, value);
}

void SpeakerContext::collect(std::string_view speaker_text) {
    for (const auto& group : trimmed_parts(speaker_text, ";")) {
        const auto segments = split_people(group);
        for (std::size_t s = 0; s < segments.size(); ++s) {
            const auto parts = trimmed_parts(segments[s], ",");
            if (parts.empty()) continue;
            if (looks_like_person_name(parts[0])) remember(known_people, parts[0]);
            // The last part of the last segment is an org, unless a lone name.
            if (s + 1 == segments.size() && parts.size() >= 2 && !all_full_names(parts)) remember(known_orgs, parts.back());
        }
    }
}

// A handle written bare after a name: " @mattomata" (a space before the '@', a word right after
// it; "Name @ Org" names an org).
bool bare_handle_at(std::string_view text, std::size_t i) {
    return text[i] == '@' && i > 0 && text[i - 1] == ' ' && i + 1 < text.size() &&
           (text::is_ascii_alpha(text[i + 1]) || text::is_ascii_digit(text[i + 1]) || text[i + 1] == '_');
}

// "Matt Moore (@mattomata) & Ville Aikas (@AikasVille), Google", "Ana Li @ana, Acme": handles are
// not orgs; they go.
std::string without_handles(std::string_view text) {
    std::string out;
    std::size_t i = 0;
    while (i < text.size()) {
        if (bare_handle_at(text, i)) {
            while (i < text.size() && text[i] != ' ' && text[i] != ',' && text[i] != ';' && text[i] != '&') ++i;
            while (!out.empty() && out.back() == ' ') out.pop_back();
            // "Wes Todd @wesleytodd Jon Church @jonchurch": the handle parted two people.
            std::size_t next = i;
            while (next < text.size() && text[next] == ' ') ++next;
            if (next < text.size() && text::is_ascii_upper(text[next])) out += " &";
            continue;
        }
        if (text[i] == '(' && i + 1 < text.size() && text[i + 1] == '@') {
            const std::size_t close = text.find(')', i);
            if (close != std::string_view::npos) {
                while (!out.empty() && out.back() == ' ') out.pop_back();
                i = close + 1;
                // "Eve Fox (@eve), Kim Ode (@kim)": a comma between two people who each have a handle
                // parts people; "Ana Li (@ana), Acme" keeps its org.
                if (text.compare(i, 2, ", ") == 0) {
                    const std::size_t next_handle = text.find("(@", i);
                    if (next_handle != std::string_view::npos && text.substr(i + 2, next_handle - i - 2).find(',') == std::string_view::npos) {
                        out += ';';
                        ++i;
                    }
                }
                continue;
            }
        }
        out += text[i++];
    }
    return out;
}

// A speaker text without "(@handle)" notes and the Japanese honorific after a name ("西立野(@x)さん
// & Keitaro Okamuraさん"): a view of `text`, or of `buffer` when something was taken out.
std::string_view without_handles_and_honorifics(std::string_view text, std::string& buffer) {
    const std::size_t at = text.find('@');
    if (at != std::string_view::npos && (text.find("(@") != std::string_view::npos || bare_handle_at(text, at) ||
                                         text.find(" @", at + 1) != std::string_view::npos)) {
        text = buffer = without_handles(text);
    }
    // "Ana Li aka Nana", "Ana Li, aka Nana": the name the person also goes by is no second person.
    std::size_t aka = text::find_by(text, " aka ", 2);  // by its 'k'
    if (aka == std::string_view::npos && text::ends_with(text, " aka")) aka = text.size() - 4;  // the nickname on the next line
    if (aka != std::string_view::npos) {
        std::size_t from = aka;
        if (from > 0 && text[from - 1] == ',') --from;
        std::size_t to = std::min(aka + 5, text.size());
        while (to < text.size() && text[to] == ' ') ++to;
        while (to < text.size() && text[to] != ' ' && text[to] != ',' && text[to] != '&' && text[to] != ';' && text[to] != ')') ++to;
        std::string plain(text.substr(0, from));
        plain.append(text.substr(to));
        buffer = std::move(plain);
        text = buffer;
    }
    static constexpr std::string_view san = "\xE3\x81\x95\xE3\x82\x93";  // さん
    if (text.find(san) == std::string_view::npos) return text;
    std::string plain(text);
    for (std::size_t at = plain.find(san); at != std::string::npos; at = plain.find(san, at)) plain.erase(at, san.size());
    buffer = std::move(plain);
    return buffer;
}

std::vector<Speaker> parse_speakers(std::string_view text, const SpeakerContext& context, bool* consulted_context) {

    bool consulted = false;
    if (consulted_context) *consulted_context = false;
    std::string stripped;
    text = without_handles_and_honorifics(text, stripped);
    text = text::trim_chars(text, ".,;");
    if (text.empty()) return {};
    std::vector<Speaker> speakers;
    const auto groups = trimmed_parts(text, ";");
    for (const auto& group : groups) {
        std::vector<Speaker> read = parse_group(group, context, consulted);
        // One group (nearly every list): its vector is the list, not copied into a grown one.
        if (speakers.empty()) speakers = std::move(read);
        else std::move(read.begin(), read.end(), std::back_inserter(speakers));
    }
    if (consulted_context) *consulted_context = consulted;
    if (speakers.empty()) return {};
    for (const auto& speaker : speakers) {
        if (!looks_like_person_name(speaker.name)) return {};
        // "Tuesday, March 19, ..." is a date line, not a person called Tuesday.
        if (weekday_from_name(speaker.name) || month_from_name(speaker.name)) return {};
    }
    // A lone name without an org is the weakest evidence: it must not read like a subtitle.
    if (speakers.size() == 1 && !speakers[0].org) {
        const Parts words = trimmed_parts(speakers[0].name, " ");
        std::size_t name_words = 0;
        for (const auto& word : words) name_words += !is_particle(word);
        if (words.size() < 2 || name_words > 4) return {};
        for (const auto& word : words) {
            if (is_title_word(word)) return {};
        }
    }
    return speakers;
}

std::vector<Speaker> parse_handles(std::string_view text) {
    std::vector<Speaker> out;
    std::size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && (text[i] == ' ' || text[i] == ',' || text[i] == '&' || text[i] == '/')) ++i;
        if (i < text.size() && text.compare(i, 4, "and ") == 0) i += 4;
        if (i >= text.size()) break;
        if (text[i] != '@') return {};
        std::size_t end = i + 1;
        while (end < text.size() && (text::is_ascii_alpha(text[end]) || text::is_ascii_digit(text[end]) || text[end] == '-' || text[end] == '_')) ++end;
        if (end - i < 3 || (end < text.size() && text[end] != ' ' && text[end] != ',' && text[end] != '&' && text[end] != '/')) return {};
        Speaker handle;
        handle.name = std::string(text.substr(i, end - i));
        out.push_back(std::move(handle));
        i = end;
    }
    return out;
}


bool names_people(std::string_view text) {
    // "What Do Cars, Clothes, Wardrobes and MRI Machines Have in Common?": a question is a title.
    if (text::ends_with(text::trim(text), "?")) return false;
    const std::vector<Speaker> people = parse_speakers(text);
    if (people.empty()) return false;
    bool org = false;
    for (const Speaker& p : people) {
        if (!p.org && looks_like_org(p.name)) return false;  // "Service Catalog", "IoT WG"; "Puja (Giant Swarm)" is a person
        org |= p.org.has_value();
    }
    return org || people.size() >= 2;
}


bool is_full_name(std::string_view part) {
    return part.find(' ') != std::string_view::npos && looks_like_person_name(part) && !looks_like_org(part) && !looks_like_role(part);
}

std::size_t leading_names_length(std::string_view text) {
    int depth = 0;  // words inside parentheses are notes on a name ("(stmiller in #trilug)")
    for (std::size_t at = 0; at < text.size();) {
        const std::size_t word_end = std::min(text.size(), text.find_first_of(" ,", at));
        const std::string_view word = text.substr(at, word_end - at);
        // (An org may be written in lower case, "pentesterlabs", or hold one, "Director of Product":
        // only the words that carry a sentence on end the names.)
        static constexpr text::WordList goes_on{"in|at|on|will|is|are|was|were|who|during|about|talks|gives|presents|shows|joins"};
        if (depth == 0 && goes_on.contains(word) && word[0] >= 'a') return at;
        for (char c : word) depth += c == '(' ? 1 : c == ')' && depth > 0 ? -1 : 0;
        at = word_end == text.size() ? text.size() : word_end + 1;
    }
    return text.size();
}

bool all_named_in_full(const std::vector<Speaker>& people) {
    return !people.empty() && std::all_of(people.begin(), people.end(), [](const Speaker& p) { return is_full_name(p.name); });
}

}  // namespace talkboard
