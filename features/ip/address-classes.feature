@ip
Feature: Classful IPv4 addresses
  The class follows from the leading bits of the first octet: A 0, B 10, C 110, D 1110, E 1111.
  Counts follow from the bit widths (class A has 126 networks of 16,777,214 hosts; the figure
  1,677,214 sometimes quoted is a typo).

  Scenario: Class A, B and C sizes follow from their bit widths
    Then class A has 126 networks of 16777214 hosts each
    And class B has 16384 networks of 65534 hosts each
    And class C has 2097152 networks of 254 hosts each

  Scenario: Host ranges of classes A, B and C
    Then class A hosts range from "1.0.0.1" to "126.255.255.254"
    And class B hosts range from "128.0.0.1" to "191.255.255.254"
    And class C hosts range from "192.0.0.1" to "223.255.255.254"

  Scenario: The address range of every class
    Then class A addresses range from "0.0.0.0" to "127.255.255.255"
    And class B addresses range from "128.0.0.0" to "191.255.255.255"
    And class C addresses range from "192.0.0.0" to "223.255.255.255"
    And class D addresses range from "224.0.0.0" to "239.255.255.255"
    And class E addresses range from "240.0.0.0" to "255.255.255.255"

  Scenario: Class D is multicast and class E is reserved
    Then class D is reserved for multicast
    And class E is reserved for future use

  Scenario Outline: The first octet decides the class: <address> is class <class>
    Given the address "<address>"
    Then it is a class <class> address

    Examples:
      | address         | class |
      | 0.0.0.1         | A     |
      | 127.255.255.255 | A     |
      | 128.0.0.0       | B     |
      | 191.255.255.255 | B     |
      | 192.0.0.0       | C     |
      | 223.255.255.255 | C     |
      | 224.0.0.0       | D     |
      | 239.255.255.255 | D     |
      | 240.0.0.0       | E     |
      | 255.255.255.255 | E     |

  Scenario Outline: Classful split of <address>
    Given the address "<address>"
    Then it is a class <class> address
    And its network part is "<network>" and its host part is "<host>"
    And its default mask is "<mask>"

    Examples:
      | address      | class | network    | host     | mask          |
      | 10.1.2.3     | A     | 10         | 1.2.3    | 255.0.0.0     |
      | 172.16.5.4   | B     | 172.16     | 5.4      | 255.255.0.0   |
      | 192.168.1.20 | C     | 192.168.1  | 20       | 255.255.255.0 |

  Scenario: IPv6 has no address class
    Given the address "2001:db8::1"
    Then it has no address class
