package io.netspec.steps;

import io.cucumber.java.Scenario;
import io.netspec.core.Evidence;
import io.netspec.core.LatenessWatch;
import io.netspec.core.Named;
import io.netspec.core.NetspecFailure;
import io.netspec.core.ScenarioError;
import io.netspec.core.Settings;
import io.netspec.report.AttachmentBudget;
import io.netspec.socket.StreamCheck;
import io.netspec.socket.Target;
import io.netspec.socket.Targets;
import io.netspec.text.Durations;
import org.picocontainer.Disposable;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * The scenario's registry of named things: it owns every endpoint, link and stub a scenario names, the
 * scenario's seed and default wait, and the report it writes into, and closes all it owns, pass or fail.
 * PicoContainer makes one per scenario, as it does for the other scenario-scoped helpers the step classes
 * share ({@code SocketLedger}, {@code Measurements}, {@code UdpLinks}), each keeping its own records.
 */
public final class World implements Disposable, Evidence {
    /** The system property of the scenario default wait, for example "2 s" ({@link Settings.Knob#WAIT}). */
    public static final String WAIT_PROPERTY = Settings.Knob.WAIT.property();
    static final Duration DEFAULT_WAIT = Duration.ofSeconds(2);

    private final Named named = new Named();
    private final Map<Class<?>, Object> latest = new HashMap<>();
    private final Map<String, String> variables = new HashMap<>();
    private Duration defaultWait = configuredWait();
    private Scenario scenario;
    private Long seed;
    private boolean randomUsed;
    private StreamCheck streamCheck = StreamCheck.SHA_256;
    private boolean streamCheckUsed;
    private boolean closed;
    private volatile LatenessWatch lateness;
    private final AttachmentBudget budget = new AttachmentBudget();
    private final long begun = System.nanoTime();

    void begin(Scenario scenario) {
        this.scenario = Objects.requireNonNull(scenario, "scenario");
        this.lateness = LatenessWatch.start("scenario");
    }

    /** How late this machine woke netspec's threads since the scenario began (none outside a scenario). */
    public LatenessWatch.Lateness lateness() {
        LatenessWatch watch = lateness;
        return watch == null ? LatenessWatch.Lateness.none() : watch.during(begun, System.nanoTime());
    }

    // ---- names --------------------------------------------------------------------------

    /** Names a thing this scenario made; it is closed after the scenario if it is {@link AutoCloseable}. */
    public <T> T register(String name, String kind, T thing) {
        return named.add(name, kind, thing);
    }

    /** Fails, as {@link #register} would, when {@code name} is taken: before anything is started for it. */
    public void checkFree(String name, String kind) {
        named.checkFree(name, kind);
    }

    /** The thing named {@code name}, which must be a {@code type}; {@code kind} is how messages call it. */
    public <T> T lookup(String name, Class<T> type, String kind) {
        return named.get(name, type, kind);
    }

    /** Everything named so far that is a {@code type}, oldest first: for hooks that report on all of them. */
    public <T> List<T> all(Class<T> type) {
        return named.all(type);
    }

    /** A name this scenario gave to something that can be reached, or a literal host:port or socket path. */
    public Target target(String nameOrAddress) {
        if (named.find(nameOrAddress).isPresent()) {
            return named.find(nameOrAddress, Target.class).orElseThrow(() -> ScenarioError.of("\"" + nameOrAddress
                    + "\" is a " + named.kindOf(nameOrAddress)
                    + ", which cannot be connected to; name a server, service, link or stub, or write \"host:port\""));
        }
        if (Targets.looksLikeName(nameOrAddress)) {
            throw ScenarioError.of("nothing in this scenario is named \"" + nameOrAddress + "\" (yet): a target is a"
                    + " server, service, link or stub made by an earlier step, or \"host:port\"; " + named.known());
        }
        try {
            return Targets.parse(nameOrAddress);
        } catch (IllegalArgumentException e) {
            throw ScenarioError.of(e.getMessage() + "; " + named.known(), e);
        }
    }

    // ---- what a later step refers to as "it" ----------------------------------------------

    /** Keeps the latest value of its type, for steps that say "it" or "the HTTP response". */
    public synchronized <T> T remember(Class<T> type, T value) {
        latest.put(type, Objects.requireNonNull(value, "value"));
        return value;
    }

    /** The latest value of {@code type}; {@code missing} says which step should have come first. */
    public synchronized <T> T recall(Class<T> type, String missing) {
        Object value = latest.get(type);
        if (value == null) {
            throw NetspecFailure.of(missing);
        }
        return type.cast(value);
    }

    // ---- values for ${NAME} --------------------------------------------------------------

