@faults
Feature: Reliable delivery over a lossy UDP link, the way TCP does it
  The reference reliable-delivery protocol numbers each datagram, acknowledges cumulatively and
  resends what is not acknowledged in time: lost data and lost acknowledgements both end in a resend.

  Scenario: 1,000 messages arrive exactly once and in order across 20% loss
    Given a reliable-delivery receiver "inbox"
    And a UDP link "radio" to "inbox" that drops 20% of datagrams
    When a reliable-delivery sender sends 1000 messages to "radio" within 20 s
    Then "inbox" delivered the 1000 messages exactly once and in order
