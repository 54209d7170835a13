#include "parley/negotiation/catalog_json.hpp"

#include <nlohmann/json.hpp>

#include "parley/negotiation/agent_spec.hpp"

namespace parley::negotiation {

nlohmann::ordered_json agent_catalog_json(std::string_view kind) {
  using Json = nlohmann::ordered_json;
  Json list = Json::array();
  for (const auto& doc : agent_catalog()) {
    if (!kind.empty() && doc.kind != kind) continue;
    Json parameters = Json::array();
    for (const auto& p : doc.parameters) parameters.push_back({{"name", p.name}, {"default", p.default_value}, {"doc", p.doc}});
    list.push_back({{"kind", doc.kind}, {"name", doc.name}, {"doc", doc.doc}, {"parameters", parameters},
                    {"source", doc.source.empty() ? Json(nullptr) : Json(doc.source)}});
  }
  return list;
}

}  // namespace parley::negotiation
