@hosts
Feature: Each host has its own 127.0.0.1
  127.0.0.1 is each computer's own loopback: a server on one host's loopback is not reachable from
  another host, while a server on the host's network address is.

  Scenario: A server on one host's loopback cannot be reached from another host
    Given a network "office" on "192.168.1.0/24"
    And a host "web" at "192.168.1.10" on "office"
    And a host "db" at "192.168.1.20" on "office"
    And the command "python3 -m http.server 8000 --bind 127.0.0.1" runs on host "db"
    And the TCP service "local-files" at "127.0.0.1:8000" on host "db"
    Then a TCP connection from host "web" to "192.168.1.20:8000" fails with "connection refused"
    And host "web" reaches "127.0.0.1"
