// The one conversion embind has no cheap way to make (js_values.h): a copy of an int array in wasm
// memory as an Int32Array that JS owns. (Through embind it would take a method call on a
// typed_memory_view, and method calls bring embind's whole method-caller machinery into the glue.)
mergeInto(LibraryManager.library, {
  talkboard_int32_array_copy__deps: ['$Emval'],
  talkboard_int32_array_copy: function(pointer, count) {
    var first = pointer >> 2;
    return Emval.toHandle(HEAP32.slice(first, first + count));
  },
});
