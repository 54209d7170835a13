#!/usr/bin/env python3
"""Writes the seed corpora of the fuzz harnesses (fuzz/corpus/<harness>/) from the shipped
fixtures plus the reproducers of issue 13 (scaled down to a few kB: 300 levels of nesting stand
for the 20,000 and 300,000 of the reports; the depth limit is 256). Run it from the repository
root after changing a fixture; the corpora are committed."""
import os
import pathlib

root = pathlib.Path(__file__).resolve().parent.parent
fixtures = root / "tests" / "fixtures"
corpus = root / "fuzz" / "corpus"
SEP = "\n=====\n"


def put(harness, name, text):
    folder = corpus / harness
    folder.mkdir(parents=True, exist_ok=True)
    data = text.encode("utf-8", "surrogateescape") if isinstance(text, str) else text
    (folder / name).write_bytes(data)


def read(path):
    return (fixtures / path).read_text(encoding="utf-8")


# YAML scenarios
minimal = read("yaml/minimal.yaml")
put("yaml_scenario", "minimal.yaml", minimal)
for bad in sorted((fixtures / "yaml" / "bad").glob("*.yaml"))[:20]:
    put("yaml_scenario", "bad-" + bad.name, bad.read_text(encoding="utf-8"))
put("yaml_scenario", "deep-flow.yaml", "parley: 1\nname: x\ndescription: " + "[" * 300 + "]" * 300 + "\n")
put("yaml_scenario", "nul-escape.yaml", minimal.replace("name: a\n", 'name: "a\\0b"\n', 1))
put("yaml_scenario", "invalid-utf8.yaml", minimal.encode().replace(b"name: a\n", b"name: a\xc3\x28\n", 1))
put("yaml_scenario", "utf16.yaml", b"\xff\xfe" + minimal.encode("utf-16-le"))
put("yaml_scenario", "huge-range.yaml", minimal.replace("range: [1, 3]", "range: [-9223372036854775808, 9223372036854775807]"))

# Timeline: scenario.yaml ===== snapshots/a.yaml ===== snapshots/b.yaml ===== sources/a.txt
timeline = fixtures / "timeline" / "minimal"
scenario = (timeline / "scenario.yaml").read_text(encoding="utf-8")
scenario = scenario.replace("sources/gazette-2020-01-10.txt", "sources/a.txt").replace(
    "sources/courier-2020-03-02.txt", "sources/a.txt")
scenario = scenario.replace("snapshots/opening.yaml", "snapshots/a.yaml").replace("snapshots/march.yaml", "snapshots/b.yaml")
scenario = scenario.replace("claims: claims.yaml\n", "")
parts = [scenario, (timeline / "snapshots/opening.yaml").read_text(encoding="utf-8"),
         (timeline / "snapshots/march.yaml").read_text(encoding="utf-8"),
         (timeline / "sources/gazette-2020-01-10.txt").read_text(encoding="utf-8")]
put("timeline", "minimal", SEP.join(parts))
put("timeline", "source-outside", SEP.join([scenario.replace("file: sources/a.txt", "file: ../../../../etc/passwd", 1)] + parts[1:]))
put("timeline", "source-absolute", SEP.join([scenario.replace("file: sources/a.txt", "file: /etc/passwd", 1)] + parts[1:]))
put("timeline", "snapshot-outside", SEP.join([scenario.replace("- snapshots/a.yaml", "- ../a.yaml", 1)] + parts[1:]))

# GENIUS XML: domain ===== profile ===== profile
rect = fixtures / "genius" / "rectangles"
domain, alpha, beta = [(rect / n).read_text(encoding="utf-8") for n in ("rect_domain.xml", "alpha.xml", "beta.xml")]
put("genius_xml", "rectangles", SEP.join([domain, alpha, beta]))
ufun = '<ufun type="PlainUfun" weight="1" aggregation="sum">'
nested = alpha.replace(ufun, ufun * 301, 1).replace("</utility>", "</ufun>" * 300 + "</utility>", 1)
put("genius_xml", "nested-ufun-300", SEP.join([domain, nested, beta]))
put("genius_xml", "int64-range", SEP.join([domain.replace('lowerbound="1" upperbound="5"',
    'lowerbound="-9223372036854775808" upperbound="9223372036854775807"', 1), alpha, beta]))
put("genius_xml", "truncated-domain", SEP.join([domain[: len(domain) // 2], alpha, beta]))
put("genius_xml", "utf16-domain", (b"\xff\xfe" + domain.encode("utf-16-le")) + SEP.encode() + alpha.encode() + SEP.encode() + beta.encode())
mixed = fixtures / "genius" / "mixed"
put("genius_xml", "mixed", SEP.join((mixed / n).read_text(encoding="utf-8") for n in ("mixed_domain.xml", "buyer.xml", "seller.xml")))

# GeniusWeb JSON: domain ===== profile ===== profile
web = fixtures / "geniusweb" / "holiday"
wdomain, anna, ben = [(web / n).read_text(encoding="utf-8") for n in ("holiday.json", "anna.json", "ben.json")]
put("geniusweb_json", "holiday", SEP.join([wdomain, anna, ben]))
put("geniusweb_json", "deep-array-300", SEP.join([wdomain, anna.replace('"name": "anna",', '"x": ' + "[" * 300 + "]" * 300 + ', "name": "anna",', 1), ben]))
put("geniusweb_json", "range-1e9", SEP.join([wdomain.replace('"low": 2, "high": 6', '"low": 1, "high": 1000000000', 1),
                                               anna.replace('"low": 2, "high": 6', '"low": 1, "high": 1000000000', 1), ben]))
put("geniusweb_json", "number-1e400", SEP.join([wdomain, anna.replace('"lowUtility": 0.2', '"lowUtility": 1e400', 1), ben]))

# Forecast inputs: first byte even = CSV, odd = DEU TSV
for name in ("ec-car-emissions-1994.csv", "ktab-two-dimensions.csv"):
    put("forecast_csv", name, "0" + read("forecast/" + name))
# Found by fuzzing: a KTAB dimension count of 1e308 was cast to int (undefined behaviour).
put("forecast_csv", "ktab-dimensions-1e308.csv", "0" + read("forecast/ktab-two-dimensions.csv").replace(",3,2,\n", ",3,1e308,\n", 1))
put("forecast_csv", "huge-positions.csv", "0actor,capability,position,salience\na,1,1e308,0.5\nb,1,-1e308,0.5\n")
deu = read("forecast/deu-small.tsv")
put("forecast_csv", "deu-small.tsv", "1" + deu)
line = deu.index('\n1\t"x1"')
put("forecast_csv", "deu-cut-row.tsv", "1" + deu[: line + 12] + deu[deu.index("\n", line + 1):])

# Specs: first byte 0 agent, 1 agent (checked), 2 mediator, 3 shock
for i, spec in enumerate(["boulware", "tft:mode=averaged", "boa:offering=boulware,acceptance=ac-next", "hardheaded"]):
    put("specs", f"agent-{i}", "0" + spec)
    put("specs", f"agent-check-{i}", "1" + spec)
for i, spec in enumerate(["hillclimb", "veto:party=north,stake=1,explore=0.2"]):
    put("specs", f"mediator-{i}", "2" + spec)
for i, spec in enumerate(["north.reservation-=0.1", "south.weight.harbour*=2", "east.evaluation.fees.split=0.5"]):
    put("specs", f"shock-{i}", "3" + spec)
print("seed corpora written to", corpus)
