// Pipe rows that markdown did not read as a table: kramdown (Jekyll's markdown) and other
// renderers draw a table from lines of `| a | b |` cells without the `|---|` delimiter row that
// CommonMark's table extension needs, so md4c hands such a table over as one paragraph. The
// page the reader sees shows a table, so the core reads one.
#pragma once

#include "talkboard/input/markdown_blocks.h"

namespace talkboard {

// True when every line of the paragraph is a row of cells: it starts with '|' and has another
// '|' after its first cell; at least two such lines (a kramdown attribute line such as
// `{:.table-striped}` may stand among them).
bool is_pipe_rows(const Block& paragraph);

// Hands the paragraph's rows to `sink` as table cells of a new table (`table` is the document's
// last table number, `table_row` its last row number; both are advanced). Rows without a letter
// or digit (a line of `|---|` or of images) are left out; the first row is the head row when it
// holds no digit ("| Time | Track A |"). Empty cells give no block, as md4c's do. Links and bold
// runs inside a cell keep their places.
void emit_pipe_rows(const Block& paragraph, int& table, int& table_row, BlockSink& sink);

}  // namespace talkboard
