@hosts @packets
Feature: A lost data segment is sent again
  The network drops one data segment of a client, its first transmission only. The kernel notices
  the gap (duplicate acknowledgements or its timer) and sends those bytes again; the ladder diagram
  attached to the scenario shows the drop and the retransmission.

  Scenario: Data segment 3 is dropped once and retransmitted
    Given a network "office" on "192.168.1.0/24"
    And a host "web" at "192.168.1.10" on "office"
    And a host "db" at "192.168.1.20" on "office"
    And a TCP sink server "sink" on host "db"
    And a TCP client "alice" on host "web" connected to "sink"
    And the network "office" drops data segment 3 from "alice"
    When "alice" sends 64 KiB of random data and "sink" receives it all within 10 s
    Then "sink" received exactly what "alice" sent
    And the capture of "office" shows "alice" retransmitting data segment 3
    And "alice" retransmitted at least 1 segment
    And the capture of "office" shows that the sequence numbers of "alice" count the bytes it sent

  Scenario: The count of a connection closed by a step is the one it ended with
    Given a network "office" on "192.168.1.0/24"
    And a host "web" at "192.168.1.10" on "office"
    And a host "db" at "192.168.1.20" on "office"
    And a TCP sink server "sink" on host "db"
    And a TCP client "sender" on host "web" connected to "sink"
    And the network "office" drops data segment 2 from "sender"
    When "sender" sends 64 KiB of random data and "sink" receives it all within 10 s
    And "sender" closes the connection
    Then "sender" retransmitted at least 1 segment
