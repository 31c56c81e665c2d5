package io.netspec.core;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Every knob netspec reads, in one place, with one rule: a JVM system property ({@code -Dnetspec.wait=…})
 * wins over the environment variable ({@code NETSPEC_WAIT=…}), as in Maven and Spring; a blank value
 * counts as unset. docs/using-netspec.md lists the same knobs.
 */
public final class Settings {
    /** The knobs: each with its system property, its environment variable, its default and what it does. */
    public enum Knob {
        WAIT("netspec.wait", "NETSPEC_WAIT", "2 s", "how long a step waits when its phrase gives no bound"),
        SPIN_MICROS("netspec.socket.spinMicros", "NETSPEC_SOCKET_SPIN_MICROS", "20",
                "how long (µs) a stream client polls before it waits in the selector; 0 turns polling off"),
        WAKE_LATENCY("netspec.packets.wakeLatency", "NETSPEC_PACKETS_WAKE_LATENCY", "true",
                "while a network holds frames back (delay, rate limit), ask the kernel to keep idle processors"
                        + " awake (/dev/cpu_dma_latency = 0), so hosts answer a delayed frame without a halted"
                        + " processor's wake-up; false asks nothing"),
        PROJECT_DIR("netspec.project.dir", "NETSPEC_PROJECT_DIR", "the working folder",
                "the project folder: where ci/ scripts and started programs are found"),
        REPORTS_DIR("netspec.reports.dir", "NETSPEC_REPORTS_DIR", "none (set by the build: reports/)",
                "where the run leaves what its report shows, such as the Toxiproxy version"),
        LEAK_DIAGNOSTICS("netspec.leakDiagnostics", "NETSPEC_LEAK_DIAGNOSTICS", "false",
                "print every thread, process and descriptor added or gone over the suite"),
        TOXIPROXY_URL("netspec.toxiproxy.url", "TOXIPROXY_URL", "none: netspec starts its own server",
                "a Toxiproxy server that is already running, such as http://127.0.0.1:8474"),
        CACHE("netspec.cache", "NETSPEC_CACHE", "$XDG_CACHE_HOME/netspec, else ~/.cache/netspec",
                "where toxiproxy-server is looked for and built"),
        HOSTS("netspec.hosts", "NETSPEC_HOSTS", "on",
                "off skips every @hosts scenario, saying so (netspec's launcher reads NETSPEC_HOSTS, or -Dnetspec.hosts"
                        + " in the test JVM's argLine)"),
        REQUIRE("netspec.require", "NETSPEC_REQUIRE", "none",
                "a comma list of what must run here (hosts, toxiproxy, tcpdump, chromium, editor, ss, pipelines, root):"
                        + " a would-be skip of one of them fails instead, with the same reason"),
        SHARD("netspec.shard", "NETSPEC_SHARD", "none: the whole suite",
                "which part of the suite this run is, INDEX/COUNT such as 2/4 (docs/shards.md)"),
        SHARD_DURATIONS("netspec.shard.durations", "NETSPEC_SHARD_DURATIONS",
                "shard-durations.properties in the project, else the reports' history",
                "the feature durations file that balances the shards"),
        CHROMIUM("netspec.chromium", "CHROMIUM", "chromium-headless-shell, chromium, chromium-browser or google-chrome on PATH",
                "the Chromium or Chrome binary of the report's browser check");

        private final String property;
        private final String variable;
        private final String byDefault;
        private final String purpose;

        Knob(String property, String variable, String byDefault, String purpose) {
            this.property = property;
            this.variable = variable;
            this.byDefault = byDefault;
            this.purpose = purpose;
        }

        public String property() {
            return property;
        }

        public String variable() {
            return variable;
        }

        public String byDefault() {
            return byDefault;
        }

        public String purpose() {
            return purpose;
        }

        /** How messages name the knob: {@code -Dnetspec.wait / NETSPEC_WAIT}. */
        public String names() {
            return "-D" + property + " / " + variable;
        }
    }

    private final UnaryOperator<String> properties;
    private final UnaryOperator<String> environment;

    /** Settings read from {@code properties} first, then {@code environment} (both: name to value, or null). */
    public Settings(UnaryOperator<String> properties, UnaryOperator<String> environment) {
        this.properties = Objects.requireNonNull(properties, "properties");
        this.environment = Objects.requireNonNull(environment, "environment");
    }

    /** This JVM's system properties and environment. */
    public static Settings system() {
        return new Settings(System::getProperty, System::getenv);
    }

    /** The knob's value: the system property if set, else the environment variable, else empty. */
    public Optional<String> get(Knob knob) {
        return first(properties.apply(knob.property()), environment.apply(knob.variable()));
    }

    /**
     * The project folder: {@link Knob#PROJECT_DIR}, else the working folder (where Maven runs the tests of a
     * project: its own folder).
     */
    public Path projectFolder() {
        return Path.of(get(Knob.PROJECT_DIR).orElse(Objects.requireNonNullElse(properties.apply("user.dir"), ".")));
    }

    /** True if the knob is set to "true" (any case). */
    public boolean flag(Knob knob) {
        return get(knob).map(v -> v.equalsIgnoreCase("true")).orElse(false);
    }

    /** The knob as "true" or "false" (any case), or {@code byDefault} when unset; anything else is a mistake. */
    public boolean switchedOn(Knob knob, boolean byDefault) {
        Optional<String> value = get(knob);
        if (value.isEmpty()) {
            return byDefault;
        }
        if (value.get().equalsIgnoreCase("true") || value.get().equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(value.get());
        }
        throw ScenarioError.of(knob.names() + " is \"" + value.get() + "\", expected true or false");
    }

    /** The knob as a whole number, or {@code byDefault} when unset; a value that is no number is a mistake. */
    public long number(Knob knob, long byDefault) {
        Optional<String> value = get(knob);
        if (value.isEmpty()) {
            return byDefault;
        }
        try {
            return Long.parseLong(value.get());
        } catch (NumberFormatException e) {
            throw ScenarioError.of(knob.names() + " is \"" + value.get() + "\", expected a whole number", e);
        }
    }

    /** Whether {@code netspec.require} names {@code requirement}; a name netspec does not know is a mistake. */
    public boolean requires(Requirement requirement) {
        return get(Knob.REQUIRE).map(Requirement::parse).map(set -> set.contains(requirement)).orElse(false);
    }

    /** Any name a scenario refers to (a {@code ${NAME}} placeholder), by the same rule: property, then environment. */
    public Optional<String> lookup(String name) {
        return first(properties.apply(name), environment.apply(name));
    }

    private static Optional<String> first(String property, String variable) {
        if (property != null && !property.isBlank()) {
            return Optional.of(property.strip());
        }
        if (variable != null && !variable.isBlank()) {
            return Optional.of(variable.strip());
        }
        return Optional.empty();
    }
}
