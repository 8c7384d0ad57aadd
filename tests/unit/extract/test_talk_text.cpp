// talk_text.h: a talk link's text split into kind, title and the raw speaker list.
#include <catch2/catch.hpp>

#include <string>

#include "talkboard/extract/talk_text.h"

using namespace talkboard;

TEST_CASE("split_talk_text: kind prefixes", "[talk_text][kind]") {
    SECTION("Keynote:") {
        const TalkText t = split_talk_text("Keynote: Opening the Mesh - Mara Quinn, Acme");
        CHECK(t.kind == "keynote");
        CHECK(t.title == "Opening the Mesh");
        CHECK(t.speaker_text == "Mara Quinn, Acme");
    }
    SECTION("an emoji before the kind") {
        const TalkText t = split_talk_text("\xE2\x9A\xA1 Lightning Talk: Tiny Probes - Jin Park, Fernwood");
        CHECK(t.kind == "lightning_talk");
        CHECK(t.title == "Tiny Probes");
        CHECK(t.speaker_text == "Jin Park, Fernwood");
        const TalkText fest = split_talk_text("\xF0\x9F\x9A\xA8 Contribfest: Fixing Flaky Tests - Lena Ortiz & Dana Fox, Kestrel");
        CHECK(fest.kind == "contribfest");
        CHECK(fest.title == "Fixing Flaky Tests");
        CHECK(fest.speaker_text == "Lena Ortiz & Dana Fox, Kestrel");
    }
    SECTION("a typo in the kind") {
        const TalkText t = split_talk_text("Panel Disucssion: The Future of Networking - Mara Quinn, Acme & Jin Park, Fernwood");
        CHECK(t.kind == "panel");
        CHECK(t.title == "The Future of Networking");
        CHECK(t.speaker_text == "Mara Quinn, Acme & Jin Park, Fernwood");
    }
    SECTION("Hands-on Workshop") {
        const TalkText t = split_talk_text("Hands-on Workshop: Build a Datapath - Lena Ortiz, Kestrel");
        CHECK(t.kind == "workshop");
        CHECK(t.title == "Build a Datapath");
    }
    SECTION("a bare lightning emoji stands for the kind") {
        const TalkText t = split_talk_text("\xE2\x9A\xA1 Tiny Probes - Jin Park, Fernwood");
        CHECK(t.kind == "lightning_talk");
        CHECK(t.title == "Tiny Probes");
        CHECK(t.speaker_text == "Jin Park, Fernwood");
    }
    SECTION("an emoji after the kind stays in the title") {
        const TalkText t = split_talk_text("Lightning Talk: \xF0\x9F\x9A\x80 Faster Builds - Jin Park, Fernwood");
        CHECK(t.kind == "lightning_talk");
        CHECK(t.title == "\xF0\x9F\x9A\x80 Faster Builds");
    }
    SECTION("other leading emoji stay in the title and name no kind") {
        const TalkText t = split_talk_text("\xF0\x9F\x9A\x80 Faster Builds - Jin Park, Fernwood");
        CHECK_FALSE(t.kind);
        CHECK(t.title == "\xF0\x9F\x9A\x80 Faster Builds");
        CHECK(t.speaker_text == "Jin Park, Fernwood");
    }
    SECTION("a colon after a project name is part of the title") {
        const TalkText t = split_talk_text("Cilium: Something New - Mara Quinn, Acme");
        CHECK_FALSE(t.kind);
        CHECK(t.title == "Cilium: Something New");
        CHECK(t.speaker_text == "Mara Quinn, Acme");
    }
}

