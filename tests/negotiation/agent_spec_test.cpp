// Agent spec strings: the grammar, the catalog, and a clear error for every mistake.
#include <gtest/gtest.h>

#include "parley/model/error.hpp"
#include "parley/negotiation/agent_spec.hpp"
#include "session_fixtures.hpp"

namespace parley::negotiation {
namespace {

std::string error_of(const std::string& spec) {
  try {
    check_agent_spec(spec);
  } catch (const InputError& error) {
    return error.what();
  }
  return "";
}

TEST(AgentSpec, ParsesNestedParameters) {
  const auto node = parse_agent_spec("boa:offer=timedep(e=0.2,k=0.1),accept=combi(T=0.98),model=frequency");
  EXPECT_EQ(node.name, "boa");
  ASSERT_EQ(node.params.size(), 3u);
  EXPECT_EQ(node.params[0].key, "offer");
  EXPECT_EQ(node.params[0].value.name, "timedep");
  ASSERT_EQ(node.params[0].value.params.size(), 2u);
  EXPECT_EQ(node.params[0].value.params[1].value.name, "0.1");
  EXPECT_EQ(node.params[2].value.name, "frequency");
}

TEST(AgentSpec, EveryCatalogAgentBuildsWithItsDefaults) {
  const auto scenario = test::buyer_seller();
  std::size_t agents = 0;
  for (const auto& doc : agent_catalog()) {
    if (doc.kind != "agent" || doc.name == "boa") continue;
    EXPECT_NO_THROW(check_agent_spec(doc.name)) << doc.name;
    EXPECT_NE(make_agent(doc.name, scenario, 0), nullptr);
    ++agents;
  }
  EXPECT_GE(agents, 10u);
  EXPECT_NO_THROW(check_agent_spec("boa:offer=timedep(e=0.2),accept=combi(T=0.98),model=frequency"));
  EXPECT_NO_THROW(check_agent_spec("timedep:e=0.5"));
  EXPECT_NO_THROW(check_agent_spec("conceder:k=0.1,accept=const(c=0.6),model=bayesian(sigma=0.2),walk=0.9"));
  EXPECT_NO_THROW(check_agent_spec("tft:mode=averaged,span=4"));
}

TEST(AgentSpec, MistakesAreReportedClearly) {
  EXPECT_NE(error_of("bolware").find("unknown agent 'bolware'; did you mean 'boulware'? (known: hardliner, boulware"), std::string::npos);
  EXPECT_NE(error_of("timedep:x=1").find("unknown parameter 'x' of 'timedep' (parameters: e, k, accept"),
            std::string::npos);
  EXPECT_NE(error_of("timedep:e=abc").find("parameter 'e' of 'timedep' must be a number, got 'abc'"), std::string::npos);
  EXPECT_NE(error_of("timedep:e=-1").find("must be in [0, 1000000]"), std::string::npos);
  EXPECT_NE(error_of("boa:accept=next").find("'boa' needs parameter 'offer'"), std::string::npos);
  EXPECT_NE(error_of("boa:offer=fast").find("unknown offering component 'fast'"), std::string::npos);
  EXPECT_NE(error_of("boa:offer=linear,accept=maybe").find("unknown acceptance component 'maybe'"), std::string::npos);
  EXPECT_NE(error_of("boa:offer=linear,model=psychic").find("unknown model component 'psychic'"), std::string::npos);
  EXPECT_NE(error_of("boa:offer=linear,accept=const").find("'const' needs parameter 'c'"), std::string::npos);
  EXPECT_NE(error_of("tft:mode=sideways").find("tft mode must be relative, random or averaged"), std::string::npos);
  EXPECT_NE(error_of("tft:delay=1.5").find("must be a whole number"), std::string::npos);
  EXPECT_NE(error_of("linear:").find("expected a parameter name at the end"), std::string::npos);
  EXPECT_NE(error_of("linear:k=0.1,k=0.2").find("given twice"), std::string::npos);
  EXPECT_NE(error_of("boa:offer=timedep(e=1").find("expected ')' at the end"), std::string::npos);
  EXPECT_NE(error_of("").find("expected an agent name"), std::string::npos);
  EXPECT_NE(error_of("linear:walk=2").find("must be in [0, 1]"), std::string::npos);
}

TEST(AgentSpec, StatedPositionsAreCheckedAgainstTheScenario) {
  const auto scenario = test::buyer_seller();
  EXPECT_NO_THROW(make_agent("stated:price=3", scenario, 0));
  EXPECT_THROW(make_agent("stated:colour=red", scenario, 0), InputError);
  try {
    make_agent("stated:price=9", scenario, 0);
    FAIL();
  } catch (const InputError& error) {
    EXPECT_NE(std::string(error.what()).find("issue 'price' has no value '9'"), std::string::npos);
  }
}

TEST(AgentSpec, ListsSplitBetweenAgentsNotBetweenParameters) {
  EXPECT_EQ(split_agent_list("boulware,conceder"), (std::vector<std::string>{"boulware", "conceder"}));
  EXPECT_EQ(split_agent_list("boa:offer=timedep(e=0.2),accept=combi(T=0.98),model=frequency,linear"),
            (std::vector<std::string>{"boa:offer=timedep(e=0.2),accept=combi(T=0.98),model=frequency", "linear"}));
  EXPECT_EQ(split_agent_list("timedep:e=0.5;stated:price=3,delivery=1d"),
            (std::vector<std::string>{"timedep:e=0.5", "stated:price=3,delivery=1d"}));
  EXPECT_EQ(split_agent_list("a,,b"), (std::vector<std::string>{"a", "", "b"}));
}

}  // namespace
}  // namespace parley::negotiation
