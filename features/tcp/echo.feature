@tcp
Feature: TCP echo, reply and sink servers
  A TCP server netspec starts binds 127.0.0.1 and a port the OS chooses; a client connects without
  binding, so the OS picks its local port too. What was sent and received is attached as a transcript.

  Scenario: An echo server sends back what a client sends
    Given a TCP echo server "echo"
    And a TCP client "alice" connected to "echo"
    When "alice" sends "hello"
    Then "alice" receives "hello" within 500 ms

  Scenario: An echo server on the IPv6 loopback address
    Given a TCP echo server "echo6" on "::1"
    And a TCP client "alice" connected to "echo6"
    When "alice" sends "hello over IPv6\n"
    Then "alice" receives "hello over IPv6\n"

  Scenario: A server answers a request with its reply
    Given a TCP server "pong" that replies "pong\n" to "ping\n"
    And a TCP client "alice" connected to "pong"
    When "alice" sends "ping\n"
    Then "alice" receives "pong\n" within 500 ms
    When "alice" sends "ping\nping\n"
    Then "alice" receives "pong\npong\n" within 500 ms

  Scenario: Binary payloads travel unchanged
    Given a TCP echo server "echo"
    And a TCP client "alice" connected to "echo"
    When "alice" sends "\x00\x01\xfe\xff\r\n"
    Then "alice" receives "\x00\x01\xfe\xff\r\n" within 500 ms

  Scenario: A mebibyte of random data comes back from an echo server unchanged
    Given the random seed 7
    And a TCP echo server "echo"
    And a TCP client "alice" connected to "echo"
    When "alice" sends 1 MiB of random data
    Then "alice" receives what it sent within 2 s

  Scenario: A sink receives 8 MiB byte-exact and in order
    Given a TCP sink server "sink"
    And a TCP client "alice" connected to "sink"
    When "alice" sends 8 MiB of random data
    And "alice" closes the connection
    Then "sink" received exactly what "alice" sent
    And "sink" sees the connection closed within 1 s

  Scenario: A large transfer checked with CRC32C instead of SHA-256
    CRC32C covers every byte in order at a small part of SHA-256's cost, for transfers where hashing
    would set the pace.
    Given byte streams are checked with CRC32C
    And the random seed 11
    And a TCP sink server "sink"
    And a TCP client "alice" connected to "sink"
    When "alice" sends 64 MiB of random data
    And "alice" closes the connection
    Then "sink" received exactly what "alice" sent
    And "sink" sees the connection closed within 1 s

  Scenario: A client that closes its sending side still receives
    Given a TCP echo server "echo"
    And a TCP client "alice" connected to "echo"
    When "alice" sends "last words"
    And "alice" closes its sending side
    Then "alice" receives "last words" within 1 s
    And "alice" sees the connection closed within 1 s
