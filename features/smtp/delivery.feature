@smtp
Feature: Mail delivered to a real SMTP server
  Each SMTP server is GreenMail on 127.0.0.1 and an ephemeral port, started for the scenario and
  stopped after it. netspec's client speaks SMTP itself, with a bound on every stage of the dialogue;
  the dialogue is attached to the scenario.

  Scenario: A mail is delivered and found in the recipient's mailbox
    Given an SMTP server "mail"
    When a mail from "ann@example.org" to "bob@example.org" with subject "Hello" is sent through "mail"
    Then "mail" holds 1 mail for "bob@example.org" with subject "Hello" within 2 s

  Scenario: The mailbox holds the body as it was written
    Given an SMTP server "mail"
    When a mail from "ann@example.org" to "bob@example.org" with subject "Lunch" and body "At noon?\nAnn" is sent through "mail"
    Then "mail" holds a mail for "bob@example.org" with subject "Lunch" and body "At noon?\nAnn" within 2 s

  Scenario: A mail to several recipients lands in every mailbox
    Given an SMTP server "mail"
    When a mail from "ann@example.org" to "bob@example.org, carol@example.org, dave@example.net" with subject "Team" is sent through "mail"
    Then "mail" holds 1 mail for "bob@example.org" with subject "Team" within 2 s
    And "mail" holds 1 mail for "carol@example.org" with subject "Team" within 2 s
    And "mail" holds 1 mail for "dave@example.net" with subject "Team" within 2 s

  Scenario: Two mails to one mailbox
    Given an SMTP server "mail"
    When a mail from "ann@example.org" to "bob@example.org" with subject "One" is sent through "mail"
    And a mail from "carol@example.org" to "bob@example.org" with subject "One" is sent through "mail"
    Then "mail" holds 2 mails for "bob@example.org" with subject "One" within 2 s

  Scenario: A body line that starts with a dot survives (dot-stuffing)
    Given an SMTP server "mail"
    When a mail from "ann@example.org" to "bob@example.org" with subject "Dots" and body "first\n.hidden?\n..two\n." is sent through "mail"
    Then "mail" holds a mail for "bob@example.org" with subject "Dots" and body "first\n.hidden?\n..two\n." within 2 s

  Scenario: The greeting and EHLO by hand with a TCP client
    Given an SMTP server "mail"
    And a TCP client "alice" connected to "mail"
    Then "alice" receives a line matching "^220 .*SMTP" within 1 s
    When "alice" sends "EHLO netspec.localhost\r\n"
    Then "alice" receives a line matching "^250-" within 1 s
    And "alice" receives a line matching "^250 " within 1 s
    When "alice" sends "QUIT\r\n"
    Then "alice" receives a reply starting with "221 " within 1 s
