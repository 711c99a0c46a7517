package dev.slant.attribution;

import dev.slant.internal.LongHashSet;
import dev.slant.text.TokenHash;
import java.util.List;

/**
 * The closed-class English words that attribution rules look at, as sets of token hashes so that
 * a test costs one lookup and no allocation.
 */
final class SourceWords {
    /** Words that can be a whole source and need an antecedent. */
    static final LongHashSet PRONOUNS = of("he", "she", "they", "it", "we", "i", "you", "who", "which");
    /** Pronouns that stand for a person. */
    static final LongHashSet PERSON_PRONOUNS = of("he", "she", "who");
    /** Relative pronouns, whose antecedent is the phrase right before them. */
    static final LongHashSet RELATIVE_PRONOUNS = of("who", "which");

    /**
     * Words that may stand between a source and its cue without being part of either: auxiliaries,
     * adverbs of time and manner, and day names ("Peskov also said", "Erdogan on Tuesday said").
     */
    static final LongHashSet BETWEEN_SOURCE_AND_CUE = of("also", "has", "have", "had", "is", "was", "were", "are",
            "be", "been", "will", "would", "could", "can", "may", "might", "should", "did", "does", "do", "not",
            "never", "then", "later", "earlier", "previously", "again", "further", "repeatedly", "recently", "once",
            "already", "publicly", "privately", "separately", "openly", "today", "yesterday", "on", "last",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "week", "night",
            "morning", "evening", "afternoon", "himself", "herself", "themselves", "itself", "first", "however",
            "just", "now", "still", "this", "month", "year", "day", "even", "ever", "often", "soon", "then");

    /** Auxiliaries and adverbs that belong to the cue they precede ("has said", "also said"). */
    static final LongHashSet AUXILIARIES = of("also", "has", "have", "had", "is", "was", "were", "are", "will",
            "would", "could", "did", "does", "do", "not", "never", "has", "previously", "repeatedly", "again");

    /** Words after which a cue word is a noun ("the statement", "his remarks"). */
    static final LongHashSet NOUN_MARKERS = of("the", "a", "an", "his", "her", "their", "its", "our", "my", "your",
            "this", "these", "those", "that", "no", "any", "some", "many", "such", "of", "united", "one", "two",
            "three", "several", "every", "each", "another", "other", "more", "most", "few", "new", "recent", "latest",
            "previous", "tough", "simple", "big", "federal", "local", "formal", "written", "joint", "separate",
            "similar", "same", "own");

    /** Quantifiers that serve as a subject when they open a clause ("Some believe ...", "No one expected ..."). */
    static final LongHashSet QUANTIFIER_PRONOUNS = of("some", "many", "few", "several", "one", "most", "both", "all",
            "none", "others");

    /** Endings of English adjectives, after which a cue word is a noun ("disparaging remarks"). */
    static final List<String> ADJECTIVE_SUFFIXES = List.of("ing", "ous", "ful", "ive", "ble", "est", "ory");

    /** Words before a cue that leave its subject at the start of the sentence ("... and said", "to accuse"). */
    static final LongHashSet SHARED_SUBJECT = of("and", "but", "or", "to", "then", "even");

    /** Words that open a clause with a statement of its own ("after Erdogan alleged that ..."). */
    static final LongHashSet SUBORDINATORS = of("after", "while", "as", "when", "because", "before", "whereas");

    /** Nouns that some cue phrases begin with ("sources said"): they name the source, not the cue. */
    static final LongHashSet SOURCE_NOUNS = of("source", "sources");

    /**
     * Cue verbs that report a statement only with a clause after them ("showed that", "found
     * that"), a colon or a quotation ("continued: ..."): with an object they report an act
     * ("established posts", "showed the film", "continued to fight").
     */
    static final LongHashSet CLAUSE_ONLY_CUES = of("establish", "establishes", "established", "establishing", "show",
            "shown", "find", "finds", "found", "finding", "prove", "proves", "proved",
            "proven", "proving", "demonstrate", "demonstrates", "demonstrated", "demonstrating", "threaten",
            "threatens", "threatened", "threatening", "learn", "learns", "learned", "learnt", "continue", "continues",
            "continued", "continuing");

    /**
     * Cue words that news uses as nouns as often as verbs ("the tax plan", "swing states", "wide
     * support"): each is a cue only with a verb's marks around it; see {@link CueTests#lacksVerbMarks}.
     */
    static final LongHashSet NOUN_OR_VERB_CUES = of("state", "states", "rule", "rules", "ruling", "question",
            "questions", "report", "reports", "plan", "plans", "support", "supports", "attack", "attacks", "offer",
            "offers", "view", "views", "tweet", "tweets", "claim", "claims", "call", "calls", "comment", "comments",
            "answer", "answers", "promise", "promises", "demand", "demands", "charge", "charges", "estimate",
            "estimates", "shows", "reference", "references", "advocate", "advocates", "echo", "echoes", "appeal", "appeals",
            "doubt", "doubts", "fear", "fears", "hope", "hopes", "hearing", "reporting", "request", "requests",
            "forecast", "forecasts", "pledge", "pledges", "vow", "vows", "warning", "response", "responses",
            "reply", "replies", "counter", "signal", "signals", "worry", "worries", "concern", "concerns",
            "quote", "quotes", "detail", "details", "record", "records");

