@smtp
Feature: Mail through a link
  The target of a mail may be a link, so every Toxiproxy toxic applies to mail. A failed send says at
  which stage of the SMTP dialogue it failed and what the server last said.

  Scenario: A mail through a link with no toxics
    Given an SMTP server "mail"
    And a link "wan" to "mail"
    When a mail from "ann@example.org" to "bob@example.org" with subject "Hello" is sent through "wan"
    Then "mail" holds 1 mail for "bob@example.org" with subject "Hello" within 2 s

  Scenario: A link that resets connections makes the send fail with a connection reset
    Given an SMTP server "mail"
    And a link "wan" to "mail"
    And the link "wan" resets connections after 0 ms
    Then sending a mail through "wan" fails with a connection reset

  Scenario: A link that swallows data makes the send fail with a timeout, not hang
    Given an SMTP server "mail"
    And a link "wan" to "mail"
    And the link "wan" times out after 0 ms
    Then sending a mail through "wan" fails with a timeout
