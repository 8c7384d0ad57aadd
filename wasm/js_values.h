// How the core's containers cross between C++ and JS under embind. Embind binds a std::vector only
// as a C++ object (get(i), size(), and a delete() JS must not forget); these BindingTypes make them
// plain JS values instead, so a value_object's fields read like any JS object's:
//
//   std::vector<int>          -> Int32Array, a copy owned by JS (safe to keep, post or transfer:
//                                never a view that memory growth could detach)
//                             <- any array-like of numbers
//   std::vector<T>            <-> Array of T (T a value_object, std::string, ...)
//   PerDimension<T>           <-> {day: T, kind: T, section: T, ...}, keyed by dimension_name.
//                                From JS, a missing key is an empty T and an unknown key is a
//                                TypeError: a dimension renamed on one side only fails loudly.
//
// Each is announced to embind as `emscripten::val` (CanonicalizedID below: the id embind gives a type
// whatever its const or reference qualifiers), which embind already knows how to pass: the
// conversion happens here, in C++, through val.
#pragma once

#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <string>
#include <vector>

#include "talkboard/query/schedule_index.h"

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
        val array = val::array();
        for (const T& item : items) array.call<void>("push", item);
        return BindingType<val>::toWireType(array);
    }
    static std::vector<T> fromWireType(WireType wire) {
        const val array = BindingType<val>::fromWireType(wire);
        if (array.isUndefined() || array.isNull()) return {};
        return vecFromJSArray<T>(array);
    }
};

template <>
struct BindingType<std::vector<int>> {
    using WireType = BindingType<val>::WireType;
    static WireType toWireType(const std::vector<int>& numbers) {
        const val view(typed_memory_view(numbers.size(), numbers.data()));
        return BindingType<val>::toWireType(view.call<val>("slice"));  // the copy JS owns
    }
    static std::vector<int> fromWireType(WireType wire) {
        const val array = BindingType<val>::fromWireType(wire);
        if (array.isUndefined() || array.isNull()) return {};
        return convertJSArrayToNumberVector<int>(array);
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
        const val keys = val::global("Object").call<val>("keys", object);
        const int count = keys["length"].as<int>();
        for (int k = 0; k < count; ++k) {
            const std::string key = keys[k].as<std::string>();
            int found = -1;
            for (int d = 0; d < talkboard::dimension_count && found < 0; ++d) {
                if (key == talkboard::dimension_name(static_cast<talkboard::Dimension>(d))) found = d;
            }
            if (found < 0) val::global("TypeError").new_(val("unknown dimension: " + key)).throw_();
            per.of[found] = object[key].template as<T>();
        }
        return per;
    }
};

}  // namespace emscripten::internal
