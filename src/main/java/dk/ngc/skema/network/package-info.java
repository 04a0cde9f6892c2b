/**
 * Specialist networks (phase 5): a network for one or more selected patient groups, its seats by the rule of the
 * minutes ({@link dk.ngc.skema.network.SeatRule}), the appointments of members by the regions, the LVS societies, RKKP
 * and Danske Patienter ({@link dk.ngc.skema.network.NetworkAccess}), and the approved-indications directory with its
 * releases and the eligibility checker ({@link dk.ngc.skema.network.DirectoryService}).
 */
@NullMarked
package dk.ngc.skema.network;

import org.jspecify.annotations.NullMarked;
