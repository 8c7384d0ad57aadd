# Provides two targets whatever the build kind:
#   talkboard::md4c      md4c's parser (C)
#   talkboard::simdjson  simdjson
# Natively they come from Debian's -dev packages. For wasm and for the sanitizer build they are
# compiled from the source tarballs that scripts/setup.sh verified and unpacked, so that they are
# compiled by emcc / instrumented like our own code.

if(EMSCRIPTEN OR TALKBOARD_DEPS_FROM_SOURCE)
  set(_md4c_dir "${TALKBOARD_SOURCE_CACHE}/md4c-0.4.8")
  set(_simdjson_dir "${TALKBOARD_SOURCE_CACHE}/simdjson-3.0.1")
  if(NOT EXISTS "${_md4c_dir}/src/md4c.c" OR NOT EXISTS "${_simdjson_dir}/singleheader/simdjson.cpp")
    message(FATAL_ERROR "md4c/simdjson sources missing under ${TALKBOARD_SOURCE_CACHE}: run scripts/setup.sh")
  endif()

  # md4c.c is C and must be compiled as C (see TOOLCHAIN.md). It is compiled through a wrapper that
  # compiles out the parser flags the core never sets (cmake/md4c/md4c_with_talkboard_flags.c says
  # why that cannot change a parse): the same md4c for the browser and the sanitizer/fuzz builds.
  add_library(talkboard_md4c STATIC "${CMAKE_CURRENT_LIST_DIR}/md4c/md4c_with_talkboard_flags.c")
  target_include_directories(talkboard_md4c SYSTEM PUBLIC "${_md4c_dir}/src")
  target_include_directories(talkboard_md4c PRIVATE "${PROJECT_SOURCE_DIR}/core/src")
  set_target_properties(talkboard_md4c PROPERTIES LINKER_LANGUAGE C POSITION_INDEPENDENT_CODE ON)

  add_library(talkboard_simdjson STATIC "${_simdjson_dir}/singleheader/simdjson.cpp")
  target_include_directories(talkboard_simdjson SYSTEM PUBLIC "${_simdjson_dir}/singleheader")
  target_compile_definitions(talkboard_simdjson PUBLIC SIMDJSON_NO_PORTABILITY_WARNING)
  set_target_properties(talkboard_simdjson PROPERTIES POSITION_INDEPENDENT_CODE ON)

  add_library(talkboard::md4c ALIAS talkboard_md4c)
  add_library(talkboard::simdjson ALIAS talkboard_simdjson)
else()
  find_package(md4c REQUIRED CONFIG)
  find_package(simdjson REQUIRED CONFIG)
  add_library(talkboard_md4c INTERFACE)
  target_link_libraries(talkboard_md4c INTERFACE md4c::md4c)
  add_library(talkboard_simdjson INTERFACE)
  target_link_libraries(talkboard_simdjson INTERFACE simdjson::simdjson)
  add_library(talkboard::md4c ALIAS talkboard_md4c)
  add_library(talkboard::simdjson ALIAS talkboard_simdjson)
endif()
