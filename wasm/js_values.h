// How the core's containers cross between C++ and JS under embind. Embind binds a std::vector only
// as a C++ object (get(i), size(), and a delete() JS must not forget); these BindingTypes make them
// plain JS values instead, so a value_object's fields read like any JS object's:
//
//   std::vector<int>          -> Int32Array, a copy owned by JS (safe to keep, post or transfer:
//                                never a view that memory growth could detach)
//   std::vector<T>, T a record of ints (is_int_record below: the timetable's cells, marks, columns)
//                             -> one Int32Array of every record's ints in field order (a timetable of
//                                2,000 cells is one array, not 2,000 objects)
//   std::vector<std::string>  <-> Array of strings
//   std::vector<T>            -> Array of T (T a value_object: answers only go out to JS)
//   PerDimension<T>           <-> {day: T, kind: T, section: T, ...}, keyed by dimension_name.
//                                From JS, a missing key is an empty T and an unknown key is a
//                                TypeError: a dimension renamed on one side only fails loudly.
//
// Each is announced to embind as `emscripten::val` (CanonicalizedID below: the id embind gives a type
// whatever its const or reference qualifiers), which embind already knows how to pass: the
// conversion happens here, in C++, through val. Only property reads and writes and plain function
// calls are used (no method calls, no `new`): each kind of val operation adds its JS to the glue.
#pragma once

#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <cstddef>
#include <string>
#include <type_traits>
#include <vector>

#include "talkboard/query/schedule_index.h"
#include "talkboard/query/timetable.h"

// js_values.js: the Int32Array copy of `count` ints at `data`.
extern "C" emscripten::EM_VAL talkboard_int32_array_copy(const int* data, std::size_t count);

namespace talkboard::wasm {

// The records that cross as ints: plain structs of int fields only, no padding.
template <typename T>
inline constexpr bool is_int_record = false;
template <>
inline constexpr bool is_int_record<TimetableCell> = true;
template <>
inline constexpr bool is_int_record<TimetableMark> = true;
template <>
inline constexpr bool is_int_record<TimetableColumn> = true;

}  // namespace talkboard::wasm

namespace emscripten::internal {

template <typename T>
struct CanonicalizedID<std::vector<T>> {
    static constexpr TYPEID get() { return CanonicalizedID<val>::get(); }
};

template <typename T>
struct CanonicalizedID<talkboard::PerDimension<T>> {
    static constexpr TYPEID get() { return CanonicalizedID<val>::get(); }
};

template <typename T>
struct BindingType<std::vector<T>> {
    using WireType = BindingType<val>::WireType;
    static WireType toWireType(const std::vector<T>& items) {
        if constexpr (talkboard::wasm::is_int_record<T>) {
            static_assert(std::is_standard_layout_v<T> && sizeof(T) % sizeof(int) == 0, "a record of ints only");
            return talkboard_int32_array_copy(reinterpret_cast<const int*>(items.data()), items.size() * (sizeof(T) / sizeof(int)));
        }
        val array = val::array();
        for (std::size_t i = 0; i < items.size(); ++i) array.set(i, items[i]);
        return BindingType<val>::toWireType(array);
    }
    // Strings are the only lists JS sends (selections, favourite ids); the lists of value_objects
    // only ever go out as parts of answers, whose fields have no converter from JS (bindings.cpp
    // answer_object).
    static std::vector<T> fromWireType(WireType wire) {
        const val array = BindingType<val>::fromWireType(wire);
        if constexpr (std::is_same_v<T, std::string>) {
            if (!array.isUndefined() && !array.isNull()) return vecFromJSArray<T>(array);
        }
        return {};
    }
};

template <>
struct BindingType<std::vector<int>> {
    using WireType = BindingType<val>::WireType;
    static WireType toWireType(const std::vector<int>& numbers) {
        return talkboard_int32_array_copy(numbers.data(), numbers.size());
    }
    static std::vector<int> fromWireType(WireType wire) {  // never sent by JS (see above)
        BindingType<val>::fromWireType(wire);
        return {};
    }
};

template <typename T>
struct BindingType<talkboard::PerDimension<T>> {
    using WireType = BindingType<val>::WireType;
    static WireType toWireType(const talkboard::PerDimension<T>& per) {
        val object = val::object();
        for (int d = 0; d < talkboard::dimension_count; ++d) {
            object.set(talkboard::dimension_name(static_cast<talkboard::Dimension>(d)), val(per.of[d]));
        }
        return BindingType<val>::toWireType(object);
    }
    static talkboard::PerDimension<T> fromWireType(WireType wire) {
        const val object = BindingType<val>::fromWireType(wire);
        talkboard::PerDimension<T> per;
        if (object.isUndefined() || object.isNull()) return per;
        const val keys = val::global("Object")["keys"](object);
        const int count = keys["length"].as<int>();
        for (int k = 0; k < count; ++k) {
            const std::string key = keys[k].as<std::string>();
            int found = -1;
            for (int d = 0; d < talkboard::dimension_count && found < 0; ++d) {
                if (key == talkboard::dimension_name(static_cast<talkboard::Dimension>(d))) found = d;
            }
            if (found < 0) val::global("TypeError")(val("unknown dimension: " + key)).throw_();
            per.of[found] = object[key].template as<T>();
        }
        return per;
    }
};

}  // namespace emscripten::internal
