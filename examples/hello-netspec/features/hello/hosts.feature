@hosts
Feature: Two computers of their own, joined by a network netspec owns
  Each host is a Linux network namespace with its own interface, address and loopback; every frame
  between them passes through netspec's switch. As an ordinary user, netspec's launcher (the one
  <argLine> line in pom.xml) runs the test JVM in a user namespace of its own, so no root is needed.

  Scenario: A TCP echo from one host to another
    Given a network "office" on "192.168.1.0/24"
    And a host "web" at "192.168.1.10" on "office"
    And a host "db" at "192.168.1.20" on "office"
    And a TCP echo server "echo" on host "db"
    And a TCP client "alice" on host "web" connected to "echo" within 5 s
    When "alice" sends "hello across the office"
    Then "alice" receives "hello across the office" within 2 s
    And host "web" reaches "192.168.1.20"
