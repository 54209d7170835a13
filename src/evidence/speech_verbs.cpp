#include "parley/evidence/speech_verbs.hpp"

#include <array>

namespace parley::evidence {

namespace {
// base, -s, past, participle, -ing. Verbs of saying, announcing, arguing, conceding, asking
// and posting, and verbs of internal states (believe, think, expect, hope, fear, feel, worry,
// doubt), which attribution corpora annotate as attributions of beliefs.
constexpr std::array<SpeechVerb, 90> verbs{{
    {"say", {"say", "says", "said", "said", "saying"}, true},
    {"tell", {"tell", "tells", "told", "told", "telling"}, false},
    {"add", {"add", "adds", "added", "added", "adding"}, false},
    {"write", {"write", "writes", "wrote", "written", "writing"}, false},
    {"ask", {"ask", "asks", "asked", "asked", "asking"}, false},
    {"announce", {"announce", "announces", "announced", "announced", "announcing"}, false},
    {"note", {"", "notes", "noted", "noted", "noting"}, true},
    {"argue", {"argue", "argues", "argued", "argued", "arguing"}, true},
    {"insist", {"insist", "insists", "insisted", "insisted", "insisting"}, true},
    {"claim", {"", "claims", "claimed", "claimed", "claiming"}, true},
    {"declare", {"declare", "declares", "declared", "declared", "declaring"}, false},
    {"explain", {"explain", "explains", "explained", "explained", "explaining"}, false},
    {"state", {"", "", "stated", "stated", "stating"}, false},
    {"warn", {"warn", "warns", "warned", "warned", ""}, true},
    {"stress", {"", "stresses", "stressed", "stressed", "stressing"}, true},
    {"emphasize", {"emphasize", "emphasizes", "emphasized", "emphasized", "emphasizing"}, true},
    {"emphasise", {"emphasise", "emphasises", "emphasised", "emphasised", "emphasising"}, true},
    {"suggest", {"suggest", "suggests", "suggested", "suggested", "suggesting"}, true},
    {"reply", {"", "", "replied", "replied", "replying"}, false},
    {"respond", {"respond", "responds", "responded", "responded", "responding"}, false},
    {"comment", {"", "", "commented", "commented", "commenting"}, false},
    {"remark", {"", "", "remarked", "remarked", "remarking"}, false},
    {"recall", {"recall", "recalls", "recalled", "recalled", "recalling"}, false},
    {"admit", {"admit", "admits", "admitted", "admitted", "admitting"}, false},
    {"acknowledge", {"acknowledge", "acknowledges", "acknowledged", "acknowledged", "acknowledging"}, true},
    {"confirm", {"confirm", "confirms", "confirmed", "confirmed", "confirming"}, true},
    {"deny", {"deny", "denies", "denied", "denied", "denying"}, false},
    {"predict", {"predict", "predicts", "predicted", "predicted", "predicting"}, true},
    {"promise", {"", "", "promised", "promised", ""}, false},
    {"vow", {"", "", "vowed", "vowed", "vowing"}, false},
    {"pledge", {"", "", "pledged", "pledged", "pledging"}, false},
    {"assert", {"assert", "asserts", "asserted", "asserted", "asserting"}, true},
    {"contend", {"contend", "contends", "contended", "contended", "contending"}, true},
    {"complain", {"complain", "complains", "complained", "complained", "complaining"}, false},
    {"concede", {"concede", "concedes", "conceded", "conceded", "conceding"}, true},
    {"conclude", {"conclude", "concludes", "concluded", "concluded", "concluding"}, true},
    {"observe", {"observe", "observes", "observed", "observed", "observing"}, false},
    {"tweet", {"", "", "tweeted", "tweeted", "tweeting"}, true},
    {"post", {"", "", "posted", "posted", "posting"}, false},
    {"testify", {"testify", "testifies", "testified", "testified", "testifying"}, false},
    {"reiterate", {"reiterate", "reiterates", "reiterated", "reiterated", "reiterating"}, true},
    {"urge", {"urge", "urges", "urged", "urged", "urging"}, false},
    {"demand", {"", "", "demanded", "demanded", "demanding"}, false},
    {"threaten", {"threaten", "threatens", "threatened", "threatened", "threatening"}, false},
    {"report", {"", "", "reported", "reported", ""}, false},
    {"continue", {"", "continues", "continued", "continued", "continuing"}, false},
    {"agree", {"agree", "agrees", "agreed", "agreed", "agreeing"}, false},
    {"mention", {"", "", "mentioned", "mentioned", "mentioning"}, false},
    {"reveal", {"reveal", "reveals", "revealed", "revealed", "revealing"}, false},
    {"allege", {"allege", "alleges", "alleged", "alleged", "alleging"}, false},
    {"signal", {"", "", "signaled", "signalled", "signaling"}, false},
    {"indicate", {"indicate", "indicates", "indicated", "indicated", "indicating"}, false},
    {"propose", {"propose", "proposes", "proposed", "proposed", "proposing"}, false},
    {"caution", {"", "", "cautioned", "cautioned", "cautioning"}, false},
    {"boast", {"", "", "boasted", "boasted", "boasting"}, false},
    {"quip", {"", "", "quipped", "quipped", "quipping"}, false},
    {"retort", {"", "", "retorted", "retorted", "retorting"}, false},
    // Internal states: PolNeAR annotates beliefs, expectations and fears as attributions.
    {"believe", {"believe", "believes", "believed", "believed", "believing"}, true},
    {"think", {"think", "thinks", "thought", "thought", ""}, true},
    {"expect", {"expect", "expects", "expected", "expected", ""}, true},
    {"hope", {"hope", "", "hoped", "hoped", "hoping"}, true},
    {"fear", {"fear", "", "feared", "feared", "fearing"}, true},
    {"feel", {"feel", "feels", "felt", "felt", ""}, true},
    {"worry", {"worry", "worries", "worried", "worried", ""}, true},
    {"doubt", {"", "doubts", "doubted", "doubted", ""}, true},
    // Wishes and demands whose content is an object with an infinitive ("wants to leave",
    // "called for the sanctions to end"): the whole rest of the clause is the content.
    {"want", {"want", "wants", "wanted", "wanted", ""}, true, true},
    {"call for", {"call for", "calls for", "called for", "called for", "calling for"}, true, true},
    // Evaluations, whose object is the content ("endorsed Clinton", "called the plan a
    // failure", "accused him of lying").
    {"call", {"", "", "called", "called", "calling"}, true, true},
    {"call on", {"call on", "calls on", "called on", "called on", "calling on"}, true, true},
    {"endorse", {"endorse", "endorses", "endorsed", "endorsed", ""}, true, true},
    {"criticize", {"criticize", "criticizes", "criticized", "criticized", "criticizing"}, true, true},
    {"criticise", {"criticise", "criticises", "criticised", "criticised", "criticising"}, true, true},
    {"describe", {"describe", "describes", "described", "described", "describing"}, true, true},
    {"accuse", {"accuse", "accuses", "accused", "accused", "accusing"}, true, true},
    {"praise", {"", "praises", "praised", "praised", "praising"}, true, true},
    {"defend", {"", "defends", "defended", "defended", "defending"}, true, true},
    {"oppose", {"oppose", "opposes", "", "", "opposing"}, true, true},
    {"reject", {"reject", "rejects", "rejected", "rejected", "rejecting"}, true, true},
    {"dismiss", {"dismiss", "dismisses", "dismissed", "dismissed", "dismissing"}, true, true},
    {"cite", {"cite", "cites", "cited", "cited", "citing"}, true, true},
    {"point to", {"point to", "points to", "pointed to", "pointed to", "pointing to"}, true, true},
    {"talk about", {"talk about", "talks about", "talked about", "talked about", "talking about"}, true, true},
    {"speak about", {"speak about", "speaks about", "spoke about", "spoken about", "speaking about"}, true, true},
    {"warn of", {"warn of", "warns of", "warned of", "warned of", "warning of"}, true, true},
    // Wishes and intentions with an infinitive ("declined to comment", "plans to run").
    {"decline", {"", "declines", "declined", "declined", "declining"}, true, true},
    {"refuse", {"refuse", "refuses", "refused", "refused", "refusing"}, true, true},
    {"seek", {"seek", "seeks", "sought", "sought", "seeking"}, true, true},
    {"offer", {"", "", "offered", "offered", ""}, true, true},
    // Evidence: polls, records and studies that show or find ("polls show Clinton ahead").
    {"show", {"show", "shows", "showed", "", ""}, true, true},
    {"find", {"", "finds", "found", "", ""}, true, true},
}};
}  // namespace

std::span<const SpeechVerb> speech_verbs() { return verbs; }

}  // namespace parley::evidence
