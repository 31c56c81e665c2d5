@hosts @partitions
Feature: Cuts across routers hold on each network between the groups
  Routers change a frame's MAC addresses at each hop but never its IP addresses, so a cut between hosts
  on different networks, matched by their addresses, holds on every network a packet crosses between
  them: web's packets to db are dropped on "office", db's to web on "dc". A rule that names one network
  must name one the packets cross, or the step says which networks they do cross.

  Background:
    Given a network "office" on "192.168.1.0/24"
    And a network "dc" on "10.0.0.0/8"
    And a host "web" at "192.168.1.10" on "office"
    And a host "app" at "192.168.1.11" on "office"
    And a host "db" at "10.0.0.5" on "dc"
    And a router "gw" at "192.168.1.1" on "office" and "10.0.0.1" on "dc"

  Scenario: web and app cut off from db, both ways, through the router; the router itself still answers
    Given a TCP sink server "sink" on host "db"
    And a TCP client "alice" on host "web" connected to "sink"
    When hosts "web, app" are cut off from "db" for 2 s
    Then host "app" cannot reach "10.0.0.5"
    And host "web" reaches "10.0.0.1"
    When "alice" sends 256 KiB of random data and "sink" receives it all within 30 s
    Then "sink" received exactly what "alice" sent
    And "db" was cut off for between 1.9 s and 5 s

  Scenario: One way across the router, on the network named: db still reaches web
    Given a UDP sink server "at-db" on host "db"
    And a UDP sink server "at-web" on host "web"
    And a UDP client "from-web" on host "web"
    And a UDP client "from-db" on host "db"
    When the network "dc" drops every packet from "web" to "db"
    And "from-web" sends 50 datagrams of 100 bytes to "at-db"
    And "from-db" sends 50 datagrams of 100 bytes to "at-web"
    Then "at-web" received 50 datagrams
    And "at-db" missed only the datagrams the network "dc" dropped
    And "at-db" received 0 datagrams

  Scenario: A directional impairment between hosts on different networks applies on the network it names
    Given the random seed 4
    And a UDP sink server "at-db" on host "db"
    And a UDP client "from-web" on host "web"
    And the network "dc" drops 30% of packets from "web" to "db"
    When "from-web" sends 1000 datagrams of 100 bytes to "at-db" at 2000 per second
    Then "at-db" missed only the datagrams the network "dc" dropped
    And "at-db" lost between 20% and 40% of the datagrams
