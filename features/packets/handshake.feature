@hosts @packets
Feature: TCP's handshake and byte numbering, seen in the network's capture
  The kernel's own TCP opens every connection with a three-way handshake (SYN, SYN-ACK, ACK) and
  numbers what it sends byte by byte, not packet by packet: each data segment starts where the one
  before it ended.

  Background:
    Given a network "office" on "192.168.1.0/24"
    And a host "web" at "192.168.1.10" on "office"
    And a host "db" at "192.168.1.20" on "office"
    And a TCP echo server "echo" on host "db"

  Scenario: The three-way handshake and sequence numbers that count bytes
    Given a TCP client "alice" on host "web" connected to "echo"
    When "alice" sends 100 KiB of random data
    Then "alice" receives what it sent within 5 s
    And the capture of "office" shows the three-way handshake of "alice"
    And the capture of "office" shows that the sequence numbers of "alice" count the bytes it sent
