// What a conversion did to a party's user model (GENIUS UNCERTAIN settings, comparisons):
// part of io::conversion_differences (load.hpp), kept apart because it is one concern.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "parley/model/user_model.hpp"

namespace parley::io {

void describe_user_model_changes(std::vector<std::string>& out, const std::string& party,
                                 const std::optional<UserModel>& before, const std::optional<UserModel>& after);

}  // namespace parley::io
