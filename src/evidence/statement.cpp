#include "parley/evidence/statement.hpp"

namespace parley::evidence {

std::string_view to_string(StatementKind kind) {
  switch (kind) {
    case StatementKind::direct: return "direct";
    case StatementKind::indirect: return "indirect";
    case StatementKind::mixed: return "mixed";
  }
  return "indirect";
}

}  // namespace parley::evidence
