#include "talkboard/extract/entry_reading.h"

#include <algorithm>
#include <array>
#include <cctype>

#include "internal/text.h"
#include "talkboard/limits.h"
#include "talkboard/session_finish.h"
#include "talkboard/extract/session_kind.h"
#include "talkboard/extract/speakers.h"
#include "talkboard/time/civil_time.h"
#include "talkboard/extract/line_shapes.h"
#include "talkboard/extract/talk_text.h"

namespace talkboard {

namespace {


bool has_letter(std::string_view s) {
    return std::any_of(s.begin(), s.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0 || static_cast<unsigned char>(c) >= 0x80; });
}

std::string_view link_text(const EntryLine& line, const InlineLink& link) {
    return std::string_view(line.text).substr(link.begin, link.end - link.begin);
}

// A part of a line without the texts of its generic links and the bars between them: "Ana Li
// [Twitter](...) | [GitHub](...) & Ben Ode [GitHub](...)" reads "Ana Li & Ben Ode".
std::string without_generic_links(const EntryLine& line, std::string_view part) {
    const std::size_t from = static_cast<std::size_t>(part.data() - line.text.data());
    const std::size_t to = from + part.size();
    std::string out;
    std::size_t at = from;
    for (const EntryLink& link : line.links) {
        if (link.begin < at || link.end > to || !is_generic_link_text(link_text(line, link))) continue;
        out.append(line.text, at, link.begin - at);
        out += ' ';
        at = link.end;
    }
    out.append(line.text, at, to - at);
    std::string words;
    for (std::string_view w : text::split(out, " ")) {
        if (w.empty() || w == "|") continue;
        if (!words.empty()) words += ' ';
        words += w;
    }
    return words;
}

// Whether every comma-separated part of a parenthesis' text is a generic link word ("video,
// slides", "twitter, mastodon").
bool only_generic_words(std::string_view list) {
    for (std::string_view part : text::split(list, ",")) {
        if (!is_generic_link_text(text::trim(part))) return false;
    }
    return true;
}

// A speaker text without parentheses that hold only resource words: "Jan Novak (video, slides)"
// reads "Jan Novak" (the links' texts, not an org). One platform's name alone is an org:
// "Ashley Wolf (GitHub)" works there.
std::string without_resource_notes(std::string out) {
    for (std::size_t open = out.find('('); open != std::string::npos; open = out.find('(', open + 1)) {
        const std::size_t close = out.find(')', open);
        if (close == std::string::npos) break;
        const std::string_view inner = std::string_view(out).substr(open + 1, close - open - 1);
        if (!only_generic_words(inner)) continue;
        if (inner.find(',') == std::string_view::npos && is_platform_name(text::trim(inner))) continue;
        out.erase(open, close - open + 1);
        if (open > 0) --open;
    }
    text::assign_part(out, text::trim(out));
    return out;
}

// A line of resource links only ("📁 [Slides](...) | 📹 [Recording](...)"): no abstract text.
bool only_generic_links(const EntryLine& line) {
    if (line.links.empty()) return false;
    for (const EntryLink& link : line.links) {
        if (!is_generic_link_text(link_text(line, link))) return false;
    }
    const std::string rest = without_generic_links(line, line.text);
    for (std::string_view word : text::split(rest, " ")) {
        if (has_letter(text::strip_leading_emoji(word))) return false;  // emoji are bytes >= 0x80 too
    }
    return true;
}

// "Speakers: [Ana Li](...), [Bo Chen](...)": a value that is two or more linked names and the
// separators between them names one person per link (a comma between two links parts people; it
// never sets a name apart from an org). `value` is a view into `line.text`. Empty when it is not.
std::string linked_people(const EntryLine& line, std::string_view value) {
    const char* base = line.text.data();
    if (value.data() < base || value.data() + value.size() > base + line.text.size()) return {};
    const std::size_t from = static_cast<std::size_t>(value.data() - base), to = from + value.size();
    std::string names;
    std::size_t count = 0, at = from;
    for (const EntryLink& link : line.links) {
        if (link.begin < from || link.end > to) continue;
        const std::string_view between = text::trim(std::string_view(line.text).substr(at, link.begin - at));
        if (count == 0 ? !between.empty() : (between != "," && between != "&" && between != "and" && between != ", and")) return {};
        const std::string_view label = text::trim(link_text(line, link));
        if (!looks_like_person_name(label) || looks_like_org(label)) return {};
        if (count++ > 0) names += "; ";
        names += label;
        at = link.end;
    }
    if (count < 2 || !text::trim_chars(std::string_view(line.text).substr(at, to - at), " .").empty()) return {};
    return names;
}

// A name without the parenthesis of generic link words after it: "Dawn Wages (mastodon, twitter)"
// reads "Dawn Wages". Any other text is returned as it is.
std::string_view without_social_note(std::string_view who) {
    who = text::trim(who);
    if (who.empty() || who.back() != ')') return who;
    const std::size_t open = who.rfind(" (");
    if (open == std::string_view::npos || open == 0) return who;
    if (!only_generic_words(who.substr(open + 2, who.size() - open - 3))) return who;
    return text::trim(who.substr(0, open));
}

// A speaker list, strictly or (lenient) as single first names: "Ed and Frederick", "Frederico".
std::vector<Speaker> read_speakers(std::string_view text, bool lenient) {
    text = trim_separators(text);
    if (text.empty()) return {};
    // "Frank,Zhuang": a comma without a space joins single names, it does not start an org.
    const std::size_t comma = text.find(',');
    if (lenient && comma != std::string_view::npos && comma + 1 < text.size() && text[comma + 1] != ' ') {
        std::vector<Speaker> names = parse_first_names(text);
        if (!names.empty()) return names;
    }
    std::vector<Speaker> speakers = parse_speakers(text);
    if (speakers.empty() && lenient) speakers = parse_first_names(text);
    return speakers;
}

bool reads_as_speakers(std::string_view text, bool lenient) { return !read_speakers(text, lenient).empty(); }

// "Wenjie Jiang / Scientist, Acme", "Yihao Zhang, R&D engineer of Acme's messaging team, responsible
// for ...": a speaker's value that is a short bio, no list of names; its person is the name it
// opens with. Any other text is returned as it is.
std::string name_of_bio(const std::string& value) {
    if (!parse_speakers(value).empty()) return value;
    const std::size_t cut = std::min(text::find_by(value, " / ", 1), value.find(", "));
    if (cut == std::string::npos) return value;
    const std::string_view who = text::trim(std::string_view(value).substr(0, cut));
    const auto words = std::count(who.begin(), who.end(), ' ') + 1;
    if (words < 2 || words > 4 || !looks_like_person_name(who) || looks_like_org(who)) return value;
    return std::string(who);
}

// The run of capitalized words that ends a text ("Prometheus team member Frederic Branczyk" ->
// "Frederic Branczyk", "Join the Maintainer Track" -> "Maintainer Track"), or empty. A word that
// starts with a non-ASCII letter counts as capitalized.
std::string_view trailing_capitalized_words(std::string_view s) {
    std::vector<std::string_view> words;
    for (std::string_view w : text::split(s, " ")) {
        if (!w.empty()) words.push_back(w);
    }
    std::size_t first = words.size();
    while (first > 0 && (std::isupper(static_cast<unsigned char>(words[first - 1][0])) || static_cast<unsigned char>(words[first - 1][0]) >= 0x80)) --first;
    if (first == words.size()) return {};
    return s.substr(static_cast<std::size_t>(words[first].data() - s.data()));
}

// Words with which the prose about a talk continues after the speakers' names.
constexpr std::string_view prose_verbs[] = {" will ", " is ", " are ", " share ", " shares ", " present ", " presents ",
                                            " show ", " shows ",
                                            " talk ", " talks ", " speak ", " speaks ", " join ", " joins ", " gives ",
                                            " give ", " demonstrate", " discuss", " explain", " walk ", " has ", " have ",
                                            " look at ", " looks at "};

std::size_t first_prose_verb(std::string_view s) {
    // Every verb starts with a space: the first space that starts one is the first verb (one pass,
    // where a search per verb went over the whole text each; abstracts are asked).
    for (std::size_t at = s.find(' '); at != std::string_view::npos && at + 1 < s.size(); at = s.find(' ', at + 1)) {
        for (std::string_view verb : prose_verbs) {
            if (verb[1] == s[at + 1] && s.compare(at, verb.size(), verb) == 0) return at;
        }
    }
    return std::string_view::npos;
}

// The people named by the words before a sentence's verb ("Alex Leong (@adleong), Linkerd core
// maintainer,", "J Evans, Infrastructure Engineer at Strava,", "Nic Cope (@internegz), Software
// Engineer at Planet Labs, and Nicholas Turner (@Nick_T), ...").
std::vector<Speaker> people_before_verb(std::string_view who) {
    std::vector<Speaker> out;
    // People: split at ", and ", " and ", " & " outside parentheses.
    std::vector<std::string_view> people;
    std::size_t from = 0, depth = 0;
    for (std::size_t i = 0; i < who.size(); ++i) {
        if (who[i] == '(') ++depth;
        if (who[i] == ')' && depth > 0) --depth;
        if (depth > 0) continue;
        for (std::string_view sep : {", and ", " and ", " & "}) {
            if (who.compare(i, sep.size(), sep) == 0) {
                people.push_back(who.substr(from, i - from));
                from = i + sep.size();
                i = from - 1;
                break;
            }
        }
    }
    people.push_back(who.substr(from));
    // "Kat Cosgrove, Noah Abrahams, and Ian Coldwater will": full names listed with commas.
    std::vector<std::string_view> listed;
    for (std::string_view person : people) {
        const std::vector<std::string_view> pieces = text::split(text::trim_chars(person, ", "), ", ").to_vector();
        const bool names = pieces.size() >= 2 && std::all_of(pieces.begin(), pieces.end(), [](std::string_view piece) {
            const auto words = std::count(piece.begin(), piece.end(), ' ') + 1;
            return words >= 2 && words <= 3 && looks_like_person_name(piece) && !looks_like_org(piece);
        });
        if (names) listed.insert(listed.end(), pieces.begin(), pieces.end());
        else listed.push_back(person);
    }
    for (std::size_t k = 0; k < listed.size(); ++k) {
        std::string_view person = text::trim_chars(listed[k], ", ");
        // "First and foremost, ...": an "and" before a word in lower case joins no people.
        if (k + 1 < listed.size() && person.find(' ') == std::string_view::npos) {
            const std::string_view next = text::trim(listed[k + 1]);
            if (!next.empty() && std::islower(static_cast<unsigned char>(next.front()))) continue;
        }
        // "... Frederic Branczyk (@fredbrancz)": the capitalized words right before the handle.
        std::string_view name = person;
        std::string_view details;
        std::string_view from_org;  // "Ana Li from WidgetCo will talk"
        const std::size_t paren = text::find_pair(person, " (");
        const std::size_t comma = person.find(", ");
        // "Ana Li from WidgetCo", "Ana Li of the Desktop Team"
        std::size_t from = text::find_by(person, " from ", 1), from_width = 6;
        if (const std::size_t of = text::find_by(person, " of the ", 2); of != std::string_view::npos && of < from) from = of, from_width = 8;
        const std::size_t cut = std::min(paren, comma);
        if (from != std::string_view::npos && from < cut) {
            name = person.substr(0, from);
            from_org = text::trim_chars(person.substr(from + from_width), ",;* _");
        } else if (cut != std::string_view::npos) {
            name = person.substr(0, cut);
            details = person.substr(cut);
        }
        // Keep the trailing run of capitalized words ("Prometheus team member Frederic Branczyk");
        // one such word after the sentence's own is a place, not a person ("a great week in Paris").
        const std::string_view whole = text::trim(name);
        name = trailing_capitalized_words(name);
        // "On Tuesday, Ana Li will": a weekday names no one (a month may: "April Wong", "Marc").
        for (std::string_view word : text::split(name, " ")) {
            if (word.size() >= 6 && text::ends_with(word, "day") && weekday_from_name(word)) name = {};
        }
        // "foremost, our own Tal Zwick will", "On Tuesday, @ana will": the person after a
        // sentence's opening phrase.
        if ((name.empty() || !looks_like_person_name(name)) && from_org.empty() && comma != std::string_view::npos &&
            paren == std::string_view::npos) {
            const std::string_view piece = text::trim(person.substr(text::rfind(person, ", ") + 2));
            const std::string_view last = trailing_capitalized_words(piece);
            if (last.find(' ') != std::string_view::npos && looks_like_person_name(last) && !looks_like_org(last)) name = last;
            if (piece.size() > 1 && piece.front() == '@' && piece.find(' ') == std::string_view::npos) {
                Speaker handle;
                handle.name = std::string(piece);
                out.push_back(std::move(handle));
                continue;
            }
        }
        if (name.empty() || !looks_like_person_name(name)) continue;
        if (name.size() < whole.size() && name.find(' ') == std::string_view::npos) continue;
        // "This talk will", "We will", "There I will": a sentence's own words are no names.
        static constexpr text::WordList pronouns{"This|That|These|Those|The|It|We|They|He|She|You|I|Our|Their|His|Her|Its|There|Here|Everyone"};
        bool pronoun = false;
        for (std::string_view word : text::split(name, " ")) pronoun |= pronouns.contains(word);
        if (pronoun) continue;
        Speaker speaker;
        speaker.name = std::string(name);
        if (!from_org.empty()) speaker.org = std::string(from_org);
        // "..., Role at Org,": the org after " at ".
        const std::size_t close = details.find(')');
        std::string_view role = close != std::string_view::npos ? details.substr(close + 1) : details;
        role = text::trim_chars(role, ", ");
        if (const std::size_t at = text::find_by(role, " at ", 1); at != std::string_view::npos) {
            speaker.org = std::string(text::trim_chars(role.substr(at + 4), ", "));
            speaker.role = std::string(text::trim(role.substr(0, at)));
        } else if (!role.empty()) {
            speaker.role = std::string(role);
        }
        out.push_back(std::move(speaker));
    }
    // "Bo Chen and Cy Dee from GadgetCorp": the org written once after the last name is everyone's
    // who has none of their own.
    if (out.size() > 1 && out.back().org) {
        for (Speaker& s : out) {
            if (!s.org && !s.role) s.org = out.back().org;
        }
    }
    return out;
}

// Whether a link's last path segment spells `name` ("/speakers/mark-peters" and "Mark Peters"):
// letters and digits compared without case, '-', '_' and '.' as spaces.
bool slug_names(std::string_view href, std::string_view name) {
    std::string_view path = href.substr(0, text::find_any(href, "?#"));
    while (!path.empty() && path.back() == '/') path.remove_suffix(1);
    const std::string_view slug = path.substr(path.rfind('/') == std::string_view::npos ? 0 : path.rfind('/') + 1);
    if (slug.size() < 3 || slug.size() != name.size()) return false;
    for (std::size_t i = 0; i < slug.size(); ++i) {
        const char a = slug[i] == '-' || slug[i] == '_' || slug[i] == '.' ? ' ' : text::ascii_lower_char(slug[i]);
        if (a != text::ascii_lower_char(name[i])) return false;
    }
    return true;
}

// Speakers named in the prose before a talk's title: the words before a verb, within the verb's
// sentence, at the first verb that has people before it ("... an AI talk on this list, and we
// found a good one. Ana Li and Bo Chen will discuss"; "This talk by Ana Li will show").
std::vector<Speaker> prose_speakers(std::string_view before) {
    bool one_word_before = true;  // the words before the verb tried last were one ("This talk by ...")
    for (std::size_t verb = first_prose_verb(before); verb != std::string_view::npos;) {
        std::string_view who = before.substr(0, verb);
        // A sentence's end, not a title's period ("Dr. Ana Li will"): a word of four letters or a
        // lower-case one before it.
        for (std::size_t stop = text::rfind(who, ". "); stop != std::string_view::npos && stop > 0; stop = text::rfind(who.substr(0, stop + 1), ". ")) {
            const std::size_t space = who.find_last_of(" (", stop);
            const std::size_t word = space == std::string_view::npos ? 0 : space + 1;
            if (stop - word > 3 || (word < stop && std::islower(static_cast<unsigned char>(who[word])))) {
                who = who.substr(stop + 1);
                break;
            }
        }
        // A later verb of the same sentence only after a sentence's opening word: "Evan will be on
        // stage with Ana Li, Bo Chen to show" names no speakers before "show".
        const bool same_sentence = who.size() == verb;
        if (same_sentence && !one_word_before) break;
        who = text::trim(who);
        std::vector<Speaker> out = people_before_verb(who);
        if (!out.empty()) return out;
        one_word_before = who.find(' ') == std::string_view::npos;
        const std::size_t next = first_prose_verb(before.substr(verb + 1));
        verb = next == std::string_view::npos ? next : verb + 1 + next;
    }
    return {};
}

// The presenter a talk's abstract names in a sentence of its own: "Spotify's Stanley Nicholl
// shares ...", "John Collier from Red Hat walks through ...", "Ana Li (Acme) will show ...". The
// name opens the sentence (after its org's possessive), a verb of presenting follows it. Empty
// when no sentence is so shaped.
std::vector<Speaker> presenter_in_abstract(std::string_view paragraph) {
    static constexpr text::WordList verbs("shares|presents|walks|shows|explains|demonstrates|discusses|talks|gives|leads|"
                                          "introduces|covers|will|joins|explores|takes|offers");
    for (std::size_t begin = 0; begin < paragraph.size();) {
        std::size_t end = paragraph.size();
        for (std::string_view stop : {". ", "? ", "! "}) end = std::min(end, paragraph.find(stop, begin));
        std::string_view sentence = text::trim(paragraph.substr(begin, end - begin));
        begin = end + 2;
        // "In this session, Ana Li will ...", "This talk by Ana Li from Acme offers ...".
        for (std::string_view lead : {"In this session, ", "In this talk, ", "In this workshop, ", "This session by ", "This talk by ",
                                      "This workshop by "}) {
            if (text::starts_with(sentence, lead)) {
                sentence.remove_prefix(lead.size());
                break;
            }
        }
        std::optional<std::string> org;
        // "Spotify's Stanley Nicholl": the org owns the person.
        if (const std::size_t apostrophe = sentence.find("'s "); apostrophe != std::string_view::npos && apostrophe <= 30 &&
                                                                  std::isupper(static_cast<unsigned char>(sentence.front())) &&
                                                                  sentence.substr(0, apostrophe).find(' ') == std::string_view::npos) {
            org = std::string(sentence.substr(0, apostrophe));
            sentence = sentence.substr(apostrophe + 3);
        }
        // The capitalized words that open it: the name.
        std::size_t at = 0, words = 0;
        while (at < sentence.size() && words < 4 && (std::isupper(static_cast<unsigned char>(sentence[at])) ||
                                                     static_cast<unsigned char>(sentence[at]) >= 0xC0)) {
            const std::size_t space = sentence.find(' ', at);
            if (space == std::string_view::npos) break;
            at = space + 1;
            ++words;
        }
        if (words < 2 || words > 3) continue;
        const std::string_view name = text::trim(sentence.substr(0, at));
        if (!looks_like_person_name(name) || looks_like_org(name)) continue;
        std::string_view rest = sentence.substr(at);
        // "... from Red Hat walks": the org after "from", up to the verb.
        if (!org && text::starts_with(rest, "from ")) {
            rest.remove_prefix(5);
            std::size_t verb = std::string_view::npos;
            for (std::size_t space = rest.find(' '); space != std::string_view::npos; space = rest.find(' ', space + 1)) {
                const std::string_view next = rest.substr(space + 1, rest.find(' ', space + 1) - space - 1);
                if (verbs.contains(next)) {
                    verb = space;
                    break;
                }
            }
            if (verb == std::string_view::npos) continue;
            const std::string_view org_words = trailing_capitalized_words(rest.substr(0, verb));
            if (org_words.empty()) continue;
            org = std::string(org_words);
            rest = rest.substr(verb + 1);
        }
        const bool going = text::starts_with(rest, "is going to ");  // "Ana Li is going to tell us about ..."
        if (!going && !verbs.contains(rest.substr(0, rest.find(' ')))) continue;
        Speaker person;
        person.name = std::string(name);
        person.org = std::move(org);
        return {std::move(person)};
    }
    return {};
}

// "Maintainer Ana Li, Acme presents “Title”": who presents (the role words before the names
// dropped) and the quoted title. nullopt when the line is not so shaped.
struct QuotedPresentation {
    std::string who;
    std::string title;
};
std::optional<QuotedPresentation> quoted_presentation(std::string_view line) {
    static constexpr std::string_view opening[] = {"\xE2\x80\x9C", "\""};  // “ "
    for (std::string_view verb : {" presents", " present", " will present", " talks about", " speaks on"}) {
        const std::size_t at = line.find(verb);
        if (at == std::string_view::npos) continue;
        std::string_view after = text::trim(line.substr(at + verb.size()));
        std::string_view quote;
        for (std::string_view open : opening) {
            if (text::starts_with(after, open)) quote = open;
        }
        if (quote.empty()) continue;
        const std::string_view close = quote == "\"" ? std::string_view("\"") : std::string_view("\xE2\x80\x9D");  // ” "
        const std::size_t end = after.find(close, quote.size());
        if (end == std::string_view::npos) continue;
        const std::string_view title = text::trim(after.substr(quote.size(), end - quote.size()));
        // The people: the words before the verb, less the role words that open them ("Volcano
        // Maintainer Ana Li, Acme").
        std::string_view who = trim_separators(text::trim_chars(line.substr(0, at), " ,\xEF\xBC\x8C"));
        static constexpr text::WordList roles("maintainer|maintainers|contributor|contributors|member|members|engineer|"
                                              "engineers|lead|leads|chair|founder|cto|ceo");
        std::size_t word_end = 0;
        for (int w = 0; w < 4 && word_end != std::string_view::npos; ++w) {
            const std::size_t space = who.find(' ', word_end);
            if (space == std::string_view::npos) break;
            if (roles.contains(text::ascii_lower(who.substr(word_end, space - word_end)))) {
                who = text::trim(who.substr(space + 1));
                word_end = 0;
                continue;
            }
            word_end = space + 1;
        }
        while (!who.empty() && !reads_as_speakers(who, false) && who.find(' ') != std::string_view::npos) {
            who = text::trim(who.substr(who.find(' ') + 1));
        }
        if (title.empty() || who.empty() || !reads_as_speakers(who, false)) continue;
        return QuotedPresentation{std::string(who), std::string(title)};
    }
    return std::nullopt;
}

// A link to "this session" or "the talk" in a heading's first body paragraph: "In [this
// session](https://sched.co/x), Ana Li will ...". The link, or nullptr.
const EntryLink* session_page_in_body(const Entry& entry) {
    if (entry.shape != EntryShape::heading || entry.parts.size() < 2) return nullptr;
    const EntryPart& part = entry.parts[1];
    for (std::size_t i = part.first_line; i < part.first_line + part.line_count; ++i) {
        for (const EntryLink& link : entry.lines[i].links) {
            if (link.kind != LinkKind::session_page || !is_session_url(link.href)) continue;
            std::string label = text::ascii_lower(text::trim(link_text(entry.lines[i], link)));
            if (text::starts_with(label, "in ")) label.erase(0, 3);
            static constexpr text::WordList references("this session|the session|this talk|the talk|this workshop|the workshop|session|talk");
            if (references.contains(label)) return &link;
        }
    }
    // "For more information on this Micro Conference, click [here](https://…/contributions/1142/).":
    // later in the body, a generic link in a sentence about this session.
    for (std::size_t i = part.first_line + part.line_count; i < entry.lines.size(); ++i) {
        const EntryLine& line = entry.lines[i];
        if (line.links.empty()) continue;
        const std::string lower = text::ascii_lower(line.text);
        bool about_this = false;
        for (std::string_view lead : {"on this ", "about this "}) {
            const std::size_t at = lower.find(lead);
            if (at == std::string::npos) continue;
            const std::string_view noun = std::string_view(lower).substr(at + lead.size());
            for (std::string_view word : {"session", "talk", "workshop", "tutorial", "panel", "micro conference", "microconference"}) {
                about_this |= text::starts_with(noun, word);
            }
        }
        if (!about_this) continue;
        for (const EntryLink& link : line.links) {
            if (link.kind == LinkKind::session_page && is_session_url(link.href) && is_generic_link_text(text::trim(link_text(line, link)))) {
                return &link;
            }
        }
    }
    return nullptr;
}

// Words that make the prose before a talk's title name its kind ("will give a hands-on workshop
// on [...]", "an AMA panel on [...]").
std::optional<std::string> prose_kind(std::string_view before) {
    const std::string lower = text::ascii_lower(before);
    static constexpr std::pair<std::string_view, std::string_view> words[] = {
        {"lightning talk", "lightning_talk"}, {"keynote", "keynote"}, {"workshop", "workshop"}, {"tutorial", "tutorial"},
        {"panel", "panel"}, {"office hours", "office_hours"}, {"fireside chat", "fireside_chat"},
    };
    for (const auto& [word, tag] : words) {
        const std::size_t at = lower.find(word);
        if (at == std::string::npos) continue;
        const bool starts = at == 0 || !std::isalpha(static_cast<unsigned char>(lower[at - 1]));
        const std::size_t end = at + word.size();
        const bool ends = end >= lower.size() || !std::isalpha(static_cast<unsigned char>(lower[end]));
        if (starts && ends) return std::string(tag);
    }
    return std::nullopt;
}

// Cuts a plain-text title where prose or a place starts: "Happy Hour, beginning at the end of ...",
// "Happy Hour: meet in front of ...", "Demo/Presentation @ Cisco Booth".
std::string_view cut_plain_title(std::string_view title, std::optional<std::string>& room) {
    if (const std::size_t at = text::find_by(title, " @ ", 1); at != std::string_view::npos) {
        room = std::string(trim_separators(title.substr(at + 3)));
        title = title.substr(0, at);
    }
    for (std::string_view sep : {std::string_view(", "), std::string_view(": "), fullwidth_colon}) {
        const std::size_t at = title.find(sep);
        if (at == std::string_view::npos || at == 0) continue;
        const std::size_t next = at + sep.size();
        if (next >= title.size() || !std::islower(static_cast<unsigned char>(title[next]))) continue;
        // "Technical thinking, practice, and planning of ...": a list goes on, the title with it.
        const std::string_view rest = title.substr(next);
        const std::size_t word_end = rest.find_first_of(" ,");
        const bool list = word_end != std::string_view::npos && (rest[word_end] == ',' || text::starts_with(rest.substr(word_end), " and "));
        // "Breakout rooms: ice-breaker session": a short phrase after a colon names the part.
        std::size_t words = 0;
        for (std::string_view w : text::split(rest, " ")) words += !w.empty() && w.front() != '(';
        const bool subtitle = words <= 4;
        // After a colon, so does a longer one that says nothing ("Godot & Python: open source in game
        // development"); prose says something ("Happy Hour: meet in front of the hall").
        static constexpr text::WordList leads{"meet|join|come|bring|grab|enjoy|visit|please|we|you|starting|beginning|located|held"};
        const bool prose = sep == ", " || text::ends_with(rest, ".") || first_prose_verb(" " + std::string(rest)) != std::string_view::npos ||
                           leads.contains(rest.substr(0, rest.find(' ')));
        if (!list && !subtitle && prose) title = title.substr(0, at);
    }
    return text::trim(title);
}

// "min", "mins", "min.", "minutes", "m" in any case: the unit of a talk's length.
bool is_minutes_unit(std::string_view unit) { return text::is_listed_ascii(text::trim(unit), "min|mins|min.|minutes|m"); }

// "Welcome (10 min)", "Fast Code (25+10 min)", "Shared state (45 + 15 min)", "A word from our
// sponsor (5-10 min)": the length of a talk (and of its questions) written after its title or
// speakers; the text before it, or all of it.
std::string_view without_trailing_duration(std::string_view text) {
    const std::string_view t = text::trim(text);
    if (t.size() < 8 || t.back() != ')') return text;
    const std::size_t open = t.rfind('(');
    if (open == std::string_view::npos || open == 0 || t.size() - open > 24) return text;
    std::string_view inner = text::trim(t.substr(open + 1, t.size() - open - 2));
    std::size_t i = 0;
    bool digits = false;
    while (i < inner.size() && (text::is_ascii_digit(inner[i]) || inner[i] == '+' || inner[i] == '-' || inner[i] == ' ')) {
        digits |= text::is_ascii_digit(inner[i++]);
    }
    if (!digits || !is_minutes_unit(inner.substr(i))) return text;
    return text::trim(t.substr(0, open));
}

// Splits trailing speakers off a title's text: "Title - A, Org", "Title (A & B @ Org)", "Title by A".
// Returns the speaker text (empty when none) and shortens `title`; `after_by` (when given) is set
// when the speakers followed "by".
std::string split_title_speakers(std::string& title, bool lenient, bool* after_by = nullptr) {
    // "Shared state by Al Ry (45 + 15 min)": the length after the names is neither's.
    if (const std::string_view bare = without_trailing_duration(title); bare.size() < title.size() && has_letter(bare)) title = std::string(bare);
    // "Fast Code By Jo Doe": a capital "By" before full names only (a title may say "Stand By Me").
    if (const std::size_t at = text::rfind(title, " By "); at != std::string::npos && at > 0 && text::rfind(title, " by ") == std::string::npos) {
        const std::string rest(text::trim(std::string_view(title).substr(at + 4)));
        const std::vector<Speaker> people = parse_speakers(rest);
        if (all_named_in_full(people)) {
            title = std::string(text::trim(std::string_view(title).substr(0, at)));
            if (after_by) *after_by = true;
            return rest;
        }
    }
    // " by A, B & C (Org)".
    // (text::rfind: std::string's calls memcmp at every position of every title.)
    for (std::size_t at = text::rfind(title, " by "); at != std::string::npos && at > 0;
         at = at == 0 ? std::string::npos : text::rfind(std::string_view(title).substr(0, at + 3), " by ")) {
        const std::string rest(text::trim(std::string_view(title).substr(at + 4)));
        // "Light dinner sponsored by Acme": who pays for it is no speaker.
        const std::string_view before = std::string_view(title).substr(0, at);
        bool sponsor = false;
        for (std::string_view verb : {"sponsored", "powered", "supported", "brought to you", "provided", "offered"}) {
            sponsor |= before.size() >= verb.size() && text::iequals_ascii(before.substr(before.size() - verb.size()), verb);
        }
        if (sponsor) continue;
        // After "by", a lone first name is a speaker too ("Life of a Query by Harshit").
        // (Not a brand: "brought to you by DigitalOcean" has a capital inside the word.)
        const bool first_name = rest.find(' ') == std::string::npos &&
                                std::none_of(rest.begin() + (rest.empty() ? 0 : 1), rest.end(), [](char c) { return text::is_ascii_upper(c); });
        if (reads_as_speakers(rest, false) || (first_name && reads_as_speakers(rest, true))) {
            std::string_view head = text::trim(std::string_view(title).substr(0, at));
            // "NATS Intro hosted by ...", "Deep Dive presented by ...": the verb goes with "by".
            for (std::string_view verb : {" hosted", " presented", " led", " given", " delivered", " moderated", " facilitated"}) {
                if (head.size() > verb.size() && text::ends_with(text::ascii_lower(head.substr(head.size() - verb.size())), verb)) {
                    head.remove_suffix(verb.size());
                    break;
                }
            }
            title = std::string(text::trim(head));
            if (after_by) *after_by = true;
            return rest;
        }
        if (at == 0) break;
    }
    // "Title (Speakers)": a parenthesized list at the end.
    if (!title.empty() && title.back() == ')') {
        std::size_t depth = 0, open = std::string::npos;
        for (std::size_t i = title.size(); i-- > 0;) {
            if (title[i] == ')') ++depth;
            if (title[i] == '(' && --depth == 0) {
                open = i;
                break;
            }
        }
        if (open != std::string::npos && open > 0) {
            const std::string inner = title.substr(open + 1, title.size() - open - 2);
            const std::string_view before = text::trim(std::string_view(title).substr(0, open));
            // ("Title (Lightning Talk)": a kind, however much it reads as a name.)
            if (!before.empty() && reads_as_speakers(inner, false) && !kind_of_whole_title(inner)) {
                title = std::string(before);
                return inner;
            }
        }
    }
    // " - Name": a dash before a lone first name, leniently.
    if (lenient) {
        for (std::string_view sep : {" - ", " \xE2\x80\x93 ", " \xE2\x80\x94 "}) {
            const std::size_t at = text::rfind(title, sep);
            if (at == std::string::npos || at == 0) continue;
            const std::string rest(text::trim(std::string_view(title).substr(at + sep.size())));
            if (reads_as_speakers(rest, true)) {
                title = std::string(text::trim(std::string_view(title).substr(0, at)));
                return rest;
            }
        }
    }
    return {};
}

// "Title, Speaker" in a table cell whose column is named for both: the part after the last comma
// when it names people.
std::string split_trailing_comma_speakers(std::string& title) {
    for (std::size_t at = text::rfind(title, ", "); at != std::string::npos && at > 0; at = text::rfind(std::string_view(title).substr(0, at + 1), ", ")) {
        const std::string rest(text::trim(std::string_view(title).substr(at + 2)));
        std::vector<Speaker> speakers = parse_speakers(rest);
        const bool people = !speakers.empty() && std::all_of(speakers.begin(), speakers.end(), [](const Speaker& s) {
            return !s.org && !looks_like_org(s.name);
        });
        if (people) {
            title = std::string(text::trim(std::string_view(title).substr(0, at)));
            return rest;
        }
        break;  // only the last part can be the speaker
    }
    return {};
}

// The room a text names: "Room 335, Level 300", "Ballroom 6B", "Room Skagit 1 at the TCC".
std::optional<std::string> room_phrase(std::string_view s) {
    static constexpr std::string_view words[] = {"Room ", "Ballroom ", "Hall ", "Auditorium ", "Level ", "Stage "};
    for (std::string_view w : words) {
        std::size_t at = s.find(w);
        while (at != std::string_view::npos && at > 0 && std::isalpha(static_cast<unsigned char>(s[at - 1]))) at = s.find(w, at + 1);
        if (at == std::string_view::npos) continue;
        std::string_view rest = s.substr(at);
        rest = rest.substr(0, rest.find(". "));
        // "Room 106, 10:00 to 13:00": the time after the room is not part of its name.
        for (std::size_t comma = rest.find(", "); comma != std::string_view::npos; comma = rest.find(", ", comma + 1)) {
            if (comma + 2 < rest.size() && text::is_ascii_digit(rest[comma + 2])) {
                rest = rest.substr(0, comma);
                break;
            }
        }
        return std::string(text::trim_chars(rest, ". "));
    }
    return std::nullopt;
}

// "Windows WG https://pad.example/windows", "Ana Lopes http://ana.example": a web address written
// out at the end of a text, no part of a title or a name: the text before it (empty when the text
// is only an address).
std::string_view without_trailing_address(std::string_view text) {
    const std::size_t space = text.rfind(' ');
    const std::string_view last = text.substr(space == std::string_view::npos ? 0 : space + 1);
    if (!text::starts_with(last, "https://") && !text::starts_with(last, "http://")) return text;
    return space == std::string_view::npos ? std::string_view() : text::trim(text.substr(0, space));
}

// "Jonathan Pallant (JPster)": a name without the one-word nickname or handle in parentheses after it.
std::string_view without_nickname(std::string_view who) {
    who = text::trim(who);
    if (who.empty() || who.back() != ')') return who;
    const std::size_t open = who.rfind(" (");
    if (open == std::string_view::npos || who.substr(open + 2).find(' ') != std::string_view::npos) return who;
    return who.substr(0, open);
}

// Whether the label before `value` in `line` names people in the plural ("**Speakers:**",
// "Presenters:", "Panelists:").
bool plural_people_label(std::string_view line, std::string_view value) {
    if (value.data() < line.data() || value.data() > line.data() + line.size()) return false;
    const std::string_view label = text::trim_chars(line.substr(0, static_cast<std::size_t>(value.data() - line.data())), " *_:");
    const std::size_t space = label.rfind(' ');
    static constexpr text::WordList plurals{"speakers|presenters|panelists|hosts|facilitators|instructors|moderators|leads|guests|authors"};
    return plurals.contains(label.substr(space == std::string_view::npos ? 0 : space + 1));
}

// "(15 min) ", "(5 mins) ", "[20 minutes] ": the length of a talk written before its title; the
// prefix's length, or 0.
std::size_t duration_prefix_length(std::string_view text) {
    if (text.size() < 6 || (text[0] != '(' && text[0] != '[')) return 0;
    const char close = text[0] == '(' ? ')' : ']';
    const std::size_t end = text.find(close);
    if (end == std::string_view::npos || end > 16) return 0;
    const std::string_view inner = text::trim(text.substr(1, end - 1));
    std::size_t digits = 0;
    while (digits < inner.size() && text::is_ascii_digit(inner[digits])) ++digits;
    if (digits == 0 || digits > 3) return 0;
    if (!is_minutes_unit(inner.substr(digits))) return 0;
    return end + 1;
}

// "Dr Joslynn Lee, Fort Lewis College": a line that is nothing but people, each with an org.
bool is_person_with_org_line(std::string_view line) {
    line = text::trim(line);
    if (line.empty() || line.back() == '.') return false;
    const std::vector<Speaker> people = parse_speakers(line);
    if (people.empty() || people.size() > 3) return false;
    return std::all_of(people.begin(), people.end(), [](const Speaker& p) {
        return p.org && p.org->size() <= 60 && looks_like_person_name(p.name) && !looks_like_org(p.name);
    });
}

// A person's page on a schedule site ("[rosa wu](https://pretalx.com/conf/speaker/NAPY78)"): it
// names a person whatever the name's shape.
bool is_speaker_page(const EntryLink& link) { return link.kind == LinkKind::profile && link.href.find("/speaker") != std::string::npos; }

// What a link the entry's lines hold points to (block_lines read it once per link); an href none
// of them links is read here.
LinkKind kind_of_href(const Entry& entry, std::string_view href) {
    for (const EntryLine& line : entry.lines) {
        for (const EntryLink& link : line.links) {
            if (link.href == href) return link.kind;
        }
    }
    return link_kind(href);
}

// The dates of `part`, a view into `line.text`: the line's own, found once by block_lines, when the
// part is the whole trimmed line (a link standing alone on its line); else found here.
std::vector<FoundDateTime> dates_in(const EntryLine& line, std::string_view part) {
    const std::string_view bare = text::trim(line.text);
    if (part.data() != bare.data() || part.size() != bare.size()) return find_date_times(part);
    std::vector<FoundDateTime> found = line.dates;
    const std::size_t lead = static_cast<std::size_t>(bare.data() - line.text.data());
    for (auto& f : found) f.begin -= lead, f.end -= lead;
    return found;
}

// A link's text without the day and time it opens with: "[Thursday, April 3, 11:00 - 11:30 BST:
// Title](...)" is titled "Title" (the head's time is read from the line as usual).
std::string_view without_leading_date_time(const EntryLine& line, std::string_view label) {
    const std::vector<FoundDateTime> found = dates_in(line, label);
    if (found.empty() || !found.front().value.has_time()) return label;
    // At most one word before it (a weekday, maybe misspelled: "Thrusday, April 3").
    const std::string_view before = text::trim_chars(label.substr(0, found.front().begin), " ,");
    if (before.find(' ') != std::string_view::npos) return label;
    std::string_view after = text::trim(label.substr(found.front().end));
    // "11:00am New Storage Technologies": a clock time opening the label, then the title.
    const bool clock_first = before.empty() && !after.empty() && std::isupper(static_cast<unsigned char>(after.front())) &&
                             found.front().value.start_minute && !found.front().value.has_date();
    if (!clock_first && !text::starts_with(after, ":") && !text::starts_with(after, "- ") && !text::starts_with(after, "\xE2\x80\x93")) return label;
    after = trim_separators(after);
    return has_letter(after) ? after : label;
}

// A title without a trailing language tag: "Keynote (EN)", "Charla (ES)", "Vortrag (Deutsch)";
// `language` (when given) is set to the tag's ISO 639-1 code.
std::string_view without_language_tag(std::string_view title, std::optional<std::string>* language = nullptr) {
    title = text::trim(title);
    if (title.empty() || title.back() != ')') return title;  // (most titles: no search)
    const std::size_t open = text::rfind(title, " (");
    if (open == std::string_view::npos) return title;
    const std::string tag = text::ascii_lower(title.substr(open + 2, title.size() - open - 3));
    static constexpr std::pair<std::string_view, std::string_view> languages[] = {
        {"en", "en"}, {"es", "es"}, {"de", "de"}, {"fr", "fr"}, {"pt", "pt"}, {"it", "it"}, {"nl", "nl"}, {"pl", "pl"},
        {"ja", "ja"}, {"zh", "zh"}, {"ko", "ko"}, {"ru", "ru"}, {"english", "en"}, {"spanish", "es"}, {"german", "de"},
        {"french", "fr"}, {"deutsch", "de"}, {"espa\xC3\xB1ol", "es"}, {"fran\xC3\xA7" "ais", "fr"}, {"portuguese", "pt"},
        {"portugu\xC3\xAAs", "pt"}};
    for (const auto& [name, code] : languages) {
        if (tag != name) continue;
        if (language) *language = std::string(code);
        return text::trim(title.substr(0, open));
    }
    return title;
}

// A text without the quotes that wrap all of it: “Title”, „Titel“, "Title", «Titre», [TITLE].
std::string_view without_wrapping_quotes(std::string_view text) {
    static constexpr std::string_view opening[] = {"\xE2\x80\x9C", "\xE2\x80\x9E", "\"", "\xC2\xAB", "["};
    static constexpr std::string_view closing[] = {"\xE2\x80\x9D", "\xE2\x80\x9C", "\"", "\xC2\xBB", "]"};
    text = text::trim(text);
    for (std::string_view open : opening) {
        if (!text::starts_with(text, open)) continue;
        for (std::string_view close : closing) {
            if (text.size() <= open.size() + close.size() || !text::ends_with(text, close)) continue;
            const std::string_view inner = text.substr(open.size(), text.size() - open.size() - close.size());
            const bool quoted_inside = inner.find(open) != std::string_view::npos || inner.find(close) != std::string_view::npos;
            if (!quoted_inside && !text::trim(inner).empty()) return text::trim(inner);
        }
    }
    return text;
}

// True when a short text names a place in the venue: "Main Seminar Room", "Breakout Rooms",
// "Cafeteria", "Hall B", "Raum V1".
bool names_a_place(std::string_view text) {
    if (text.size() > 60) return false;
    static constexpr text::WordList places("room|rooms|hall|stage|auditorium|theater|theatre|ballroom|cafeteria|lobby|"
                                           "foyer|atrium|lounge|raum|saal|salle|aula");
    for (std::string_view word : text::split(text, " ")) {
        if (places.contains(text::trim_chars(word, ".,;:"))) return true;
    }
    return false;
}

// A short label before a title: "GitOpsCon", "Cloud Native University".
bool is_label_text(std::string_view s) {
    std::size_t words = 0;
    for (std::string_view w : text::split(s, " ")) words += !w.empty();
    return words <= 4 && s.size() <= 40;
}

bool is_person_names(std::string_view s) {
    s = text::trim(s);
    if (s.empty()) return false;
    const std::vector<Speaker> speakers = parse_speakers(s);
    if (speakers.empty()) return false;
    return std::all_of(speakers.begin(), speakers.end(), [](const Speaker& sp) { return !sp.org; });
}

}  // namespace

