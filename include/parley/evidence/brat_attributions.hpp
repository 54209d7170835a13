// Reading gold attributions from brat standoff (`.ann`) files, as PolNeAR and PARC ship them.
//
// Data flow: `.ann` file + its article text ──read_brat_attributions──▶ GoldDocument: per
// attribution relation (E lines) its content fragments, source and cue, in code-point
// offsets. Text-bound lines (T) give the spans, possibly discontinuous ("120 150;160 200");
// `Content`, `Content2`, ... of one relation form one content. Fragments separated only by
// whitespace are merged (brat splits spans at sentence boundaries). Labels other than
// Source, Cue and Content (Discuss, Discard, Hooking, notes) are ignored.
#pragma once

#include <cstddef>
#include <filesystem>
#include <vector>

namespace parley::evidence {

struct CodePointSpan {
  std::size_t begin = 0;
  std::size_t end = 0;
  friend bool operator==(const CodePointSpan&, const CodePointSpan&) = default;
  friend auto operator<=>(const CodePointSpan&, const CodePointSpan&) = default;
};

// A role's extent: one span, or several fragments in text order.
using Fragments = std::vector<CodePointSpan>;

struct GoldAttribution {
  Fragments content;  // may be empty when the relation lacks one
  Fragments source;   // empty for "Attribution-no-source"
  Fragments cue;
};

struct GoldDocument {
  std::vector<GoldAttribution> attributions;
};

// `text_length` (code points) bounds the offsets; InputError names the file and line of a
// malformed line, an unknown T reference or an offset outside the text.
GoldDocument read_brat_attributions(const std::filesystem::path& ann_file, std::size_t text_length);

// Merges fragments whose gap in `text` (code points) is only whitespace; trims whitespace
// at both ends of each fragment. `text` is the article as UTF-32.
Fragments normalise_fragments(Fragments fragments, const std::u32string& text);

}  // namespace parley::evidence
