package dev.slant.cli;

import dev.slant.Analyzer;
import dev.slant.actors.Actor;
import dev.slant.actors.ActorPack;
import dev.slant.actors.ActorPackParser;
import dev.slant.lexicon.Category;
import dev.slant.lexicon.Lexicon;
import dev.slant.lexicon.LexiconEntry;
import dev.slant.lexicon.LexiconException;
import dev.slant.lexicon.LexiconPack;
import dev.slant.lexicon.Lexicons;
import dev.slant.lexicon.Tag;
import dev.slant.report.ArticleReport;
import dev.slant.report.Term;
import dev.slant.text.TokenHash;
import dev.slant.voice.Voice;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code slant lexicon}: the lexicon author's tools. */
@Command(name = "lexicon", mixinStandardHelpOptions = true,
        description = "Lists the packs, checks a pack file, and explains which entries match a text and why.",
        subcommands = {LexiconCommand.ListPacks.class, LexiconCommand.Check.class, LexiconCommand.Explain.class,
                LexiconCommand.Suggest.class},
        footer = {"", "Examples:", "  ./slant lexicon list", "  ./slant lexicon check my-terms.lex",
                "  ./slant lexicon explain \"the so-called rebels\" --lexicon my-terms.lex",
                "  ./slant lexicon suggest seeds --top 30"})
