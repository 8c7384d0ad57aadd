// session_kind.h: the prefix before a title ("Keynote:", "⚡ Lightning Talk:") as a stable tag.
#include <catch2/catch.hpp>

#include <string>

#include "talkboard/extract/entry_reading.h"
#include "talkboard/extract/session_kind.h"

using namespace talkboard;

TEST_CASE("normalize_kind maps written prefixes to tags", "[session_kind]") {
    SECTION("the families of the corpus vocabulary") {
        CHECK(normalize_kind("Keynote") == "keynote");
        CHECK(normalize_kind("keynote") == "keynote");
        CHECK(normalize_kind("Sponsored Keynote") == "sponsored_keynote");
        CHECK(normalize_kind("Lightning Talk") == "lightning_talk");
        CHECK(normalize_kind("Panel") == "panel");
        CHECK(normalize_kind("Panel Discussion") == "panel");
        CHECK(normalize_kind("Workshop") == "workshop");
        CHECK(normalize_kind("Hands-on Workshop") == "workshop");
        CHECK(normalize_kind("Birds of a Feather") == "bof");
        CHECK(normalize_kind("Birds-of-a-Feather Session") == "bof");
        CHECK_FALSE(normalize_kind("Birds of Prey"));
        CHECK(normalize_kind("Tutorial") == "tutorial");
        CHECK(normalize_kind("Contribfest") == "contribfest");
        CHECK(normalize_kind("Maintainer Track") == "maintainer_track");
    }
    SECTION("leading emoji and surrounding spaces do not matter") {
        CHECK(normalize_kind("\xE2\x9A\xA1 Lightning Talk") == "lightning_talk");
        CHECK(normalize_kind("\xF0\x9F\x9A\xA8 Contribfest") == "contribfest");
        CHECK(normalize_kind("  Keynote  ") == "keynote");
    }
    SECTION("typos of one or two letters in kind words") {
        CHECK(normalize_kind("Panel Disucssion") == "panel");
        CHECK(normalize_kind("Lightening Talk") == "lightning_talk");
        CHECK(normalize_kind("Workhsop") == "workshop");
        CHECK(normalize_kind("Tutoral") == "tutorial");
        CHECK(normalize_kind("Keynot") == "keynote");
        CHECK(normalize_kind("Workshap") == "workshop");    // a letter the noun does not hold, replaced
        CHECK(normalize_kind("Hackaton") == "hackathon");   // one dropped
        CHECK(normalize_kind("Presentaiton") == "presentation");  // two swapped
        CHECK_FALSE(normalize_kind("Workshxx"));           // two letters the noun does not hold: out of reach
    }
    SECTION("a new kind becomes its lowercase snake_case form") {
        CHECK(normalize_kind("Fireside Chat") == "fireside_chat");
        CHECK(normalize_kind("Office Hours Session") == "office_hours_session");
    }
}

TEST_CASE("normalize_kind: prefixes that do not name a kind", "[session_kind][bad]") {
    CHECK_FALSE(normalize_kind("Cilium"));
    CHECK_FALSE(normalize_kind("eBPF"));
    CHECK_FALSE(normalize_kind("Cloud Native Security"));
    CHECK_FALSE(normalize_kind("Why Your Service Mesh Needs a Better Talk"));  // a long title with a colon
    CHECK_FALSE(normalize_kind(""));
    CHECK_FALSE(normalize_kind("   "));
    CHECK_FALSE(normalize_kind("\xE2\x9A\xA1"));
}

// Regression (found by these tests, fixed in the core): typo tolerance is applied to any 5+ letter word, so project and product
// names one edit away from a kind noun become kinds ("Talos" -> "talks", "Helm Chart" -> "helm_chat",
// "Trace" -> "track").
TEST_CASE("normalize_kind: names one letter away from a kind word are not kinds", "[session_kind][bad]") {
    CHECK_FALSE(normalize_kind("Talos"));       // Talos Linux
    CHECK_FALSE(normalize_kind("Helm Chart"));  // "Helm Chart: best practices"
    CHECK_FALSE(normalize_kind("Trace"));       // "Trace: following one packet"
}

TEST_CASE("kind_from_emoji", "[session_kind]") {
    CHECK(kind_from_emoji("\xE2\x9A\xA1") == "lightning_talk");
    CHECK(kind_from_emoji("\xE2\x9A\xA1\xEF\xB8\x8F") == "lightning_talk");  // with variation selector
    CHECK_FALSE(kind_from_emoji("\xF0\x9F\x9A\x80"));                       // 🚀 is decoration
    CHECK_FALSE(kind_from_emoji(""));
}

TEST_CASE("kind_label gives a human label", "[session_kind]") {
    CHECK(kind_label("lightning_talk") == "Lightning talk");
    CHECK(kind_label("keynote") == "Keynote");
    CHECK(kind_label("maintainer_track") == "Maintainer track");
    CHECK(kind_label("fireside_chat") == "Fireside chat");
    CHECK(kind_label("") == "");
}

