#ifndef FTAP_CMARK_ARENA_H
#define FTAP_CMARK_ARENA_H

#include <cmark-gfm.h>

/// This thread's arena allocator for cmark-gfm, emptied: what it handed out before is void.
/// Everything one document needs (parser, tree, rendered HTML) comes from it, and is given
/// back at once by the next `ftap_arena_begin` or by `ftap_arena_end`: nothing is freed piece
/// by piece. Call `ftap_arena_end` when the document's texts have been copied out.
cmark_mem *ftap_arena_begin(void);

/// Gives back every block of this thread's arena but one, kept for the next document.
void ftap_arena_end(void);

#endif