    /** Words right before a cue that mark it as a verb: subject pronouns, auxiliaries, modals, "to". */
    static final LongHashSet VERB_MARKERS_BEFORE = of("he", "she", "they", "we", "i", "you", "who", "it",
            "will", "would", "could", "can", "may", "might", "should", "must", "did", "does", "do", "not", "to",
            "also", "never", "n't", "don't", "didn't", "doesn't", "won't", "wouldn't", "still", "now", "then",
            "often", "repeatedly", "is", "are", "was", "were", "be", "been", "has", "have", "had");

    /** Words right after a cue that mark it as a verb: a complement or an object ("plans to", "support her"). */
    static final LongHashSet VERB_MARKERS_AFTER = of("to", "that", "whether", "if", "her", "him", "them", "us",
            "me", "it", "the", "a", "an", "his", "their", "its", "our", "this", "these", "those", "what", "how");

    /**
     * Cues of an attitude to something ("supports", "attacked", "echoed"): what follows them is the
     * writer's description of its object, not words of the source.
     */
    static final LongHashSet ATTITUDE_CUES = of(
            "support", "supports", "supported", "supporting", "attack", "attacks", "attacked", "attacking",
            "promote", "promotes", "promoted", "promoting", "oppose", "opposes", "opposed", "opposing", "advocate",
            "advocates", "advocated", "advocating", "discuss", "discusses", "discussed", "discussing", "consider",
            "considers", "considered", "considering", "offer", "offers", "offered", "offering", "view", "views",
            "viewed", "viewing", "reference", "references", "referenced", "referencing", "echo", "echoes", "echoed",
            "echoing", "backs", "backed", "backing");

    /**
     * Prepositions that open the cues naming the occasion of a statement ("in an interview", "at a
     * news conference") and follow the verb in others ("speaking to reporters"); such cues yield to a
     * reporting verb of the same sentence.
     */
    static final LongHashSet OCCASION_PREPOSITIONS = of("in", "at", "to", "with", "before", "during", "on");

    /** Words that open an adverbial of place, time or occasion after a cue ("said in an interview", "as he left"). */
    static final LongHashSet ADVERBIAL_OPENERS = of("in", "at", "on", "during", "before", "after", "as", "when", "while");

    /** The forms of "speak", which names an occasion before a preposition ("spoke at a rally"). */
    static final LongHashSet SPEAK_FORMS = of("speak", "speaks", "spoke", "speaking", "spoken");

    /**
     * Impersonal cues, whose clause is attributed to no one in particular ("the plan seems too
     * risky"): the whole clause around them is the content.
     */
    static final LongHashSet IMPERSONAL_CUES = of("seem", "seems", "seemed", "seeming");

    /** Short words that titles leave in lower case ("Obama Says Museum Will Tell of Suffering"). */
    static final LongHashSet TITLE_FUNCTION_WORDS = of("a", "an", "the", "and", "but", "or", "nor", "for", "of",
            "to", "in", "on", "at", "by", "with", "from", "as", "into", "over", "vs");

    /** A pronoun and a verb in one word, which end like a possessive ("he's claiming", "it's"). */
    static final LongHashSet CONTRACTIONS = of("he's", "she's", "it's", "who's", "that's", "there's", "what's",
            "he’s", "she’s", "it’s", "who’s", "that’s", "there’s", "what’s");

    /** Adverbs that open a sentence before its subject ("Recently, however, it issued ..."). */
    static final LongHashSet SENTENCE_OPENERS = of("however", "meanwhile", "earlier", "later", "recently", "still",
            "also", "then", "instead", "yet", "now", "today", "yesterday", "first", "finally", "initially",
            "previously", "separately", "again", "and", "but", "so", "or");

    /** Words that open a paragraph before a colon as a heading, not a speaker ("Correction:", "The Latest:"). */
    static final LongHashSet HEADING_WORDS = of("the", "a", "an", "correction", "corrections", "clarification",
            "source", "sources", "update", "updated", "note", "editor", "editors", "related", "read", "watch", "see",
            "photo", "photos", "video", "advertisement", "disclaimer", "abstract", "summary", "full", "text");

    /** First words of cue phrases whose source follows them ("according to", "as reported by"). */
    static final LongHashSet SOURCE_AFTER_OPENERS = of("according", "as");

    /** Verbs that take a cue word as their object ("made plans", "unveil plans"). */
    static final LongHashSet OBJECT_TAKING_VERBS = of("made", "make", "makes", "making", "unveil", "unveils", "back",
            "announce", "announces");