std::optional<std::string> kind_of_whole_title(std::string_view title) {
    // Every phrase below ends in one of these words: a title whose last word is none of them (nearly
    // every title asked) names no kind, and is not lowered and compared with each phrase.
    {
        std::string_view t = text::trim_chars(title, "!.: ");
        while (!t.empty() && (text::is_ascii_digit(t.back()) || t.back() == '#')) t.remove_suffix(1);
        while (!t.empty() && t.back() == ' ') t.remove_suffix(1);
        static constexpr text::WordList last_words("keynote|keynotes|talks|talk|contribfest|hours|hour|panel");
        if (!last_words.contains(t.substr(t.rfind(' ') + 1))) return std::nullopt;
    }
    std::string lower = text::ascii_lower(text::trim_chars(title, "!.: "));
    // A number after the phrase counts sessions of one kind ("Office Hour 2", "Keynote #1").
    while (!lower.empty() && (text::is_ascii_digit(lower.back()) || lower.back() == '#')) lower.pop_back();
    while (!lower.empty() && lower.back() == ' ') lower.pop_back();
    // The strong kind phrases a title may consist of, optionally after one name word.
    static constexpr std::pair<std::string_view, std::string_view> phrases[] = {
        {"sponsored keynote", "sponsored_keynote"}, {"keynote", "keynote"}, {"keynotes", "keynote"},
        {"lightning talks", "lightning_talk"}, {"lightning talk", "lightning_talk"}, {"contribfest", "contribfest"},
        {"office hours", "office_hours"}, {"office hour", "office_hours"}, {"keynote panel", "panel"},
    };
    for (const auto& [phrase, tag] : phrases) {
        if (lower == phrase) return std::string(tag);
        if (lower.size() > phrase.size() + 1 && text::ends_with(lower, phrase) && lower[lower.size() - phrase.size() - 1] == ' ') {
            const std::string_view head = std::string_view(lower).substr(0, lower.size() - phrase.size() - 1);
            // One name word; office hours are a project's or a group's ("Lichen Maintainer Office Hours").
            const std::size_t words = 1 + static_cast<std::size_t>(std::count(head.begin(), head.end(), ' '));
            if (words <= (tag == "office_hours" ? 3u : 1u)) return std::string(tag);
        }
    }
    return std::nullopt;
}

