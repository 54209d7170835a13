// GENIUS 10.4 UNCERTAIN profiles and GeniusWeb partial orderings.
//  * Every UNCERTAIN profile in ../shared/data/genius-uncertain loads with the settings the
//    oracle (tests/fixtures/elicitation/make_uncertain_pairs.py, regular expressions over the raw
//    files) found, and its underlying utility equals the plain ANAC profile with the same raw
//    weights on every outcome.
//  * Writing an UNCERTAIN party to GENIUS XML and reading it back keeps the settings; a party
//    with stated comparisons cannot be written to GENIUS (clear message).
//  * A GeniusWeb DefaultPartialOrdering is refused with a message saying how to estimate a
//    utility, read with an estimator, and written back as the same ordering.
#include <algorithm>
#include <cmath>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

#include "genius_test_support.hpp"
#include "parley/io/genius_xml.hpp"
#include "parley/io/geniusweb_json.hpp"
#include "parley/io/input_file.hpp"
#include "parley/io/load.hpp"
#include "support/temporary_copy.hpp"
#include "support/test_paths.hpp"

namespace parley {
namespace {

namespace fs = std::filesystem;

struct OracleRow {
  std::string profile, twin;
  std::size_t ranked_bids = 0;
  double cost = 0;
};

std::vector<OracleRow> oracle_rows() {
  std::ifstream in(test::fixture("elicitation/uncertain_profiles.csv"));
  std::string line;
  std::getline(in, line);
  std::vector<OracleRow> rows;
  while (std::getline(in, line)) {
    std::stringstream stream(line);
    OracleRow row;
    std::string bids, cost;
    std::getline(stream, row.profile, ',');
    std::getline(stream, bids, ',');
    std::getline(stream, cost, ',');
    std::getline(stream, row.twin, ',');
    row.ranked_bids = std::stoul(bids);
    row.cost = std::stod(cost);
    rows.push_back(row);
  }
  return rows;
}

const Party& party_named(const Scenario& scenario, const std::string& name) {
  const auto p = scenario.find_party(name);
  if (!p) throw std::runtime_error("no party " + name + " in " + scenario.source);
  return scenario.parties[*p];
}

double largest_difference(const OutcomeSpace& space, const UtilityFunction& a, const UtilityFunction& b) {
  double largest = 0;
  const auto count = *space.cardinality().as_u64();
  for (std::uint64_t id = 0; id < count; ++id) {
    const auto outcome = space.from_id(id);
    largest = std::max(largest, std::abs(a(outcome) - b(outcome)));
  }
  return largest;
}

fs::path domain_file_in(const fs::path& folder) {
  for (const auto& entry : fs::directory_iterator(folder)) {
    std::ifstream in(entry.path());
    std::stringstream text;
    text << in.rdbuf();
    if (text.str().find("<negotiation_template") != std::string::npos) return entry.path();
  }
  throw std::runtime_error("no domain file in " + folder.string());
}

// The profile read with its domain and a second party (a scenario needs two): the first other
// profile of its folder that loads with it, else the plain twin. Throws the profile's own error
// when none does.
Scenario read_with_partner(const fs::path& profile, const fs::path& twin) {
  const auto folder = profile.parent_path();
  const auto domain = domain_file_in(folder);
  std::vector<fs::path> others;
  for (const auto& entry : fs::directory_iterator(folder))
    if (entry.path() != domain && entry.path() != profile) others.push_back(entry.path());
  std::sort(others.begin(), others.end());
  if (!twin.empty()) others.push_back(twin);
  std::string last_error;
  for (const auto& other : others) {
    try {
      return io::read_genius(domain, {profile, other});
    } catch (const InputError& error) {
      last_error = error.what();
    }
  }
  throw InputError(last_error);
}

// The one shipped profile with an unreadable number.
const std::string broken_profile = "anac/y2011/IS_BT_Acquisition/IS_BT_Acquisition_IS_20.xml";

TEST(UncertainProfiles, EveryGeniusUncertainProfileLoadsAndMatchesItsPlainTwin) {
  const auto root = test::shared_data("genius-uncertain");
  if (root.empty()) GTEST_SKIP() << "../shared/data/genius-uncertain is absent";
  const auto rows = oracle_rows();
  ASSERT_EQ(rows.size(), 68u);
  std::size_t twins = 0;
  std::size_t legacy_encoded = 0;
  for (const auto& row : rows) {
    SCOPED_TRACE(row.profile);
    const auto path = root / row.profile;
    if (row.profile == broken_profile) {
      // <discount_factor value="s">: GENIUS prints "Utility space has no discount factor" and goes
      // on without one; parley's GENIUS reader reports unreadable numbers instead of guessing.
      const auto message = test::error_of([&] { read_with_partner(path, row.twin.empty() ? fs::path() : test::shared_data("genius") / row.twin); });
      EXPECT_NE(message.find("IS_BT_Acquisition_IS_20.xml:58: discount_factor:"), std::string::npos) << message;
      continue;
    }
    // The sporthal files are Windows-1252 (a raw euro byte, no XML declaration): refused as
    // invalid UTF-8 by default, read with the encoding named (--input-encoding windows-1252).
    const bool windows_1252 = row.profile.find("group2-new_sporthal") != std::string::npos;
    if (windows_1252) {
      const auto message = test::error_of([&] { read_with_partner(path, row.twin.empty() ? fs::path() : test::shared_data("genius") / row.twin); });
      EXPECT_NE(message.find("--input-encoding windows-1252"), std::string::npos) << message;
      io::set_fallback_encoding("windows-1252");
    }
    struct RestoreEncoding {
      ~RestoreEncoding() { io::set_fallback_encoding(""); }
    } restore;
    // One profile at a time: a folder with a broken profile does not load as a folder.
    const auto scenario = read_with_partner(path, row.twin.empty() ? fs::path() : test::shared_data("genius") / row.twin);
    const auto& party = party_named(scenario, path.stem().string());
    ASSERT_TRUE(party.user_model.has_value());
    if (windows_1252) {
      ++legacy_encoded;
      EXPECT_NE(scenario.space.describe(scenario.space.from_id(0)).find("\xE2\x82\xAC"), std::string::npos)
          << "byte 0x80 is the euro sign: " << scenario.space.describe(scenario.space.from_id(0));
    }
    EXPECT_EQ(party.user_model->ranked_bids, row.ranked_bids);
    EXPECT_DOUBLE_EQ(party.user_model->elicitation_cost, row.cost);
    EXPECT_TRUE(party.user_model->utility_known);
    EXPECT_FALSE(party.user_model->has_statements());
    if (row.twin.empty()) continue;
    const auto twin_path = test::shared_data("genius") / row.twin;
    const auto plain = io::read_genius_folder(twin_path.parent_path());
    const auto& twin = party_named(plain, twin_path.stem().string());
    EXPECT_FALSE(twin.user_model.has_value());
    ASSERT_EQ(plain.space.issue_count(), scenario.space.issue_count());
    EXPECT_LE(largest_difference(scenario.space, party.utility, twin.utility), 1e-12);
    ++twins;
  }
  EXPECT_EQ(twins, 17u);  // 18 twins, less the broken profile's
  EXPECT_GT(legacy_encoded, 0u);
}

Scenario two_party_scenario() {
  Scenario scenario;
  scenario.name = "tiny";
  scenario.space = OutcomeSpace({Issue::with_labels("colour", IssueKind::categorical, {"red", "green", "blue"}),
                                 Issue::with_labels("size", IssueKind::categorical, {"small", "large"})});
  AdditiveUtility a{{0.6, 0.4}, {{1.0, 0.5, 0.0}, {0.2, 1.0}}};
  AdditiveUtility b{{0.3, 0.7}, {{0.0, 1.0, 0.5}, {1.0, 0.0}}};
  scenario.parties.push_back(Party{.name = "ann", .utility = a});
  scenario.parties.push_back(Party{.name = "bob", .utility = b});
  return scenario;
}

TEST(UncertainProfiles, GeniusUncertainSettingsRoundTrip) {
  auto scenario = two_party_scenario();
  UserModel model;
  model.ranked_bids = 4;
  model.elicitation_cost = 0.01;
  model.fixed_seed = false;
  scenario.parties[0].user_model = model;
  test::TempFolder folder("uncertain-roundtrip");
  io::write_genius_folder(scenario, folder.path(), false);
  const auto back = io::read_genius_folder(folder.path());
  const auto& ann = party_named(back, "ann");
  ASSERT_TRUE(ann.user_model.has_value());
  EXPECT_EQ(ann.user_model->ranked_bids, 4u);
  EXPECT_DOUBLE_EQ(ann.user_model->elicitation_cost, 0.01);
  EXPECT_FALSE(ann.user_model->fixed_seed);
  EXPECT_FALSE(party_named(back, "bob").user_model.has_value());
  for (const auto& difference : io::conversion_differences(scenario, back))
    ADD_FAILURE() << difference;
}

TEST(UncertainProfiles, GeniusCannotHoldStatedComparisons) {
  auto scenario = two_party_scenario();
  UserModel model;
  model.comparisons.push_back({{0, 1}, {2, 0}, false});
  scenario.parties[0].user_model = model;
  test::TempFolder folder("uncertain-statements");
  const auto message = test::error_of([&] { io::write_genius_folder(scenario, folder.path(), false); });
  EXPECT_NE(message.find("cannot hold a stated ranking or comparisons"), std::string::npos) << message;
  EXPECT_FALSE(fs::exists(folder.path()));
}

TEST(UncertainProfiles, BadUncertainSettingIsAnErrorNamingTheElement) {
  test::TempFolder folder("uncertain-bad");
  auto scenario = two_party_scenario();
  scenario.parties[0].user_model = UserModel{};
  io::write_genius_folder(scenario, folder.path(), false);
  const auto file = folder.path() / "ann.xml";
  std::ifstream in(file);
  std::stringstream text;
  text << in.rdbuf();
  auto xml = text.str();
  const auto at = xml.find("<comparisons>10</comparisons>");
  ASSERT_NE(at, std::string::npos) << xml;
  xml.replace(at, 29, "<comparisons>ten</comparisons>");
  std::ofstream(file) << xml;
  const auto message = test::error_of([&] { io::read_genius_folder(folder.path()); });
  EXPECT_NE(message.find("ann.xml:"), std::string::npos) << message;
  EXPECT_NE(message.find("<comparisons> must hold a non-negative whole number, found 'ten'"), std::string::npos)
      << message;
}

// The shipped fixture: a GeniusWeb domain, one linear-additive profile and one
// DefaultPartialOrdering with 4 bids (a complete order plus nothing else).
const fs::path partial_fixture() { return test::fixture("elicitation/geniusweb-partial"); }

TEST(UncertainProfiles, PartialOrderingWithoutEstimatorSaysHowToEstimate) {
  const auto message = test::error_of([&] { io::load_scenario(partial_fixture()); });
  EXPECT_NE(message.find("carol.json"), std::string::npos) << message;
  EXPECT_NE(message.find("is a partial ordering"), std::string::npos) << message;
  EXPECT_NE(message.find("parley learn"), std::string::npos) << message;
}

// A stand-in estimator: utility 1 for the value the best bid has, 0 otherwise, weights equal.
AdditiveUtility best_bid_estimate(const OutcomeSpace& space, const UserModel& model) {
  AdditiveUtility utility;
  for (std::size_t i = 0; i < space.issue_count(); ++i) {
    utility.weights.push_back(1.0 / static_cast<double>(space.issue_count()));
    std::vector<double> evaluations(space.issue(i).size(), 0.0);
    evaluations[model.ranking.back()[i]] = 1.0;
    utility.evaluations.push_back(evaluations);
  }
  return utility;
}

TEST(UncertainProfiles, PartialOrderingReadWithEstimatorAndWrittenBack) {
  const auto scenario = io::load_scenario(partial_fixture(), {best_bid_estimate});
  const auto& carol = party_named(scenario, "carol");
  ASSERT_TRUE(carol.user_model.has_value());
  EXPECT_FALSE(carol.user_model->utility_known);
  // better pairs [[3,0],[3,1],[3,2],[2,0],[2,1],[1,0]]: bids 0 < 1 < 2 < 3, read as a ranking.
  ASSERT_EQ(carol.user_model->ranking.size(), 4u);
  EXPECT_EQ(scenario.space.describe(carol.user_model->ranking.front()), "food=chips, drinks=water");
  EXPECT_EQ(scenario.space.describe(carol.user_model->ranking.back()), "food=catering, drinks=beer");
  EXPECT_TRUE(carol.user_model->comparisons.empty());

  test::TempFolder folder("partial-roundtrip");
  io::write_geniusweb_folder(scenario, folder.path(), false);
  const auto back = io::load_scenario(folder.path(), {best_bid_estimate});
  EXPECT_EQ(party_named(back, "carol").user_model->ranking, carol.user_model->ranking);
  EXPECT_TRUE(io::conversion_differences(scenario, back).empty());
}

TEST(UncertainProfiles, PartialOrderingWithIndifferenceAndGaps) {
  const test::TemporaryCopy folder(partial_fixture());
  folder.replace("carol.json", "[[3, 0], [3, 1], [3, 2], [2, 0], [2, 1], [1, 0]]", "[[3, 0], [1, 2], [2, 1]]");
  UserModel seen;
  const auto recording = [&](const OutcomeSpace& space, const UserModel& model) {
    seen = model;
    AdditiveUtility flat;
    for (const auto& issue : space.issues()) {
      flat.weights.push_back(1.0 / static_cast<double>(space.issue_count()));
      flat.evaluations.emplace_back(issue.size(), 1.0);
    }
    return flat;
  };
  const auto scenario = io::load_scenario(folder.folder(), {recording});
  EXPECT_TRUE(seen.ranking.empty());
  ASSERT_EQ(seen.comparisons.size(), 2u);
  EXPECT_EQ(scenario.space.describe(seen.comparisons[0].better), "food=fingerfood, drinks=water");
  EXPECT_EQ(scenario.space.describe(seen.comparisons[0].worse), "food=fingerfood, drinks=beer");
  EXPECT_TRUE(seen.comparisons[0].indifferent);
  EXPECT_EQ(scenario.space.describe(seen.comparisons[1].better), "food=catering, drinks=beer");
  EXPECT_FALSE(seen.comparisons[1].indifferent);
}

TEST(UncertainProfiles, PartialOrderingBadIndexNamesTheField) {
  const test::TemporaryCopy folder(partial_fixture());
  folder.replace("carol.json", "[3, 0]", "[7, 0]");
  const auto message = test::error_of([&] { io::load_scenario(folder.folder(), {best_bid_estimate}); });
  EXPECT_NE(message.find("carol.json"), std::string::npos) << message;
  EXPECT_NE(message.find("DefaultPartialOrdering.better[0]"), std::string::npos) << message;
  EXPECT_NE(message.find("bid index out of range (there are 4 bids)"), std::string::npos) << message;
}

}  // namespace
}  // namespace parley
