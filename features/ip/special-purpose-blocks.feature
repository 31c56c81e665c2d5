@ip
Feature: Addresses classify by the IANA special-purpose registries
  Every IPv4 and IPv6 special-purpose block, at both of its edges and just outside them, classifies
  by the IANA registries shipped with netspec: private is RFC 1918 or fc00::/7, loopback is 127/8
  or ::1, global follows the registry's "Globally Reachable" column, and block is the most
  specific registry block containing the address ("-" means none).

  Scenario: Every special-purpose block, its edges and its neighbours
    Then these addresses classify as:
      | address                                 | class | private | loopback | multicast | global | block              |
      | 0.0.0.0                                 | A     | no      | no       | no        | no     | 0.0.0.0/32         |
      | 0.0.0.1                                 | A     | no      | no       | no        | no     | 0.0.0.0/8          |
      | 0.255.255.255                           | A     | no      | no       | no        | no     | 0.0.0.0/8          |
      | 1.0.0.0                                 | A     | no      | no       | no        | yes    | -                  |
      | 8.8.8.8                                 | A     | no      | no       | no        | yes    | -                  |
      | 9.255.255.255                           | A     | no      | no       | no        | yes    | -                  |
      | 10.0.0.0                                | A     | yes     | no       | no        | no     | 10.0.0.0/8         |
      | 10.0.0.1                                | A     | yes     | no       | no        | no     | 10.0.0.0/8         |
      | 10.255.255.255                          | A     | yes     | no       | no        | no     | 10.0.0.0/8         |
      | 11.0.0.0                                | A     | no      | no       | no        | yes    | -                  |
      | 100.63.255.255                          | A     | no      | no       | no        | yes    | -                  |
      | 100.64.0.0                              | A     | no      | no       | no        | no     | 100.64.0.0/10      |
      | 100.127.255.255                         | A     | no      | no       | no        | no     | 100.64.0.0/10      |
      | 100.128.0.0                             | A     | no      | no       | no        | yes    | -                  |
      | 126.255.255.255                         | A     | no      | no       | no        | yes    | -                  |
      | 127.0.0.0                               | A     | no      | yes      | no        | no     | 127.0.0.0/8        |
      | 127.0.0.1                               | A     | no      | yes      | no        | no     | 127.0.0.0/8        |
      | 127.255.255.255                         | A     | no      | yes      | no        | no     | 127.0.0.0/8        |
      | 128.0.0.0                               | B     | no      | no       | no        | yes    | -                  |
      | 169.253.255.255                         | B     | no      | no       | no        | yes    | -                  |
      | 169.254.0.0                             | B     | no      | no       | no        | no     | 169.254.0.0/16     |
      | 169.254.255.255                         | B     | no      | no       | no        | no     | 169.254.0.0/16     |
      | 169.255.0.0                             | B     | no      | no       | no        | yes    | -                  |
      | 172.15.255.255                          | B     | no      | no       | no        | yes    | -                  |
      | 172.16.0.0                              | B     | yes     | no       | no        | no     | 172.16.0.0/12      |
      | 172.31.255.255                          | B     | yes     | no       | no        | no     | 172.16.0.0/12      |
      | 172.32.0.0                              | B     | no      | no       | no        | yes    | -                  |
      | 191.255.255.255                         | B     | no      | no       | no        | yes    | -                  |
      | 192.0.0.0                               | C     | no      | no       | no        | no     | 192.0.0.0/29       |
      | 192.0.0.7                               | C     | no      | no       | no        | no     | 192.0.0.0/29       |
      | 192.0.0.8                               | C     | no      | no       | no        | no     | 192.0.0.8/32       |
      | 192.0.0.9                               | C     | no      | no       | no        | yes    | 192.0.0.9/32       |
      | 192.0.0.10                              | C     | no      | no       | no        | yes    | 192.0.0.10/32      |
      | 192.0.0.11                              | C     | no      | no       | no        | no     | 192.0.0.0/24       |
      | 192.0.0.169                             | C     | no      | no       | no        | no     | 192.0.0.0/24       |
      | 192.0.0.170                             | C     | no      | no       | no        | no     | 192.0.0.170/32     |
      | 192.0.0.171                             | C     | no      | no       | no        | no     | 192.0.0.171/32     |
      | 192.0.0.172                             | C     | no      | no       | no        | no     | 192.0.0.0/24       |
      | 192.0.0.255                             | C     | no      | no       | no        | no     | 192.0.0.0/24       |
      | 192.0.1.255                             | C     | no      | no       | no        | yes    | -                  |
      | 192.0.2.0                               | C     | no      | no       | no        | no     | 192.0.2.0/24       |
      | 192.0.2.255                             | C     | no      | no       | no        | no     | 192.0.2.0/24       |
      | 192.0.3.0                               | C     | no      | no       | no        | yes    | -                  |
      | 192.31.195.255                          | C     | no      | no       | no        | yes    | -                  |
      | 192.31.196.0                            | C     | no      | no       | no        | yes    | 192.31.196.0/24    |
      | 192.31.196.255                          | C     | no      | no       | no        | yes    | 192.31.196.0/24    |
      | 192.31.197.0                            | C     | no      | no       | no        | yes    | -                  |
      | 192.52.192.255                          | C     | no      | no       | no        | yes    | -                  |
      | 192.52.193.0                            | C     | no      | no       | no        | yes    | 192.52.193.0/24    |
      | 192.52.193.255                          | C     | no      | no       | no        | yes    | 192.52.193.0/24    |
      | 192.52.194.0                            | C     | no      | no       | no        | yes    | -                  |
      | 192.88.98.255                           | C     | no      | no       | no        | yes    | -                  |
      | 192.88.99.0                             | C     | no      | no       | no        | yes    | 192.88.99.0/24     |
      | 192.88.99.1                             | C     | no      | no       | no        | yes    | 192.88.99.0/24     |
      | 192.88.99.2                             | C     | no      | no       | no        | no     | 192.88.99.2/32     |
      | 192.88.99.3                             | C     | no      | no       | no        | yes    | 192.88.99.0/24     |
      | 192.88.99.255                           | C     | no      | no       | no        | yes    | 192.88.99.0/24     |
      | 192.88.100.0                            | C     | no      | no       | no        | yes    | -                  |
      | 192.167.255.255                         | C     | no      | no       | no        | yes    | -                  |
      | 192.168.0.0                             | C     | yes     | no       | no        | no     | 192.168.0.0/16     |
      | 192.168.1.20                            | C     | yes     | no       | no        | no     | 192.168.0.0/16     |
      | 192.168.255.255                         | C     | yes     | no       | no        | no     | 192.168.0.0/16     |
      | 192.169.0.0                             | C     | no      | no       | no        | yes    | -                  |
      | 192.175.47.255                          | C     | no      | no       | no        | yes    | -                  |
      | 192.175.48.0                            | C     | no      | no       | no        | yes    | 192.175.48.0/24    |
      | 192.175.48.255                          | C     | no      | no       | no        | yes    | 192.175.48.0/24    |
      | 192.175.49.0                            | C     | no      | no       | no        | yes    | -                  |
      | 198.17.255.255                          | C     | no      | no       | no        | yes    | -                  |
      | 198.18.0.0                              | C     | no      | no       | no        | no     | 198.18.0.0/15      |
      | 198.19.255.255                          | C     | no      | no       | no        | no     | 198.18.0.0/15      |
      | 198.20.0.0                              | C     | no      | no       | no        | yes    | -                  |
      | 198.51.99.255                           | C     | no      | no       | no        | yes    | -                  |
      | 198.51.100.0                            | C     | no      | no       | no        | no     | 198.51.100.0/24    |
      | 198.51.100.255                          | C     | no      | no       | no        | no     | 198.51.100.0/24    |
      | 198.51.101.0                            | C     | no      | no       | no        | yes    | -                  |
      | 203.0.112.255                           | C     | no      | no       | no        | yes    | -                  |
      | 203.0.113.0                             | C     | no      | no       | no        | no     | 203.0.113.0/24     |
      | 203.0.113.255                           | C     | no      | no       | no        | no     | 203.0.113.0/24     |
      | 203.0.114.0                             | C     | no      | no       | no        | yes    | -                  |
      | 223.255.255.255                         | C     | no      | no       | no        | yes    | -                  |
      | 224.0.0.0                               | D     | no      | no       | yes       | no     | -                  |
      | 224.0.0.1                               | D     | no      | no       | yes       | no     | -                  |
      | 239.255.255.254                         | D     | no      | no       | yes       | no     | -                  |
      | 239.255.255.255                         | D     | no      | no       | yes       | no     | -                  |
      | 240.0.0.0                               | E     | no      | no       | no        | no     | 240.0.0.0/4        |
      | 255.255.255.254                         | E     | no      | no       | no        | no     | 240.0.0.0/4        |
      | 255.255.255.255                         | E     | no      | no       | no        | no     | 255.255.255.255/32 |
      | ::                                      | -     | no      | no       | no        | no     | ::/128             |
      | ::1                                     | -     | no      | yes      | no        | no     | ::1/128            |
      | ::2                                     | -     | no      | no       | no        | yes    | -                  |
      | ::fffe:ffff:ffff                        | -     | no      | no       | no        | yes    | -                  |
      | ::ffff:0.0.0.0                          | -     | no      | no       | no        | no     | ::ffff:0:0/96      |
      | ::ffff:192.168.1.20                     | -     | no      | no       | no        | no     | ::ffff:0:0/96      |
      | ::ffff:255.255.255.255                  | -     | no      | no       | no        | no     | ::ffff:0:0/96      |
      | ::1:0:0:0                               | -     | no      | no       | no        | yes    | -                  |
      | 64:ff9a:ffff:ffff:ffff:ffff:ffff:ffff   | -     | no      | no       | no        | yes    | -                  |
      | 64:ff9b::                               | -     | no      | no       | no        | yes    | 64:ff9b::/96       |
      | 64:ff9b::ffff:ffff                      | -     | no      | no       | no        | yes    | 64:ff9b::/96       |
      | 64:ff9b::1:0:0                          | -     | no      | no       | no        | yes    | -                  |
      | 64:ff9b:0:ffff:ffff:ffff:ffff:ffff      | -     | no      | no       | no        | yes    | -                  |
      | 64:ff9b:1::                             | -     | no      | no       | no        | no     | 64:ff9b:1::/48     |
      | 64:ff9b:1:ffff:ffff:ffff:ffff:ffff      | -     | no      | no       | no        | no     | 64:ff9b:1::/48     |
      | 64:ff9b:2::                             | -     | no      | no       | no        | yes    | -                  |
      | ff:ffff:ffff:ffff:ffff:ffff:ffff:ffff   | -     | no      | no       | no        | yes    | -                  |
      | 100::                                   | -     | no      | no       | no        | no     | 100::/64           |
      | 100::ffff:ffff:ffff:ffff                | -     | no      | no       | no        | no     | 100::/64           |
      | 100:0:0:1::                             | -     | no      | no       | no        | no     | 100:0:0:1::/64     |
      | 100:0:0:1:ffff:ffff:ffff:ffff           | -     | no      | no       | no        | no     | 100:0:0:1::/64     |
      | 100:0:0:2::                             | -     | no      | no       | no        | yes    | -                  |
      | 2000:ffff:ffff:ffff:ffff:ffff:ffff:ffff | -     | no      | no       | no        | yes    | -                  |
      | 2001::                                  | -     | no      | no       | no        | no     | 2001::/32          |
      | 2001:0:ffff:ffff:ffff:ffff:ffff:ffff    | -     | no      | no       | no        | no     | 2001::/32          |
      | 2001:1::                                | -     | no      | no       | no        | no     | 2001::/23          |
      | 2001:1::1                               | -     | no      | no       | no        | yes    | 2001:1::1/128      |
      | 2001:1::2                               | -     | no      | no       | no        | yes    | 2001:1::2/128      |
      | 2001:1::3                               | -     | no      | no       | no        | yes    | 2001:1::3/128      |
      | 2001:1::4                               | -     | no      | no       | no        | no     | 2001::/23          |
      | 2001:2::                                | -     | no      | no       | no        | no     | 2001:2::/48        |
      | 2001:2:0:ffff:ffff:ffff:ffff:ffff       | -     | no      | no       | no        | no     | 2001:2::/48        |
      | 2001:2:1::                              | -     | no      | no       | no        | no     | 2001::/23          |
      | 2001:3::                                | -     | no      | no       | no        | yes    | 2001:3::/32        |
      | 2001:3:ffff:ffff:ffff:ffff:ffff:ffff    | -     | no      | no       | no        | yes    | 2001:3::/32        |
      | 2001:4:111:ffff:ffff:ffff:ffff:ffff     | -     | no      | no       | no        | no     | 2001::/23          |
      | 2001:4:112::                            | -     | no      | no       | no        | yes    | 2001:4:112::/48    |
      | 2001:4:112:ffff:ffff:ffff:ffff:ffff     | -     | no      | no       | no        | yes    | 2001:4:112::/48    |
      | 2001:4:113::                            | -     | no      | no       | no        | no     | 2001::/23          |
      | 2001:10::                               | -     | no      | no       | no        | no     | 2001:10::/28       |
      | 2001:1f:ffff:ffff:ffff:ffff:ffff:ffff   | -     | no      | no       | no        | no     | 2001:10::/28       |
      | 2001:20::                               | -     | no      | no       | no        | yes    | 2001:20::/28       |
      | 2001:2f:ffff:ffff:ffff:ffff:ffff:ffff   | -     | no      | no       | no        | yes    | 2001:20::/28       |
      | 2001:30::                               | -     | no      | no       | no        | yes    | 2001:30::/28       |
      | 2001:3f:ffff:ffff:ffff:ffff:ffff:ffff   | -     | no      | no       | no        | yes    | 2001:30::/28       |
      | 2001:40::                               | -     | no      | no       | no        | no     | 2001::/23          |
      | 2001:1ff:ffff:ffff:ffff:ffff:ffff:ffff  | -     | no      | no       | no        | no     | 2001::/23          |
      | 2001:200::                              | -     | no      | no       | no        | yes    | -                  |
      | 2001:db7:ffff:ffff:ffff:ffff:ffff:ffff  | -     | no      | no       | no        | yes    | -                  |
      | 2001:db8::                              | -     | no      | no       | no        | no     | 2001:db8::/32      |
      | 2001:db8::1                             | -     | no      | no       | no        | no     | 2001:db8::/32      |
      | 2001:db8:ffff:ffff:ffff:ffff:ffff:ffff  | -     | no      | no       | no        | no     | 2001:db8::/32      |
      | 2001:db9::                              | -     | no      | no       | no        | yes    | -                  |
      | 2001:ffff:ffff:ffff:ffff:ffff:ffff:ffff | -     | no      | no       | no        | yes    | -                  |
      | 2002::                                  | -     | no      | no       | no        | yes    | 2002::/16          |
      | 2002:ffff:ffff:ffff:ffff:ffff:ffff:ffff | -     | no      | no       | no        | yes    | 2002::/16          |
      | 2003::                                  | -     | no      | no       | no        | yes    | -                  |
      | 2620:4f:7fff:ffff:ffff:ffff:ffff:ffff   | -     | no      | no       | no        | yes    | -                  |
      | 2620:4f:8000::                          | -     | no      | no       | no        | yes    | 2620:4f:8000::/48  |
      | 2620:4f:8000:ffff:ffff:ffff:ffff:ffff   | -     | no      | no       | no        | yes    | 2620:4f:8000::/48  |
      | 2620:4f:8001::                          | -     | no      | no       | no        | yes    | -                  |
      | 3ffe:ffff:ffff:ffff:ffff:ffff:ffff:ffff | -     | no      | no       | no        | yes    | -                  |
      | 3fff::                                  | -     | no      | no       | no        | no     | 3fff::/20          |
      | 3fff:fff:ffff:ffff:ffff:ffff:ffff:ffff  | -     | no      | no       | no        | no     | 3fff::/20          |
      | 3fff:1000::                             | -     | no      | no       | no        | yes    | -                  |
      | 5eff:ffff:ffff:ffff:ffff:ffff:ffff:ffff | -     | no      | no       | no        | yes    | -                  |
      | 5f00::                                  | -     | no      | no       | no        | no     | 5f00::/16          |
      | 5f00:ffff:ffff:ffff:ffff:ffff:ffff:ffff | -     | no      | no       | no        | no     | 5f00::/16          |
      | 5f01::                                  | -     | no      | no       | no        | yes    | -                  |
      | fbff:ffff:ffff:ffff:ffff:ffff:ffff:ffff | -     | no      | no       | no        | yes    | -                  |
      | fc00::                                  | -     | yes     | no       | no        | no     | fc00::/7           |
      | fd12:3456:789a::1                       | -     | yes     | no       | no        | no     | fc00::/7           |
      | fdff:ffff:ffff:ffff:ffff:ffff:ffff:ffff | -     | yes     | no       | no        | no     | fc00::/7           |
      | fe00::                                  | -     | no      | no       | no        | yes    | -                  |
      | fe7f:ffff:ffff:ffff:ffff:ffff:ffff:ffff | -     | no      | no       | no        | yes    | -                  |
      | fe80::                                  | -     | no      | no       | no        | no     | fe80::/10          |
      | fe80::1%eth0                            | -     | no      | no       | no        | no     | fe80::/10          |
      | febf:ffff:ffff:ffff:ffff:ffff:ffff:ffff | -     | no      | no       | no        | no     | fe80::/10          |
      | fec0::                                  | -     | no      | no       | no        | yes    | -                  |
      | feff:ffff:ffff:ffff:ffff:ffff:ffff:ffff | -     | no      | no       | no        | yes    | -                  |
      | ff00::                                  | -     | no      | no       | yes       | no     | -                  |
      | ff02::1                                 | -     | no      | no       | yes       | no     | -                  |
      | ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff | -     | no      | no       | yes       | no     | -                  |

  Scenario: A table may check any subset of the columns
    Then these addresses classify as:
      | address         | block          | global |
      | 100.64.0.1      | 100.64.0.0/10  | no     |
      | 2001:0db8::1    | 2001:db8::/32  | no     |
      | 93.184.216.34   | -              | yes    |
    And these addresses classify as:
      | address         | name                       | link-local | documentation | shared | benchmarking | reserved | broadcast | unspecified |
      | 169.254.10.1    | Link Local                 | yes        | no            | no     | no           | no       | no        | no          |
      | 192.0.2.1       | Documentation (TEST-NET-1) | no         | yes           | no     | no           | no       | no        | no          |
      | 3fff::1         | Documentation              | no         | yes           | no     | no           | no       | no        | no          |
      | 100.64.0.1      | Shared Address Space       | no         | no            | yes    | no           | no       | no        | no          |
      | 198.19.0.1      | Benchmarking               | no         | no            | no     | yes          | no       | no        | no          |
      | 2001:2::1       | Benchmarking               | no         | no            | no     | yes          | no       | no        | no          |
      | 250.1.2.3       | Reserved                   | no         | no            | no     | no           | yes      | no        | no          |
      | 255.255.255.255 | Limited Broadcast          | no         | no            | no     | no           | yes      | yes       | no          |
      | 0.0.0.0         | "This host on this network" | no        | no            | no     | no           | no       | no        | yes         |
      | ::              | Unspecified Address        | no         | no            | no     | no           | no       | no        | yes         |
      | fe80::1         | Link-Local Unicast         | yes        | no            | no     | no           | no       | no        | no          |
      | 8.8.8.8         | -                          | no         | no            | no     | no           | no       | no        | no          |

  Scenario: Shared address space is special but not private
    Given the address "100.64.0.1"
    Then it belongs to the special-purpose block "100.64.0.0/10" named "Shared Address Space"
    And it is not private
    And it is not globally reachable

  Scenario: The documentation prefix of IPv6
    When I classify the address "2001:db8::1"
    Then it has no address class
    And it belongs to the special-purpose block "2001:db8::/32" named "Documentation"
    And it is not globally reachable

  Scenario: An anycast address inside a non-reachable block is reachable
    Given the address "192.0.0.9"
    Then it belongs to the special-purpose block "192.0.0.9/32" named "Port Control Protocol Anycast"
    And it is globally reachable

  Scenario: An ordinary public address is in no block and reachable
    Given the address "93.184.216.34"
    Then it belongs to no special-purpose block
    And it is globally reachable
    And it is not private
    And it is a class A address
