package dev.slant.lexicons;

import dev.slant.lexicon.Category;
import dev.slant.lexicon.LexiconPack;
import dev.slant.lexicon.LexiconPackConformance;
import dev.slant.lexicon.Lexicons;
import java.util.List;
import org.junit.jupiter.api.Nested;

/** Every bundled pack passes the conformance checks that pack authors run on theirs. */
class BundledPacksConformanceTest {

    @Nested
    class ConflictLabels extends LexiconPackConformance {
        @Override
        protected LexiconPack pack() {
            return Lexicons.load("conflict-labels/en");
        }

        @Override
        protected List<Example> examples() {
            return List.of(new Example("Foreign-backed terrorists attacked.", "Foreign-backed terrorists", Category.LABEL,
                    "armed-groups"));
        }
    }

    @Nested
    class ConflictLabelsSyria extends LexiconPackConformance {
        @Override
        protected LexiconPack pack() {
            return Lexicons.load("conflict-labels/syria");
        }

        @Override
        protected List<Example> examples() {
            return List.of(new Example("Fighters of HTS withdrew.", "HTS", Category.LABEL, "syria/idlib-armed-groups"));
        }
    }

    @Nested
    class MigrationLabels extends LexiconPackConformance {
        @Override
        protected LexiconPack pack() {
            return Lexicons.load("migration-labels/en");
        }

        @Override
        protected List<Example> examples() {
            return List.of(new Example("Asylum seekers landed.", "Asylum seekers", Category.LABEL, "migrants"));
        }
    }

    @Nested
    class Distancing extends LexiconPackConformance {
        @Override
        protected LexiconPack pack() {
            return Lexicons.load("distancing/en");
        }

        @Override
        protected List<Example> examples() {
            return List.of(new Example("a so-called center", "so-called", Category.DISTANCING, null));
        }
    }

    @Nested
    class Bias extends LexiconPackConformance {
        @Override
        protected LexiconPack pack() {
            return Lexicons.load("bias/en");
        }

        @Override
        protected List<Example> examples() {
            return List.of(new Example("Erdogan alleged it.", "alleged", Category.REPORT_VERB, null));
        }
    }

    @Nested
    class ReportingVerbs extends LexiconPackConformance {
        @Override
        protected LexiconPack pack() {
            return Lexicons.load("reporting-verbs/en");
        }

        @Override
        protected List<Example> examples() {
            return List.of(new Example("Erdogan alleged it.", "alleged", Category.REPORT_VERB, null),
                    new Example("She told reporters it was over.", "told reporters", Category.REPORT_VERB, null),
                    new Example("He is said to have left.", "is said to", Category.REPORT_VERB, null));
        }
    }
}
