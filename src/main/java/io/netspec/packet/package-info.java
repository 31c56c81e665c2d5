/**
 * What a network does to the frames that cross it: the seam between netspec's switch
 * ({@code io.netspec.host}) and frame treatment (impairment and capture). This package never imports
 * {@code host}.
 */
package io.netspec.packet;
