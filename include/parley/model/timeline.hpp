// parley::Timeline — a negotiation followed through dated snapshots, with the evidence
// behind every position.
//
// Data flow: io::read_timeline (parley/io/yaml_timeline.hpp) reads a scenario folder's
// timeline sections (actors, people, sources, snapshots, claims) into a Timeline, loading
// each source's text; scenario_at() turns one snapshot into the Scenario that analysis,
// negotiation and forecast read (one Scenario per snapshot); evidence::verify_citations
// (parley/evidence/citation_check.hpp) checks every Citation against the source texts.
//
// Public API: Date (full or partial ISO dates), Actor, Person, Source, Citation, Position,
// Judgement, IssuePreference, PartyPreferences, Snapshot, ContestedClaim, Timeline and its
// finders; find_snapshot(), scenario_at(), latest_position(), for_each_citation().
// Plain data and pure functions: no I/O, no third-party types.
#pragma once

#include <compare>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "parley/model/error.hpp"
#include "parley/model/scenario.hpp"

namespace parley {

// A calendar date, possibly partial: "2022", "2022-03" or "2022-03-14" (month/day 0 when
// not given). Partial dates stand for the whole period they name.
struct Date {
  int year = 0;
  int month = 0;  // 1-12, 0 = the whole year
  int day = 0;    // 1-31, 0 = the whole month

  bool is_full() const { return month != 0 && day != 0; }
  Date first_day() const;  // 2022-03 -> 2022-03-01
  Date last_day() const;   // 2022-03 -> 2022-03-31, 2024-02 -> 2024-02-29
  friend auto operator<=>(const Date&, const Date&) = default;  // compares year, month, day
};

// Parses YYYY, YYYY-MM or YYYY-MM-DD (a real calendar day); nullopt otherwise.
std::optional<Date> parse_date(std::string_view text);
std::string to_string(const Date& date);  // the same ISO spelling

// How a citation relates its words to the speaker.
//  said:     the speaker's own words, quoted by the source;
//  reported: the source's paraphrase of what the speaker said or demanded;
//  narrated: the source's own account of a fact about an actor (no speaker).
enum class CitationForm { said, reported, narrated };
std::string_view to_string(CitationForm form);
std::optional<CitationForm> citation_form_from_string(std::string_view text);

struct Citation {
  std::string source;         // Source::id
  std::string quote;          // the exact words of the source (typography aside)
  CitationForm form = CitationForm::said;
  std::string speaker;        // Person::id (said, reported); empty for narrated
  std::string about;          // Actor::id the narration is about (narrated)
  std::optional<Date> date;   // when it was said / happened; default: the source's publication date
  SourceLocation where;       // file and line of the citation in the scenario files
};

struct Actor {
  std::string id;             // used by every reference in the files ("russia")
  std::string name;           // shown to users and used as the Scenario party name ("Russia")
  std::string role;           // as the articles describe it ("host and mediator")
  std::string kind;           // state, organisation, group
  std::vector<std::string> aliases;
  std::string description;
  std::vector<Citation> citations;  // evidence for the role
  SourceLocation where;
};

struct Person {
  std::string id;
  std::string name;
  std::string party;          // Actor::id
  std::string kind = "person";  // person, or office (an institution speaking as one)
  std::vector<std::string> titles;
  std::vector<std::string> aliases;
  SourceLocation where;
};

struct Source {
  std::string id;
  std::string file;           // path relative to the scenario folder
  std::string outlet;
  std::string title;
  Date published;             // a full date
  std::string date_basis;     // how the date was established from the text
  std::string url;            // empty when the text gives none
  std::string note;
  std::string text;           // the source's full text (loaded by the reader)
  SourceLocation where;
};

enum class Stance { stated, inferred };
std::string_view to_string(Stance stance);

// What one actor says (or is inferred to want) on one issue or topic in one snapshot.
struct Position {
  std::string actor;                 // Actor::id
  std::string issue;                 // an issue of the space; empty for a topic position
  std::string topic;                 // free label ("peace-process") when not about an issue
  std::vector<std::string> options;  // the issue's options the evidence is consistent with
  Stance stance = Stance::stated;
  std::string summary;
  std::string because;               // why it is inferred (required for inferred positions)
  std::vector<Citation> citations;
  SourceLocation where;

