@smtp @serial
Feature: Latency and bandwidth on a link slow a mail down
  Small-time measurements run alone (@serial). An SMTP dialogue has six round trips (greeting, EHLO,
  MAIL FROM, RCPT TO, DATA, the message), each crossing the link's latency.

  Scenario: Latency on a link shows in the time to send a mail
    Given an SMTP server "mail"
    And a link "wan" to "mail"
    And the link "wan" adds 50 ms of latency
    When a mail from "ann@example.org" to "bob@example.org" with subject "Slow" is sent through "wan"
    Then sending the mail took between 300 ms and 1500 ms
    And "mail" holds 1 mail for "bob@example.org" with subject "Slow" within 2 s

  Scenario: A bandwidth limit on a link shows in the time to send a large mail
    Given an SMTP server "mail"
    And a link "wan" to "mail"
    And the link "wan" is limited to 64 KB/s
    When a mail of 64 KiB from "ann@example.org" to "bob@example.org" with subject "Big" is sent through "wan"
    Then sending the mail took between 900 ms and 1900 ms
    And "mail" holds 1 mail for "bob@example.org" with subject "Big" within 2 s
