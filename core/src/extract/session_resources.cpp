#include "talkboard/extract/session_resources.h"

#include "talkboard/session_finish.h"

namespace talkboard {

namespace {

void add_if_media(std::vector<Resource>& resources, LinkKind kind, const std::string& href) {
    if (kind == LinkKind::video) add_resource(resources, ResourceKind::video, href);
    if (kind == LinkKind::slides) add_resource(resources, ResourceKind::slides, href);
}

}  // namespace

std::vector<Resource> entry_resources(const Entry& entry) {
    std::vector<Resource> resources;
    for (const EntryLine& line : entry.lines) {
        for (const EntryLink& link : line.links) {
            // A title in a column of slides links them, whatever its address looks like.
            const bool slides = entry.table.titles_link_materials && link.kind != LinkKind::video;
            add_if_media(resources, slides ? LinkKind::slides : link.kind, link.href);
        }
    }
    for (const std::string& href : entry.table.other_links) add_if_media(resources, link_kind(href), href);
    return resources;
}

}  // namespace talkboard
