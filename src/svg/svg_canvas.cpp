#include "parley/svg/svg_canvas.hpp"

#include <algorithm>
#include <array>
#include <cmath>

#include <fmt/format.h>

namespace parley::svg {
namespace {

// Coordinates with two decimals keep files small and output stable.
std::string number(double value) { return fmt::format("{:.2f}", value); }

std::string stroke_attributes(const SvgStroke& stroke) {
  std::string text = fmt::format(R"(stroke="{}" stroke-width="{}")", xml_escape(stroke.colour), number(stroke.width));
  if (stroke.dashed) text += R"( stroke-dasharray="6,4")";
  return text;
}

}  // namespace

std::string tick_label(double value) {
  std::string text = fmt::format("{:.6f}", value);
  text.erase(text.find_last_not_of('0') + 1);
  if (text.back() == '.') text.pop_back();
  if (text == "-0") text = "0";  // a rounding error below zero (or -0.0) is zero
  return text;
}

SvgCanvas::SvgCanvas(double width, double height) : width_(width), height_(height) {}

void SvgCanvas::line(double x1, double y1, double x2, double y2, const SvgStroke& stroke) {
  body_ += fmt::format(R"(<line x1="{}" y1="{}" x2="{}" y2="{}" {}/>)", number(x1), number(y1), number(x2), number(y2),
                       stroke_attributes(stroke));
  body_ += '\n';
}

void SvgCanvas::polyline(const std::vector<std::pair<double, double>>& points, const SvgStroke& stroke) {
  std::string coordinates;
  for (const auto& [x, y] : points) {
    if (!coordinates.empty()) coordinates += ' ';
    coordinates += number(x) + "," + number(y);
  }
  body_ += fmt::format(R"(<polyline points="{}" fill="none" {}/>)", coordinates, stroke_attributes(stroke));
  body_ += '\n';
}

void SvgCanvas::circle(double cx, double cy, double r, const std::string& fill) {
  body_ += fmt::format(R"(<circle cx="{}" cy="{}" r="{}" fill="{}"/>)", number(cx), number(cy), number(r), xml_escape(fill));
  body_ += '\n';
}

void SvgCanvas::rectangle(double x, double y, double width, double height, const std::string& fill, const SvgStroke& stroke) {
  body_ += fmt::format(R"(<rect x="{}" y="{}" width="{}" height="{}" fill="{}" {}/>)", number(x), number(y), number(width),
                       number(height), xml_escape(fill), stroke_attributes(stroke));
  body_ += '\n';
}

void SvgCanvas::text(double x, double y, const std::string& content, const SvgText& style) {
  std::string attributes = fmt::format(R"(x="{}" y="{}" font-size="{}" text-anchor="{}" fill="{}")", number(x), number(y),
                                       number(style.size), xml_escape(style.anchor), xml_escape(style.colour));
  if (style.bold) attributes += R"( font-weight="bold")";
  if (style.rotate != 0) attributes += fmt::format(R"svg( transform="rotate({} {} {})")svg", number(style.rotate), number(x), number(y));
  body_ += fmt::format("<text {}>{}</text>\n", attributes, xml_escape(content));
}

std::string SvgCanvas::str() const {
  return fmt::format(
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{0}\" height=\"{1}\" viewBox=\"0 0 {0} {1}\" "
      "font-family=\"sans-serif\">\n"
      "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n{2}</svg>\n",
      number(width_), number(height_), body_);
}

std::string xml_escape(const std::string& text) {
  std::string escaped;
  escaped.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&': escaped += "&amp;"; break;
      case '<': escaped += "&lt;"; break;
      case '>': escaped += "&gt;"; break;
      case '"': escaped += "&quot;"; break;
      case '\'': escaped += "&apos;"; break;
      default: escaped += c;
    }
  }
  return escaped;
}

std::vector<double> nice_ticks(double low, double high, int target) {
  if (!(high > low)) return {low};
  const double raw = (high - low) / std::max(1, target);
  const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
  double step = magnitude;
  for (double factor : {1.0, 2.0, 5.0, 10.0}) {
    step = factor * magnitude;
    if (step >= raw) break;
  }
  // Ticks are whole multiples of the step, each computed from its multiple (no running sum
  // that drifts), and + 0.0 turns the -0.0 of ceil(-1e-9) · step into 0.
  std::vector<double> ticks;
  for (double k = std::ceil(low / step - 1e-9); k * step <= high + step * 1e-9; ++k) ticks.push_back(k * step + 0.0);
  return ticks;
}