TEST_CASE("split_talk_text: the speakers follow the last dash that leads to speakers", "[talk_text]") {
    SECTION("a dash inside the title") {
        const TalkText t = split_talk_text("eBPF - Everything You Need to Know - Tobias Weld, Acme");
        CHECK(t.title == "eBPF - Everything You Need to Know");
        CHECK(t.speaker_text == "Tobias Weld, Acme");
    }
    SECTION("a subtitle after the dash is not a speaker list") {
        const TalkText t = split_talk_text("Service Mesh - The Next Generation");
        CHECK(t.title == "Service Mesh - The Next Generation");
        CHECK(t.speaker_text.empty());
        const TalkText colon = split_talk_text("Kernel Tricks - eBPF: Unlocking the Kernel");
        CHECK(colon.title == "Kernel Tricks - eBPF: Unlocking the Kernel");
        CHECK(colon.speaker_text.empty());
    }
    SECTION("en dash and em dash separators") {
        const TalkText en = split_talk_text("Tiny Probes \xE2\x80\x93 Jin Park, Fernwood");
        CHECK(en.title == "Tiny Probes");
        CHECK(en.speaker_text == "Jin Park, Fernwood");
        const TalkText em = split_talk_text("Tiny Probes \xE2\x80\x94 Jin Park, Fernwood");
        CHECK(em.title == "Tiny Probes");
        CHECK(em.speaker_text == "Jin Park, Fernwood");
    }
    SECTION("typos at the separator: 'Title- Speaker' and 'Title`- Speaker'") {
        const TalkText glued = split_talk_text("Observability Deep Dive- Mara Quinn, Acme");
        CHECK(glued.title == "Observability Deep Dive");
        CHECK(glued.speaker_text == "Mara Quinn, Acme");
        const TalkText tick = split_talk_text("Observability Deep Dive`- Mara Quinn, Acme");
        CHECK(tick.title == "Observability Deep Dive");
        CHECK(tick.speaker_text == "Mara Quinn, Acme");
    }
    SECTION("a hyphenated word is not a separator") {
        const TalkText t = split_talk_text("Zero-Trust Networking for Multi-Cluster Meshes");
        CHECK(t.title == "Zero-Trust Networking for Multi-Cluster Meshes");
        CHECK(t.speaker_text.empty());
    }
    SECTION("no speakers at all") {
        const TalkText t = split_talk_text("Just a Title");
        CHECK_FALSE(t.kind);
        CHECK(t.title == "Just a Title");
        CHECK(t.speaker_text.empty());
    }
    SECTION("a kind and no speakers") {
        const TalkText t = split_talk_text("Keynote: Closing Remarks");
        CHECK(t.kind == "keynote");
        CHECK(t.title == "Closing Remarks");
        CHECK(t.speaker_text.empty());
    }
    SECTION("surrounding spaces") {
        const TalkText t = split_talk_text("  Tiny Probes - Jin Park, Fernwood  ");
        CHECK(t.title == "Tiny Probes");
        CHECK(t.speaker_text == "Jin Park, Fernwood");
    }
}

// Regression (found by these tests, fixed in the core): "Talos" is taken for a typo of "talks", so the
// project name is cut from the title and the talk gets a kind it does not have.
TEST_CASE("split_talk_text: a project name before a colon stays in the title", "[talk_text][kind]") {
    const TalkText t = split_talk_text("Talos: Secure Boot for Edge Nodes - Mara Quinn, Acme");
    CHECK_FALSE(t.kind);
    CHECK(t.title == "Talos: Secure Boot for Edge Nodes");
    CHECK(t.speaker_text == "Mara Quinn, Acme");
}

TEST_CASE("split_talk_text: an event after a bar is the track; a code after a kind is no part of it", "[talk_text]") {
    const TalkText colocated = split_talk_text("The future of green cloud | WasmCon Co-Located Event");
    CHECK(colocated.title == "The future of green cloud");
    CHECK(colocated.track == "WasmCon Co-Located Event");
    const TalkText poster = split_talk_text("\xF0\x9F\xAA\xA7 Poster Session (PS01): Sustainable LLMs via power capping");
    CHECK(poster.kind == "poster_session");
    CHECK(poster.title == "Sustainable LLMs via power capping");
    CHECK(!split_talk_text("Kernels | and how to patch them").track);
}

TEST_CASE("split_talk_text: an event after the last dash, a bar just before it", "[talk_text]") {
    // The title cut before the event loses the bar's spaces: the bar reads no speakers then (a
    // fuzzer's input once read past the title's end here).
    const TalkText t = split_talk_text("Scaling Widgets |  - KubeCon + CloudNativeCon, North America 2023");
    CHECK(t.track == "KubeCon + CloudNativeCon, North America 2023");
    CHECK(t.title == "Scaling Widgets");
    CHECK(t.speaker_text.empty());
    const std::string fuzzed("\xE2TTTTTTT\b\b\b\b\b TitLe |  - \xA6\xD1\0  \0D /E F,\x1F\xFF\xC1" "Fest Org KKK\bK", 55);
    CHECK_NOTHROW(split_talk_text(fuzzed));
}
