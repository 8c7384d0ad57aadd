// The C++ types the bindings pass to and from JS, registered with embind at start-up: only these.
//
// Why not Emscripten's libembind: it registers two dozen types the bindings never pass (wide
// strings, 64-bit integers, every kind of typed array), whose converters all land in the JS glue,
// and its helper that names a type for error messages formats with sprintf, which alone drew
// printf into the module. wasm/CMakeLists.txt links embind's JS library (embind.js, emval.js)
// with this file in libembind's place.
#include <emscripten/bind.h>
#include <emscripten/emscripten.h>
#include <emscripten/val.h>

#include <cstdlib>
#include <cstring>
#include <limits>
#include <string>

using emscripten::memory_view;
using emscripten::val;
using namespace emscripten::internal;

namespace {

template <typename T>
void register_integer(const char* name) {
    _embind_register_integer(TypeID<T>::get(), name, sizeof(T), std::numeric_limits<T>::min(), std::numeric_limits<T>::max());
}

// Indices into embind.js's list of typed array constructors (its typeMapping).
constexpr unsigned uint8_array = 1;
constexpr unsigned int32_array = 4;

}  // namespace

extern "C" {

// embind.js names a type it has no registration for in an error message (only a binding mistake
// reaches this): the name is freed by JS, so it is a malloc'd copy.
EMSCRIPTEN_KEEPALIVE const char* __getTypeName(const void*) { return strdup("an unregistered C++ type"); }

__attribute__((constructor)) void talkboard_register_embind_types() {
    _embind_register_void(TypeID<void>::get(), "void");
    _embind_register_bool(TypeID<bool>::get(), "bool", sizeof(bool), true, false);
    register_integer<int>("int");
    register_integer<unsigned int>("unsigned int");
    register_integer<long>("long");
    register_integer<unsigned long>("unsigned long");
    _embind_register_float(TypeID<double>::get(), "double", sizeof(double));
    _embind_register_std_string(TypeID<std::string>::get(), "std::string");
    _embind_register_emval(TypeID<val>::get(), "emscripten::val");
    _embind_register_memory_view(TypeID<memory_view<unsigned char>>::get(), uint8_array, "memory_view<unsigned char>");
    _embind_register_memory_view(TypeID<memory_view<int>>::get(), int32_array, "memory_view<int>");
}

}  // extern "C"
