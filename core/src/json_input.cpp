// The only file that touches simdjson: the JSON envelope of a post.
#include <simdjson.h>

#include <cstdio>
#include <string>

#include "talkboard/post_source.h"

namespace talkboard {

namespace {

Error bad_json(const std::string& why) { return Error{ErrorCode::bad_json, "JSON envelope: " + why}; }

// Text of a scalar JSON value, or nullopt for objects and arrays.
std::optional<std::string> scalar_text(simdjson::dom::element value) {
    switch (value.type()) {
        case simdjson::dom::element_type::STRING: return std::string(std::string_view(value.get_string().value_unsafe()));
        case simdjson::dom::element_type::INT64: return std::to_string(int64_t(value.get_int64().value_unsafe()));
        case simdjson::dom::element_type::UINT64: return std::to_string(uint64_t(value.get_uint64().value_unsafe()));
        case simdjson::dom::element_type::DOUBLE: {
            // Shortest round-trip is not needed for metadata; %.17g keeps every digit.
            char buffer[32];
            std::snprintf(buffer, sizeof buffer, "%.17g", double(value.get_double().value_unsafe()));
            return std::string(buffer);
        }
        case simdjson::dom::element_type::BOOL: return std::string(value.get_bool().value_unsafe() ? "true" : "false");
        case simdjson::dom::element_type::NULL_VALUE: return std::string();
        default: return std::nullopt;
    }
}

}  // namespace

Result<PostSource> read_json_envelope(std::string_view input) {
    simdjson::dom::parser parser;
    simdjson::dom::element root;
    if (auto error = parser.parse(input.data(), input.size()).get(root)) {
        return bad_json(std::string("not valid JSON (") + simdjson::error_message(error) + ")");
    }
    simdjson::dom::object object;
    if (root.get_object().get(object)) return bad_json("the top level must be an object");

    PostSource source;
    simdjson::dom::element body;
    if (object["rawMarkdownBody"].get(body)) return bad_json("\"rawMarkdownBody\" is missing");
    std::string_view body_text;
    if (body.get_string().get(body_text)) return bad_json("\"rawMarkdownBody\" must be a string");
    source.body = std::string(body_text);

    simdjson::dom::element frontmatter;
    if (!object["frontmatter"].get(frontmatter)) {
        simdjson::dom::object fields;
        if (frontmatter.get_object().get(fields)) return bad_json("\"frontmatter\" must be an object");
        for (auto field : fields) {
            std::string key(field.key);
            if (auto scalar = scalar_text(field.value)) {
                source.frontmatter.emplace_back(std::move(key), std::move(*scalar));
                continue;
            }
            simdjson::dom::array items;
            if (field.value.get_array().get(items)) continue;  // nested objects are not post metadata we use
            std::vector<std::string> list;
            for (auto item : items) {
                if (auto scalar = scalar_text(item)) list.push_back(std::move(*scalar));
            }
            source.frontmatter.emplace_back(std::move(key), std::move(list));
        }
    }
    return source;
}

}  // namespace talkboard
