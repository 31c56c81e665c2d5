/**
 * What every package uses: the three failure roles ({@link io.netspec.core.ExpectationFailure},
 * {@link io.netspec.core.ScenarioError}, {@link io.netspec.core.NetspecFailure}), the one thread factory
 * ({@link io.netspec.core.Threads}), the one list of settings ({@link io.netspec.core.Settings}) and
 * {@link io.netspec.core.Evidence}, where capability code attaches what it saw to the scenario's report.
 *
 * <p>May import: nothing of netspec. Every other package may import it.
 */
package io.netspec.core;