TEST_CASE("read_kind_prefix: the kind before a title, for talk links and for titles", "[session_kind][kind_prefix]") {
    SECTION("a colon or a bar ends the kind in both sets") {
        for (KindSeparators set : {KindSeparators::colon_or_bar, KindSeparators::any}) {
            const KindPrefix colon = read_kind_prefix("  Keynote: Opening the Mesh ", set);
            CHECK(colon.kind == "keynote");
            CHECK(colon.rest == "Opening the Mesh");
            const KindPrefix bar = read_kind_prefix("Lightning Talk | Tiny Probes", set);
            CHECK(bar.kind == "lightning_talk");
            CHECK(bar.rest == "Tiny Probes");
        }
    }
    SECTION("a dash, '!' and the full-width colon only in the wider set") {
        const KindPrefix dash = read_kind_prefix("Sponsored Keynote - Scaling Out", KindSeparators::any);
        CHECK(dash.kind == "sponsored_keynote");
        CHECK(dash.rest == "Scaling Out");
        const KindPrefix link = read_kind_prefix("Sponsored Keynote - Scaling Out", KindSeparators::colon_or_bar);
        CHECK_FALSE(link.kind);
        CHECK(link.rest == "Sponsored Keynote - Scaling Out");
        CHECK(read_kind_prefix("Panel\xEF\xBC\x9A" "Futures", KindSeparators::any).kind == "panel");
        CHECK(read_kind_prefix("Keynote! Big Ideas", KindSeparators::any).rest == "Big Ideas");
    }
    SECTION("a label in capitals, an emoji, and what is no kind") {
        CHECK(read_kind_prefix("USER STORY: Moving to Flux", KindSeparators::any).kind == "user_story");
        CHECK(read_kind_prefix("REBROADCAST: Opening the Mesh", KindSeparators::any).kind == "rebroadcast");
        // One word in capitals before a person's name or more capitals is a title.
        CHECK_FALSE(read_kind_prefix("OMGWTFAMQP: Mark Lavin", KindSeparators::any).kind);
        CHECK_FALSE(read_kind_prefix("WARNING: DATA RACE", KindSeparators::any).kind);
        const KindPrefix emoji = read_kind_prefix("\xE2\x9A\xA1 Tiny Probes", KindSeparators::colon_or_bar);
        CHECK(emoji.kind == "lightning_talk");
        CHECK(emoji.rest == "Tiny Probes");
        CHECK_FALSE(read_kind_prefix("Cilium: Something New", KindSeparators::any).kind);
        // A kind with no title after it is the title.
        const KindPrefix alone = read_kind_prefix("Keynote:", KindSeparators::any);
        CHECK_FALSE(alone.kind);
        CHECK(alone.rest == "Keynote:");
    }
}

TEST_CASE("normalize_kind: Ignite talks", "[session_kind]") {
    CHECK(talkboard::normalize_kind("Ignite") == "ignite");
    CHECK(talkboard::normalize_kind("Ignites") == "ignite");
}

TEST_CASE("read_kind_prefix: whether a reading with any separator is the reading with ':' and \" | \"", "[session_kind][kind_prefix]") {
    using talkboard::KindPrefix;
    using talkboard::KindSeparators;
    using talkboard::read_kind_prefix;
    // Said the same when the separator found is ':' or " | ", or there is none; not when it is
    // another ('!', " - "), which the talk-link reading does not take.
    for (std::string_view text : {"Keynote: Opening the Mesh", "Lightning Talk | Tiny Probes", "Cilium: Beyond the Mesh",
                                  "A title with no separator at all", "\xE2\x9A\xA1 Tiny Probes", "Keynote! Opening",
                                  "Sponsored Keynote - Opening the Mesh", "Scaling Down - Ana Li: Acme"}) {
        bool same = false;
        const KindPrefix any = read_kind_prefix(text, KindSeparators::any, &same);
        const KindPrefix talk = read_kind_prefix(text, KindSeparators::colon_or_bar);
        const bool other_separator = text.find('!') != std::string_view::npos || text.find(" - ") != std::string_view::npos;
        CHECK(same == !other_separator);
        if (same) {
            CHECK(any.kind == talk.kind);
            CHECK(any.rest == talk.rest);
        }
    }
}

TEST_CASE("kind_of_whole_title: a title that is a kind, or a name and a kind", "[session_kind]") {
    CHECK(kind_of_whole_title("Keynote") == "keynote");
    CHECK(kind_of_whole_title("KEYNOTES!") == "keynote");
    CHECK(kind_of_whole_title("Sponsored Keynote") == "sponsored_keynote");
    CHECK(kind_of_whole_title("CiliumCon Keynote #2") == "keynote");
    CHECK(kind_of_whole_title("Lightning Talks") == "lightning_talk");
    CHECK(kind_of_whole_title("Flux ContribFest") == "contribfest");
    CHECK(kind_of_whole_title("Office Hour 2") == "office_hours");
    CHECK(kind_of_whole_title("Lichen Maintainer Office Hours") == "office_hours");
    CHECK(kind_of_whole_title("Keynote Panel") == "panel");
    CHECK_FALSE(kind_of_whole_title("Hallway Chat"));
    CHECK_FALSE(kind_of_whole_title("Scaling the Keynote"));         // two words before it
    CHECK_FALSE(kind_of_whole_title("Keynote: Opening the Mesh"));  // a kind and a title
    CHECK_FALSE(kind_of_whole_title("Talks"));
    CHECK_FALSE(kind_of_whole_title(""));
}
