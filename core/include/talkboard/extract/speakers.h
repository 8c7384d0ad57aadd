// Speaker lists as authors write them after a talk title:
//   "Liz Rice & Maartje Eyskens, Isovalent; Nico Meisenzahl, white duck"
//   "Thomas Graf, Bill Mulligan & Liz Rice, Isovalent"        (three people, one org)
//   "Purvi Desai, Google & James McShane, SuperOrbital"        (two people, two orgs)
//   "Thomas Graf, CTO, Isovalent"                              (a role between name and org)
//   "Anna Kapuścińska, Isovalent, now part of Cisco"           (an org with a comma)
//   "Igor DC & Adarsh Vincent Chittilappilly (Intel)"          (an org in parentheses, shared)
//   "Kate Stanley & Paolo Patierno @ Red Hat"                  (an org after '@', shared)
#pragma once

#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "talkboard/session.h"

namespace talkboard {

// What the rest of the post says about who is a person and what is an org. Collected from
// the unambiguous positions of every speaker list in the post (see collect), it settles the
// ambiguous ones: is "Bill Mulligan" in "Thomas Graf, Bill Mulligan & Liz Rice, Isovalent" a
// second speaker or Thomas Graf's org?
struct SpeakerContext {
    // Names ordered by their first byte, then as std::less orders them: most names compared differ
    // there, and are told apart without a memcmp call. Transparent, so that parts of a speaker list
    // (views) are looked up without a copy.
    struct NameLess {
        using is_transparent = void;
        bool operator()(std::string_view a, std::string_view b) const {
            if (!a.empty() && !b.empty() && a.front() != b.front()) {
                return static_cast<unsigned char>(a.front()) < static_cast<unsigned char>(b.front());
            }
            return a < b;
        }
    };
    std::set<std::string, NameLess> known_people;
    std::set<std::string, NameLess> known_orgs;

    // Adds what one speaker list says for certain. Never fails.
    void collect(std::string_view speaker_text);
};

// Parses a speaker list. Never fails: returns an empty vector when the text does not read as a
// list of people (so a caller can tell "Title - Subtitle" from "Title - Speaker").
// `consulted_context`, when given, is set to whether the answer depends on the context at all: a
// list parsed without context that did not consult it needs no second reading once the context
// is known.
std::vector<Speaker> parse_speakers(std::string_view text, const SpeakerContext& context = {},
                                    bool* consulted_context = nullptr);

// A speaker text from a place that says it lists people ("Instructor(s)", "Speakers" over a
// table column): "Amelia McNamara, Hadley Wickham" is two people there, not a person and an org.
// Returns the list with ';' between the people when every ','-part reads as a person's name;
// the text as it is otherwise (orgs in parentheses or after '@', a role, an org word).
std::string as_people_list(std::string_view text);

// A list of single first names as schedules write them when everyone knows everyone ("Ed and
// Frederick", "Frank,Zhuang", "Thomas"): single capitalized words joined by ',', '&', '/', "and".
// Empty when any part is not such a name ("All", "TBA", "SIG Apps").
std::vector<Speaker> parse_first_names(std::string_view text);

// True when a phrase shows signs of naming an organisation rather than a person: a single word,
// a company or organisation word ("Labs", "Inc", "University", "Cloud"), a lowercase word, an
// inner capital ("IoT", "GitLab"; not McKay), a digit, all capitals ("WG"), an '@'.
bool looks_like_org(std::string_view phrase);

// True when `name` reads as a person's name: one to six words, capitalized or name particles
// ("de", "van", "Los"), no digits, no sentence punctuation.
bool looks_like_person_name(std::string_view name);

// "@mhdawson", "@MylesBorins, @guybedford & @ana": people written only by their handles, as a
// summit's table of facilitators writes them; the handles as written. Empty for any other text.
// (Not part of parse_speakers: a sentence may open with a handle.)
std::vector<Speaker> parse_handles(std::string_view text);

// True when a text is convincingly a list of people, enough to take it from where a title could
// stand ("Keynote: Liz Rice, Isovalent at Cisco", "Welcome: Kevin Wang (Huawei Cloud)/Puja"): some
// org is named or there are several people, and no name reads as an org or a topic.
bool names_people(std::string_view text);

// A person's full name: two words or more that read as a name, no org's and no role's ("Ana Li",
// not "Acme", "Staff Engineer" or "Cloud Labs").
bool is_full_name(std::string_view part);

// How much of `text` the names at its start take: up to the first word that carries a sentence on
// ("Ana Li and Bo Chen were there" -> "Ana Li and Bo Chen ", "Michael in H.1302" -> "Michael "),
// outside parentheses; orgs and roles after the names are theirs ("Ana Li, Director of Product").
std::size_t leading_names_length(std::string_view text);

// Whether `people` is not empty and each is named by a full name ("Ana Li; Bo Chen", not "Ana").
bool all_named_in_full(const std::vector<Speaker>& people);

}  // namespace talkboard
