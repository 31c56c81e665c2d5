package io.netspec.testkit.host;

import io.netspec.address.IpAddress;
import io.netspec.host.Host;
import io.netspec.host.HostNames;
import io.netspec.host.Network;
import io.netspec.host.Program;
import io.netspec.host.Topology;
import io.netspec.socket.TcpServer;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

/**
 * A JVM in the middle of a scenario with hosts, for {@code host.HostsKillTest}: two networks, two hosts, a
 * router, programs (one of which leaves a grandchild that re-parents, one a child behind when it ends, their
 * sleeps named by the nonce given as the second argument) and a server on a host, and as many more hosts on
 * a third network as the first argument says (none without one). Prints "READY", the first program's pid,
 * each network namespace ("net:[inode]") and each program's PID namespace ("pid:[inode]"), then waits to be
 * killed.
 */
public final class HostsKillMain {
    private HostsKillMain() {
    }

    public static void main(String[] args) throws Exception {
        Topology topology = new Topology();
        Network office = topology.network("office", "192.168.1.0/24");
        Network dc = topology.network("dc", "10.0.0.0/8");
        Host web = topology.host("web", List.of(new Topology.Join(office, IpAddress.parse("192.168.1.10"))), false);
        Host db = topology.host("db", List.of(new Topology.Join(dc, IpAddress.parse("10.0.0.5"))), false);
        Host gw = topology.host("gw", List.of(new Topology.Join(office, IpAddress.parse("192.168.1.1")),
                new Topology.Join(dc, IpAddress.parse("10.0.0.1"))), true);
        int more = args.length > 0 ? Integer.parseInt(args[0]) : 0;
        List<Host> many = more == 0 ? List.of()
                : topology.hosts(HostNames.parse("h1..h" + more), topology.network("crowd", "10.60.0.0/16"));
        String nonce = args.length > 1 ? args[1] : "0";
        Supplier<Duration> wait = () -> Duration.ofSeconds(2);
        Program program = Program.start(db, "sleeper", "sleep 600", Program.Mode.KEEPS_RUNNING, wait);
        // A grandchild that leaves its parent (re-parented at once), and a child left behind by a program that ends.
        Program orphan = Program.start(web, "orphan", "sh -c '(sleep 997." + nonce + " &); sleep 60'", Program.Mode.KEEPS_RUNNING, wait);
        Program daemon = Program.start(gw, "daemon", "sh -c 'sleep 996." + nonce + " & exit 0'", Program.Mode.KEEPS_RUNNING, wait);
        TcpServer server = TcpServer.echo().on(db.address(4)).inside(db).start();
        StringBuilder line = new StringBuilder("READY ").append(program.pid());
        List<Host> all = new java.util.ArrayList<>(List.of(web, db, gw));
        all.addAll(many);
        for (Host host : all) {
            line.append(' ').append(Files.readSymbolicLink(Path.of(host.namespacePath())));
        }
        for (Program p : List.of(program, orphan, daemon)) {
            line.append(' ').append(Files.readSymbolicLink(Path.of("/proc", Long.toString(p.pid()), "ns", "pid")));
        }
        System.out.println(line);
        System.out.flush();
        // Wait to be killed; closing standard input ends this JVM the orderly way instead.
        System.in.transferTo(OutputStream.nullOutputStream());
        server.close();
    }
}
