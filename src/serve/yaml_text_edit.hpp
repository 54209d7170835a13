// Editing a YAML file as text, node by node, so that everything not edited — comments, layout,
// key order, quoting — stays byte for byte (yaml-cpp's emitter would drop comments).
//
// Data flow: file text + edits {path of keys and indices, new value} ──apply_text_edits()──▶
// new text: each edited node's span (found from the node's mark: plain, quoted, block or flow)
// is replaced by the new value written in the same style. The result is parsed again and
// compared with the original tree: it must differ exactly at the edited nodes, with the new
// values, or the edit is refused (ApiError 422) and nothing is written.
#pragma once

#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include <nlohmann/json.hpp>

namespace parley::serve::detail {

using PathStep = std::variant<std::string, std::size_t>;

struct TextEdit {
  std::vector<PathStep> path;  // from the document root: "preferences", 0, "reservation", "value"
  nlohmann::json value;        // a string, a number, or a list of strings (flow sequences)
};

// "preferences[0].reservation.value", for messages.
std::string path_text(const std::vector<PathStep>& path);

// ApiError(400) when a path names no node, or a node that is neither a scalar nor a flow
// sequence of scalars; ApiError(422) when the edited text does not read back as intended.
std::string apply_text_edits(std::string_view text, const std::vector<TextEdit>& edits);

}  // namespace parley::serve::detail
