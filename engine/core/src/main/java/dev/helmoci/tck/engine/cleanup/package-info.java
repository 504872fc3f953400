/**
 * Removing what runs wrote to a registry: at the end of a run from its ledger, and afterwards
 * ({@code sweep}) from the ledgers and catalog a crashed run left.
 */
package dev.helmoci.tck.engine.cleanup;