  // "russia.crimea" or "belarus.peace-process": unique within a snapshot.
  std::string key() const { return actor + "." + (issue.empty() ? topic : issue); }
};

// One number of the model and the written reason for it.
struct Judgement {
  double value = 0;
  std::string why;
  std::string set_in;                // id of the snapshot whose file wrote it (inheritance)
};

struct IssuePreference {
  double weight = 0;                 // as written (points); scenario_at() renormalises
  std::vector<double> evaluations;   // one per option, in [0, 1]
  std::string why_weight;
  std::string why_evaluations;
  std::string set_in;
};

struct PartyPreferences {
  std::string party;                 // Actor::id
  Judgement reservation;             // utility of no deal at this date, in [0, 1]
  Judgement capability;              // > 0
  std::optional<Judgement> salience; // in [0, 1]
  std::vector<IssuePreference> issues;  // one per issue of the space, in space order
  std::string inherits;              // snapshot whose preferences these start from, or empty
  SourceLocation where;
};

// How much an actor weighs in the collective-decision forecasts (forecast/timeline_issues.hpp)
// from this snapshot on, for actors without preferences (allies, third parties) or to override
// a principal's defaults. Each number has its reason; a later snapshot's entry for the same
// actor replaces the numbers it gives and keeps the others.
struct ActorInfluence {
  std::string actor;                                 // Actor::id
  std::optional<Judgement> capability;               // > 0
  std::optional<Judgement> salience;                 // in [0, 1], on every issue it takes a position on
  std::vector<std::pair<std::string, Judgement>> issue_salience;  // per issue name, overrides `salience`
  SourceLocation where;
};

// A hard constraint: options of one issue a party says it will not sign, whatever the rest of
// the package gives it. Cited like a position; carried to later snapshots until a later one
// states the party's red line on that issue again (an empty `rejects` lifts it).
struct RedLine {
  std::string party;                 // Actor::id
  std::string issue;
  std::vector<std::string> rejects;  // option labels it will not sign
  Stance stance = Stance::stated;
  std::string summary;
  std::string because;               // why it is inferred (required for inferred red lines)
  std::vector<Citation> citations;
  SourceLocation where;

  std::string key() const { return party + "." + issue; }
};

// Actors that speak with one voice (the West: the United States and its allies; Russia and
// Belarus, "at the same frequency"). A bloc can sit at the wider table as one party
// (Snapshot::wider_table) and its members' positions are checked for consistency
// (parley/model/wider_table.hpp: bloc_consistency).
struct Bloc {
  std::string id;                    // used like an actor id in wider_table and issue_owners
  std::string name;                  // the party name at the wider table ("the West")
  std::vector<std::string> members;  // Actor ids, at least two
  std::string why;                   // why they are taken to speak with one voice
  std::vector<Citation> citations;
  SourceLocation where;
};

// Who decides an issue: the actors (or blocs) whose consent its outcome needs — sanctions are
// lifted by the United States and its allies, not by Ukraine. Issues without an entry are
// decided by the principals (the parties of each snapshot's `preferences`).
struct IssueOwners {
  std::string issue;
  std::vector<std::string> decided_by;  // Actor or Bloc ids
  std::string why;
  std::vector<Citation> citations;
  SourceLocation where;
};

struct Snapshot {
  std::string id;
  Date date;                         // the moment the snapshot describes (a full date)
  Date window_from, window_to;       // stated positions cite words of this window
  std::string title;
  std::string summary;
  std::vector<Position> positions;
  std::vector<PartyPreferences> preferences;  // the parties of this snapshot's Scenario
  std::vector<ActorInfluence> influence;      // forecasting weight of actors (optional section)
  std::vector<RedLine> red_lines;             // stated in this snapshot (optional section)
  // Preferences of the parties beyond the principals who decide issues (the West, a Bloc or an
  // actor), analysed at the wider table beside the bilateral one (parley/model/wider_table.hpp).
  // Same shape and `inherits` as `preferences` (inheriting from an earlier wider_table).
  std::vector<PartyPreferences> wider_table;
  SourceLocation where;

