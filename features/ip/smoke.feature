Feature: The harness runs scenarios

  Scenario: A scenario can fix its random seed
    Given the random seed 42
