package io.netspec;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No new cycles between the classes of one package (a class and its nested classes count as one): a part
 * gets what it needs (a value, an event sink, a callback), not the object that holds it. The cycles that
 * were there when this rule came are listed by name below; one that is broken must leave the list, and a
 * list entry that grows is a new cycle.
 */
class ClassCyclesTest {
    /** Each known cycle: its package and its classes, sorted, as {@link #cycles} writes them. */
    static final Set<String> KNOWN = Set.of(
            "address: IpAddress, IpExplainer, IpParser",
            "core: Requirement, Settings",
            "fault: ToxiproxyApiScheme, ToxiproxyServer",
            "host: Host, KernelCounters",
            "host: Topology, Translator",
            "mail: SmtpClient, SmtpConnection",
            "netns: Creation, Namespace",
            "ostable: SocketTable, TableLines",
            "packet: FaultTimeline, Progress",
            "packet: NeighbourDiscovery, PacketDecoder",
            "report: Timeline, TimelineSvg",
            "socket: RunningCheck, StreamCheck",
            "socket: Sender, StreamClient");

    @Test
    void noClassCyclesInsideAPackageBesideTheKnownOnes() {
        JavaClasses main = new ClassFileImporter().importPath(Path.of("target/classes"));
        Set<String> found = cycles(main);
        Set<String> added = new TreeSet<>(found);
        added.removeAll(KNOWN);
        Set<String> gone = new TreeSet<>(KNOWN);
        gone.removeAll(found);
        assertThat(added).as("class cycles inside a package that are not among the known ones (break them: give a"
                + " part what it needs, not the object that holds it)").isEmpty();
        assertThat(gone).as("known class cycles that are gone or changed: take them off ClassCyclesTest.KNOWN").isEmpty();
    }

    /** The cycles among top-level classes of one package each: "package: A, B, C" (strongly connected, 2 or more). */
    static Set<String> cycles(JavaClasses classes) {
        Map<String, Set<String>> edges = new TreeMap<>();
        for (JavaClass c : classes) {
            if (!c.getPackageName().startsWith("io.netspec")) {
                continue;
            }
            String from = topLevel(c);
            edges.computeIfAbsent(from, k -> new TreeSet<>());
            for (Dependency d : c.getDirectDependenciesFromSelf()) {
                JavaClass target = d.getTargetClass().isArray() ? d.getTargetClass().getBaseComponentType() : d.getTargetClass();
                String to = topLevel(target);
                if (target.getPackageName().equals(c.getPackageName()) && !to.equals(from)) {
                    edges.get(from).add(to);
                }
            }
        }
        return new Tarjan(edges).components();
    }

    private static String topLevel(JavaClass c) {
        String name = c.getName();
        int nested = name.indexOf('$');
        return nested < 0 ? name : name.substring(0, nested);
    }

    /** Tarjan's strongly connected components over the class graph, each of two or more classes written once. */
    private static final class Tarjan {
        private final Map<String, Set<String>> edges;
        private final Map<String, Integer> index = new HashMap<>();
        private final Map<String, Integer> low = new HashMap<>();
        private final Deque<String> stack = new ArrayDeque<>();
        private final Set<String> onStack = new TreeSet<>();
        private final Set<String> found = new TreeSet<>();

        Tarjan(Map<String, Set<String>> edges) {
            this.edges = edges;
        }

        Set<String> components() {
            for (String v : edges.keySet()) {
                if (!index.containsKey(v)) {
                    visit(v);
                }
            }
            return found;
        }

        private void visit(String v) {
            index.put(v, index.size());
            low.put(v, index.get(v));
            stack.push(v);
            onStack.add(v);
            for (String w : edges.getOrDefault(v, Set.of())) {
                if (!index.containsKey(w)) {
                    visit(w);
                    low.put(v, Math.min(low.get(v), low.get(w)));
                } else if (onStack.contains(w)) {
                    low.put(v, Math.min(low.get(v), index.get(w)));
                }
            }
            if (low.get(v).equals(index.get(v))) {
                Set<String> component = new TreeSet<>();
                String w;
                do {
                    w = stack.pop();
                    onStack.remove(w);
                    component.add(w.substring(w.lastIndexOf('.') + 1));
                } while (!w.equals(v));
                if (component.size() > 1) {
                    found.add(v.substring("io.netspec.".length(), v.lastIndexOf('.')) + ": " + String.join(", ", component));
                }
            }
        }
    }
}
