@faults
Feature: A retrying client delivers exactly once across an unreliable link
  The reference retrying client reconnects with bounded exponential backoff and resends the same
  request id; the server processes each id once, however often it arrives.

  Scenario: 100 requests across a link that goes down for 1 s and resets 30% of connections
    Given an idempotent request server "orders"
    And a link "wan" to "orders"
    And the link "wan" resets connections after 0 ms
    And the link "wan" does this for 30% of connections
    When the link "wan" goes down for 1 s
    And a retrying client sends 100 requests to "wan" within 15 s
    Then "orders" processed each of the 100 requests exactly once
