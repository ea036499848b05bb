package io.spotcheck.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.conf.KieBaseMutabilityOption;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;

/**
 * The compiled rules of one {@link RuleSource}: built once, checked for metadata, then run many times on
 * pooled sessions.
 *
 * <p>Each {@link Flow} runs in two phases (ruleflow groups, which Drools runs as agenda groups): its derive rules
 * turn facts into derived facts, then its decide rules draw the conclusions. A decide rule may test for the
 * absence of a derived fact ({@code not}) and rely on every derive rule having run; rules never rely on
 * salience. Rules of the other flow never fire.
 */
public final class RuleBase {

    /** The two things the rules decide, each in two phases. */
    public enum Flow {
        CASE("case-derive", "case-decide"),
        PLAN("plan-derive", "plan-decide"),
        /** The case register's steps beside a decision (CONTRACT §7): run after the case's decision, never in it. */
        STEPS("steps-derive", "steps-decide");

        private final List<String> phases;

        Flow(String derive, String decide) {
            this.phases = List.of(derive, decide);
        }

        public List<String> phases() {
            return phases;
        }

        static boolean known(String group) {
            for (Flow f : values()) {
                if (f.phases.contains(group)) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * A rule base is never changed once built (a changed ruleset is a new rule base), and saying so lets each session
     * keep its facts in one identity map instead of a store per fact class, which a pooled session rebuilt, class by
     * class, for every run: the engine alone runs 1.1 to 1.6 times as many per second ({@code bench}). (An immutable
     * base also drops a fact that no rule matches from the session's store; nothing here reads the store: firings
     * and the facts they inserted are recorded as they happen.)
     */
    static final KieBaseMutabilityOption MUTABILITY = KieBaseMutabilityOption.DISABLED;

    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)\\s*;?");
    private static final Pattern RULE = Pattern.compile("(?m)^\\s*rule\\s+\"([^\"]+)\"");
    private static final Pattern ID = Pattern.compile("[A-Z]{3}-\\d{3}");

    private final RuleSource source;
    private final KieBase kieBase;
    private final KieSessionsPool pool;
    private final Map<String, RuleInfo> rulesByName;
    private final Map<Class<?>, Object> data = new java.util.concurrent.ConcurrentHashMap<>();
    private final boolean precompiled;

    private RuleBase(RuleSource source, KieBase kieBase, Map<String, RuleInfo> rulesByName, boolean precompiled) {
        this.source = source;
        this.kieBase = kieBase;
        this.rulesByName = rulesByName;
        this.precompiled = precompiled;
        this.pool = kieBase.newKieSessionsPool(Runtime.getRuntime().availableProcessors() * 2);
    }

    /**
     * The rule base of {@code source}: loaded from the executable model compiled at build time when the jar holds
     * one for exactly these .drl files ({@link PrecompiledModel}), else compiled now. Either way every rule's
     * metadata is checked; a bad file fails with its file, line and message.
     */
    public static RuleBase build(RuleSource source) {
        String key = PrecompiledModel.key(source);
        byte[] kjar = PrecompiledModel.find(key);
        if (kjar == null) {
            return compile(source);
        }
        Map<String, String> fileOfRule = fileOfRule(source);
        KieBase kieBase = PrecompiledModel.load(kjar);
        return new RuleBase(source, kieBase, catalogue(kieBase, fileOfRule), true);
    }

    /**
     * Compiles every .drl of {@code source} now, whatever the jar holds: the compiler's own answer, for tests and
     * tools that compare it with the model compiled at build time.
     */
    public static RuleBase compile(RuleSource source) {
        ReleaseId releaseId = KieServices.Factory.get().newReleaseId("io.spotcheck.rules", "ruleset",
                "1.0.0-" + source.version().substring("sha256:".length(), "sha256:".length() + 16));
        Map<String, String> fileOfRule = fileOfRule(source);
        compileModule(source, releaseId);
        KieServices ks = KieServices.Factory.get();
        KieBaseConfiguration conf = ks.newKieBaseConfiguration();
        conf.setOption(MUTABILITY);
        KieBase kieBase = ks.newKieContainer(releaseId).newKieBase(conf);
        return new RuleBase(source, kieBase, catalogue(kieBase, fileOfRule), false);
    }

    /**
     * Compiles {@code source} as {@link #build} would and returns its executable model as a kjar, for
     * {@link RuleModelWriter} to package; fails as {@link #build} fails.
     */
    static byte[] compileToKjar(RuleSource source) {
        ReleaseId releaseId = PrecompiledModel.releaseId(PrecompiledModel.key(source));
        Map<String, String> fileOfRule = fileOfRule(source);
        KieBuilder builder = compileModule(source, releaseId);
        catalogue(KieServices.Factory.get().newKieContainer(releaseId).getKieBase(), fileOfRule);
        return ((InternalKieModule) builder.getKieModule()).getBytes();
    }

    /** Which file each rule is in, by rule name; refuses a rule file without a name. */
    private static Map<String, String> fileOfRule(RuleSource source) {
        Map<String, String> fileOfRule = new LinkedHashMap<>();
        for (var f : source.drlFiles()) {
            String name = f.path().substring(f.path().lastIndexOf('/') + 1);
            if (name.isBlank()) {
                throw new RuleBaseException("rules/" + f.path() + ": a rule file needs a name");
            }
            Matcher rule = RULE.matcher(f.text());
            while (rule.find()) {
                fileOfRule.put(rule.group(1), f.path());
            }
        }
        return fileOfRule;
    }

    /** Compiles every .drl of {@code source} into the repository's module {@code releaseId}. */
    private static KieBuilder compileModule(RuleSource source, ReleaseId releaseId) {
        KieServices ks = KieServices.Factory.get();
        var kfs = ks.newKieFileSystem();
        kfs.generateAndWritePomXML(releaseId);
        Map<String, String> fileOfKiePath = new LinkedHashMap<>();
        for (var f : source.drlFiles()) {
            Matcher pkg = PACKAGE.matcher(f.text());
            String folder = pkg.find() ? pkg.group(1).replace('.', '/') : "default";
            String kiePath = "src/main/resources/" + folder + "/" + f.path().replace('/', '_');
            fileOfKiePath.put(kiePath, f.path());
            fileOfKiePath.put(kiePath.substring("src/main/resources/".length()), f.path());
            kfs.write(kiePath, f.bytes());
        }
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
        List<String> errors = new ArrayList<>();
        for (Message m : builder.getResults().getMessages(Message.Level.ERROR)) {
            String file = m.getPath() == null ? "?" : fileOfKiePath.getOrDefault(m.getPath(), m.getPath());
            String text = m.getText().strip();
            if (text.startsWith("Parser returned a null Package")) {
                continue; // follows a syntax error already reported with its line
            }
            int line = m.getLine() > 0 ? m.getLine() : lineMentioning(source, file, text);
            errors.add("rules/" + file + ":" + line + ": " + text);
        }
        if (!errors.isEmpty()) {
            throw new RuleBaseException("the rules in " + source.origin() + " do not compile:\n  "
                    + String.join("\n  ", errors));
        }
        return builder;
    }

    /** The executable model reports some errors without a line: find the first line naming the culprit. */
    private static int lineMentioning(RuleSource source, String file, String message) {
        String culprit = message.substring(message.lastIndexOf(' ') + 1).replaceAll("[^\\w.]", "");
        for (var f : source.drlFiles()) {
            if (f.path().equals(file) && !culprit.isEmpty()) {
                String[] lines = f.text().split("\n", -1);
                for (int i = 0; i < lines.length; i++) {
                    if (lines[i].contains(culprit)) {
                        return i + 1;
                    }
                }
            }
        }
        return 0;
    }

    private static Map<String, RuleInfo> catalogue(KieBase kieBase, Map<String, String> fileOfRule) {
        Map<String, RuleInfo> byName = new LinkedHashMap<>();
        Map<String, String> nameOfId = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (var pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                String file = fileOfRule.getOrDefault(rule.getName(), "?");
                var meta = rule.getMetaData();
                String id = RuleInfo.meta(meta, "id");
                String phase = rule instanceof RuleImpl impl
                        ? (impl.getRuleFlowGroup() != null ? impl.getRuleFlowGroup() : impl.getAgendaGroup()) : "?";
                var info = new RuleInfo(id, RuleInfo.meta(meta, "zh"), RuleInfo.meta(meta, "en"),
                        RuleInfo.meta(meta, "basis"), file, rule.getName(), phase);
                String where = "rules/" + file + ": rule \"" + rule.getName() + "\"";
                if (id == null || !ID.matcher(id).matches()) {
                    problems.add(where + " needs @id(\"XXX-000\"), got " + id);
                } else if (!rule.getName().startsWith(id + " ")) {
                    problems.add(where + " must be named after its id: \"" + id + " <sentence>\"");
                } else if (nameOfId.putIfAbsent(id, rule.getName()) != null) {
                    problems.add(where + " reuses id " + id + " of \"" + nameOfId.get(id) + "\"");
                }
                for (String key : List.of("basis", "zh", "en")) {
                    if (RuleInfo.meta(meta, key) == null) {
                        problems.add(where + " has no @" + key);
                    }
                }
                if (!Flow.known(phase)) {
                    problems.add(where + " must declare ruleflow-group \"case-derive\", \"case-decide\", "
                            + "\"plan-derive\", \"plan-decide\", \"steps-derive\" or \"steps-decide\", has " + phase);
                }
                byName.put(rule.getName(), info);
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleBaseException("rule metadata problems:\n  " + String.join("\n  ", problems));
        }
        return byName;
    }

    /** Inserts {@code facts}, fires the flow's derive then decide rules, and returns firings and final facts. */
    public Run run(Flow flow, Collection<?> facts) {
        return withRulesLoader(() -> runOnThisThread(flow, facts));
    }

    /**
     * Drools finds parts of itself (truth maintenance for insertLogical) through the thread's context class loader; a
     * pool thread (parallel streams) in the packaged jar has the system loader, which cannot see them, and
     * insertLogical then recurses until the stack overflows. Runs {@code work} with the loader that loaded the rules.
     */
    private static <T> T withRulesLoader(java.util.function.Supplier<T> work) {
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        thread.setContextClassLoader(RuleBase.class.getClassLoader());
        try {
            return work.get();
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    /** Inserts {@code facts} and focuses the flow's phases, derive first. */
    private static void prepare(KieSession session, Flow flow, Collection<?> facts) {
        facts.forEach(session::insert);
        var agenda = session.getAgenda();
        List<String> phases = flow.phases();
        for (int i = phases.size() - 1; i >= 0; i--) {
            agenda.getAgendaGroup(phases.get(i)).setFocus();
        }
    }

    private Run runOnThisThread(Flow flow, Collection<?> facts) {
        KieSession session = pool.newKieSession();
        FiringRecorder recorder = new FiringRecorder(rulesByName);
        session.addEventListener(recorder.agenda);
        session.addEventListener(recorder.runtime);
        try {
            prepare(session, flow, facts);
            session.fireAllRules();
            List<Firing> firings = List.copyOf(recorder.firings());
            List<Object> concluded = new ArrayList<>();
            for (Firing f : firings) {
                concluded.addAll(f.concluded());
            }
            return new Run(firings, concluded);
        } finally {
            session.removeEventListener(recorder.agenda);
            session.removeEventListener(recorder.runtime);
            session.dispose();
        }
    }

    /**
     * The engine alone, for {@code bench}: inserts {@code facts}, fires the flow and returns how many rules fired,
     * recording nothing (no listener, no explanation) — the floor a decision cannot go below on this rule base.
     */
    public int fireOnly(Flow flow, Collection<?> facts) {
        return withRulesLoader(() -> {
            KieSession session = pool.newKieSession();
            try {
                prepare(session, flow, facts);
                return session.fireAllRules();
            } finally {
                session.dispose();
            }
        });
    }

    /**
     * What one run produced: the firings, and every fact the rules inserted. (Rules are stratified — no rule
     * negates a fact of its own phase — so nothing a rule inserted is retracted within the run.)
     */
    public record Run(List<Firing> firings, List<Object> facts) {
    }

    /**
     * Data read from this ruleset's files besides the rules (the calendar, the plan's parameters), read once
     * and kept with the rule base so a replay under an old ruleset uses that ruleset's data.
     */
    public <T> T data(Class<T> type, java.util.function.Function<RuleSource, T> reader) {
        return type.cast(data.computeIfAbsent(type, t -> reader.apply(source)));
    }

    public String version() {
        return source.version();
    }

    public RuleSource source() {
        return source;
    }

    /** The engine's rule base, for the tests of how it is built. */
    KieBase kieBase() {
        return kieBase;
    }

    /** Whether the rules were loaded from the model compiled at build time rather than compiled at run time. */
    public boolean precompiled() {
        return precompiled;
    }

    /** Every rule, ordered by file then by id. */
    public List<RuleInfo> rules() {
        return rulesByName.values().stream()
                .sorted(java.util.Comparator.comparing(RuleInfo::file).thenComparing(RuleInfo::id))
                .toList();
    }
}
