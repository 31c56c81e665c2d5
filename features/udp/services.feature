@udp
Feature: UDP services by host and port, round trips of datagrams, and what came back
  A UDP service netspec did not start is named by host:port; a UDP client times round trips of a
  datagram to it, counts the datagrams that came back, and checks for silence.

  Scenario: Round trips of a datagram to a UDP service found by its address
    Given a UDP echo server "uecho"
    And the port of "uecho" is saved as DNS_PORT
    And the UDP service "dns" at "127.0.0.1:${DNS_PORT}"
    And a UDP client "bob"
    When "bob" measures 20 round trips of the datagram "ping" to "dns"
    Then "bob" received between 18 and 20 datagrams back
    And the 99th percentile round trip of "bob" is below 1 s
    And "bob" receives no datagram within 300 ms

  Scenario: A UDP link is listed in the OS socket table, dual-stack socket or not
    Given a UDP sink server "usink"
    And a UDP link "radio" to "usink"
    Then "radio" is listening
    And "usink" is listening