    /** The forms of "charge", which before "with" name an indictment ("was charged with fraud"). */
    static final LongHashSet CHARGE_FORMS = of("charge", "charges", "charged", "charging");

    /** Month names, a time between a source and its cue ("prosecutors in April charged"). */
    static final LongHashSet MONTHS = of("january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december");

    /** Prepositions of a time between a source and its cue ("in 2001", "on Monday"). */
    static final LongHashSet TIME_PREPOSITIONS = of("in", "on", "since", "during");

    /** Words that join a clause to the one before it ("..., and Democrats accused ..."). */
    static final LongHashSet CLAUSE_JOINERS = of("and", "but", "or", "while", "as", "whereas", "yet", "so");

    /** Possessive pronouns, the source of a noun cue they stand before ("his claim that ..."). */
    static final LongHashSet POSSESSIVE_PRONOUNS = of("his", "her", "their", "its", "our", "my", "your");

    /**
     * Cue nouns that never serve as verbs ("statement", "allegation"): cues only before a "that"
     * clause, as every cue read as a noun is.
     */
    static final LongHashSet NOUN_CUES = of("statement", "statements", "assertion", "assertions", "allegation",
            "allegations", "suggestion", "suggestions", "argument", "arguments", "belief", "beliefs", "conclusion",
            "conclusions", "acknowledgment", "acknowledgement", "recognition", "insistence", "announcement",
            "announcements", "assessment", "assessments", "contention", "contentions");

    /** Conjunctions that join phrases as often as clauses ("he and Erdogan"). */
    static final LongHashSet PHRASE_JOINERS = of("and", "or");

    /**
     * Nouns of evidence: with one in its source, a verb of finding reports a finding without "that"
     * ("one study found Trump would ...", "polls show Clinton ahead").
     */
    static final LongHashSet EVIDENCE_NOUNS = of("study", "studies", "research", "poll", "polls", "polling", "survey",
            "surveys", "analysis", "analyses", "report", "reports", "review", "investigation", "audit", "data",
            "video", "videos", "footage", "records", "figures", "numbers", "average", "averages", "panel", "probe",
            "researchers", "analysts", "tally", "count", "estimates", "documents", "emails", "transcript");

    /** Irregular past participles of cues, passive after a form of "be" ("is thought to", "was told"). */
    static final LongHashSet IRREGULAR_PARTICIPLES = of("said", "thought", "known", "seen", "told", "shown", "found",
            "heard", "written", "spoken", "sought", "understood", "held", "meant");

    /** Passive auxiliaries: "it was reported" has no source. */
    static final LongHashSet PASSIVE_AUXILIARIES = of("is", "was", "were", "are", "be", "been");

    /** Words that may stand between a cue and its content ("said on Tuesday that ..."). */
    static final LongHashSet BETWEEN_CUE_AND_CONTENT = of("that", "on", "today", "yesterday", "monday", "tuesday",
            "wednesday", "thursday", "friday", "saturday", "sunday", "earlier", "later", "last", "week", "night",
            "morning", "afternoon", "evening");

    /** Words that end a source phrase: conjunctions, relative words and most prepositions. */
    static final LongHashSet PHRASE_BOUNDARIES = of("that", "and", "but", "or", "nor", "because", "while", "as",
            "if", "when", "whether", "although", "though", "after", "before", "since", "where", "so", "than", "in",
            "on", "at", "during", "with", "without", "into", "over", "under", "to", "by", "from", "about", "against",
            "amid", "despite", "what", "how", "why", "whom", "whose", "this", "these", "those", "there", "here",
            "though", "yet", "unless", "until");

    /** Titles and role words that come before a name and are not part of it ("President", "Mr"). */
    static final LongHashSet TITLES = of("mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "capt",
            "president", "vice", "prime", "minister", "foreign", "defence", "defense", "interior", "secretary",
            "general", "state", "spokesman", "spokeswoman", "spokesperson", "chancellor", "leader", "senator",
            "governor", "ambassador", "envoy", "chief", "head", "king", "queen", "prince", "sheikh", "ayatollah",
            "commander", "director", "deputy", "chairman", "chairwoman", "mayor", "judge", "pope", "the", "a", "an",
            "former", "acting", "senior", "top", "presidential", "candidate", "nominee", "speaker", "officer",
            "adviser", "advisor", "aide", "official", "press");

    /** Abbreviated titles and suffixes that the scanner splits from their period ("Mr", "."; "Jr", "."). */
    static final LongHashSet ABBREVIATED_TITLES = of("mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt",
            "col", "capt", "st", "sgt", "prof", "jr", "sr");

    /** Words after which a capitalised word names an organisation, not a person ("the Kremlin"). */
    static final LongHashSet DETERMINERS = of("the", "a", "an");

    private SourceWords() {}

    private static LongHashSet of(String... words) {
        return TokenHash.setOf(List.of(words));
    }
}
