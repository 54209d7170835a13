// parley::svg::SvgCanvas and render_line_chart — plain-text SVG for every module's plots.
//
// Data flow: a module's results ──(module-specific mapping, e.g. report/svg_forecast_chart.hpp,
// tournament/ranking_chart.hpp)──▶ SvgCanvas drawing or LineChart ──render_line_chart──▶ SVG
// text ──▶ a file the CLI writes. The svg module depends on nothing of parley's, so every
// module that draws (tournament, report) sits after it without depending on the other.
//  * SvgCanvas: a pixel-space drawing (lines, polylines, circles, rectangles, text) that
//    serialises to a standalone SVG 1.1 document; text is XML-escaped.
//  * LineChart: titled x/y axes with "nice" ticks, one polyline (and point markers) per
//    series, colours from a fixed palette unless given, and a legend to the right.
// Output is deterministic (fixed number formatting), so charts can be compared in tests.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace parley::svg {

struct SvgStroke {
  std::string colour = "#000000";
  double width = 1;
  bool dashed = false;
};

struct SvgText {
  double size = 12;
  std::string anchor = "start";  // start | middle | end
  std::string colour = "#000000";
  double rotate = 0;             // degrees, around the anchor point
  bool bold = false;
};

class SvgCanvas {
 public:
  SvgCanvas(double width, double height);

  void line(double x1, double y1, double x2, double y2, const SvgStroke& stroke);
  void polyline(const std::vector<std::pair<double, double>>& points, const SvgStroke& stroke);
  void circle(double cx, double cy, double r, const std::string& fill);
  void rectangle(double x, double y, double width, double height, const std::string& fill, const SvgStroke& stroke);
  void text(double x, double y, const std::string& content, const SvgText& style);

  double width() const { return width_; }
  double height() const { return height_; }
  std::string str() const;  // the whole document

 private:
  double width_, height_;
  std::string body_;
};

// Escapes &, <, >, " and ' for XML text and attributes.
std::string xml_escape(const std::string& text);

// About `target` round tick values (1, 2 or 5 times a power of ten) covering [low, high].
std::vector<double> nice_ticks(double low, double high, int target = 6);

// A tick's label without trailing zeros: 10, 2.5, 0.125; never "-0".
std::string tick_label(double value);

// Colour i of a fixed palette of distinguishable colours (wraps around).
const std::string& palette_colour(std::size_t i);

struct LineSeries {
  std::string name;
  std::vector<std::pair<double, double>> points;  // (x, y) in data units
  std::string colour;                             // empty: palette colour of the series index
  double width = 1.5;
  bool dashed = false;
  bool markers = true;
};

struct LineChart {
  std::string title;
  std::string x_label;
  std::string y_label;
  std::vector<LineSeries> series;
  std::optional<std::pair<double, double>> y_range;  // unset: the data's range
  bool integer_x_ticks = false;                      // ticks only at whole numbers (rounds)
};

std::string render_line_chart(const LineChart& chart, double width = 900, double height = 520);

}  // namespace parley::svg
