/**
 * What an impaired path does to the packets that cross it, as settings ({@link io.netspec.impair.Impairment}:
 * loss, bursts, delay and jitter, duplication, reordering) and as the seeded decision for each packet
 * ({@link io.netspec.impair.ImpairmentModel}). The UDP link ({@code fault}) and the networks of hosts
 * ({@code packet}, {@code host}) both impair with it, so it sits below all three and knows nothing of
 * Toxiproxy, frames or hosts.
 *
 * <p>May import: {@code core}.
 */
package io.netspec.impair;
