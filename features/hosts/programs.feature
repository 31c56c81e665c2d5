@hosts @programs
Feature: Your own programs on hosts
  Any program can run inside a host: it sees only the host's interfaces and addresses. A named program
  can run to completion, be killed, paused and restarted, and what it printed and how it ended can be
  checked. It and every process it starts end with the scenario; its output is attached to the report.

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

  Scenario: Your own service on hosts: a server, a client run to completion, and a crash in the middle
    Given the command "python3 -u -m http.server 8000 --bind 192.168.1.20" runs on host "db" as "files"
    Then "files" prints a line matching "Serving HTTP on 192.168.1.20 port 8000" within 10 s
    When the command "python3 -c 'import sys, urllib.request as u; print(u.urlopen(sys.argv[1], timeout=5).status)' http://192.168.1.20:8000/" runs on host "web" to completion within 20 s as "fetch"
    Then "fetch" exited with status 0
    And "fetch" printed "200"
    And "files" prints a line matching "GET / HTTP/1.1. 200" within 5 s
    When "files" is killed
    And the command "python3 -c 'import sys, urllib.request as u; print(u.urlopen(sys.argv[1], timeout=5).status)' http://192.168.1.20:8000/" runs on host "web" to completion within 20 s as "fetch again"
    Then "fetch again" exited with status 1
    And "fetch again" printed "Connection refused"
    When "files" is restarted
    Then "files" prints a line matching "Serving HTTP" within 10 s
    And "files" is running

  Scenario: A paused server answers nobody until its pause is over, while the scenario goes on
    Given the command "python3 -u -m http.server 8000 --bind 192.168.1.20" runs on host "db" as "files"
    And "files" prints a line matching "Serving HTTP" within 10 s
    When "files" is paused for 5 s
    And the command "python3 -c 'import sys, urllib.request as u; print(u.urlopen(sys.argv[1], timeout=1).status)' http://192.168.1.20:8000/" runs on host "web" to completion within 20 s as "impatient"
    Then "impatient" exited with status 1
    And "impatient" printed "timed out"
    When the command "python3 -c 'import sys, urllib.request as u; print(u.urlopen(sys.argv[1], timeout=20).status)' http://192.168.1.20:8000/" runs on host "web" to completion within 30 s as "patient"
    Then "patient" exited with status 0
    And "files" is running

  Scenario: A program's output is kept within a bound: its start, its end and its last line without a newline
    When the command "sh -c 'seq 1 200000; printf done'" runs on host "web" to completion within 20 s as "counter"
    Then "counter" exited with status 0
    And "counter" printed "1\n2\n3\n"
    And "counter" printed "199999\n200000\ndone"

  Scenario: Every wait of a scenario can be shortened
    Given every wait in this scenario is at most 500 ms
    And the command "sleep 30" runs on host "db" as "sleeper"
    Then "sleeper" is running
