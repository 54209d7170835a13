// SvgCanvas and its helpers: escaped text, round ticks.
#include <cmath>

#include <gtest/gtest.h>

#include "parley/svg/svg_canvas.hpp"

namespace parley::svg {
namespace {

TEST(SvgCanvas, EscapesTextAndPicksRoundTicks) {
  EXPECT_EQ(xml_escape("a<b & \"c\""), "a&lt;b &amp; &quot;c&quot;");
  EXPECT_EQ(nice_ticks(0, 100, 5), (std::vector<double>{0, 20, 40, 60, 80, 100}));
  EXPECT_EQ(nice_ticks(4, 10, 3), (std::vector<double>{4, 6, 8, 10}));
  SvgCanvas canvas(100, 50);
  canvas.text(1, 2, "x<y", {});
  EXPECT_NE(canvas.str().find(">x&lt;y</text>"), std::string::npos);
}

// ceil(-1e-9) is -0.0, so the first tick of [0, 1] was -0.0 and printed "-0" (ranking.svg).
TEST(SvgCanvas, NoTickIsMinusZero) {
  for (const auto& [low, high] : {std::pair{0.0, 1.0}, {-0.3, 0.3}, {-1000.0, 1000.0}, {-0.7, 0.0}})
    for (double tick : nice_ticks(low, high, 5)) {
      EXPECT_FALSE(tick == 0 && std::signbit(tick)) << low << ".." << high;
      EXPECT_NE(tick_label(tick), "-0") << tick;
    }
  EXPECT_EQ(tick_label(-0.0), "0");
  EXPECT_EQ(tick_label(-1e-9), "0");
  EXPECT_EQ(tick_label(-2.5), "-2.5");
  LineChart chart{"t", "x", "y", {{"s", {{0, -0.3}, {1, 0.3}}}}};
  EXPECT_EQ(render_line_chart(chart).find(">-0<"), std::string::npos);
}

}  // namespace
}  // namespace parley::svg
