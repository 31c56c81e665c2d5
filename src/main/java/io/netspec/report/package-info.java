/**
 * The reports: the index page, scenario pages, console progress and summary, the trend and the
 * browser check.
 *
 * <p>Outside and inside: what users name are the Cucumber plugins ({@code IndexPlugin}, {@code ConsoleProgress},
 * {@code ConsoleFailures}, {@code ClosestPhrasesPlugin}, {@code RelativeHtmlPlugin}, {@code UnstartedScenarios}, named
 * in junit-platform.properties) and {@code BrowserCheck} (the build runs it); {@code shard} merges shards' reports
 * through the run's data and page writers ({@code Run}, {@code RunData}, {@code IndexPage}, {@code Html} and the
 * types they return), and {@code steps} bounds attachments ({@code AttachmentBudget}). Those are public and listed
 * with their members in api/netspec-api.txt ({@code PublicApiTest} checks it); the pages' parts are package-private.
 *
 * <p>May import: {@code core}.
 */
package io.netspec.report;