EntryReading read_entry(const Entry& entry) {
    EntryReading r;
    const std::size_t head_count = entry.head_line_count();
    const bool table = entry.shape == EntryShape::table_row || entry.shape == EntryShape::table_cell;

    // --- Links of the head -------------------------------------------------------------------
    bool any_link = false, all_media = true;
    for (std::size_t i = 0; i < head_count; ++i) {
        for (const EntryLink& link : entry.lines[i].links) {
            const LinkKind kind = link.kind;
            if (kind == LinkKind::anchor) continue;
            any_link = true;
            all_media &= kind == LinkKind::video || kind == LinkKind::slides;
            // A link whose text is its own address ("[https://.../event/x/](https://.../event/x/)")
            // names no title but still is the session's page.
            const std::string_view label = text::trim(link_text(entry.lines[i], link));
            r.session_link |= kind == LinkKind::session_page && (!is_generic_link_text(label) || text::starts_with(label, "http"));
        }
    }
    r.only_video_links = any_link && all_media;

    // --- Date and time ---------------------------------------------------------------------
    // The first expression with a time in the head, else in a time-only or "When:" part after
    // it, else the first date; for a heading, its first body block.
    struct Found {
        std::size_t line = 0;
        FoundDateTime at;
    };
    std::optional<Found> time_at, date_at;
    std::optional<std::string> meta_speakers;     // from a heading's details line ("Ana Li (Acme) · 10:00 · Room 4")
    std::size_t meta_line = entry.lines.size();   // that line
    std::optional<int> weekday_at;  // a weekday written alone before the time ("- **Day:** Sunday")
    auto scan = [&](std::size_t from, std::size_t to) {
        for (std::size_t i = from; i < to && !time_at; ++i) {
            for (const auto& f : entry.lines[i].dates) {
                if (f.value.has_time()) {
                    time_at = Found{i, f};
                    break;
                }
                if (!date_at && f.value.has_date()) date_at = Found{i, f};
                if (!weekday_at && !f.value.has_date()) weekday_at = f.value.weekday;
            }
        }
    };
    scan(0, head_count);
    // A time whose date stands after it, further down the head ("at 2:30pm\n on Tuesday, 07/22/2014").
    if (time_at && !time_at->at.value.has_date() && !date_at) {
        for (std::size_t i = time_at->line; i < head_count && !date_at; ++i) {
            for (const auto& f : entry.lines[i].dates) {
                if (f.value.has_date() && (i != time_at->line || f.begin >= time_at->at.end)) {
                    date_at = Found{i, f};
                    break;
                }
            }
        }
    }
    for (std::size_t p = 1; p < entry.parts.size() && !time_at; ++p) {
        const EntryPart& part = entry.parts[p];
        const bool body_of_heading = entry.shape == EntryShape::heading && p == 1;
        bool when_line = false;
        for (std::size_t i = part.first_line; i < part.first_line + part.line_count; ++i) {
            when_line |= key_value(entry.lines[i]).key == DetailKey::time;
        }
        // "- [Title](...)" / "  - Ana Li, Bo Chen" / "  - 09:00 - Room 106": a nested item that opens
        // with the time (after the item of names).
        const bool nested_time = part.list_item && p <= 3 && !entry.lines[part.first_line].dates.empty() &&
                                 entry.lines[part.first_line].dates.front().begin <= 1 &&
                                 entry.lines[part.first_line].dates.front().value.has_time();
        // "Cloud Native University - Monday, November 10, 10:40 - 11:05 AM": a time line with a label.
        bool labelled_time = false;
        if (p == 1 && part.quote_depth == 0 && !part.list_item) {
            const std::string& line = entry.lines[part.first_line].text;
            const auto& found = entry.lines[part.first_line].dates;
            if (!found.empty() && found.front().value.has_time() && found.front().begin <= 48 &&
                !has_letter(trim_separators(std::string_view(line).substr(found.front().end)))) {
                const std::string_view label = trim_separators(std::string_view(line).substr(0, found.front().begin));
                std::size_t words = 0;
                for (std::string_view w : text::split(label, " ")) words += !w.empty();
                labelled_time = words <= 5;
                const bool key = key_value(entry.lines[part.first_line]).key != DetailKey::none;
                if (labelled_time && !key && !label.empty() && !r.track) r.track = std::string(label);
            }
        }
        // "Ana Li (Acme) · 10:00–10:30 · Room 4" under a heading: a line of details, the time one
        // of its pieces, the others the speakers and the room.
        if (body_of_heading && !part.time_only && !when_line && part.quote_depth == 0 && !part.list_item) {
            const EntryLine& first_line = entry.lines[part.first_line];
            const std::string_view line = first_line.text;
            // "_11:30 AM - 12:45 PM_: [Rory Ng](presenters.html#rory-ng)": the time, then who gives it.
            if (const std::string_view names = speakers_after_leading_time(first_line); !names.empty()) {
                time_at = Found{part.first_line, first_line.dates.front()};
                meta_line = part.first_line;
                meta_speakers = std::string(names);
                break;
            }
            bool pieces = false;
            for (std::string_view sep : {"\xC2\xB7", " | ", "\xE2\x80\xA2"}) pieces |= line.find(sep) != std::string_view::npos;
            if (pieces && line.size() <= 160 && !first_line.dates.empty() && first_line.dates.front().value.has_time()) {
                time_at = Found{part.first_line, first_line.dates.front()};
                meta_line = part.first_line;
                std::string rest;  // the line without its time, pieces split at the separators
                rest.append(line.substr(0, time_at->at.begin)).append(" | ").append(line.substr(time_at->at.end));
                for (std::string_view sep : {"\xC2\xB7", "\xE2\x80\xA2"}) {
                    for (std::size_t at = rest.find(sep); at != std::string::npos; at = rest.find(sep)) rest.replace(at, sep.size(), "|");
                }
                for (std::string_view piece : text::split(rest, "|")) {
                    piece = trim_separators(piece);
                    if (piece.empty()) continue;
                    if (auto room = room_phrase(piece); room && !r.room) r.room = room;
                    else if (!meta_speakers && reads_as_speakers(piece, false)) meta_speakers = std::string(piece);
                }
                break;
            }
        }
        if (body_of_heading && !part.time_only && !when_line && part.quote_depth == 0 && !part.list_item) {
            // A line of the heading's first block that is nothing but a date and time, beside
            // detail lines: "Speakers: Ana Li (Acme)\nWednesday, November 8, 2023 11:00am - 11:30am CST".
            for (std::size_t i = part.first_line; i < part.first_line + part.line_count; ++i) {
                const EntryLine& line = entry.lines[i];
                if (line.date_time_only && line.dates.front().value.has_time()) {
                    scan(i, i + 1);
                    break;
                }
            }
            if (time_at) break;
        }
        if (body_of_heading && !part.time_only && !when_line) {
            // A heading's body gives its time in a first sentence about the heading ("The New
            // Contributor Workshop (NCW) will be from 9:30am to 3:30pm in Room 517."), not somewhere
            // in its prose ("Drinks at the Harbour Tap from 21:00").
            const std::string& line = entry.lines[part.first_line].text;
            const std::size_t end = std::min(line.find(". "), std::min<std::size_t>(line.size(), 200));
            const std::string sentence = text::ascii_lower(std::string_view(line).substr(0, end));
            const std::string heading = text::ascii_lower(trim_separators(entry.lines.front().text));
            bool about_heading = !heading.empty() && sentence.find(heading) != std::string::npos;
            // ... or one of the heading's own words ("SIG-etcd" in "## 4. SIG-etcd meet and greet").
            for (std::string_view word : text::split(heading, " ")) {
                word = text::trim_chars(word, ".,:;!?()");
                const bool common = word == "about" || word == "after" || word == "with" || word == "from" || word == "your" ||
                                    word == "this" || word == "that" || word == "talk" || word == "talks";
                if (word.size() >= 4 && !common && sentence.find(word) != std::string::npos) about_heading = true;
            }
            if (!about_heading) continue;
            for (const auto& f : entry.lines[part.first_line].dates) {
                if (f.begin < end && f.value.has_time()) {
                    time_at = Found{part.first_line, f};
                    break;
                }
            }
        } else if (part.time_only || when_line || body_of_heading || labelled_time || (p == 1 && part.list_item) || nested_time) {
            scan(part.first_line, part.first_line + part.line_count);
        }
        if (!body_of_heading && !part.time_only && !when_line && !labelled_time && !part.list_item) {
            // (An abstract between the title and its time line, listed below it, does not end the search.)
            const bool time_part_later = std::any_of(entry.parts.begin() + static_cast<std::ptrdiff_t>(p) + 1, entry.parts.end(),
                                                     [](const EntryPart& later) { return later.time_only; });
            if (!time_part_later) break;
        }
    }
    // "**Title**" (a heading in bold), its prose, then "The talk will take place on Fri, April 29 at
    // 16:25 - 17:05 CEST in the Auditorium.": the sentence that says when it takes place.
    const bool bold_head = entry.shape == EntryShape::paragraph && !entry.lines.empty() && entry.lines.front().strong.size() == 1 &&
                           entry.lines.front().strong.front().begin <= 2 &&
                           entry.lines.front().strong.front().end + 2 >= entry.lines.front().text.size();
    if (!time_at && (entry.shape == EntryShape::heading || bold_head)) {
        for (std::size_t i = head_count; i < entry.lines.size() && !time_at; ++i) {
            const EntryLine& line = entry.lines[i];
            if (line.dates.empty()) continue;
            const std::string lower = text::ascii_lower(line.text);
            for (std::string_view phrase : {"take place", "takes place", "will be held", "is scheduled"}) {
                const std::size_t at = lower.find(phrase);
                if (at == std::string::npos) continue;
                const std::size_t end = std::min(lower.find(". ", at), lower.size());
                for (const auto& f : line.dates) {
                    if (f.begin > at && f.begin < end && f.value.has_time() && f.value.has_date()) {
                        time_at = Found{i, f};
                        break;
                    }
                }
                break;
            }
        }
    }
    if (time_at) {
        r.when = time_at->at.value;
        r.when_line = entry.lines[time_at->line].line;
        // A date written elsewhere in the head joins a time that has none ("June 24th, 2019" above "9am to 4pm").
        if (!r.when->has_date() && date_at) {
            r.when->month = date_at->at.value.month, r.when->day = date_at->at.value.day, r.when->year = date_at->at.value.year;
            if (!r.when->weekday) r.when->weekday = date_at->at.value.weekday;
        }
        // ... and so does a weekday written alone ("- **Day:** Sunday" above "- **Time:** 13:00").
        if (!r.when->has_date() && !r.when->weekday && weekday_at) r.when->weekday = weekday_at;
    } else if (date_at) {
        r.when = date_at->at.value;
        r.when_line = entry.lines[date_at->line].line;
    }
    // A date/time that looks like one but cannot be read ("25:00 - 26:00"): said, not guessed.
    if (!time_at) {
        const std::size_t end = entry.parts.size() > 1 ? entry.parts[1].first_line + entry.parts[1].line_count : head_count;
        for (std::size_t i = 0; i < end && r.malformed_time.empty(); ++i) {
            r.malformed_time = find_unreadable_date_time(entry.lines[i].text);
            r.malformed_line = entry.lines[i].line;
        }
    }
    // A row's time column says its time: "| 13:00 | 9:00 | Title |" under "| UTC time | EDT time |"
    // is no range "13:00 | 9:00" read across the cells.
    if (table && entry.table.time && (!r.when || !r.when->has_time() || (entry.shape == EntryShape::table_row && entry.table.time->has_time()))) {
        DateTimeText when = *entry.table.time;
        if (r.when && r.when->has_date()) when.month = r.when->month, when.day = r.when->day, when.year = r.when->year;
        r.when = when;
        r.when_line = entry.line;
        r.when_from_context = true;
    }
    if ((!r.when || !r.when->has_time()) && entry.context.pending_time) {
        DateTimeText when = *entry.context.pending_time;
        if (r.when && r.when->has_date() && !when.has_date()) when.month = r.when->month, when.day = r.when->day, when.year = r.when->year;
        r.when = when;
        r.when_line = entry.context.pending_time_line ? entry.context.pending_time_line : entry.line;
        r.when_from_context = true;
    }

    // --- Key/value lines ----------------------------------------------------------------------
    std::optional<std::string> kv_title, kv_speakers;
    std::size_t byline_first = std::string::npos, byline_last = std::string::npos;  // a heading's by-line, no abstract
    for (std::size_t i = 0; i < entry.lines.size(); ++i) {
        const KeyValue kv = key_value(entry.lines[i]);
        // "### Title", then "by [Ana Li](...) and" / "[Bo Chen](...)": the heading's by-line, its
        // list maybe broken over lines.
        if (kv.key == DetailKey::none && entry.shape == EntryShape::heading && i == entry.head_line_count() &&
            text::starts_with(entry.lines[i].text, "by ") && !kv_speakers) {
            std::string names(text::trim(std::string_view(entry.lines[i].text).substr(3)));
            std::size_t last = i;
            while (last + 1 < entry.lines.size() && (text::ends_with(names, " and") || text::ends_with(names, ",")) &&
                   entry.lines[last + 1].text.size() <= 100) {
                names += " " + std::string(text::trim(entry.lines[++last].text));
            }
            if (reads_as_speakers(names, false)) {
                kv_speakers = names;
                byline_first = i;
                byline_last = i = last;
                continue;
            }
        }
        // "#### [Title](...)", then "**Ana Li, Acme & Bo Chen, Globex**": a bold line of people
        // right under a talk's heading is its by-line.
        if (kv.key == DetailKey::none && entry.shape == EntryShape::heading && i == entry.head_line_count() && !kv_speakers &&
            entry.lines[i].strong.size() == 1 && entry.lines[i].strong.front().begin == 0 && entry.lines[i].links.empty() &&
            entry.lines[i].strong.front().end + 2 >= entry.lines[i].text.size()) {
            const std::string names(text::trim(entry.lines[i].text));
            if (reads_as_speakers(names, false)) {
                kv_speakers = names;
                byline_first = byline_last = i;
                continue;
            }
        }
        // "**Title**<br>Speaker: ...<br>Wednesday, Nov 13 • 2:30pm<br>Room 255": a line that is only
        // a room's name is where it happens.
        if (kv.key == DetailKey::none && i > 0 && i <= 4 && i < entry.head_line_count() && !r.room && entry.lines[i].links.empty() &&
            entry.lines[i].dates.empty()) {
            const std::string_view bare = text::trim(entry.lines[i].text);
            if (bare.size() <= 40) {
                if (auto room = room_phrase(bare); room && *room == bare) r.room = std::move(room);
            }
        }
        switch (kv.key) {
            case DetailKey::speakers: {
                // "Moderator: Li Wei" and "Panelists: A. Smith, B. Jones": all of them speak.
                // "Speaker: Ana Li. She has been ...": the names end with their sentence.
                std::string names = linked_people(entry.lines[i], kv.value);
                if (names.empty()) {
                    names = without_generic_links(entry.lines[i], kv.value);
                    if (const std::size_t dot = text::sentence_end(names); dot != std::string::npos) names.resize(dot);
                    names = name_of_bio(names);
                }
                // "**Speakers:** Hrittik Roy, Saiyam Pathak": under a plural label, two full names are
                // two people, not a name and an org.
                if (const std::size_t comma = names.find(", "); comma != std::string::npos && names.find(',', comma + 1) == std::string::npos &&
                    names.find_first_of("(&;") == std::string::npos && plural_people_label(entry.lines[i].text, kv.value) &&
                    is_full_name(text::trim(std::string_view(names).substr(0, comma))) &&
                    is_full_name(text::trim(std::string_view(names).substr(comma + 2)))) {
                    names[comma] = ';';
                }
                if (!kv_speakers) kv_speakers = names;
                else if (!names.empty()) *kv_speakers += "; " + names;
                // "**Panelists:** Ana Li, Acme" / "Bo Chen, Fernwood": one panelist per line.
                while (i + 1 < entry.lines.size() && !names.empty()) {
                    const EntryLine& next = entry.lines[i + 1];
                    if (next.text.size() > 100 || !next.dates.empty() || key_value(next).key != DetailKey::none ||
                        !is_person_with_org_line(next.text)) {
                        break;
                    }
                    *kv_speakers += "; " + std::string(text::trim(next.text));
                    ++i;
                }
                break;
            }
            case DetailKey::place: if (!r.room) r.room = std::string(kv.value); break;
            case DetailKey::track: if (!r.track) r.track = std::string(kv.value); break;
            case DetailKey::title:
                // (On the entry's first line only over its speakers' line: "Topic 2: Title" / "Presenter: Ana Li".)
                if (!kv_title && (i > 0 || (entry.lines.size() > 1 && key_value(entry.lines[1]).key == DetailKey::speakers))) {
                    kv_title = std::string(kv.value);
                }
                break;
            case DetailKey::kind: if (!r.kind) r.kind = normalize_kind(kv.value); break;
            default: break;
        }
    }

    // --- Title -------------------------------------------------------------------------------
    const EntryLine& first = entry.lines.front();
    std::string raw_title;          // the text the title is read from (may carry kind and speakers)
    std::size_t title_wrap_line = head_count;  // a head line that continues a plain title
    // Names after a plain title: after its time, or after the italic or bold run the title is.
    std::optional<std::string> tail_speakers;
    std::size_t title_line = 0;     // the head line it sits on
    std::size_t after_title = 0;    // where the text after the title starts on that line
    const EntryLink* dated_label_link = nullptr;  // "[20240417](meeting page): Title": the talk's page
    std::string bold_label;                        // "**PyWeb**: Title": the track before the title
    const EntryLink* title_link = nullptr;
    std::string before_title;       // prose before the title on its line

    // Where a line's content starts, past its time ("9:45 - 10:15 GitOpsCon: ...").
    auto content_start = [&](std::size_t i) -> std::size_t {
        if (time_at && time_at->line == i && time_at->at.begin <= 3) {
            // "9:00am - 9:30am-ish: Breakfast": an "about" after the time is the time's.
            const std::string_view line = entry.lines[i].text;
            std::size_t end = std::min(time_at->at.end, line.size());
            // "10:00 UTC / 12:00 CEST: Opening", "10am PT (1pm ET) Opening": the same time in other
            // zones is the time's too.
            for (const auto& f : entry.lines[i].dates) {
                if (f.begin < end || !f.value.has_time()) continue;
                const std::string_view gap = text::trim(line.substr(end, f.begin - end));
                if (gap != "/" && gap != "|" && gap != "(" && gap != "=") break;
                end = f.end;
                if (gap == "(" && end < line.size() && line[end] == ')') ++end;
            }
            const std::string_view after = line.substr(end);
            return text::starts_with(after, "-ish") || text::starts_with(after, " ish") ? end + 4 : end;
        }
        // "### March 4, 2026 — Release planning", "* 2017-02-23 - Ana Li - Title": a leading date is
        // not the title.
        if (i == 0 && date_at && date_at->line == 0 && date_at->at.begin <= 1 &&
            has_letter(trim_separators(std::string_view(entry.lines[0].text).substr(date_at->at.end)))) {
            return date_at->at.end;
        }
        return 0;
    };

    // "[Ana Li](https://ana.example) - Title": a link whose text is a person's name with a dash and
    // more words after it names the speaker, the title follows (a homepage is no profile by shape).
    auto names_speaker_first = [&](const EntryLine& line, const EntryLink& link) {
        const std::string_view after = std::string_view(line.text).substr(link.end);
        const bool dash = text::starts_with(after, " - ") || text::starts_with(after, " \xE2\x80\x93 ") || text::starts_with(after, " \xE2\x80\x94 ");
        // ("[Scaling Down Gracefully](...) - Ana Li, Acme" is a title and its speaker: names follow.)
        // (A speaker's page on a schedule site names a person whatever the name's shape: "[rosa wu](
        // .../speaker/NAPY78) - Title", "[Mariela](.../speaker/ZLF) - Title".)
        const bool speaker_page = is_speaker_page(link);
        return dash && has_letter(after) && text::trim(after).find(' ') != std::string_view::npos &&
               (speaker_page || is_person_names(text::trim(link_text(line, link)))) && !reads_as_speakers(trim_separators(after), false);
    };

    // A short label before the title's link is a kind or a track: "GitOpsCon:", "Keynote:".
    auto take_label = [&](std::string_view bare) {
        if (bare.empty() || !has_letter(bare)) return;
        // "Join the Maintainer Track:", "Participate in the Cloud Native Novice Track:": a track,
        // named by its capitalized words.
        const std::string lower = text::ascii_lower(bare);
        if (text::ends_with(lower, " track") || text::ends_with(lower, " track:")) {
            const std::string_view track = trailing_capitalized_words(text::trim_chars(bare, ": "));
            if (!track.empty() && !r.track) r.track = std::string(track);
            return;
        }
        if (auto kind_tag = normalize_kind(bare)) r.kind = kind_tag;
        else if (bare.size() <= 40 && !r.track) r.track = std::string(bare);
    };

    if (kv_title) {
        raw_title = *kv_title;
        r.source = TitleSource::key_value;
    }
    // 1. A link to a session page, anywhere in the head.
    if (r.source == TitleSource::none) {
        for (std::size_t i = 0; i < head_count && !title_link; ++i) {
            const EntryLine& line = entry.lines[i];
            for (std::size_t k = 0; k < line.links.size(); ++k) {
                const EntryLink& link = line.links[k];
                if (link.kind != LinkKind::session_page) continue;
                const std::string_view label = text::trim(link_text(line, link));
                if (is_generic_link_text(label)) continue;
                title_line = i;
                title_link = &link;
                // The prose before the link, over the head's earlier lines, without the leading time.
                before_title.clear();
                for (std::size_t b = 0; b < i; ++b) {
                    before_title += entry.lines[b].text.substr(b == 0 ? std::min(content_start(0), entry.lines[b].text.size()) : 0);
                    before_title += ' ';
                }
                before_title += line.text.substr(i == 0 ? std::min(content_start(0), link.begin) : 0,
                                                 link.begin - (i == 0 ? std::min(content_start(0), link.begin) : 0));
                // "will give a [keynote talk](...) about [**the R-universe project**](...)": a link
                // whose text is only a kind gives the kind; the title is the next link or bold run.
                std::size_t label_words = 0;
                for (std::string_view w : text::split(label, " ")) label_words += !w.empty();
                if (label_words <= 3) {
                    if (auto kind = normalize_kind(label)) {
                        // The first link or bold run after it, whichever comes first.
                        std::optional<std::string> next;
                        std::size_t next_at = std::string::npos;
                        for (std::size_t m = k + 1; m < line.links.size(); ++m) {
                            if (line.links[m].begin < next_at && !is_generic_link_text(link_text(line, line.links[m]))) {
                                next_at = line.links[m].begin;
                                next = std::string(link_text(line, line.links[m]));
                            }
                        }
                        for (const TextSpan& s : line.strong) {
                            // (Not a bold day and time: "on **Wednesday, April 2, at 11:15 BST**".)
                            if (is_date_time_only(std::string_view(line.text).substr(s.begin, s.end - s.begin))) continue;
                            if (s.begin >= link.end && s.begin < next_at) {
                                next_at = s.begin;
                                next = line.text.substr(s.begin, s.end - s.begin);
                            }
                        }
                        if (next) {
                            r.kind = kind;
                            raw_title = *next;
                            r.source = TitleSource::session_link;
                            r.title_link_kind = LinkKind::session_page;
                            after_title = line.text.size();
                            break;
                        }
                    }
                }
                raw_title = std::string(without_leading_date_time(line, label));
                after_title = link.end;
                r.source = TitleSource::session_link;
                r.title_link_kind = LinkKind::session_page;
                // A link written over several lines ("[Title - Speakers\nWeekday, ...\nRoom](url)"): its first line.
                break;
            }
        }
        const std::string_view before = trim_separators(before_title);
        // "**Participate in the Cloud Native Novice Track:** [Title](...)": a bold lead-in that ends
        // with a colon labels the link, however many words it has.
        const EntryLine& link_line = entry.lines[title_line];
        const bool bold_label = !link_line.strong.empty() && link_line.strong.front().begin <= 1 && title_link &&
                                link_line.strong.front().end <= title_link->begin &&
                                text::ends_with(text::trim(std::string_view(link_line.text).substr(0, link_line.strong.front().end)), ":") &&
                                std::none_of(link_line.dates.begin(), link_line.dates.end(), [&](const FoundDateTime& f) {
                                    return f.begin < link_line.strong.front().end;  // "**11:15am MST:**" is a time
                                });
        r.prose = r.source == TitleSource::session_link && has_letter(before) && !is_person_names(before) &&
                  before.find(' ') != std::string_view::npos && before.size() > 24 && !is_label_text(before) && !bold_label;
        // "9:45 - 10:15 MeshDay: [Title](...)": the label on the link's own line.
        // ("User Talk:" reads like a name, but its last word is a kind's.)
        if (title_link && !r.kind && title_line == 0 && (is_label_prefix(before_title) || bold_label) &&
            (!is_person_names(before) || (std::count(before.begin(), before.end(), ' ') == 1 && normalize_kind(before)))) {
            take_label(before);
        }
    }
    // 2. A link that starts the line (after the time and a short label).
    if (r.source == TitleSource::none) {
        for (std::size_t i = 0; i < std::min<std::size_t>(head_count, 2) && !title_link; ++i) {
            const EntryLine& line = entry.lines[i];
            if (line.links.empty()) continue;
            const EntryLink& link = line.links.front();
            const LinkKind kind = link.kind;
            const std::string_view label = text::trim(link_text(line, link));
            if (kind == LinkKind::anchor || kind == LinkKind::profile || is_generic_link_text(label)) continue;
            if (i == 0 && names_speaker_first(line, link)) continue;  // read below, speaker first
            const std::size_t start = i == 0 ? content_start(0) : 0;
            const std::string_view prefix = std::string_view(line.text).substr(std::min(start, link.begin), link.begin - std::min(start, link.begin));
            const std::string_view bare = trim_separators(prefix);
            bool prefix_ok = bare.empty() || !has_letter(bare) || is_label_prefix(prefix) || is_date_time_only(bare);
            // A bold speaker name first is the speaker-first form, read below ("Ana Li (ali) - [Title]" too).
            if (!bare.empty() && (is_person_names(bare) || is_person_names(without_nickname(bare)))) prefix_ok = false;
            if (!prefix_ok) continue;
            // "[#sig-scheduling](...): Title": a linked label, the title follows it.
            std::string_view after = text::trim(std::string_view(line.text).substr(link.end));
            // "[Title](...): In this panel, Ana Li and Bo Chen look at ...": a sentence after the
            // colon is about the linked talk, not a title after a linked label.
            auto sentence_after = [&] {
                const std::string_view said = text::trim(after.substr(std::min<std::size_t>(1, after.size())));
                return text::ends_with(said, ".") && std::count(said.begin(), said.end(), ' ') >= 7 &&
                       first_prose_verb(" " + std::string(said)) != std::string_view::npos;
            };
            if ((text::starts_with(after, ":") || text::starts_with(after, fullwidth_colon)) && has_letter(after) && !sentence_after()) {
                // "[20240417](...): Ana Li: Title - [Video](...) - [Slides](...)": the title ends
                // where the links to its materials start.
                for (const EntryLink& later : line.links) {
                    if (later.begin <= link.end) continue;
                    const std::string_view text = link_text(line, later);
                    if (later.kind == LinkKind::video || later.kind == LinkKind::slides || is_generic_link_text(text) || names_slides(text)) {
                        after = text::trim(std::string_view(line.text).substr(link.end, later.begin - link.end));
                        break;
                    }
                }
                // A date linked to its meeting's page: that page is the talk's.
                if (is_date_time_only(label) && (kind == LinkKind::session_page || kind == LinkKind::other) && is_session_url(link.href)) {
                    dated_label_link = &link;
                }
                raw_title = std::string(trim_separators(after));
                r.source = TitleSource::plain_text;
                title_line = i;
                after_title = line.text.size();
                break;
            }
            title_line = i;
            title_link = &link;
            raw_title = std::string(without_leading_date_time(line, label));  // "[11:00am Title](...)"
            after_title = link.end;
            // "[Episode 9](episode9/) - June 3 2022: **Title**": a numbered label links the page, the
            // bold run after it is the title.
            const std::size_t label_space = label.rfind(' ');
            const std::string_view label_number = text::trim_chars(label.substr(label_space == std::string_view::npos ? label.size() : label_space + 1), "#");
            if (label_space != std::string_view::npos && std::count(label.begin(), label.end(), ' ') <= 2 && !label_number.empty() &&
                label_number.size() <= 3 && std::all_of(label_number.begin(), label_number.end(), text::is_ascii_digit)) {
                for (const TextSpan& bold : line.strong) {
                    if (bold.begin < link.end) continue;
                    const std::string_view run = trim_separators(std::string_view(line.text).substr(bold.begin, bold.end - bold.begin));
                    if (run.find(' ') == std::string_view::npos || is_date_time_only(run)) continue;
                    raw_title = std::string(run);
                    after_title = bold.end;
                    break;
                }
            }
            before_title = std::string(prefix);
            r.source = TitleSource::line_link;
            r.title_link_kind = kind;
            take_label(bare);
        }
    }
    // A link written over several source lines: "[Flux Project\nMeeting](url)" is one title;
    // "[Title - Speakers\nThursday, April 3, 2025, 17:30 - 18:00 BST\nRoom](url)" ends at its time.
    if (title_link) r.title_line = entry.lines[title_line].line;  // where the link starts
    if (title_link && (r.source == TitleSource::session_link || r.source == TitleSource::line_link) &&
        after_title == title_link->end) {
        while (title_line + 1 < head_count) {
            const EntryLine& next = entry.lines[title_line + 1];
            if (next.links.empty() || next.links.front().begin > 1 || next.links.front().href != title_link->href) break;
            // A break inside one source line is an HTML <br> the author put there: "<a>Title<br/>
            // <i>Subtitle</i></a>" is a title and its subtitle.
            if (next.line == entry.lines[title_line].line) break;
            const std::string_view more = text::trim(link_text(next, next.links.front()));
            if (more.empty() || is_date_time_only(more)) break;
            raw_title += ' ';
            raw_title += more;
            ++title_line;
            title_link = &next.links.front();
            after_title = title_link->end;
        }
    }
    std::vector<Speaker> first_speakers;
    // 3. A speaker written first: "__Name__ Title", "[__Name__](/authors/..) Keynote! Title", "**Name**: Title".
    if (r.source == TitleSource::none) {
        std::size_t start = content_start(0);
        // Past the separators after a leading date or time ("2017-02-23 - [Ana Li](...) - Title").
        if (start > 0) {
            while (start < first.text.size() && (first.text[start] == ' ' || first.text[start] == '-' || first.text[start] == ':')) ++start;
        }
        std::optional<std::pair<std::size_t, std::size_t>> lead;  // the leading name's range
        for (const TextSpan& s : first.strong) {
            if (s.begin <= start + 1) lead = std::make_pair(s.begin, s.end);
            break;
        }
        std::string linked_names;  // "[Ana Li](...) y [Bo Chen](...) "Title"": the profile links that lead, joined
        for (std::size_t k = 0; k < first.links.size(); ++k) {
            const EntryLink& link = first.links[k];
            if (k == 0 && (link.begin > start + 2 || (link.kind != LinkKind::profile && !names_speaker_first(first, link)))) break;
            if (k > 0) {
                // Another person joined by "and", "&", ",", or the word for "and" in Spanish,
                // Portuguese, German or French.
                const std::string join = text::ascii_lower(text::trim(std::string_view(first.text).substr(lead->second, link.begin - lead->second)));
                const bool joined = join == "," || join == "&" || join == "and" || join == "y" || join == "e" || join == "und" || join == "et";
                if (!joined || link.kind != LinkKind::profile) break;
                linked_names += " & ";
            }
            linked_names += text::trim(link_text(first, link));
            if (!lead || link.end > lead->second) lead = std::make_pair(lead && k > 0 ? lead->first : link.begin, link.end);
        }
        // "Debbie Lane: [Title](...)": plain names and a colon before the title's link. So does "Matt
        // Cloke and Narendra Tumkur on [Title](...)" (the names, then "on").
        bool names_on = false;
        bool title_is_link = false;  // the title is the link after the names, what follows it a comment
        if (!lead && !first.links.empty() && first.links.front().begin > start) {
            const std::string_view pre = text::trim(std::string_view(first.text).substr(start, first.links.front().begin - start));
            if (text::ends_with(pre, ":") && pre.size() <= 80 && is_person_names(trim_separators(pre))) {
                lead = std::make_pair(start, start + pre.size() - 1);
            } else if (text::ends_with(pre, " on") && pre.size() <= 80 && is_person_names(pre.substr(0, pre.size() - 3))) {
                lead = std::make_pair(start, start + pre.size() - 3);
                names_on = true;
            } else if ((text::ends_with(pre, " -") || text::ends_with(pre, " \xE2\x80\x93")) && pre.size() <= 80 &&
                       first.links.front().kind != LinkKind::profile) {
                // "Jonathan Pallant (JPster) - [Embedded Rust (video)](…)": a full name (a nickname in
                // parentheses after it), a dash, the talk's link.
                const std::string_view who = without_nickname(text::trim(pre.substr(0, pre.rfind(' '))));
                if (all_named_in_full(parse_speakers(who)) && is_person_names(who)) {
                    lead = std::make_pair(start, start + who.size());
                    title_is_link = true;
                }
            }
        }
        // "Ada Lee, *Chat bots: what can they do?*": names, a comma, and the title in italics to the
        // line's end (an accepted-talks list).
        bool italic_title = false;
        if (!lead && !first.emphasis.empty() && first.emphasis.back().begin > start) {
            const TextSpan& em = first.emphasis.back();
            const std::string_view tail = text::trim_chars(std::string_view(first.text).substr(std::min(em.end, first.text.size())), " .");
            const std::string_view pre = text::trim(std::string_view(first.text).substr(start, em.begin - start));
            if (tail.empty() && text::ends_with(pre, ",") && pre.size() <= 80 && is_person_names(trim_separators(pre))) {
                lead = std::make_pair(start, em.begin);
                italic_title = true;
            }
        }
        if (lead) {
            const std::string_view names = !linked_names.empty() && first.links.size() > 1 && text::find_by(linked_names, " & ", 1) != std::string::npos
                                               ? std::string_view(linked_names)
                                               : trim_separators(std::string_view(first.text).substr(lead->first, lead->second - lead->first));
            std::string_view rest = trim_separators(std::string_view(first.text).substr(lead->second));
            if (names_on) rest = text::trim(rest.substr(2));  // past "on"
            if (title_is_link) rest = text::trim(link_text(first, first.links.front()));
            // "Dana Ortiz: [Title](...).": the sentence's period after the title's link is not the title's.
            if (!first.links.empty() && text::ends_with(rest, ".") && first.links.front().end == first.text.size() - 1 &&
                rest.size() >= 1 && first.text.back() == '.') {
                rest.remove_suffix(1);
            }
            // "[Joost Noppen](...) from [BT](...) will join ...": a sentence about the person goes on.
            static constexpr text::WordList sentence_goes_on("from|of|at|will|is|was|and|who|with|joins|joined|gives|gave|talks|spoke");
            const bool sentence = !italic_title && sentence_goes_on.contains(rest.substr(0, rest.find(' ')));
            // (A speaker's page on a schedule site names a person whatever the name's shape.)
            const bool speaker_page = !first.links.empty() && first.links.front().begin <= lead->first + 2 && is_speaker_page(first.links.front());
            // "[Ana Li](profile)" alone, its talk in the item nested under it ("  - Title").
            if (!names.empty() && !has_letter(rest) && first.links.size() == 1 && first.links.front().kind == LinkKind::profile &&
                head_count == 1 && entry.parts.size() > 1 && entry.parts[1].list_item && is_person_names(names)) {
                const EntryLine& nested = entry.lines[entry.parts[1].first_line];
                const std::string_view talk = text::trim(nested.text);
                if (has_letter(talk) && talk.find(' ') != std::string_view::npos && nested.links.empty() && nested.dates.empty()) {
                    first_speakers = parse_speakers(names);
                    raw_title = std::string(talk);
                    r.source = TitleSource::speaker_first;
                    title_line = entry.parts[1].first_line;
                    after_title = nested.text.size();
                }
            }
            // ("**Scaling Widgets** (Ana Li, Acme) — ...": people in parentheses after the bold run
            // make it the title, however much it reads like a name.)
            const std::size_t close = rest.find(')');
            const bool people_follow = text::starts_with(rest, "(") && close != std::string_view::npos &&
                                       names_people(rest.substr(1, close - 1));
            // ("**Tmux Tricks** [10 min] - by Bo Chen": nor do people named after "by".)
            std::string_view after_length = rest.substr(duration_prefix_length(rest));
            const bool by_follows = text::istarts_with(trim_separators(after_length), "by ");
            if (r.source == TitleSource::none && !names.empty() && (speaker_page || is_person_names(names)) && has_letter(rest) &&
                rest.find(' ') != std::string_view::npos &&
                first_prose_verb(" " + std::string(rest)) != 0 && !sentence && !people_follow && !by_follows) {
                first_speakers = parse_speakers(names);
                if (first_speakers.empty() && speaker_page) {
                    Speaker person;
                    person.name = std::string(names);
                    first_speakers.push_back(std::move(person));
                }
                raw_title = std::string(rest);
                r.source = TitleSource::speaker_first;
                title_line = 0;
                after_title = first.text.size();
            }
        }
    }
    // 3b. A speaker line that goes on with the talk: "🗣 [Ana Li - Writing faster widgets](slides)".
    if (r.source == TitleSource::none && !table && head_count > 0) {
        std::string_view emoji;
        const std::string_view value = text::trim(text::strip_leading_emoji(first.text, &emoji));
        if (!emoji.empty()) {
            const std::size_t dash = text::find_by(value, " - ", 1);
            if (dash != std::string_view::npos && dash > 0) {
                const std::string_view who = value.substr(0, dash);
                const std::string_view what = text::trim(value.substr(dash + 3));
                // (The emoji is a speaker's when it marks the name alone as one.)
                if (who.find(' ') != std::string_view::npos && looks_like_person_name(who) && !looks_like_org(who) && has_letter(what) &&
                    !names_people(what) && speaker_emoji_first(first.text)) {
                    first_speakers = parse_speakers(who);
                    raw_title = std::string(what);
                    r.source = TitleSource::speaker_first;
                    title_line = 0;
                    after_title = first.text.size();
                }
            }
        }
    }
    bool title_under_heading = false;  // 3c's title is the heading's first block: no abstract
    // 3c. A heading that is a speaker's name, the talk's title the short line under it ("##### Ana
    // Li" / "*Keynote*: Title", a card of a talks page).
    if (r.source == TitleSource::none && entry.shape == EntryShape::heading && head_count == 1 && entry.parts.size() > 1 &&
        !entry.parts[1].list_item && !entry.parts[1].time_only && entry.parts[1].quote_depth == 0 && entry.parts[1].line_count == 1) {
        const std::string_view names = text::trim(first.text);
        const EntryLine& next = entry.lines[entry.parts[1].first_line];
        const std::string_view talk = text::trim(next.text);
        const std::vector<Speaker> people = parse_speakers(names);
        const bool persons = !people.empty() && std::all_of(people.begin(), people.end(), [](const Speaker& p) {
            return !p.org && p.name.find(' ') != std::string::npos && !looks_like_org(p.name);
        });
        // (Not when the line under it names people: "### Serverless Integration Anatomy" / "by Ana
        // Li" is a title and its by-line, however much the title reads as a name.)
        const std::string_view bare = trim_separators(talk);
        const bool names_under = text::istarts_with(bare, "by ") || text::istarts_with(bare, "with ") || reads_as_speakers(bare, true) ||
                                 key_value(next).key != DetailKey::none;
        if (persons && !names_under && first.links.empty() && next.dates.empty() && talk.size() <= 150 &&
            talk.find(' ') != std::string_view::npos && has_letter(talk) && !text::ends_with(talk, ".") && !names_people(talk)) {
            first_speakers = people;
            raw_title = std::string(talk);
            r.source = TitleSource::speaker_first;
            title_line = entry.parts[1].first_line;
            after_title = next.text.size();
            title_under_heading = true;
        }
    }
    // 4. A bold run that starts the line (after an emoji that decorates it: "⚡ **Title** with ...").
    if (r.source == TitleSource::none && !table) {
        std::size_t start = content_start(0);
        const std::string_view from_start = std::string_view(first.text).substr(std::min(start, first.text.size()));
        const std::string_view after_emoji = text::trim(text::strip_leading_emoji(from_start));
        if (after_emoji.size() < from_start.size()) start += from_start.size() - after_emoji.size();
        for (const TextSpan& s : first.strong) {
            if (s.begin > start + 2) break;
            // "**11:15–11:45 JST – Title**": a time that opens the bold run is not the title's.
            std::size_t from = s.begin;
            if (time_at && time_at->line == 0 && time_at->at.begin <= s.begin + 2 && time_at->at.end > s.begin &&
                time_at->at.end < s.end) {
                from = time_at->at.end;
            }
            std::string_view bold = trim_separators(std::string_view(first.text).substr(from, s.end - from));
            if (read_key_value(bold).key != DetailKey::none || text::ends_with(text::trim(std::string_view(first.text).substr(s.begin, s.end - s.begin)), ":")) break;
            // "**PyWeb**: Title (Name)": a bold label (the track) before a colon, the title after it.
            const std::string_view after_bold = text::trim(std::string_view(first.text).substr(std::min(s.end, first.text.size())));
            if (text::starts_with(after_bold, ":")) {
                const std::string_view rest = text::trim(after_bold.substr(1));
                if (has_letter(rest) && rest.size() > bold.size() && !normalize_kind(bold) && !is_person_names(bold)) {
                    bold_label = std::string(bold);  // read with the line's text below, without it
                    break;
                }
            }
            bool any_time = false;
            if (bold.empty() || is_date_time_only(bold, &any_time)) {
                if (any_time) continue;  // "**1:00 pm**:" is the time; the text follows
                break;
            }
            raw_title = std::string(bold);
            r.source = TitleSource::bold;
            title_line = 0;
            after_title = s.end;
            break;
        }
    }
    // 5. The plain text of the line, past its time.
    if (r.source == TitleSource::none) {
        std::size_t i = 0;
        std::string_view line = first.text;
        std::size_t start = content_start(0);
        // A head line that is all time and labels: the title is on the next line ("Sunday, Dec 9th" items).
        while (!has_letter(trim_separators(line.substr(std::min(start, line.size())))) && i + 1 < head_count) {
            ++i;
            line = entry.lines[i].text;
            start = 0;
        }
        std::string_view rest = line.substr(std::min(start, line.size()));
        // Cut the time out of the text wherever it stands ("(Tuesday 10/12, 8:30pm @ Spire 73)" stays for the room).
        if (time_at && time_at->line == i && time_at->at.begin > start) {
            const std::size_t cut = time_at->at.begin;
            std::string_view tail = std::string_view(line).substr(time_at->at.end);
            rest = line.substr(start, cut - start);
            // "ca. 12.30 End of day 2": an "about" before the time is no title.
            const std::string lead = text::ascii_lower(trim_separators(rest));
            if (!has_letter(lead) || lead == "ca." || lead == "ca" || lead == "approx." || lead == "circa") {
                rest = tail;
            } else {
                // "Title (09:15–10:00) — Ana Li, Acme", "Title @ 10:15 — Bo Chen": names after the time.
                const std::string_view names = trim_separators(text::trim_chars(tail, ") "));
                if (!names.empty() && reads_as_speakers(names, false)) tail_speakers = std::string(names);
            }
            // "Title (9:00am - 10:30am)", "Title @ 10:15": what led into the time goes with it.
            rest = text::trim(rest);
            if (text::ends_with(rest, "~")) rest = text::trim(rest.substr(0, rest.size() - 1));  // "Meet and Greet (~6pm)"
            if (text::ends_with(rest, "(") || text::ends_with(rest, "[") || text::ends_with(rest, "@")) rest.remove_suffix(1);
            for (std::string_view lead : {" at", " from", " on", " starting"}) {  // "KDE Admin from 16:00 to 17:00 UTC"
                if (text::ends_with(rest, lead)) {
                    rest.remove_suffix(lead.size());
                    break;
                }
            }
        }
        // "(15 min) A whirlwind tour ([jamesmunns], [skade])": a duration before the title (the
        // talk's length, not its time) and its speakers' profile links in parentheses after it.
        rest = text::trim(rest);
        if (const std::size_t length = duration_prefix_length(rest)) rest = text::trim(rest.substr(length));
        if (text::ends_with(rest, ")")) {
            const std::size_t from = static_cast<std::size_t>(rest.data() - line.data());
            const std::size_t open = text::rfind(rest, " (");
            if (open != std::string_view::npos) {
                const EntryLine& head = entry.lines[i];
                std::vector<Speaker> handles;
                std::string between;  // the parenthesis' text outside its links
                std::size_t at = from + open + 2;
                const std::size_t close = from + rest.size() - 1;
                for (const EntryLink& link : head.links) {
                    if (link.begin < at || link.end > close) continue;
                    if (link.kind != LinkKind::profile) {
                        handles.clear();
                        break;
                    }
                    between.append(line.substr(at, link.begin - at));
                    Speaker handle;
                    handle.name = std::string(text::trim(link_text(head, link)));
                    handles.push_back(std::move(handle));
                    at = link.end;
                }
                between.append(line.substr(at, close - at));
                if (!handles.empty() && text::trim_chars(between, " ,&/;").empty() && has_letter(rest.substr(0, open))) {
                    first_speakers = std::move(handles);
                    rest = text::trim(rest.substr(0, open));
                }
            }
        }
        // "NATS Intro hosted by Ana Li | [Review Slides](...) | [Watch Video](...)": the talk's
        // resources after its text are no part of it.
        for (const EntryLink& link : entry.lines[i].links) {
            const std::size_t from = static_cast<std::size_t>(rest.data() - line.data());
            if (link.begin <= from || link.begin >= from + rest.size()) continue;
            if (!has_letter(trim_separators(line.substr(from, link.begin - from)))) continue;
            if (link.kind != LinkKind::video && link.kind != LinkKind::slides && !is_generic_link_text(link_text(entry.lines[i], link))) continue;
            // ("Dawn Wages ([mastodon](...)) - Title": links in the middle of the text, with words of
            // its own after them, are a person's, not the talk's resources.)
            std::string after;
            std::size_t at = link.end;
            for (const EntryLink& later : entry.lines[i].links) {
                if (later.begin < at) continue;
                after.append(line.substr(at, later.begin - at));
                at = later.end;
            }
            after.append(line.substr(std::min(at, line.size())));
            if (has_letter(trim_separators(text::trim_chars(after, " ()|,;.-")))) continue;
            rest = line.substr(from, link.begin - from);
            // "Title (Ana Li) ([slides](...))": the parenthesis the link stood in goes with it.
            rest = text::trim(rest);
            if (text::ends_with(rest, "(")) rest.remove_suffix(1);
            break;
        }
        // "*Observability 101*, Bo Chen, Globex": a title set in italics or bold ends with its run;
        // the names after it, past a comma or a dash, are its speakers.
        if (!tail_speakers && first_speakers.empty() && !rest.empty()) {
            const EntryLine& head = entry.lines[i];
            const std::size_t from = static_cast<std::size_t>(rest.data() - line.data()), to = from + rest.size();
            for (const std::vector<TextSpan>* runs : {&head.emphasis, &head.strong}) {
                for (const TextSpan& run : *runs) {
                    if (run.begin < from || run.end >= to || has_letter(trim_separators(line.substr(from, run.begin - from)))) continue;
                    const std::string_view after = text::trim(line.substr(run.end, to - run.end));
                    const bool separated = text::starts_with(after, ",") || text::starts_with(after, "- ") ||
                                           text::starts_with(after, en_dash) || text::starts_with(after, em_dash);
                    const std::string_view names = trim_separators(after);
                    if (separated && reads_as_speakers(names, false)) {
                        tail_speakers = std::string(names);
                        rest = line.substr(run.begin, run.end - run.begin);
                    }
                    break;
                }
                if (tail_speakers) break;
            }
        }
        raw_title = std::string(trim_separators(rest));
        if (!bold_label.empty() && text::starts_with(raw_title, bold_label) && raw_title.compare(bold_label.size(), 1, ":") == 0) {
            if (!r.track) r.track = bold_label;
            raw_title = std::string(text::trim(std::string_view(raw_title).substr(bold_label.size() + 1)));
        }
        r.source = entry.shape == EntryShape::heading ? TitleSource::heading : table ? TitleSource::table_cell : TitleSource::plain_text;
        // A hard-wrapped title: "9:00 - 10:00 Introduction to Flink, and Dev" / "environment (by
        // Stephan)". The next line goes on in lower case, or closes a parenthesis the line opened
        // ("... mentale (Raffaele" / "Colace)"), and holds no time of its own.
        if (r.source == TitleSource::plain_text && i + 1 < head_count && !raw_title.empty() &&
            std::string_view(".!?:").find(raw_title.back()) == std::string_view::npos) {
            const EntryLine& next = entry.lines[i + 1];
            const std::string_view more = text::trim(next.text);
            const bool open_paren = std::count(raw_title.begin(), raw_title.end(), '(') > std::count(raw_title.begin(), raw_title.end(), ')') &&
                                    more.find(')') != std::string_view::npos;
            if (!more.empty() && (std::islower(static_cast<unsigned char>(more.front())) || open_paren) && next.dates.empty() &&
                next.links.empty()) {
                raw_title += ' ';
                raw_title += more;
                title_wrap_line = i + 1;
            }
        }
        title_line = i;
        after_title = line.size();
    }

    // "Daniel Gomez Blanco:" / "How to migrate 300 services" (a <br> in a cell or a link): the
    // speaker and a colon end the title's line, the title is the next.
    if (first_speakers.empty() && title_line + 1 < head_count && r.source != TitleSource::key_value && r.source != TitleSource::heading &&
        text::ends_with(text::trim_chars(entry.lines[title_line].text, " |*_"), ":") && !raw_title.empty() &&
        text::ends_with(text::trim_chars(entry.lines[title_line].text, " |*_:"), text::trim_chars(raw_title, " :"))) {
        const std::string_view names = text::trim_chars(text::trim(raw_title), ": ");
        const EntryLine& next = entry.lines[title_line + 1];
        const std::string_view more = text::trim(next.text);
        if (is_person_names(names) && has_letter(more) && next.dates.empty() && key_value(next).key == DetailKey::none) {
            first_speakers = parse_speakers(names);
            raw_title = std::string(more.substr(0, text::find_pair(more, " |")));
            ++title_line;
            after_title = next.text.size();
        }
    }

    // --- Kind, title and speakers from the title text ----------------------------------------
    // A title longer than limits::max_talk_line_bytes is prose, not a talk.
    if (raw_title.size() > limits::max_talk_line_bytes) raw_title.clear();
    // "## 2. Contribfest - ...", "4. SIG-etcd meet and greet": a heading's number is no part of its title.
    if (entry.shape == EntryShape::heading) {
        if (const std::size_t number = heading_number_length(raw_title, 2)) {  // "2. Title", "2) Title"
            raw_title = std::string(text::trim(std::string_view(raw_title).substr(number)));
        }
    }
    // "Day 1: Optional pre-summit social", "Day Two: ...": the day is where it happens, not its title.
    if (text::istarts_with(raw_title, "day ")) {
        const std::size_t colon = raw_title.find(':');
        if (colon != std::string::npos && colon <= 10 && raw_title.find(' ', 4) >= colon && colon + 1 < raw_title.size()) {
            raw_title = std::string(text::trim(std::string_view(raw_title).substr(colon + 1)));
        }
    }
    // "Talk 1: Title", "Session #2: Title": the talk's number in the programme is not its title.
    for (std::string_view word : {"talk ", "session ", "presentation ", "lecture ", "ignite ", "palestra ", "vortrag ", "charla ", "ponencia "}) {
        if (!text::istarts_with(raw_title, word)) continue;
        std::size_t at = word.size();
        if (at < raw_title.size() && raw_title[at] == '#') ++at;
        const std::size_t digits = at;
        while (at < raw_title.size() && std::isdigit(static_cast<unsigned char>(raw_title[at]))) ++at;
        // Only "N:" ("Talk 3 - Ana Li" is a title "Talk 3" and its speaker), or "N - Name: Title"
        // ("Talk 1 - Chris Van Tuin: \"A Security State of Mind\"").
        if (at == digits || at - digits > 2 || at >= raw_title.size()) break;
        if (raw_title.compare(at, 3, " - ") == 0) {
            const std::string_view rest = text::trim(std::string_view(raw_title).substr(at + 3));
            const std::size_t colon = rest.find(": ");
            if (colon != std::string_view::npos && colon > 0 && has_letter(rest.substr(colon + 2)) &&
                reads_as_speakers(rest.substr(0, colon), false)) {
                // "Ignite 3 - Ana Li: Title": the word before the number is its kind.
                if (!r.kind) r.kind = normalize_kind(text::trim(word));
                raw_title = std::string(rest);
            }
            break;
        }
        if (raw_title[at] != ':') break;
        const std::string_view rest = trim_separators(std::string_view(raw_title).substr(at + 1));
        if (has_letter(rest)) {
            // ("Lecture 2: Title", "Ignite 3: Title": the word says the kind too.)
            if (!r.kind && (word == "lecture " || word == "ignite ")) r.kind = normalize_kind(text::trim(word));
            raw_title = std::string(rest);
        }
        break;
    }
    // "Track 1: Windows Working Group", "Track B: Title": the parallel track it runs in.
    if (text::istarts_with(raw_title, "track ")) {
        const std::size_t colon = raw_title.find(':');
        if (colon != std::string::npos && colon <= 9 && raw_title.find(' ', 6) >= colon && colon + 1 < raw_title.size()) {
            const std::string_view rest = text::trim(std::string_view(raw_title).substr(colon + 1));
            if (has_letter(rest)) {
                if (!r.track) r.track = std::string(text::trim(std::string_view(raw_title).substr(0, colon)));
                raw_title = std::string(rest);
            }
        }
    }
    std::string title = std::move(raw_title);
    text::assign_part(title, text::trim(title));
    std::string speaker_text;
    bool lenient = false;
    bool kind_prefixed = false;
    // A table row whose Speaker column names its speakers: its title is all title ("Maximizing Cloud
    // Efficiency - Minor Tweaks, Bigger Impact", "Death by Snowflakes"), never split for names.
    const bool column_names_speakers = table && !entry.table.speakers.empty();
    // split_talk_text of the title after its kind, when that was asked: read once if the title stays.
    std::optional<TalkText> talk_after_kind;
    // The title's kind prefix as split_talk_text reads it (its separators ':' and " | " only), when
    // the reading below gives it: the title then stays as it is, and it is not read twice.
    std::optional<KindPrefix> talk_prefix;
    {
        bool same_for_talk = false;
        if (KindPrefix prefix = read_kind_prefix(title, KindSeparators::any, &same_for_talk); prefix.kind) {
            const std::string written = title;
            text::assign_part(title, prefix.rest);
            const std::optional<std::string>& kind = prefix.kind;
            kind_prefixed = true;
            if (!r.kind) r.kind = kind;
            // "CiliumCon Sponsored Keynote: Liz Rice, Isovalent at Cisco": only speakers follow the
            // kind, so the kind is the title.
            // Not in a "Speaker & Title" column, whose cells put the speaker after the last comma;
            // not when the rest has a title of its own ("Keynote: Title - Speaker").
            // (Not after a numbered kind: "Workshop 1: Research Design, Data Collection" is a title.)
            const std::string_view written_prefix = std::string_view(written).substr(0, written.size() - title.size());
            const bool numbered_kind = std::any_of(written_prefix.begin(), written_prefix.end(), text::is_ascii_digit);
            if (!entry.table.title_then_speaker && !column_names_speakers && !numbered_kind &&
                (talk_after_kind = split_talk_text(title))->speaker_text.empty() && names_people(title) && title.size() < written.size()) {
                talk_after_kind.reset();
                speaker_text = title;
                title = std::string(trim_separators(std::string_view(written).substr(0, written.size() - title.size())));
                // Whether that title names a kind is the whole title's question: "CiliumCon Sponsored
                // Keynote" does, "Hallway Chat" does not.
                r.kind = kind_of_whole_title(title);
            }
        } else if (same_for_talk) {
            talk_prefix = std::move(prefix);
        }
    }
    // The talk text's speakers as split_talk_text read them without context (nullopt when it needed
    // one): parsed already, and the same for any post when the speaker text stays as it is.
    std::string talk_speaker_text;
    std::optional<std::vector<Speaker>> talk_speakers;
    // "[Title – Subtitle](...) (by Ana Li and Bo Chen)": names after the link say who speaks, so the
    // link's text is all title.
    bool by_after_link = false;
    if (title_link && after_title < entry.lines[title_line].text.size()) {
        const std::string_view after = text::trim_chars(std::string_view(entry.lines[title_line].text).substr(after_title), " (");
        by_after_link = text::istarts_with(after, "by ") && after.size() > 3 && std::isupper(static_cast<unsigned char>(after[3]));
    }
    // "Dawn Wages ([mastodon](...)) - Title": a name with its social links, first, is the speaker,
    // whatever words the title after the dash has (all of them: the dash bounds it).
    bool title_after_person = false;
    if (speaker_text.empty() && !column_names_speakers && (r.source == TitleSource::plain_text || r.source == TitleSource::bold)) {
        const std::size_t dash = text::find_by(title, " - ", 1);
        if (dash != std::string::npos && dash > 0) {
            const std::string_view written = std::string_view(title).substr(0, dash);
            const std::string_view who = without_social_note(written);
            if (who.size() < written.size() && reads_as_speakers(who, false)) {
                speaker_text = std::string(who);
                text::assign_part(title, text::trim(std::string_view(title).substr(dash + 3)));
                title_after_person = r.speaker_before_title = true;
            }
        }
    }
    if (speaker_text.empty() && !column_names_speakers && !by_after_link &&
        (r.source == TitleSource::session_link || r.source == TitleSource::line_link || r.source == TitleSource::bold ||
        r.source == TitleSource::table_cell || r.source == TitleSource::key_value || r.source == TitleSource::heading ||
        r.source == TitleSource::plain_text)) {
        TalkText talk = talk_after_kind ? std::move(*talk_after_kind) : talk_prefix ? split_talk_text(*talk_prefix) : split_talk_text(title);
        // "[Mark Peters - Integrating Teams](/speakers/mark-peters)", "[Ken Kato: DevOps](/speakers/
        // ken-kato)": the link's last path segment spells the person before the separator.
        const EntryLink* whole_link = title_link;  // a cell's or a line's title may be one link's whole text
        for (const EntryLink& link : entry.lines[title_line].links) {
            if (whole_link) break;
            if (text::trim(link_text(entry.lines[title_line], link)) == title) whole_link = &link;
        }
        for (std::string_view separator : {std::string_view(" - "), std::string_view(": ")}) {
            if (!whole_link) break;
            const std::size_t at = title.find(separator);
            const std::string_view who = std::string_view(title).substr(0, at == std::string::npos ? 0 : at);
            // The slug first: it rules out nearly every title at its length (a name test per link).
            if (at == std::string::npos || at == 0 || who.find(' ') == std::string_view::npos || !slug_names(whole_link->href, who) ||
                !looks_like_person_name(who) || looks_like_org(who)) {
                continue;
            }
            talk.speaker_text = std::string(who);
            talk.title = std::string(text::trim(std::string_view(title).substr(at + separator.size())));
            talk.context_free_speakers.reset();
            break;
        }
        // "[Kata Containers - Security and Containers Without Compromise](…)" over "  - Ildiko Vancsa":
        // the dash is the title's own when what follows it names no one in full and the item nested
        // under it does.
        if (!talk.speaker_text.empty() && entry.parts.size() > 1 && entry.parts[1].list_item) {
            const std::vector<Speaker> named = talk.context_free_speakers ? *talk.context_free_speakers : parse_speakers(talk.speaker_text);
            if (!all_named_in_full(named) && all_named_in_full(parse_speakers(text::trim(entry.lines[entry.parts[1].first_line].text)))) {
                talk.speaker_text.clear();
                talk.context_free_speakers.reset();
            }
        }
        if (talk.track && !r.track) r.track = talk.track;
        if (talk.kind && !r.kind) r.kind = talk.kind;  // "[Conf 2024 Keynote] Welcome! | Ana Li, Acme"
        if (talk.track && talk.speaker_text.empty()) title = talk.title;
        if (!talk.speaker_text.empty()) {
            title = std::move(talk.title);  // (the talk text is read no more: its strings move)
            talk_speaker_text = std::move(talk.speaker_text);
            speaker_text = talk_speaker_text;
            talk_speakers = std::move(talk.context_free_speakers);
        } else if (r.source == TitleSource::plain_text || r.source == TitleSource::bold ||
                   ((r.source == TitleSource::line_link || r.source == TitleSource::session_link) && speaker_emoji_first(first.text))) {
            // "Carl Baatz - Build yourself a web framework", "Brett Miller - Migrating X to Y": a
            // person's name (two or three words, no org's signs), a dash, then a title that is no
            // list of names and has words in lower case. In a link's text only after an emoji that
            // marks a speaker ("🗣 [Ana Li - Tracing at scale](...)"): a link's text is title-first.
            const std::size_t dash = text::find_by(title, " - ", 1);
            if (dash != std::string::npos && dash > 0) {
                // "Dawn Wages ([mastodon](...), [twitter](...)) - Title": the person's social links are
                // no part of the name.
                const std::string_view who = without_social_note(std::string_view(title).substr(0, dash));
                const std::string_view what = text::trim(std::string_view(title).substr(dash + 3));
                const auto words = std::count(who.begin(), who.end(), ' ') + 1;
                bool lowercase_word = false;
                for (std::size_t i = 1; i < what.size(); ++i) lowercase_word |= what[i - 1] == ' ' && what[i] >= 'a' && what[i] <= 'z';
                // ("Onion Adventures - How to use onion services": a question word opens a subtitle.)
                static constexpr text::WordList subtitle_words("how|why|what|when|where|who|which");
                const std::string_view first_word = what.substr(0, what.find(' '));
                if (words >= 2 && words <= 3 && looks_like_person_name(who) && !looks_like_org(who) && lowercase_word &&
                    !subtitle_words.contains(first_word) &&
                    text::find_by(what, " - ", 1) == std::string_view::npos && !reads_as_speakers(what, false)) {
                    speaker_text = std::string(who);
                    title = std::string(what);
                    r.speaker_before_title = true;
                }
            }
        }
    }
    if (r.source == TitleSource::plain_text || r.source == TitleSource::table_cell) {
        std::optional<std::string> room;
        // "16:10 - 16:20 Timesketch history [Johan Berggren](profile)", "... [Ana Li](p) [Bo Chen](p)":
        // people's profile links that end the line name its speakers.
        if (r.source == TitleSource::plain_text && speaker_text.empty()) {
            const EntryLine& line = entry.lines[title_line];
            std::size_t stop = line.text.find_last_not_of(" \t.") + 1;  // npos + 1 == 0 for a blank line
            std::size_t first_person = std::string::npos;
            std::string names;
            for (std::size_t k = line.links.size(); k-- > 0;) {
                const EntryLink& link = line.links[k];
                if (link.end > stop) break;
                const std::string_view between = text::trim(std::string_view(line.text).substr(link.end, stop - link.end));
                const std::string_view label = text::trim(link_text(line, link));
                if ((!between.empty() && between != "," && between != "&" && between != "and") || link.kind != LinkKind::profile ||
                    label.find(' ') == std::string_view::npos || !looks_like_person_name(label) || looks_like_org(label)) {
                    break;
                }
                names = names.empty() ? std::string(label) : std::string(label) + " & " + names;
                first_person = link.begin;
                stop = link.begin;
            }
            if (first_person != std::string::npos) {
                const std::string_view tail = text::trim(std::string_view(line.text).substr(first_person));
                if (title.size() > tail.size() + 2 && text::ends_with(title, tail)) {
                    std::string_view head = text::trim(std::string_view(title).substr(0, title.size() - tail.size()));
                    // "Notebooks by [Ana Li](...)", "Demo with [Bo Chen](...)": the word that led to them.
                    for (std::string_view lead : {" by", " with", " from", " -", ","}) {
                        if (text::ends_with(head, lead)) {
                            head = text::trim(head.substr(0, head.size() - lead.size()));
                            r.speakers_after_by |= lead == " by";
                            break;
                        }
                    }
                    title = std::string(head);
                    speaker_text = names;
                }
            }
        }
        if (r.source == TitleSource::plain_text) {
            // "Welcome: Kevin Wang (Huawei Cloud)/Puja (Gaint Swarm)": speakers after a colon.
            for (std::string_view sep : {std::string_view(": "), fullwidth_colon}) {
                if (!speaker_text.empty()) break;
                const std::size_t at = text::rfind(title, sep);
                if (at == std::string::npos || at == 0) continue;
                const std::string rest(text::trim(std::string_view(title).substr(at + sep.size())));
                // ("Django and React: Perfect Together (Jack McCloy)": a subtitle, then the person in
                // parentheses, read as "Title (Speaker)" below.)
                const std::size_t paren = rest.rfind(" (");
                const bool person_in_parens = paren != std::string::npos && rest.back() == ')' && [&] {
                    const std::string_view inner = std::string_view(rest).substr(paren + 2, rest.size() - paren - 3);
                    const std::string_view before = std::string_view(rest).substr(0, paren);
                    return inner.find(' ') != std::string_view::npos && looks_like_person_name(inner) && !looks_like_org(inner) &&
                           before.find(' ') != std::string_view::npos &&
                           std::none_of(before.begin(), before.end(), [](char c) { return c == ',' || c == '(' || c == '/' || c == '&'; });
                }();
                if (names_people(rest) && !person_in_parens) {
                    speaker_text = rest;
                    title = std::string(text::trim(std::string_view(title).substr(0, at)));
                }
            }
            // "Cy Dee: Ten tiny tools", "Ana Li (Acme): Title": a person before the colon, a title
            // (not more people) after it.
            if (speaker_text.empty()) {
                const std::size_t at = title.find(": ");
                if (at != std::string::npos && at > 0 && at <= 60) {
                    const std::string_view who = std::string_view(title).substr(0, at);
                    const std::string_view what = text::trim(std::string_view(title).substr(at + 2));
                    const std::vector<Speaker> people = parse_speakers(who);
                    const bool persons = !people.empty() && std::all_of(people.begin(), people.end(), [](const Speaker& p) {
                        return looks_like_person_name(p.name) && !looks_like_org(p.name);
                    });
                    // A title starts as titles do, not in lower case ("Happy Hour: meet in front of ...").
                    const bool title_case = !what.empty() && !std::islower(static_cast<unsigned char>(what.front()));
                    // "This Old Codebase: Working with Legacy Apps (Tomas Berg)": names in the closing
                    // parentheses are the speakers; the colon is the title's own.
                    bool closing_names = false;
                    if (!what.empty() && what.back() == ')') {
                        const std::size_t open = text::rfind(what, " (");
                        closing_names = open != std::string_view::npos && is_person_names(what.substr(open + 2, what.size() - open - 3));
                    }
                    // "High Performance: Native support for ... in the kernel. This ...": a term and its
                    // explanation, sentences long, not a person and a title.
                    // (A title may be long, or end with a period: an explanation is written in
                    // lower case, as a sentence.)
                    std::size_t long_words = 0, capitalized = 0;
                    for (std::string_view w : text::split(what, " ")) {
                        if (w.size() < 4) continue;
                        ++long_words;
                        capitalized += text::is_ascii_upper(w.front());
                    }
                    const bool sentence_case = long_words >= 5 && capitalized * 10 < long_words * 3;
                    const bool explained = sentence_case && (text::ends_with(what, ".") || what.find(". ") != std::string_view::npos);
                    // ("Unlocking Performance: A Guide to PyO3 By Jo Doe": the speakers come after "by".)
                    std::string after_colon(what);
                    bool by_after = false;
                    if (!split_title_speakers(after_colon, false, &by_after).empty() && by_after) closing_names = true;
                    if (persons && title_case && has_letter(what) && !names_people(what) && !normalize_kind(who) && !closing_names &&
                        !explained) {
                        speaker_text = std::string(who);
                        title = std::string(what);
                    }
                }
            }
            // "Project pitches (Main Seminar Room)": a place in the closing parenthesis is the room.
            if (speaker_text.empty() && !title.empty() && title.back() == ')') {
                const std::size_t open = text::rfind(title, " (");
                if (open != std::string::npos) {
                    const std::string_view inner = std::string_view(title).substr(open + 2, title.size() - open - 3);
                    if (names_a_place(inner)) {
                        if (!r.room) r.room = std::string(inner);
                        title.resize(open);
                    }
                }
            }
            // "Title (by Stephan)": the speakers in a closing parenthesis after "by".
            if (speaker_text.empty() && !title.empty() && title.back() == ')') {
                const std::size_t open = text::rfind(title, " (");
                if (open != std::string::npos && text::istarts_with(std::string_view(title).substr(open + 2), "by ")) {
                    const std::string inner(text::trim(std::string_view(title).substr(open + 5, title.size() - open - 6)));
                    if (reads_as_speakers(inner, true)) {
                        speaker_text = inner;
                        lenient = true;
                        title.resize(open);
                    }
                }
            }
            // "Title @ Room - Speaker": the speaker after the last dash first, then the room.
            std::string copy = title;
            std::string names = speaker_text.empty() && !column_names_speakers ? split_title_speakers(copy, true, &r.speakers_after_by) : std::string();
            if (!names.empty()) {
                speaker_text = names;
                lenient = true;
                title = copy;
            }
            if (!title_after_person) title = std::string(cut_plain_title(title, room));
            if (room && !r.room) r.room = room;
        }
    }
    // "Title, Speaker" cells; but "Deep Dives: Autoscaling, Cluster Lifecycle, Service Catalog" lists topics.
    const bool topic_list = kind_prefixed && std::count(title.begin(), title.end(), ',') >= 2;
    if (speaker_text.empty() && entry.shape == EntryShape::table_row && entry.table.title_then_speaker && !topic_list) {
        speaker_text = split_trailing_comma_speakers(title);
    }
    if (speaker_text.empty() && r.source != TitleSource::speaker_first && !column_names_speakers) {
        speaker_text = split_title_speakers(title, false, &r.speakers_after_by);
        if (r.speakers_after_by && speaker_text.find(' ') == std::string::npos) lenient = true;  // "by Harshit"
    }
    if (r.source == TitleSource::speaker_first) {
        if (KindPrefix prefix = read_kind_prefix(title, KindSeparators::any); prefix.kind) {
            title = std::string(prefix.rest);
            if (!r.kind) r.kind = std::move(prefix.kind);
        }
    }
    // "Title (Lightning Talk)": a kind in parentheses after the title.
    if (!title.empty() && title.back() == ')') {
        if (const std::size_t open = text::rfind(title, " ("); open != std::string::npos && open > 0) {
            if (auto kind = kind_of_whole_title(std::string_view(title).substr(open + 2, title.size() - open - 3))) {
                title.resize(open);
                if (!r.kind) r.kind = std::move(kind);
            }
        }
    }
    if (!r.kind) r.kind = kind_of_whole_title(title);
    // "- March 19 at 14:05 - 14:30 CET: Level 7.3 | Room S03" / "  Maintainer Ana Li, Acme presents
    // “Title”": after a time and a place, the next line says who presents which talk.
    if (speaker_text.empty() && r.source == TitleSource::plain_text && title_line == 0 && head_count > 1 && time_at &&
        time_at->line == 0 && (room_phrase(title) || names_a_place(title))) {
        if (auto presented = quoted_presentation(entry.lines[1].text)) {
            if (!r.room) r.room = title;
            title = std::move(presented->title);
            speaker_text = std::move(presented->who);
            title_line = 1;
            after_title = entry.lines[1].text.size();
        }
    }

    // --- Speakers elsewhere ---------------------------------------------------------------------
    const EntryLine& tline = entry.lines[title_line];
    std::size_t wrapped_line = head_count;  // a head line that continues the speakers after the link
    std::string joined;                     // those speakers over both lines
    std::string_view speaker_address;       // a web address written after the names: theirs
    if (speaker_text.empty() && first_speakers.empty() && after_title < tline.text.size() &&
        (title_link || r.source == TitleSource::bold)) {
        // After the title link on its line: " - Name (Org), Name (Org)", " by Name", "- Ed and Frederick".
        std::string_view rest = text::trim(std::string_view(tline.text).substr(after_title));
        if (time_at && time_at->line == title_line && time_at->at.begin >= after_title) {
            rest = text::trim(std::string_view(tline.text).substr(after_title, time_at->at.begin - after_title));
        }
        // "**Title** [5 min] - by Ana Lopes": the talk's length between the title and its speakers.
        if (const std::size_t length = duration_prefix_length(rest)) rest = text::trim(rest.substr(length));
        // "**Title** *- by Ana Lopes* What the talk is about ...": a by-line in italics ends with them.
        for (const TextSpan& em : tline.emphasis) {
            if (em.begin < after_title || em.end >= tline.text.size() || rest.data() + rest.size() <= tline.text.data() + em.end) continue;
            const std::string_view italic = trim_separators(std::string_view(tline.text).substr(em.begin, em.end - em.begin));
            if (text::istarts_with(italic, "by ")) {
                const auto from = static_cast<std::size_t>(rest.data() - tline.text.data());
                rest = text::trim(std::string_view(tline.text).substr(from, em.end - from));
            }
            break;
        }
        // A list that ends its line with a separator goes on on the next ("- A, Org;\n  B, Org").
        if ((text::ends_with(rest, ";") || text::ends_with(rest, ",") || text::ends_with(rest, "&")) &&
            title_line + 1 < head_count && !(time_at && time_at->line == title_line + 1)) {
            joined = std::string(rest) + " " + std::string(text::trim(entry.lines[title_line + 1].text));
            rest = joined;
            wrapped_line = title_line + 1;
        } else if (!tline.links.empty() && tline.links.back().begin > after_title && tline.links.back().end >= text::trim(tline.text).size() &&
                   title_line + 1 < head_count && !entry.lines[title_line + 1].links.empty() &&
                   entry.lines[title_line + 1].links.front().begin == 0 &&
                   entry.lines[title_line + 1].links.front().href == tline.links.back().href) {
            // "by [Aemie\nJariwala](...)": a name's link broken over two lines.
            const EntryLine& next = entry.lines[title_line + 1];
            joined = std::string(rest) + " " + std::string(text::trim(link_text(next, next.links.front())));
            rest = joined;
            wrapped_line = title_line + 1;
        }
        // "[Title](...), 16:00 - 16:30, Speakers: Cy Dee and Dan Ek": the names after the time.
        if (!has_letter(trim_separators(rest)) && time_at && time_at->line == title_line && time_at->at.begin >= after_title) {
            rest = text::trim(std::string_view(tline.text).substr(time_at->at.end));
        }
        if (const KeyValue kv = read_key_value(trim_separators(rest)); kv.key == DetailKey::speakers) rest = kv.value;
        // "[Title](...) at KubeCon -- Ana Li (Acme), Bo Chen (Fernwood)": the names after the last dash.
        for (std::string_view dash : {" -- ", " \xE2\x80\x94 ", " \xE2\x80\x93 "}) {
            const std::size_t at = text::rfind(rest, dash);
            if (at == std::string_view::npos || at == 0 || reads_as_speakers(trim_separators(rest), false)) continue;
            const std::string_view names = text::trim(rest.substr(at + dash.size()));
            if (reads_as_speakers(names, false)) {
                rest = names;
                break;
            }
        }
        std::string_view candidate = rest;
        // "- Ana Li (Acme), Bo Chen (Fernwood) - Hall 7, Room C": a place after the names.
        if (const std::size_t dash = text::rfind(candidate, " - "); dash != std::string_view::npos) {
            const std::string_view place = text::trim(candidate.substr(dash + 3));
            if (room_phrase(place) && std::count(place.begin(), place.end(), ' ') <= 5) {
                if (!r.room) r.room = std::string(place);
                candidate = candidate.substr(0, dash);
            }
        }
        // "**Title** (by Ana Li, Acme)", "[Title](…) (by Ana Li and Bo Chen), Room 106": the "by"
        // inside parentheses, what follows them the room's.
        if (candidate.size() > 5 && candidate.front() == '(' && text::istarts_with(candidate.substr(1), "by ")) {
            const std::size_t close = candidate.find(')');
            if (close != std::string_view::npos) {
                const std::string_view after_names = trim_separators(candidate.substr(close + 1));
                if (!r.room && !after_names.empty()) {
                    if (auto room = room_phrase(after_names)) r.room = room;
                }
                candidate = text::trim(candidate.substr(1, close - 1));
            }
        }
        // "[Title](...), by Rich Bowen", "[Keynote: Q&A](...), moderated by Rich Bowen".
        // "[Title](...) BoF led by Mark Lamourine": a kind, then who leads it.
        {
            std::string_view after_lead = text::starts_with(candidate, ", ") ? candidate.substr(2) : candidate;
            const std::size_t space = after_lead.find(' ');
            if (space != std::string_view::npos && space <= 12 && !text::istarts_with(after_lead, "by ")) {
                const std::string_view word = after_lead.substr(0, space);
                if (std::optional<std::string> kind = normalize_kind(word); kind && text::istarts_with(after_lead.substr(space + 1), "led by ")) {
                    if (!r.kind) r.kind = std::move(kind);
                    after_lead = after_lead.substr(space + 1);
                }
            }
            for (std::string_view verb : {"by ", "moderated by ", "presented by ", "hosted by ", "led by "}) {
                if (after_lead.data() == candidate.data() && verb == "by ") continue;  // plain "by" is read below
                if (text::istarts_with(after_lead, verb)) {
                    candidate = after_lead.substr(verb.size() - 3);
                    break;
                }
            }
        }
        // "**Title** - by Ana Li": a dash before the "by".
        std::string_view after_dash = candidate;
        for (std::string_view dash : {"- ", "\xE2\x80\x93 ", "\xE2\x80\x94 "}) {
            if (text::starts_with(candidate, dash)) after_dash = text::trim(candidate.substr(dash.size()));
        }
        const bool with = text::starts_with(after_dash, "with ") && after_dash.size() > 5 && std::isupper(static_cast<unsigned char>(after_dash[5]));
        const bool by = with || text::istarts_with(after_dash, "by ");
        if (by) {
            candidate = after_dash.substr(with ? 5 : 3);
            // "by Michael in H.1302, Sunday at 10am": the names end where the sentence goes on.
            candidate = candidate.substr(0, leading_names_length(candidate));
        }
        candidate = trim_separators(candidate);
        // "by Ana Lopes http://ana.example": her home page after the name (no page of the talk's).
        if (const std::string_view named = without_trailing_address(candidate); !named.empty() && named.size() < candidate.size()) {
            speaker_address = text::trim(candidate.substr(named.size()));
            candidate = named;
        }
        const std::size_t paren = text::find_pair(candidate, " (");
        // In a sentence, what follows its link is the sentence's end ("... on [Title](...). Hall C."),
        // names only after "by".
        // "[Title](...): Ana Li from *WidgetCo* will talk about ...": a sentence after the link's colon
        // names its speakers before its verb.
        if (!r.prose && !by && text::starts_with(rest, ":") && first_prose_verb(" " + std::string(rest.substr(1))) != std::string_view::npos) {
            std::string_view said = text::trim(rest.substr(1));
            // "[Title](...): In this panel discussion, Ana Li, Bo Chen, and Cy Dee look at ...": the
            // lead-in names the kind, the people follow it.
            for (std::string_view lead : {"In this panel discussion, ", "In this panel, ", "In this session, ", "In this talk, ",
                                          "In this workshop, ", "In this tutorial, "}) {
                if (!text::starts_with(said, lead)) continue;
                // (A "talk" or a "session" is any talk: no kind of its own.)
                const std::string_view noun = text::trim_chars(lead.substr(8), ", ");
                if (!r.kind && noun != "talk" && noun != "session") r.kind = normalize_kind(noun);
                said.remove_prefix(lead.size());
                break;
            }
            std::vector<Speaker> named = prose_speakers(" " + std::string(said));
            if (!named.empty()) first_speakers = std::move(named);
        }
        const bool may_name = (!r.prose || by) && first_speakers.empty();
        // "[Title](...) (Priya Raman @ Hemline)": the names in parentheses after the link.
        // In a list, "[Name](...) (University of X)" is an org after a person; so only in a table cell
        // or with the "Name @ Org" shape.
        const bool enclosed = candidate.size() > 2 && candidate.front() == '(' && candidate.back() == ')' &&
                              candidate.find(')') == candidate.size() - 1 &&
                              (table || r.source == TitleSource::bold || text::find_by(candidate, " @ ", 1) != std::string_view::npos);
        // "[Title](video) [(Joe Savona)](profile) showed ...": a linked name in parentheses right
        // after the title's link.
        const EntryLink* paren_link = nullptr;
        for (const EntryLink& link : tline.links) {
            if (link.begin < after_title) continue;
            const std::string_view label = text::trim(link_text(tline, link));
            const std::string_view between = text::trim(std::string_view(tline.text).substr(after_title, link.begin - after_title));
            if ((between.empty() || between == "(") && label.size() > 2 && (label.front() == '(' || between == "(")) paren_link = &link;
            break;
        }
        const std::string_view paren_names = paren_link ? text::trim_chars(link_text(tline, *paren_link), "() ") : std::string_view();
        // "[Title](...) by [Sanja Bonic](...), [Janos Pasztor](...).": one person per link.
        const std::string linked = may_name && wrapped_line == head_count ? linked_people(tline, candidate) : std::string();
        if (!linked.empty()) {
            speaker_text = linked;
        } else if (may_name && paren_link && reads_as_speakers(paren_names, false)) {
            speaker_text = std::string(paren_names);
        } else if (may_name && !candidate.empty() && candidate.front() != '(' && reads_as_speakers(candidate, true)) {
            speaker_text = std::string(candidate);
            lenient = true;
        } else if (may_name && paren != std::string_view::npos && reads_as_speakers(candidate.substr(0, paren), false)) {
            speaker_text = std::string(candidate.substr(0, paren));
        } else if (may_name && enclosed && reads_as_speakers(candidate.substr(1, candidate.size() - 2), false)) {
            speaker_text = std::string(candidate.substr(1, candidate.size() - 2));
        } else if (may_name && by && !parse_handles(candidate).empty()) {
            speaker_text = std::string(candidate);  // "[Title](...) by @eve and @frank": handles only
        }
        if (speaker_text.empty()) wrapped_line = head_count;  // the next line was not names after all
        // "Name @ Org" names a speaker's org, not a room.
        const bool at_names_org = !speaker_text.empty() && text::find_by(speaker_text, " @ ", 1) != std::string::npos;
        if (!r.room && !at_names_org) {
            // The room may stand after the time too ("— 13:00–15:00, Room B", "(Friday 10/15,
            // 11:00am @ Concourse Hall 152)").
            const std::string_view tail = std::string_view(tline.text).substr(after_title);
            if (const std::size_t at = text::find_by(tail, " @ ", 1); at != std::string_view::npos) {
                r.room = std::string(trim_separators(tail.substr(at + 3, tail.find(')', at) - at - 3)));
            } else if (auto room = room_phrase(tail)) {
                r.room = room;
            }
        }
    }
    if (!first_speakers.empty()) r.speakers = std::move(first_speakers);
    // The next lines of the head: "Liz Rice, VP, Open Source Engineering, Aqua", "*Speakers | 13:25 - 13:30 CET*".
    std::size_t speaker_line = head_count;
    // A sentence names its speakers before its link; a table row's Speaker column names them
    // rather than a subtitle under the title ("Title<br/><i>HowTo and Best Practices</i>").
    if (speaker_text.empty() && r.speakers.empty() && !r.prose && !column_names_speakers) {
        for (std::size_t i = title_line + 1; i < head_count && speaker_text.empty(); ++i) {
            std::string_view line = entry.lines[i].text;
            if (key_value(entry.lines[i]).key != DetailKey::none) continue;
            if (time_at && time_at->line == i) line = line.substr(0, time_at->at.begin);
            if (const std::size_t bar = text::find_by(line, " | ", 1); bar != std::string_view::npos) line = line.substr(0, bar);
            line = trim_separators(line);
            // "by Steve Francia (MongoDB) at 9:00am on ...", "– Matt Moore (@mattomata) & Ville Aikas":
            // the words that lead into or out of a speaker line are not names.
            if (text::istarts_with(line, "by ")) line = text::trim(line.substr(3));
            for (std::string_view tail : {" at", " on", " from", " in"}) {
                if (text::ends_with(line, tail)) line = text::trim(line.substr(0, line.size() - tail.size()));
            }
            line = trim_separators(line);
            if (line.empty()) continue;
            // "[Georgia Bullen](.../speaker/...) from Simply Secure shares ...": a sentence under the
            // title that opens with a speaker's page names its speakers before its verb.
            const auto& links = entry.lines[i].links;
            if (!links.empty() && links.front().kind == LinkKind::profile && links.front().begin <= 1) {
                std::vector<Speaker> named = prose_speakers(" " + std::string(line));
                if (!named.empty()) {
                    r.speakers = std::move(named);  // the sentence stays the abstract's
                    break;
                }
            }
            if (reads_as_speakers(line, table)) {
                speaker_line = i;
                speaker_text = std::string(line);
                lenient = table;
            }
            break;
        }
    }
    if (speaker_text.empty() && r.speakers.empty() && kv_speakers) {
        speaker_text = *kv_speakers;
        r.speakers_from_key = true;
    }
    // "## Taiwo Ade" / "### Talk Title" / "Title": a heading that names a person over a talk's
    // "Title" is its speaker.
    if (speaker_text.empty() && r.speakers.empty() && kv_title && entry.shape == EntryShape::heading) {
        const std::string_view who = text::trim(entry.lines.front().text);
        const auto words = std::count(who.begin(), who.end(), ' ') + 1;
        // (A first name alone too, "## Taiwo": letters only, no kind's word.)
        const bool first_name = words == 1 && who.size() >= 3 && std::all_of(who.begin(), who.end(), [](char c) {
            return text::is_ascii_alpha(c) || static_cast<unsigned char>(c) >= 0x80;
        }) && !normalize_kind(who);
        if (words <= 3 && !who.empty() && std::isupper(static_cast<unsigned char>(who.front())) &&
            (first_name || (looks_like_person_name(who) && !looks_like_org(who))) && std::none_of(who.begin(), who.end(), text::is_ascii_digit)) {
            Speaker person;
            person.name = std::string(who);
            r.speakers.push_back(std::move(person));
            r.speakers_from_key = true;
        }
    }
    if (speaker_text.empty() && r.speakers.empty() && meta_speakers) speaker_text = *meta_speakers;
    if (speaker_text.empty() && r.speakers.empty() && tail_speakers) speaker_text = *tail_speakers;
    if (speaker_text.empty() && r.speakers.empty() && table && !entry.table.speakers.empty()) {
        speaker_text = entry.table.speakers;
        lenient = true;
    }
    // A block quote right after the head: "> Name & Name (Org), Name (Org)".
    // char: std::vector<bool> costs 2 KB of wasm. Most entries have a few parts: their flags live on
    // the stack, and only an entry of many parts allocates.
    std::array<char, 16> few_consumed{};
    std::vector<char> many_consumed(entry.parts.size() > few_consumed.size() ? entry.parts.size() : 0, false);
    char* const consumed = many_consumed.empty() ? few_consumed.data() : many_consumed.data();
    if (title_under_heading) consumed[1] = true;
    if (speaker_text.empty() && r.speakers.empty()) {
        std::string quoted;
        std::size_t p = 1;
        while (p < entry.parts.size() && entry.parts[p].quote_depth > 0) {
            for (std::size_t i = entry.parts[p].first_line; i < entry.parts[p].first_line + entry.parts[p].line_count; ++i) {
                if (!quoted.empty()) quoted += ' ';
                quoted += entry.lines[i].text;
            }
            ++p;
        }
        // Or a one-line paragraph right under a linked title or a heading that is only names
        // ("[Title](...)" then "Hamza Qureshi, Lantern Systems"; "## 09:30 | Title" then "*Ana Li, Acme*").
        if (p == 1 && (title_link || entry.shape == EntryShape::heading) && entry.parts.size() > 1) {
            const EntryPart& next = entry.parts[1];
            const std::string& line = entry.lines[next.first_line].text;
            if (next.quote_depth == 0 && !next.list_item && !next.time_only && next.line_count == 1 && line.size() <= 120) {
                quoted = line;
                p = 2;
            }
        }
        const std::string_view q = trim_separators(quoted);
        if (!q.empty() && reads_as_speakers(q, false)) {
            speaker_text = std::string(q);
            for (std::size_t k = 1; k < p; ++k) consumed[k] = true;
        } else if (!q.empty() && !r.room) {
            if (auto room = room_phrase(q); room && q.size() < 40) {
                r.room = room;
                for (std::size_t k = 1; k < p; ++k) consumed[k] = true;
            }
        }
    }
    // A talk heading whose abstract names its presenter: "### [Title](recording)", then "Spotify's
    // Ana Li shares ...".
    // (Only a heading that is a talk by its shape: a link to its page or recording, a number in a
    // series, a place under "Talks" or "Agenda", or a body that links its page.)
    if (speaker_text.empty() && r.speakers.empty() && entry.shape == EntryShape::heading && entry.parts.size() > 1 &&
        ((title_link && (title_link->kind == LinkKind::session_page || title_link->kind == LinkKind::video)) ||
         heading_number_length(entry.lines.front().text, 2) > 0 ||
         (!entry.context.sections.empty() && names_talks(entry.context.sections.back())) || session_page_in_body(entry))) {
        for (std::size_t p = 1; p < entry.parts.size() && p <= 2 && r.speakers.empty(); ++p) {
            const EntryPart& part = entry.parts[p];
            if (part.list_item || part.quote_depth > 0 || part.time_only) continue;
            std::string paragraph;
            for (std::size_t i = part.first_line; i < part.first_line + part.line_count; ++i) {
                if (!paragraph.empty()) paragraph += ' ';
                paragraph += entry.lines[i].text;
            }
            r.speakers = presenter_in_abstract(paragraph);
        }
    }
    // Nested bullets under a talk's item that each name a person ("- 17:30 - 17:55: Title", then
    // "  - Ana Li [@ana](https://github.com/ana), [Acme](https://acme.example)"); a key/value bullet
    // among them ("  - Slides: ...") is not a name and is passed over. Only under a timed item, or a
    // bold title with its talk's slides or recording ("- **Title**: [[Slides]](...)"): under "- Also
    // attending" such bullets are a list of people, not a talk's speakers.
    bool recorded_talk = false;
    if (r.source == TitleSource::bold && title_line == 0) {
        for (const EntryLink& link : entry.lines[0].links) recorded_talk |= link.kind == LinkKind::slides || link.kind == LinkKind::video;
    }
    if (speaker_text.empty() && r.speakers.empty() && entry.shape == EntryShape::list_item && ((r.when && r.when->has_time()) || recorded_talk)) {
        std::string names;
        std::vector<std::size_t> name_parts;
        for (std::size_t p = 1; p < entry.parts.size() && entry.parts[p].list_item && entry.parts[p].line_count == 1; ++p) {
            const std::string& line = entry.lines[entry.parts[p].first_line].text;
            if (key_value(entry.lines[entry.parts[p].first_line]).key != DetailKey::none) continue;
            const std::string_view person = trim_separators(line);
            if (person.size() > 120 || !reads_as_speakers(person, false)) break;
            if (!names.empty()) names += "; ";
            // "Ana Li, Bo Chen, Cy Dee": three or more full names with commas are people, not a
            // name and its org ("Ana Li, Red Hat" stays one person with an org).
            if (std::count(person.begin(), person.end(), ',') >= 2) names += as_people_list(person);
            else names += person;
            name_parts.push_back(p);
        }
        if (!names.empty()) {
            speaker_text = names;
            for (std::size_t p : name_parts) consumed[p] = true;
        }
    }
    // Prose: the names before the verb, or bold names before the title.
    if (speaker_text.empty() && r.speakers.empty() && (r.prose || (title_link && before_title.size() > 24))) {
        const std::string_view before = before_title;
        std::vector<Speaker> bold_names;
        for (const TextSpan& s : tline.strong) {
            if (s.end > (title_link ? title_link->begin : after_title)) break;
            const std::string_view bold = trim_separators(std::string_view(tline.text).substr(s.begin, s.end - s.begin));
            if (is_person_names(bold)) {
                for (auto& sp : parse_speakers(bold)) bold_names.push_back(std::move(sp));
            }
        }
        r.speakers = bold_names.empty() ? prose_speakers(" " + std::string(before)) : std::move(bold_names);
        if (!r.kind) r.kind = prose_kind(before);
        if (!r.kind) r.kind = prose_kind(title);  // "will lead a [hands-on workshop](...)"
    }
    if (!r.room && r.prose) {
        std::string all;
        for (std::size_t i = 0; i < head_count; ++i) all += entry.lines[i].text + " ";
        r.room = room_phrase(all);
    }
    if (table) {
        if (!r.room && entry.table.room) r.room = entry.table.room;
        if (!r.track && entry.table.track) r.track = entry.table.track;
        if (!r.kind && !entry.table.kind.empty()) r.kind = normalize_kind(entry.table.kind);
    }
    // "[Jeroen Baten](.../speaker/jeroen_baten/) describes ...": with no speakers named elsewhere, the
    // people whose speaker pages the talk's first paragraph links are its speakers.
    if (speaker_text.empty() && r.speakers.empty() && !r.prose) {
        const std::size_t body_end = entry.parts.size() > 1 ? entry.parts[1].first_line + entry.parts[1].line_count : entry.lines.size();
        for (std::size_t i = 0; i < std::min(body_end, entry.lines.size()); ++i) {
            for (const EntryLink& link : entry.lines[i].links) {
                if (link.kind != LinkKind::profile || link.href.find("/speaker") == std::string::npos) continue;
                const std::string_view name = text::trim(link_text(entry.lines[i], link));
                if (!looks_like_person_name(name) || looks_like_org(name)) continue;
                Speaker person;
                person.name = std::string(name);
                r.speakers.push_back(std::move(person));
            }
        }
    }
    // "Session GeePaw Hill", "Keynote Ana Lima": a slot named by its kind and its speaker only (the
    // title stays as written: it has no other).
    if (speaker_text.empty() && r.speakers.empty()) {
        const std::size_t space = title.find(' ');
        static constexpr text::WordList slot_words("session|talk|keynote|workshop|presentation|lecture");
        if (space != std::string::npos && slot_words.contains(std::string_view(title).substr(0, space))) {
            const std::string_view who = text::trim(std::string_view(title).substr(space + 1));
            if (who.find(' ') != std::string_view::npos && looks_like_person_name(who) && !looks_like_org(who)) speaker_text = std::string(who);
        }
    }
    // "[Lucas Roesler](https://github.com/lr) from [Contiamo](...) will share ...": a first
    // paragraph whose sentence opens with a linked person's name, its subject, names the speaker.
    if (speaker_text.empty() && r.speakers.empty() && !r.prose && entry.parts.size() > 1 && !entry.parts[1].list_item &&
        entry.parts[1].first_line < entry.lines.size()) {
        const EntryLine& line = entry.lines[entry.parts[1].first_line];
        const std::size_t lead = line.text.find_first_not_of(" *_");
        // The verb is looked for only in a paragraph that opens with a link (it searches the whole
        // paragraph for each of its verbs).
        const bool opens_with_link = !line.links.empty() && line.links.front().begin <= lead + 1;
        const std::size_t verb = opens_with_link ? first_prose_verb(line.text) : std::string::npos;
        if (opens_with_link && verb != std::string::npos && verb < 240) {
            std::vector<Speaker> people = people_before_verb(text::trim(std::string_view(line.text).substr(0, verb)));
            if (!people.empty() && people.front().name == text::trim(link_text(line, line.links.front()))) r.speakers = std::move(people);
        }
    }
    const bool no_speaker_text = speaker_text.empty();
    r.speaker_text = without_resource_notes(std::move(speaker_text));  // (read no more: it moves)
    r.lenient_speakers = lenient;
    if (talk_speakers && r.speaker_text == talk_speaker_text) r.context_free_speakers = std::move(talk_speakers);

    // --- URL ------------------------------------------------------------------------------------
    if (title_link && !is_session_url(title_link->href) && title_link->kind != LinkKind::anchor) {
        r.refused_link = title_link->href;
    }
    // A title linked to a code repository links its materials: the talk has no page of its own.
    // (A title linked to its recording keeps that link: it is where the talk can be seen.)
    // So does a title in a column of slides ("| Slide Deck |" over "[Title](AnaLi-Title)").
    if (title_link && (title_link->kind == LinkKind::code || entry.table.titles_link_materials)) {
        // no url
    } else if (title_link && is_session_url(title_link->href)) {
        r.url = title_link->href;
    } else if (r.session_link) {
        for (std::size_t i = 0; i < head_count && !r.url; ++i) {
            for (const EntryLink& link : entry.lines[i].links) {
                if (link.kind == LinkKind::session_page && is_session_url(link.href)) {
                    r.url = link.href;
                    break;
                }
            }
        }
    } else if (!title_link) {
        // A title without a link and one plain link in the entry's head ("[See on Youtube.](...)").
        // A link named slides ("Title [slides (pdf)](...)") is the talk's slides, not its page.
        const EntryLink* only = nullptr;
        int count = 0;
        for (std::size_t i = 0; i < head_count; ++i) {
            for (const EntryLink& link : entry.lines[i].links) {
                const LinkKind kind = link.kind;
                if (kind == LinkKind::anchor || kind == LinkKind::profile || kind == LinkKind::registration) continue;
                if (names_slides(link_text(entry.lines[i], link))) continue;
                if (!speaker_address.empty() && text::trim(link_text(entry.lines[i], link)) == speaker_address) continue;
                only = &link;
                ++count;
            }
        }
        if (count == 1 && is_session_url(only->href) && r.source != TitleSource::plain_text) r.url = only->href;
        // "* Title [[Link to talk](https://…sched.com/event/x)]": a plain title whose line ends with a
        // generic link to a session's page: that page is the talk's.
        if (count == 1 && r.source == TitleSource::plain_text && entry.shape == EntryShape::list_item && title_line == 0 &&
            only->kind == LinkKind::session_page && is_session_url(only->href)) {
            const EntryLine& line = entry.lines[0];
            const std::string_view after = std::string_view(line.text).substr(std::min(only->end, line.text.size()));
            if (line.links.size() == 1 && &line.links.front() == only && text::trim_chars(after, " ])").empty() &&
                is_generic_link_text(text::trim(link_text(line, *only)))) {
                r.url = only->href;
                r.session_link = true;
            }
        }
    }
    if (!r.url && dated_label_link) r.url = dated_label_link->href;
    // "| Session | Host(s) | Issue # |" over "[263](https://github.com/o/summit/issues/263)": the
    // issue that proposed the session, its one page, when its title links none.
    if (!r.url && !title_link && table && entry.table.other_links.size() == 1) {
        const std::string& href = entry.table.other_links.front();
        if (is_http_url(href) && (href.find("/issues/") != std::string::npos || href.find("/discussions/") != std::string::npos)) r.url = href;
    }
    // Slides are the talk's materials, however they are linked ("[Title](Title%20-%20Ana%20Li.pdf)",
    // "🗣 [Ana Li - Title](https://docs.google.com/presentation/d/…)"): no page of its own.
    if (r.url && kind_of_href(entry, *r.url) == LinkKind::slides) r.url.reset();
    // "## Talk by Tim and Erik" / "- **Details**: Official schedule [link](https://sched.co/x)": a
    // heading talk's schedule page, named on one of its key/value lines or on a line of its own
    // ("[Session Link](https://sched.co/x)").
    // So does a bold title's detail line "- **Find the session here:** https://sched.co/x": a label and
    // a session page's address ending the line.
    // ... and so does a bold list item's later paragraph: "- **Title — KubeCon 2023**" / "([schedule](https://sched.co/x))".
    const bool bold_item = entry.shape == EntryShape::list_item && r.source == TitleSource::bold && title_line == 0 &&
                           entry.lines.front().strong.size() == 1 && entry.lines.front().strong.front().end + 2 >= entry.lines.front().text.size();
    if (!r.url && !title_link && (entry.shape == EntryShape::heading || bold_head || bold_item)) {
        for (std::size_t i = bold_item ? 1 : head_count; i < entry.lines.size() && !r.url; ++i) {
            const EntryLine& line = entry.lines[i];
            const bool link_alone = (line.links.size() == 1 && text::trim(link_text(line, line.links.front())) == text::trim(line.text) &&
                                     is_generic_link_text(link_text(line, line.links.front()))) ||
                                    (bold_item && only_generic_links(line));
            // (An address written out is no link, md4c_flags.h: read as text, "label: https://…".)
            // ("## scaling foo at bar corp" / "https://conf.sched.com/event/1X/..." : a heading's
            // address written alone on its line.)
            if ((bold_head || entry.shape == EntryShape::heading) && line.links.empty()) {
                const std::string_view bare = text::trim(line.text);
                const std::size_t colon = bare.rfind(": ");
                const std::string_view address = colon == std::string_view::npos
                                                     ? (entry.shape == EntryShape::heading && i == head_count ? bare : std::string_view())
                                                     : bare.substr(colon + 2);
                if (text::starts_with(address, "https://") && address.find(' ') == std::string_view::npos &&
                    link_kind(address) == LinkKind::session_page && is_session_url(address)) {
                    r.url = std::string(address);
                    break;
                }
            }
            // ("- **Event Page:** [Link](...)": a label that names the page.)
            const std::string_view label = std::string_view(line.text).substr(0, std::min(line.text.find(':'), line.text.size()));
            const std::string lower_label = label.size() <= 24 ? text::ascii_lower(label) : std::string();
            const bool page_label = lower_label.find("page") != std::string::npos || lower_label.find("link") != std::string::npos ||
                                    lower_label.find("url") != std::string::npos;
            if (!link_alone && !page_label && key_value(line).key == DetailKey::none) continue;
            for (const EntryLink& link : entry.lines[i].links) {
                if (link.kind == LinkKind::session_page && is_session_url(link.href)) {
                    r.url = link.href;
                    break;
                }
            }
        }
    }
    if (!r.url && !title_link) {
        if (const EntryLink* page = session_page_in_body(entry)) r.url = page->href;
    }
    // "**Title**", then "Ana Li of the Desktop Team will give a [talk](https://…/contributions/92/)":
    // a bold heading's body links its session page and names who gives it.
    if (!r.url && !title_link && bold_head) {
        for (std::size_t i = head_count; i < entry.lines.size() && !r.url; ++i) {
            const EntryLine& line = entry.lines[i];
            for (const EntryLink& link : line.links) {
                const std::string_view label = text::trim(link_text(line, link));
                if (link.kind != LinkKind::session_page || !is_session_url(link.href) ||
                    !(is_generic_link_text(label) || normalize_kind(label))) {  // "[talk](…)", "[workshop](…)"
                    continue;
                }
                r.url = link.href;
                if (r.speakers.empty() && no_speaker_text) r.speakers = prose_speakers(" " + line.text.substr(0, link.begin));
                break;
            }
        }
    }

    // --- Abstract -------------------------------------------------------------------------------
    // The head's own lines after the title that hold no time, speakers, key/value or bare link are
    // the first paragraph of the abstract ("[Talk](...)\nTuesday, ... CET\nWhat it is about.").
    std::string abstract;
    {
        // A sentence's head lines after its link are the sentence's end, not an abstract.
        for (std::size_t i = r.prose ? head_count : title_line + 1; i < head_count; ++i) {
            const std::string& line = entry.lines[i].text;
            if (i == speaker_line || i == wrapped_line || i == title_wrap_line || key_value(entry.lines[i]).key != DetailKey::none) continue;
            if (entry.lines[i].date_time_only) continue;
            if (time_at && time_at->line == i && !has_letter(trim_separators(std::string_view(line).substr(time_at->at.end)))) continue;
            const auto& links = entry.lines[i].links;
            if (!links.empty() && links.front().begin <= 1 && links.front().end + 1 >= text::trim(line).size()) continue;
            text::append_words(abstract, line, 0);
        }
    }
    for (std::size_t p = 1; p < entry.parts.size(); ++p) {
        const EntryPart& part = entry.parts[p];
        if (consumed[p] || part.time_only) continue;
        // Each further block a paragraph (a list item a "- " line); a block without words adds nothing.
        const std::size_t mark = abstract.size();
        if (!abstract.empty()) abstract += part.list_item ? "\n" : "\n\n";
        if (part.list_item) abstract += "- ";
        const std::size_t start = abstract.size();
        for (std::size_t i = part.first_line; i < part.first_line + part.line_count; ++i) {
            const KeyValue kv = key_value(entry.lines[i]);
            if (kv.key == DetailKey::abstract) text::append_words(abstract, kv.value, start);  // "📝 Abstract: ..."
            if (kv.key != DetailKey::none || only_generic_links(entry.lines[i]) || i == meta_line) continue;
            if (byline_first != std::string::npos && i >= byline_first && i <= byline_last) continue;
            text::append_words(abstract, entry.lines[i].text, start);
        }
        if (abstract.size() == start) abstract.resize(mark);
    }
    r.abstract = std::move(abstract);

    text::collapse_spaces_in_place(title);
    text::assign_part(title, trim_separators(title));
    // "Title | Solutions Showcase": a kind after a bar ends the title.
    if (const std::size_t bar = text::rfind(title, " | "); bar != std::string::npos && bar > 0) {
        const std::string_view label = text::trim(std::string_view(title).substr(bar + 3));
        if (std::count(label.begin(), label.end(), ' ') <= 2) {
            if (auto kind = normalize_kind(label)) {
                if (!r.kind) r.kind = kind;
                title.resize(bar);
            }
        }
    }
    // Quotes around a whole title are the author's, not the title's.
    if (title.size() >= 2 && ((title.front() == '"' && title.back() == '"') || (title.front() == '\'' && title.back() == '\''))) {
        title = title.substr(1, title.size() - 2);
    }
    // A title that is only the text of a sign-up link or of a "Read more" is no talk's title.
    for (std::size_t i = 0; i < head_count; ++i) {
        for (const EntryLink& link : entry.lines[i].links) {
            const std::string_view label = trim_separators(link_text(entry.lines[i], link));
            if (!text::iequals_ascii(label, title)) continue;
            r.title_is_registration |= link.kind == LinkKind::registration;
            r.title_is_generic_link |= is_generic_link_text(label);
        }
    }
    // "Data literacy (EN)": the language the talk is given in is no part of its title.
    text::assign_part(title, without_language_tag(title, &r.language));
    // “Python & AWS CDK”, „Titel“, "Title": quotes around the whole title are no part of it (a
    // quoted phrase inside it is: "“Are These Talking?” - Observing Networks").
    text::assign_part(title, without_wrapping_quotes(title));
    // "Intro to Git 🔥", "Opening remarks 👋": the decoration is no part of the title.
    if (const std::string_view plain = text::strip_trailing_emoji(title); !plain.empty() && plain.size() < title.size()) {
        text::assign_part(title, plain);
    }
    // "Windows WG https://pad.example/windows": a web address written out after the title is the
    // talk's notes or page, no part of its name; a title that is only an address names nothing.
    if (const std::string_view named = without_trailing_address(title); named.size() < title.size()) title = std::string(named);
    // "Title [[Link to talk](…)]": the bracket that held the link is left open once the link's text goes.
    while (!title.empty() && (title.back() == '[' || title.back() == '(' || title.back() == ' ')) title.pop_back();
    if (const std::string_view bare = without_trailing_duration(title); bare.size() < title.size() && has_letter(bare)) title = std::string(bare);
    // "**14:00 until late: Nix workshop**": an open end after the time is no part of the title.
    for (std::string_view open_end : {"until late", "till late", "til late", "until close", "onwards", "onward"}) {
        if (!text::istarts_with(title, open_end)) continue;
        const std::string_view rest = std::string_view(title).substr(open_end.size());
        if (!rest.empty() && rest.front() != ':' && rest.front() != ' ' && rest.front() != '-') continue;
        const std::string_view named = trim_separators(rest);
        if (has_letter(named)) title = std::string(named);
        break;
    }
    // "Title (Show Abstract)", "Title (slides, video)": a closing parenthesis of link words only.
    if (!title.empty() && title.back() == ')') {
        if (const std::size_t open = text::rfind(title, " ("); open != std::string::npos && open > 0 &&
            only_generic_words(std::string_view(title).substr(open + 2, title.size() - open - 3))) {
            title.resize(open);
        }
    }
    // "Welcoming Comments (in Info Desk Room)": where it happens, in parentheses, is its room.
    if (!title.empty() && title.back() == ')') {
        if (const std::size_t open = title.rfind(" (in "); open != std::string::npos && open > 0) {
            const std::string_view place = std::string_view(title).substr(open + 5, title.size() - open - 6);
            static constexpr text::WordList places("room|hall|auditorium|ballroom|stage|lobby|foyer|lounge|area|desk|theater|theatre");
            const std::string_view last = place.substr(place.rfind(' ') == std::string_view::npos ? 0 : place.rfind(' ') + 1);
            if (place.size() <= 40 && (places.contains(last) || room_phrase(place))) {
                if (!r.room) r.room = std::string(text::trim(place));
                title.resize(open);
            }
        }
    }
    // "Streams Promise Support [216](…/issues/216)": the number of the issue that proposed it is no
    // part of the title.
    if (const EntryLine& line = entry.lines[std::min(title_line, entry.lines.size() - 1)]; !line.links.empty() && !title.empty()) {
        const std::string_view label = text::trim(link_text(line, line.links.back()));
        const std::string_view bare = text::trim_chars(label, "#");
        if (!bare.empty() && bare.size() <= 6 && std::all_of(bare.begin(), bare.end(), text::is_ascii_digit) && title.size() > label.size() + 1 &&
            text::ends_with(title, label) && title[title.size() - label.size() - 1] == ' ') {
            title = std::string(text::trim(std::string_view(title).substr(0, title.size() - label.size())));
        }
    }
    r.title = std::move(title);
    // "#### Fast Things in Wasm — Ana Li, Acme", "### Title by Ana Li and Bo Chen": the speakers written
    // in the heading itself, each a person's full name, with an org, after "by", or several. ("##
    // Monday 20th May - Serverless Summit" is a day; "## Accessibility - Interdisciplinary Design" a
    // subtitle.) Read once here: both of the decision's readings ask it.
    if (entry.shape == EntryShape::heading && r.source == TitleSource::heading && !r.speaker_text.empty() &&
        entry.lines.front().text.find(r.speaker_text) != std::string::npos && !is_date_time_only(r.title)) {
        const std::vector<Speaker> people = parse_speakers(r.speaker_text);
        const bool with_org = std::any_of(people.begin(), people.end(), [](const Speaker& s) { return s.org.has_value(); });
        r.speakers_in_heading = all_named_in_full(people) && (with_org || r.speakers_after_by || people.size() >= 2);
    }
    return r;
}

}  // namespace talkboard