final class LexiconCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code slant lexicon list}. */
    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Lists the packs on the class path: name, version, licence, entries; * marks a default.",
            footer = {"", "Example:", "  ./slant lexicon list"})
    static final class ListPacks implements Callable<Integer> {
        @Spec
        private CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            List<String> defaults = Lexicons.defaults();
            for (String name : Lexicons.available()) {
                LexiconPack pack = Lexicons.load(name);
                out.printf(Locale.ROOT, "%s %-24s %-8s %-12s %5d entries  %s%n", defaults.contains(name) ? "*" : " ",
                        name, pack.info().version(), pack.info().license(), pack.entries().size(),
                        pack.info().description());
            }
            return 0;
        }
    }

    /** {@code slant lexicon check FILE...}. */
    @Command(name = "check", mixinStandardHelpOptions = true,
            description = {"Reads pack files as an analyzer would, and composes each after the defaults.",
                    "Prints what each pack holds, or the first problem with its file, line and column."},
            footer = {"", "Exit status: 0 every pack is valid; 2 a pack is not.",
                    "", "Examples:", "  ./slant lexicon check my-terms.lex", "  ./slant lexicon check my-actors.actors"})
    static final class Check implements Callable<Integer> {
        @Spec
        private CommandSpec spec;

        @Parameters(arity = "1..*", paramLabel = "FILE", description = "Pack files (.lex), or actor packs (.actors).")
        private List<Path> files = new ArrayList<>();

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            int status = 0;
            for (Path file : files) {
                if (file.toString().endsWith(".actors")) {
                    status = Math.max(status, checkActors(file, out, err));
                    continue;
                }
                try {
                    LexiconPack pack = Lexicons.read(file);
                    List<LexiconPack> composed = new ArrayList<>();
                    Lexicons.defaults().forEach(name -> composed.add(Lexicons.load(name)));
                    composed.add(pack);
                    Lexicon lexicon = Lexicon.compile(composed);
                    out.println(file + ": " + describe(pack) + "; composes after the defaults into "
                            + lexicon.entries().size() + " entries");
                } catch (LexiconException e) {
                    err.println(e.getMessage());
                    status = 2;
                }
            }
            return status;
        }

        /** An actor pack: what it holds, and the linked concepts that no pack on the class path names. */
        private static int checkActors(Path file, PrintWriter out, PrintWriter err) {
            try {
                ActorPack pack = ActorPackParser.parse(file);
                Map<String, Integer> byType = new TreeMap<>();
                int phrases = 0;
                java.util.Set<String> linked = new java.util.TreeSet<>();
                for (Actor actor : pack.actors()) {
                    byType.merge(actor.type().id(), 1, Integer::sum);
                    phrases += actor.aliases().size() + actor.roles().size();
                    linked.addAll(actor.concepts());
                }
                java.util.Set<String> known = new java.util.HashSet<>();
                Lexicons.available().forEach(name -> Lexicons.load(name).entries()
                        .forEach(entry -> entry.concept().ifPresent(known::add)));
                out.println(file + ": " + pack.name() + " " + pack.info().version() + " (" + pack.info().license()
                        + "), " + pack.actors().size() + " actors " + counts(byType) + ", " + phrases
                        + " aliases and roles" + (linked.isEmpty() ? "" : ", linking concepts " + String.join(", ", linked)));
                linked.stream().filter(concept -> !known.contains(concept)).forEach(concept -> err.println(file
                        + ": note: concept '" + concept + "' is named by no pack on the class path"));
                return 0;
            } catch (LexiconException e) {
                err.println(e.getMessage());
                return 2;
            }
        }

        private static String describe(LexiconPack pack) {
            Map<Category, Integer> byCategory = new EnumMap<>(Category.class);
            Map<String, Integer> byConcept = new TreeMap<>();
            for (LexiconEntry entry : pack.entries()) {
                byCategory.merge(entry.category(), 1, Integer::sum);
                entry.concept().ifPresent(concept -> byConcept.merge(concept, 1, Integer::sum));
            }
            return pack.name() + " " + pack.info().version() + " (" + pack.info().license() + "), "
                    + pack.entries().size() + " entries " + counts(byCategory) + ", "
                    + pack.removals().size() + " removals" + (byConcept.isEmpty() ? "" : ", concepts " + counts(byConcept));
        }

        private static String counts(Map<?, Integer> counts) {
            return counts.entrySet().stream()
                    .map(e -> (e.getKey() instanceof Category c ? c.id() : e.getKey()) + " " + e.getValue())
                    .collect(Collectors.joining(", ", "(", ")"));
        }
    }

    /** {@code slant lexicon explain TEXT}. */
    @Command(name = "explain", mixinStandardHelpOptions = true,
            description = {"Shows every entry that matches a text: where, which entry of which pack and line,",
                    "whether as written or as an inflected form, and in whose voice."},
            footer = {"", "Examples:", "  ./slant lexicon explain \"foreign-backed terrorists said\"",
                    "  ./slant lexicon explain \"Takfiri militants\" --lexicon conflict-labels/syria"})
    static final class Explain implements Callable<Integer> {
        @Spec
        private CommandSpec spec;

        @Parameters(index = "0", paramLabel = "TEXT", description = "The text to explain.")
        private String text;

        @Mixin
        private LexiconOptions packs = new LexiconOptions();

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            Optional<Analyzer> built = packs.analyzer(spec.commandLine().getErr());
            if (built.isEmpty()) {
                return 2;
            }
            Analyzer analyzer = built.get();
            ArticleReport report = analyzer.analyze(text);
            if (report.terms().isEmpty()) {
                out.println("no entry matches");
            }
            for (Term term : report.terms()) {
                LexiconEntry entry = term.entry();
                out.printf(Locale.ROOT, "%s \"%s\"  %s%s%s  valence %+.2f%s%n", term.span(), term.text(),
                        entry.category().id(), entry.concept().map(c -> "  " + c + " / " + entry.label()).orElse(""),
                        entry.stance().map(s -> "  stance " + s.id()).orElse(""), entry.valence(), tags(entry));
                out.printf(Locale.ROOT, "    entry \"%s\" %s, from %s (%s)%n", entry.phrase(), form(term),
                        entry.origin().pack(), entry.origin());
                out.println("    voice: " + voice(term.voice()));
            }
            report.diagnostics().forEach(d -> out.println("! " + d.message() + " at " + d.span()));
            return 0;
        }

        private static String tags(LexiconEntry entry) {
            return entry.tags().isEmpty() ? ""
                    : entry.tags().stream().sorted().map(Tag::id).collect(Collectors.joining(", ", "  [", "]"));
        }

        /** Tells whether the text matched the phrase as written or through its inflection. */
        private static String form(Term term) {
            String words = String.join(" ", term.text().split("\\s+"));
            boolean written = TokenHash.of(words) == TokenHash.of(term.entry().phrase());
            return written ? "as written" : "as an inflected form (inflect=" + term.entry().inflection().id() + ")";
        }

        private static String voice(Voice voice) {
            return voice.kind().id()
                    + voice.quote().map(q -> ", inside the quotation at " + q).orElse("")
                    + voice.marker().map(m -> ", after the distancing marker at " + m).orElse("");
        }
    }

    /** {@code slant lexicon suggest CORPUS...}. */
    @Command(name = "suggest", mixinStandardHelpOptions = true,
            description = {"Lists frequent phrases near known labels that no pack matches yet: candidates for new",
                    "entries, ranked by how often they stand within a few words of a label."},
            footer = {"", "Example:", "  ./slant lexicon suggest seeds --top 20 --lexicon conflict-labels/syria"})
    static final class Suggest implements Callable<Integer> {
        @Spec
        private CommandSpec spec;

        @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders, .jsonl corpora, or -.")
        private List<String> inputs = new ArrayList<>();

        @Option(names = "--top", defaultValue = "25", description = "How many (default: ${DEFAULT-VALUE}).")
        private int top;

        @Option(names = "--min-count", defaultValue = "2",
                description = "Leave out phrases seen fewer times (default: ${DEFAULT-VALUE}).")
        private int minCount;

        @Option(names = "--window", defaultValue = "5",
                description = "How many tokens around a label count as near (default: ${DEFAULT-VALUE}).")
        private int window;

        @Mixin
        private LexiconOptions packs = new LexiconOptions();

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            Optional<Analyzer> built = packs.analyzer(err);
            if (built.isEmpty()) {
                return 2;
            }
            Analyzer analyzer = built.get();
            PhraseSuggester suggester = new PhraseSuggester(window);
            ArticleReader.Problems problems = new ArticleReader.Problems(err);
            ArticleReader reader = new ArticleReader(problems, article -> suggester.add(article.id(),
                    analyzer.structure(article.text()), analyzer.analyze(article)));
            inputs.forEach(reader::read);
            out.printf(Locale.ROOT, "%-32s %6s  %s%n", "phrase", "count", "first seen");
            for (String[] row : suggester.top(top, minCount)) {
                out.printf(Locale.ROOT, "%-32s %6s  %s%n", row[0], row[1], row[2]);
            }
            return problems.count() > 0 ? 1 : 0;
        }
    }
}
