// A minimal streaming JSON writer (RFC 8259 string escaping). JsonWriter writes the CLI's JSON
// (formats/schedule_json.h), the frab and JSON-LD exports, the dimension values and the bindings'
// answers; the query answers (query/view_json.cpp) append to a string of their own for speed and
// share only append_json_string, so every JSON string the core writes is escaped here.
// Nothing here fails: the caller keeps objects and arrays balanced.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace talkboard {

class JsonWriter {
public:
    JsonWriter& begin_object();
    JsonWriter& end_object();
    JsonWriter& begin_array();
    JsonWriter& end_array();
    JsonWriter& key(std::string_view name);
    JsonWriter& value(std::string_view text);
    JsonWriter& value(const char* text) { return value(std::string_view(text)); }
    JsonWriter& value(const std::string& text) { return value(std::string_view(text)); }
    JsonWriter& value(std::int64_t number);
    JsonWriter& value(int number) { return value(static_cast<std::int64_t>(number)); }
    JsonWriter& value(bool flag);
    JsonWriter& null();
    // Writes the string, or null when absent.
    JsonWriter& value(const std::optional<std::string>& text);

    const std::string& str() const { return out_; }
    std::string take() { return std::move(out_); }

private:
    void separate();
    std::string out_;
    bool need_comma_ = false;
};

// Appends `text` to `out` as a quoted JSON string.
void append_json_string(std::string& out, std::string_view text);

}  // namespace talkboard
