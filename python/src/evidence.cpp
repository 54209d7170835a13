// parley.extract_evidence() and parley.verify_citations(): attributed statements from news text
// and the citation check of a dated scenario, as `parley evidence extract / verify --json`.
#include <nlohmann/json.hpp>
#include <pybind11/stl.h>
#include <pybind11/stl/filesystem.h>

#include "bindings.hpp"
#include "json_value.hpp"
#include "parley/evidence/citation_check.hpp"
#include "parley/evidence/evidence_json.hpp"
#include "parley/evidence/extractor.hpp"
#include "parley/evidence/scenario_vocabulary.hpp"
#include "parley/io/yaml_timeline.hpp"

namespace py = pybind11;

namespace parley::python {

namespace {

using namespace evidence;

py::object extract(const std::vector<std::filesystem::path>& files, const std::optional<std::filesystem::path>& scenario,
                   const std::optional<std::filesystem::path>& people, const std::optional<std::filesystem::path>& lexicon) {
  std::string document;
  {
    py::gil_scoped_release release;
    // As `parley evidence extract`: a dated scenario gives issues, options, speakers, actors and
    // source dates; a plain one (or a people file) only its people.
    ExtractorOptions options;
    const bool timeline = scenario && io::has_timeline(*scenario);
    if (timeline) options = load_scenario_vocabulary(*scenario);
    else if (scenario) options.directory = load_speaker_directory(*scenario);
    if (people)
      for (auto& entry : load_speaker_directory(*people).entries) options.directory.entries.push_back(std::move(entry));
    if (!timeline || lexicon)
      options.lexicon = lexicon ? load_issue_lexicon(*lexicon) : scenario ? load_issue_lexicon_or_default(*scenario)
                                                                           : default_negotiation_lexicon();
    const AttributionExtractor extractor(std::move(options));
    std::vector<ArticleEvidence> articles;
    for (const auto& file : files) articles.push_back(extractor.extract_file(file));
    document = evidence_to_json(articles);
  }
  return json_to_python(nlohmann::ordered_json::parse(document));
}

py::object verify(const std::filesystem::path& path) {
  nlohmann::ordered_json document;
  {
    py::gil_scoped_release release;
    document = to_json(verify_citations(io::read_timeline(path)));
  }
  return json_to_python(document);
}

}  // namespace

void bind_evidence(py::module_& m) {
  m.def("extract_evidence", &extract, py::arg("files"), py::arg("scenario") = py::none(), py::arg("people") = py::none(),
        py::arg("lexicon") = py::none(),
        "Attributed statements (content, source, cue, speaker, party, issues) in article text files "
        "(the document of `parley evidence extract --json`).");
  m.def("verify_citations", &verify, py::arg("path"),
        "Check every citation of a dated scenario (the document of `parley evidence verify --json`).");
}

}  // namespace parley::python
