@hosts @packets @zero-window
Feature: A receiver that stops reading advertises a zero window
  When the program behind a connection stops reading, its kernel's receive buffer fills and every
  segment it sends advertises a window of 0: the sender may send nothing more but a probe now and then.
  The packet table shows each segment's window (in bytes, scaled as the handshake agreed), and a
  transfer that stalls says in its failure that the receiver advertised a zero window, and for how long.

  Background:
    Given a network "office" on "192.168.1.0/24"
    And a host "web" at "192.168.1.10" on "office"
    And a host "db" at "192.168.1.20" on "office"

  Scenario: A server that never reads: its receive buffer fills, and the capture shows its zero window
    Given a TCP server "mute" on host "db" that never answers
    And a TCP client "alice" on host "web" connected to "mute"
    When "alice" sends 256 KiB of random data
    Then the capture of "office" shows the receiver of "alice" advertising a zero window for at least 500 ms