const std::string& palette_colour(std::size_t i) {
  static const std::array<std::string, 12> colours = {"#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b",
                                                      "#e377c2", "#7f7f7f", "#bcbd22", "#17becf", "#393b79", "#ad494a"};
  return colours[i % colours.size()];
}

std::string render_line_chart(const LineChart& chart, double width, double height) {
  // Layout: title on top, y label on the left, legend on the right.
  const double left = 70, right = 190, top = 45, bottom = 60;
  const double plot_width = width - left - right, plot_height = height - top - bottom;
  double x_low = INFINITY, x_high = -INFINITY, y_low = INFINITY, y_high = -INFINITY;
  for (const auto& series : chart.series)
    for (const auto& [x, y] : series.points) {
      x_low = std::min(x_low, x), x_high = std::max(x_high, x);
      y_low = std::min(y_low, y), y_high = std::max(y_high, y);
    }
  if (chart.y_range) std::tie(y_low, y_high) = *chart.y_range;
  if (!(x_low <= x_high)) x_low = 0, x_high = 1;
  if (!(y_low <= y_high)) y_low = 0, y_high = 1;
  if (x_high == x_low) x_low -= 0.5, x_high += 0.5;
  if (y_high == y_low) y_low -= 0.5, y_high += 0.5;
  const double y_pad = (y_high - y_low) * 0.04;
  if (!chart.y_range) y_low -= y_pad, y_high += y_pad;
  const auto px = [&](double x) { return left + (x - x_low) / (x_high - x_low) * plot_width; };
  const auto py = [&](double y) { return top + (y_high - y) / (y_high - y_low) * plot_height; };

  SvgCanvas canvas(width, height);
  canvas.text(width / 2, 26, chart.title, {.size = 16, .anchor = "middle", .bold = true});
  const SvgStroke grid{"#dddddd", 1, false}, axis{"#333333", 1, false};
  for (double tick : nice_ticks(y_low, y_high)) {
    canvas.line(left, py(tick), left + plot_width, py(tick), grid);
    canvas.text(left - 8, py(tick) + 4, tick_label(tick), {.size = 11, .anchor = "end"});
  }
  for (double tick : nice_ticks(x_low, x_high, chart.integer_x_ticks ? std::min(10, static_cast<int>(x_high - x_low)) : 8)) {
    if (chart.integer_x_ticks && tick != std::floor(tick)) continue;
    canvas.line(px(tick), top + plot_height, px(tick), top + plot_height + 5, axis);
    canvas.text(px(tick), top + plot_height + 19, tick_label(tick), {.size = 11, .anchor = "middle"});
  }
  canvas.line(left, top, left, top + plot_height, axis);
  canvas.line(left, top + plot_height, left + plot_width, top + plot_height, axis);
  canvas.text(left + plot_width / 2, height - 18, chart.x_label, {.size = 13, .anchor = "middle"});
  canvas.text(20, top + plot_height / 2, chart.y_label, {.size = 13, .anchor = "middle", .rotate = -90});

  for (std::size_t s = 0; s < chart.series.size(); ++s) {
    const auto& series = chart.series[s];
    const auto& colour = series.colour.empty() ? palette_colour(s) : series.colour;
    std::vector<std::pair<double, double>> pixels;
    for (const auto& [x, y] : series.points) pixels.emplace_back(px(x), py(y));
    canvas.polyline(pixels, {colour, series.width, series.dashed});
    if (series.markers)
      for (const auto& [x, y] : pixels) canvas.circle(x, y, 2.5, colour);
    const double legend_y = top + 8 + 18 * static_cast<double>(s);
    canvas.line(width - right + 15, legend_y, width - right + 40, legend_y, {colour, series.width, series.dashed});
    canvas.text(width - right + 46, legend_y + 4, series.name, {.size = 11});
  }
  return canvas.str();
}

}  // namespace parley::svg
