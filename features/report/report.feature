@report
Feature: The report shows every scenario, its seed and its outcome

  These scenarios check the report itself: reports/index.html lists them under the capability
  "report", with the seed each one used.

  Scenario: A scenario with a fixed seed shows that seed
    Given the random seed 42
    Then the random seed is 42

  Scenario Outline: Each example row is a scenario of its own
    Given the random seed <seed>
    Then the random seed is <seed>

    Examples:
      | seed |
      | 7    |
      | -1   |
