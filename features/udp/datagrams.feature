@udp
Feature: UDP datagrams keep their boundaries
  A UDP server binds 127.0.0.1 and a port the OS picks; a UDP sink keeps a ledger of every numbered
  datagram (which arrived, which twice, which out of order, which not whole).

  Scenario: An echo server sends a datagram back
    Given a UDP echo server "uecho"
    And a UDP client "bob"
    When "bob" sends the datagram "hi" to "uecho"
    Then "bob" receives the datagram "hi" within 500 ms

  Scenario: Two datagrams come back as two, never merged
    Given a UDP echo server "uecho"
    And a UDP client "bob"
    When "bob" sends the datagram "one" to "uecho"
    And "bob" sends the datagram "two" to "uecho"
    Then "bob" receives the datagram "one" within 500 ms
    And "bob" receives the datagram "two" within 500 ms

  Scenario: UDP over IPv6 loopback
    Given a UDP echo server "uecho6" on "::1"
    And a UDP client "bob"
    When "bob" sends the datagram "hi over IPv6" to "uecho6"
    Then "bob" receives the datagram "hi over IPv6"

  Scenario: A thousand datagrams of 100 bytes reach a sink whole
    Given a UDP sink server "usink"
    And a UDP client "bob"
    When "bob" sends 1000 datagrams of 100 bytes to "usink"
    Then "usink" received 1000 datagrams
    And "usink" received every datagram whole

  Scenario: A thousand datagrams of varying sizes arrive whole, none merged or split
    Given the random seed 3
    And a UDP sink server "usink"
    And a UDP client "bob"
    When "bob" sends 1000 datagrams of 16 to 8000 bytes to "usink"
    Then "usink" received 1000 datagrams
    And "usink" received every datagram whole
    And "usink" received no datagram twice and none out of order

  Scenario: A datagram larger than UDP allows is refused by the OS
    Given a UDP sink server "usink"
    And a UDP client "bob"
    Then "bob" cannot send a datagram of 70000 bytes to "usink"
