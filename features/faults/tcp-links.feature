@faults
Feature: Faults on TCP links, injected by a real Toxiproxy
  A link is a Toxiproxy proxy in front of a server; clients connect to the link, and its toxics
  delay, throttle, slice, cut or swallow what passes. Each scenario's links are deleted after it.

  Scenario: A link passes bytes unchanged
    Given a TCP echo server "echo"
    And a link "wan" to "echo"
    And a TCP client "alice" connected to "wan"
    When "alice" sends "hello through the link\n"
    Then "alice" receives "hello through the link\n" within 500 ms

  Scenario: A sink behind a throttled link receives exactly what the client sent
    The sink's connection comes from the link's address, not the client's; it is the one connection
    that read exactly the client's bytes.
    Given byte streams are checked with CRC32C
    And a TCP sink server "sink"
    And a link "wan" to "sink"
    And the link "wan" adds 20 ms of latency
    And the link "wan" is limited to 2048 KB/s
    And a TCP client "alice" connected to "wan"
    When "alice" sends 256 KiB of random data
    And "alice" closes the connection
    Then "sink" received exactly what "alice" sent

  Scenario: A link fronts an external service as well as netspec's own servers
    Given the TCP service "py" started with "python3 features/tcp/support/echo_server.py"
    And a link "wan" to "py"
    And the link "wan" adds 20 ms of latency
    And a TCP client "alice" connected to "wan"
    When "alice" measures 10 round trips of "hello\n"
    Then the median round trip of "alice" is between 20 ms and 60 ms

  Scenario: 1 MiB through latency and 8-byte slices arrives byte-exact, in many small reads
    Given a TCP echo server "echo"
    And a link "wan" to "echo"
    And the link "wan" adds 50 ms of latency
    And the link "wan" slices data into 8-byte pieces
    And a TCP client "alice" connected to "wan"
    When "alice" sends 1 MiB of random data
    Then "alice" receives what it sent within 15 s
    And "alice" needed more than 1000 reads in all

  Scenario: A reset toxic resets the client's connection
    Given a TCP echo server "echo"
    And a link "wan" to "echo"
    And the link "wan" resets connections after 200 ms
    And a TCP client "alice" connected to "wan"
    When "alice" sends "anyone?\n"
    Then "alice" sees the connection reset within 1 s

  Scenario: A timeout toxic keeps silent, then ends the stream
    Given a TCP echo server "echo"
    And a link "wan" to "echo"
    And the link "wan" times out after 500 ms
    And a TCP client "alice" connected to "wan"
    When "alice" sends "anyone?\n"
    Then "alice" receives nothing for 300 ms
    And "alice" sees the connection closed cleanly within 1 s

  Scenario: A swallowing link keeps silent until healed
    Given a TCP echo server "echo"
    And a link "wan" to "echo"
    And the link "wan" times out after 0 ms
    And a TCP client "alice" connected to "wan"
    When "alice" sends "hello?\n"
    Then "alice" receives nothing for 300 ms
    When the link "wan" is healed
    And a TCP client "bob" connected to "wan"
    And "bob" sends "hello again\n"
    Then "bob" receives "hello again\n" within 500 ms

  Scenario: A link closes each connection after a number of bytes
    Given a TCP echo server "echo"
    And a link "wan" to "echo"
    And the link "wan" closes after 4 KiB
    And a TCP client "alice" connected to "wan"
    When "alice" sends 16 KiB of random data
    Then "alice" sees the connection closed within 1 s

  Scenario: A link that closes slowly still delivers, then closes
    Given a TCP server "closer" that closes every connection at once
    And a link "wan" to "closer"
    And the link "wan" closes slowly after 300 ms
    And a TCP client "alice" connected to "wan"
    Then "alice" receives nothing for 200 ms
    And "alice" sees the connection closed within 1 s

  Scenario: A link down for a while refuses, then comes back up by itself
    Given a TCP echo server "echo"
    And a link "wan" to "echo"
    When the link "wan" goes down for 300 ms
    Then a TCP connection to "wan" is refused
    And the link "wan" is back up within 2 s
    And a TCP client "alice" connected to "wan"
    When "alice" sends "back\n"
    Then "alice" receives "back\n" within 500 ms

  Scenario: A link that is down refuses, and works again once back up
    Given a TCP echo server "echo"
    And a link "wan" to "echo"
    When the link "wan" goes down
    Then a TCP connection to "wan" is refused
    When the link "wan" comes back up
    And a TCP client "alice" connected to "wan"
    And "alice" sends "back\n"
    Then "alice" receives "back\n" within 500 ms

  Scenario: A link brought up or healed by hand is up at once, and an earlier timer does not undo a later down
    Given a TCP echo server "echo"
    And a TCP client "clock" connected to "echo"
    And a link "wan" to "echo"
    When the link "wan" goes down for 300 ms
    And the link "wan" is healed
    Then the link "wan" is back up within 100 ms
    When the link "wan" goes down
    Then "clock" receives nothing for 500 ms
    And a TCP connection to "wan" is refused
