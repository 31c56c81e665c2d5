/**
 * What the tests share, and nothing that is a test: evidence kept in memory for a test to read
 * ({@link io.netspec.testkit.KeptEvidence}), timing bounds that grow with the lateness and processor wait measured in the same run
 * ({@link io.netspec.testkit.Lateness}), skipping with the reason or failing where a capability is required
 * ({@link io.netspec.testkit.Skip}), and per capability the servers, frames, throwaway users and features
 * the tests build on, the main programs tests start in JVMs of their own, and the glue of their throwaway
 * scenarios ({@code glue.report}, {@code glue.pending}). A test lives beside the code it checks; what it
 * builds on lives here.
 */
package io.netspec.testkit;
