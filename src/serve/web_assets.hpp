// The page's files (web/), compiled into the binary by cmake/embed_web_assets.cmake so that
// `parley serve` needs nothing from disk or network to show them.
#pragma once

#include <string_view>

namespace parley::serve::detail {

struct WebAsset {
  std::string_view name;          // path below web/, e.g. "app.js"
  std::string_view content_type;  // from the extension
  std::string_view bytes;
};

// nullptr when there is no such asset.
const WebAsset* find_web_asset(std::string_view name);

}  // namespace parley::serve::detail
