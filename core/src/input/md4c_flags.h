/* The md4c parser flags the core reads markdown with (input/markdown_blocks.cpp), in a header of
 * their own because the wasm and sanitizer builds compile md4c.c against them as well
 * (cmake/md4c/md4c_with_talkboard_flags.c): every flag not listed here is compiled out of md4c.
 *
 * Tables and strikethrough as GitHub renders them; no indented code blocks, because posts indent
 * talk details inside list items and never mean code by it; no permissive autolinks, so only links
 * the author wrote become links. Plain C: md4c.c is compiled as C. */
#ifndef TALKBOARD_INPUT_MD4C_FLAGS_H
#define TALKBOARD_INPUT_MD4C_FLAGS_H

#include <md4c.h>

#define TALKBOARD_MD4C_FLAGS (MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH | MD_FLAG_NOINDENTEDCODEBLOCKS)

#endif
