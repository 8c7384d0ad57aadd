/* md4c.c as the wasm and sanitizer builds compile it: with every parser flag the core never sets
 * (core/src/input/md4c_flags.h) defined as 0 inside md4c.c, so that the code behind it is dead and
 * the compiler drops it (wiki links, LaTeX spans, underline, permissive autolinks, task lists, ...:
 * about 2 KB of the gzipped wasm).
 *
 * Why the parse is unchanged: md4c.c reads its flags only as tests `ctx->parser.flags & MD_FLAG_X`
 * (and `!(... & ...)`), and md_parse copies the caller's MD_PARSER, whose flags are
 * TALKBOARD_MD4C_FLAGS. For a flag outside that set the test is 0 at run time whether MD_FLAG_X is
 * its bit or 0; the composite flags (MD_FLAG_PERMISSIVEAUTOLINKS, MD_FLAG_NOHTML) are macros of the
 * single ones and follow. md4c.h's include guard keeps md4c.c from redefining them. A flag added to
 * TALKBOARD_MD4C_FLAGS is compiled back in by the #if tests below. */
#include "md4c.h"
#include "input/md4c_flags.h"

#define TALKBOARD_MD4C_UNUSED(flag) ((TALKBOARD_MD4C_FLAGS & (flag)) == 0)

#if TALKBOARD_MD4C_UNUSED(MD_FLAG_COLLAPSEWHITESPACE)
#undef MD_FLAG_COLLAPSEWHITESPACE
#define MD_FLAG_COLLAPSEWHITESPACE 0
#endif
#if TALKBOARD_MD4C_UNUSED(MD_FLAG_PERMISSIVEATXHEADERS)
#undef MD_FLAG_PERMISSIVEATXHEADERS
#define MD_FLAG_PERMISSIVEATXHEADERS 0
#endif
#if TALKBOARD_MD4C_UNUSED(MD_FLAG_PERMISSIVEURLAUTOLINKS)
#undef MD_FLAG_PERMISSIVEURLAUTOLINKS
#define MD_FLAG_PERMISSIVEURLAUTOLINKS 0
#endif
#if TALKBOARD_MD4C_UNUSED(MD_FLAG_PERMISSIVEEMAILAUTOLINKS)
#undef MD_FLAG_PERMISSIVEEMAILAUTOLINKS
#define MD_FLAG_PERMISSIVEEMAILAUTOLINKS 0
#endif
#if TALKBOARD_MD4C_UNUSED(MD_FLAG_NOINDENTEDCODEBLOCKS)
#undef MD_FLAG_NOINDENTEDCODEBLOCKS
#define MD_FLAG_NOINDENTEDCODEBLOCKS 0
#endif
#if TALKBOARD_MD4C_UNUSED(MD_FLAG_NOHTMLBLOCKS)
#undef MD_FLAG_NOHTMLBLOCKS
#define MD_FLAG_NOHTMLBLOCKS 0
#endif
#if TALKBOARD_MD4C_UNUSED(MD_FLAG_NOHTMLSPANS)
#undef MD_FLAG_NOHTMLSPANS
#define MD_FLAG_NOHTMLSPANS 0
#endif
#if TALKBOARD_MD4C_UNUSED(MD_FLAG_TABLES)
#undef MD_FLAG_TABLES
#define MD_FLAG_TABLES 0
#endif
#if TALKBOARD_MD4C_UNUSED(MD_FLAG_STRIKETHROUGH)
#undef MD_FLAG_STRIKETHROUGH
#define MD_FLAG_STRIKETHROUGH 0
#endif
#if TALKBOARD_MD4C_UNUSED(MD_FLAG_PERMISSIVEWWWAUTOLINKS)
#undef MD_FLAG_PERMISSIVEWWWAUTOLINKS
#define MD_FLAG_PERMISSIVEWWWAUTOLINKS 0
#endif
#if TALKBOARD_MD4C_UNUSED(MD_FLAG_TASKLISTS)
#undef MD_FLAG_TASKLISTS
#define MD_FLAG_TASKLISTS 0
#endif
#if TALKBOARD_MD4C_UNUSED(MD_FLAG_LATEXMATHSPANS)
#undef MD_FLAG_LATEXMATHSPANS
#define MD_FLAG_LATEXMATHSPANS 0
#endif
#if TALKBOARD_MD4C_UNUSED(MD_FLAG_WIKILINKS)
#undef MD_FLAG_WIKILINKS
#define MD_FLAG_WIKILINKS 0
#endif
#if TALKBOARD_MD4C_UNUSED(MD_FLAG_UNDERLINE)
#undef MD_FLAG_UNDERLINE
#define MD_FLAG_UNDERLINE 0
#endif

#include "md4c.c"