  const Position* find_position(std::string_view key) const;
  const PartyPreferences* find_preferences(std::string_view party) const;
  const PartyPreferences* find_wider_preferences(std::string_view party) const;
};

// One side's version where the sources disagree.
struct ClaimSide {
  std::string actor;                 // Actor::id, or empty when the side is an outlet's view
  std::string label;                 // shown instead of the actor's name when set
  std::string claim;
  std::vector<Citation> citations;
};

struct ContestedClaim {
  std::string id;
  std::string topic;
  Date date;
  std::string snapshot;              // Snapshot::id it belongs to, or empty
  std::vector<ClaimSide> sides;      // at least two
  SourceLocation where;
};

struct Timeline {
  std::string name;
  std::string description;
  std::vector<std::string> caveats;  // limits of the model a reader must keep in mind (shown by the report)
  OutcomeSpace space;
  std::vector<Actor> actors;
  std::vector<Person> people;
  std::vector<Source> sources;
  std::vector<Snapshot> snapshots;   // in date order
  std::vector<ContestedClaim> claims;
  std::vector<Bloc> blocs;
  std::vector<IssueOwners> issue_owners;  // at most one entry per issue
  std::string folder;                // where it was read from, for messages

  const Actor* find_actor(std::string_view id) const;
  const Bloc* find_bloc(std::string_view id) const;
  const IssueOwners* find_issue_owners(std::string_view issue) const;
  const Person* find_person(std::string_view id) const;
  const Source* find_source(std::string_view id) const;
  const Snapshot* find_snapshot_by_id(std::string_view id) const;

  // The span the timeline covers: from the first snapshot's window to the last one's.
  Date start() const;
  Date end() const;
};

// The snapshot a user means: an exact snapshot id, or a date (YYYY, YYYY-MM, YYYY-MM-DD)
// meaning the latest snapshot dated on or before the end of that period. InputError when
// nothing matches (the message suggests the nearest id and lists the snapshots).
const Snapshot& find_snapshot(const Timeline& timeline, std::string_view id_or_date);
// Snapshot ids in timeline order (for messages).
std::vector<std::string> snapshot_ids(const Timeline& timeline);
// Says which snapshot a date chose when it is not a snapshot's id or exact date, e.g. "--at 2023
// means the latest snapshot dated on or before 2023-12-31: 2022-04-impasse (Impasse, 2022-04-12)";
// empty when `id_or_date` names the snapshot exactly (or is empty). InputError as find_snapshot.
std::string snapshot_choice_note(const Timeline& timeline, std::string_view id_or_date);
// The default snapshot: the latest.
const Snapshot& latest_snapshot(const Timeline& timeline);

// The Scenario of one snapshot: the timeline's issues, one Party per PartyPreferences (in
// actor order) named by the actor's name, weights renormalised to sum to 1, reservation,
// capability and salience from the judgements. Validated (validate_scenario).
Scenario scenario_at(const Timeline& timeline, const Snapshot& snapshot);
Scenario scenario_at(const Timeline& timeline, std::string_view id_or_date);

// The most recent position with this key ("russia.crimea") in the snapshot at `index` or
// an earlier one, with the index of the snapshot that holds it; nullopt when none.
struct PositionAt {
  const Position* position = nullptr;
  std::size_t snapshot_index = 0;
};
std::optional<PositionAt> latest_position(const Timeline& timeline, std::size_t index, std::string_view key);

// The red lines in force at snapshot `index`: for every (party, issue) the latest one stated at
// or before it, without lifted ones (empty `rejects`), with the index of the snapshot stating it.
struct RedLineAt {
  const RedLine* red_line = nullptr;
  std::size_t snapshot_index = 0;
};
std::vector<RedLineAt> red_lines_at(const Timeline& timeline, std::size_t index);

// Where a citation sits, for messages: "snapshot 2022-04-impasse, position russia.ceasefire".
struct CitationContext {
  std::string description;
  const Snapshot* snapshot = nullptr;  // set for position citations
  const Position* position = nullptr;  // set for position citations
};
// Calls `visit` for every citation of the timeline: actors, positions, claims.
void for_each_citation(const Timeline& timeline,
                       const std::function<void(const Citation&, const CitationContext&)>& visit);

}  // namespace parley