    /** Saves a value that later quoted values of this scenario reach as {@code ${NAME}}, before the environment. */
    public synchronized void setVariable(String name, String value) {
        if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw ScenarioError.of("\"" + name + "\" cannot name a value; expected letters, digits and _"
                    + " such as PY_PORT");
        }
        variables.put(name, Objects.requireNonNull(value, "value"));
        log("${" + name + "} = " + value);
    }

    /** A value this scenario saved under {@code name}, if any. */
    public synchronized Optional<String> variable(String name) {
        return Optional.ofNullable(variables.get(name));
    }

    // ---- time and chance ------------------------------------------------------------------

    /** How long a step waits when it does not say: 2 s unless {@link Settings.Knob#WAIT} says otherwise. */
    public synchronized Duration defaultWait() {
        return defaultWait;
    }

    /** Sets the default wait of this scenario's later steps ("every wait in this scenario is at most 500 ms"). */
    public synchronized void defaultWait(Duration wait) {
        if (wait.isZero() || wait.isNegative()) {
            throw ScenarioError.of("every wait in this scenario cannot be at most " + Durations.format(wait)
                    + "; expected a time above 0, such as 500 ms");
        }
        defaultWait = wait;
        log("every wait in this scenario is at most " + Durations.format(wait) + " (steps that name no bound)");
    }

    /** How the scenario's stream servers and clients check every byte; must come before the first of them. */
    public synchronized void streamCheck(StreamCheck check) {
        if (streamCheckUsed && check != streamCheck) {
            throw NetspecFailure.of("byte streams must be given their check before the first TCP or Unix-domain"
                    + " server or client starts; move \"Given byte streams are checked with " + check
                    + "\" to the top (" + streamCheck + " is already in use)");
        }
        streamCheck = check;
        log("byte streams are checked with " + check);
    }

    /** The check for the next stream server or client: SHA-256 unless the scenario chose another. */
    public synchronized StreamCheck streamCheck() {
        streamCheckUsed = true;
        return streamCheck;
    }

    /** Fixes every random choice in the scenario; must come before anything random happens. */
    public synchronized void seed(long value) {
        if (randomUsed && !Objects.equals(seed, value)) {
            throw NetspecFailure.of("the random seed must be set before anything random happens in the"
                    + " scenario; move \"Given the random seed " + value + "\" to the top (seed " + seed
                    + " is already in use)");
        }
        seed = value;
        log("random seed: " + value);
    }

    /** The scenario's seed; a fresh one is drawn (and reported) the first time it is needed. */
    public synchronized long seed() {
        if (seed == null) {
            seed = new SecureRandom().nextLong();
            log("random seed: " + seed + " (replay with: Given the random seed " + seed + ")");
        }
        return seed;
    }

    public synchronized boolean hasSeed() {
        return seed != null;
    }

    /**
     * A random source for one purpose, derived from the scenario seed and the purpose, so each
     * consumer sees the same sequence on replay however threads interleave.
     */
    public synchronized RandomGenerator random(String purpose) {
        long base = seed();
        randomUsed = true;
        return new SplittableRandom(mix(base, purpose));
    }

    static long mix(long seed, String purpose) {
        long h = seed ^ 0x9E3779B97F4A7C15L;
        for (byte b : purpose.getBytes(StandardCharsets.UTF_8)) {
            h = (h ^ b) * 0x100000001B3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h;
    }

    // ---- the report -------------------------------------------------------------------------

    /** Attaches a picture, table or file to this scenario in the report. */
    @Override
    public void attach(String title, String mediaType, byte[] content) {
        if (scenario != null) {
            AttachmentBudget.Admitted a = budget.attachment(title, mediaType, content);
            scenario.attach(a.content(), a.mediaType(), a.title());
        }
    }

    /**
     * A line in the scenario's log in the report. Cucumber's HTML report shows log lines as markup,
     * so a line that could be read as markup (it holds {@code <} or {@code &}, as payloads may) goes in
     * as a plain-text attachment titled "log", which every report shows as text.
     */
    @Override
    public void log(String text) {
        if (scenario != null) {
            String line = budget.logLine(text);
            if (line.indexOf('<') >= 0 || line.indexOf('&') >= 0) {
                scenario.attach(line.getBytes(StandardCharsets.UTF_8), "text/plain", "log");
            } else {
                scenario.log(line);
            }
        }
    }

    public String scenarioName() {
        return scenario == null ? "(no scenario)" : scenario.getName();
    }

    // ---- the end ----------------------------------------------------------------------------

    /** Closes everything the scenario made, newest first; every failure is kept, none hides another. */
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        List<Exception> failures = named.closeAll();
        latest.clear();
        variables.clear();
        if (lateness != null) {
            lateness.close();
        }
        if (!failures.isEmpty()) {
            IllegalStateException all = NetspecFailure.of(failures.size()
                    + " thing(s) did not close cleanly after the scenario; first: " + failures.get(0).getMessage());
            failures.forEach(all::addSuppressed);
            throw all;
        }
    }

    @Override
    public void dispose() {
        close();
    }

    private static Duration configuredWait() {
        Optional<String> text = Settings.system().get(Settings.Knob.WAIT);
        if (text.isEmpty()) {
            return DEFAULT_WAIT;
        }
        try {
            return Durations.parse(text.get());
        } catch (IllegalArgumentException e) {
            throw ScenarioError.of("the default wait (" + WAIT_PROPERTY + " / " + Settings.Knob.WAIT.variable() + ") is "
                    + e.getMessage(), e);
        }
    }
}
