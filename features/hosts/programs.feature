@hosts
Feature: Programs run on a host
  Any program can run inside a host: it sees only the host's interfaces and addresses. It is stopped
  after the scenario and its output is attached to the report.

  Background:
    Given a network "office" on "192.168.1.0/24"
    And a host "web" at "192.168.1.10" on "office"
    And a host "db" at "192.168.1.20" on "office"

  Scenario: A Python web server on one host, reached from another
    Given the command "python3 -m http.server 8000 --bind 192.168.1.20" runs on host "db"
    And the TCP service "files" at "192.168.1.20:8000" on host "db"
    And a TCP client "alice" on host "web" connected to "files"
    When "alice" sends "GET / HTTP/1.0\r\n\r\n"
    Then "alice" sees the connection closed within 5 s
