@hosts @packets
Feature: Lost SYNs and the kernel's retransmission timer
  The network drops the first SYN packets to a host. The client's kernel sends its SYN again when its
  retransmission timer runs out: after 1 s, then (in the classic backoff of RFC 6298) after twice as
  long. These scenarios measure seconds against bounds half a second wide, which a kernel timer
  keeps even beside other scenarios, so they need not run alone.

  Background:
    Given a network "office" on "192.168.1.0/24"
    And a host "web" at "192.168.1.10" on "office"
    And a host "db" at "192.168.1.20" on "office"
    And a TCP echo server "echo" on host "db"

  Scenario: Two lost SYNs: the retransmission timer starts at 1 s and doubles
    # Linux 6.5 and later retry the first SYNs after 1 s each (net.ipv4.tcp_syn_linear_timeouts, 4 by
    # default); 0 gives the classic doubling of RFC 6298: 1 s, then 2 s more.
    Given the kernel setting "net.ipv4.tcp_syn_linear_timeouts" is "0" on host "web"
    And the network "office" drops the first 2 SYN packets to "db"
    And a TCP client "alice" on host "web" connected to "echo" within 5 s
    Then "alice" took between 2.5 s and 3.5 s to connect
    And the capture of "office" shows the three-way handshake of "alice"

  Scenario: One lost SYN costs the initial retransmission timeout of 1 s
    Given the network "office" drops the first SYN packet to "db"
    And a TCP client "alice" on host "web" connected to "echo" within 5 s
    Then "alice" took between 0.8 s and 1.5 s to connect
